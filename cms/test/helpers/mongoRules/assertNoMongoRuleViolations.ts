import { mongoRuleViolations } from './applyMongoRules'

/** The frames of a stack below the harness: where the refused call came from. */
const callers = (stack = '') =>
  stack
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at ') && !line.includes('/mongoRules/'))
    .slice(0, 6)
    .map((line) => `\n      ${line.trim()}`)
    .join('')

/**
 * Fails when the harness refused anything on this adapter, even where the application (or
 * Payload, as its bulk operations do) caught the error and carried on: on MongoDB that
 * transaction would have been lost.
 */
export const assertNoMongoRuleViolations = (db: object): void => {
  const violations = mongoRuleViolations(db)
  if (violations.length === 0) return
  const lines = violations
    .slice(0, 10)
    .map(
      (v) => `  ${v.method} ${v.collection ?? ''} (${v.rule}, ${v.error.codeName}) ${callers(v.error.stack)}`,
    )
  throw new Error(
    `MongoDB would have refused ${violations.length} operation(s) inside transactions:\n${lines.join('\n')}`,
  )
}
