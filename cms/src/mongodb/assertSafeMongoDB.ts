import type { MongooseAdapter } from '@payloadcms/db-mongodb'

import { findMissingUniqueIndexes } from './findMissingUniqueIndexes'
import { findTransactionProblem } from './findTransactionProblem'
import { requiredUniqueIndexes } from './requiredUniqueIndexes'

type CheckedAdapter = Pick<
  MongooseAdapter,
  | 'beginTransaction'
  | 'collections'
  | 'connection'
  | 'payload'
  | 'rollbackTransaction'
  | 'sessions'
  | 'transactionOptions'
>

/**
 * Refuses to go on unless MongoDB runs transactions and has every unique index the config relies
 * on (the workflow event's (collection, document, revision) index is what lets exactly one of two
 * simultaneous decisions win). `buildError` is the error of a failed index build, if any.
 */
export const assertSafeMongoDB = async ({
  adapter,
  buildError,
}: {
  adapter: CheckedAdapter
  buildError?: unknown
}): Promise<void> => {
  const problems: string[] = []
  const transactions = await findTransactionProblem(adapter)
  if (transactions) problems.push(transactions)
  const missing = await findMissingUniqueIndexes({
    adapter,
    required: requiredUniqueIndexes(adapter.payload.config),
  })
  if (missing.length > 0) {
    const listed = missing.map(
      ({ collection, collectionName, declaredBy, keys }) =>
        `${collection} ${declaredBy} (MongoDB collection "${collectionName}"; duplicates: ` +
        `db.getCollection('${collectionName}').aggregate([{ $group: { _id: [${keys.map((k) => `'$${k}'`).join(', ')}], n: { $sum: 1 } } }, { $match: { n: { $gt: 1 } } }]))`,
    )
    // Payload wraps the driver's error in "cannot connect to MongoDB … Details: <the error>".
    const detail = buildError
      ? String((buildError as Error).message ?? buildError).replace(/^.*Details: /s, '')
      : ''
    const failure = detail ? ` Building them failed: ${detail}.` : ''
    problems.push(
      `Unique indexes the app relies on are missing: ${listed.join('; ')}. The CMS builds them when it starts ` +
        `(ensureIndexes).${failure} A unique index cannot be built while documents break it: find the duplicates ` +
        'with the query given, resolve them, and start the CMS again.',
    )
  }
  if (problems.length > 0)
    throw new Error(
      ['RedCloud refuses to start on this MongoDB database:', ...problems.map((p) => `- ${p}`)].join('\n'),
    )
}
