import type { BaseDatabaseAdapter } from 'payload'

import { mongoRuleViolations } from './applyMongoRules'

/** The first frame of a stack that is the project's own code (not Payload, not the harness). */
const ownFrame = (stack = '') =>
  stack
    .split('\n')
    .find((line) => /\/(cms\/src|plugins\/[^/]+\/src|seed\/src)\//.test(line))
    ?.trim() ?? 'no frame in the project’s code'

/**
 * Fails when the harness refused anything on this adapter, even where the application (or
 * Payload, as its bulk operations do) caught the error and carried on: on MongoDB that
 * transaction would have been lost.
 */
export const assertNoMongoRuleViolations = (db: BaseDatabaseAdapter): void => {
  const violations = mongoRuleViolations(db)
  if (violations.length === 0) return
  const lines = violations
    .slice(0, 10)
    .map(
      (v) =>
        `  ${v.method} ${v.collection ?? ''} (${v.rule}, ${v.error.codeName}) ${ownFrame(v.error.stack)}`,
    )
  throw new Error(
    `MongoDB would have refused ${violations.length} operation(s) inside transactions:\n${lines.join('\n')}`,
  )
}
