import { AsyncLocalStorage } from 'node:async_hooks'
import type { PayloadRequest, Where } from 'payload'

import {
  ADAPTER_OPERATIONS,
  hasSerializedTransactionOperations,
  serializeTransactionOperations,
} from '../../../src/mongodb/serializeTransactionOperations'
import {
  type MongoRule,
  noSuchTransaction,
  operationNotSupportedInTransaction,
  type SimulatedMongoServerError,
} from './simulatedMongoErrors'
import { whereIsUnfiltered } from './whereIsUnfiltered'

/** Adapter calls that run their query with `estimatedDocumentCount` when the filter is empty. */
const COUNTS: readonly string[] = ['count', 'countVersions', 'countGlobalVersions']
/** Adapter calls that paginate with mongoose-paginate-v2 / aggregatePaginate: count ‖ find. */
const PAGINATED: readonly string[] = ['find', 'findVersions', 'findGlobalVersions', 'queryDrafts']

export type MongoRuleViolation = {
  rule: MongoRule
  method: string
  collection?: string
  transactionID: number | string
  error: SimulatedMongoServerError
}

type OperationArgs = {
  collection?: string
  global?: string
  limit?: number
  pagination?: boolean
  req?: Partial<PayloadRequest>
  where?: Where
}
type Operation = (this: unknown, args: OperationArgs) => Promise<unknown>

/**
 * Whether the MongoDB adapter counts alongside the find: find, findVersions and
 * findGlobalVersions turn pagination off for limit 0 (their default); queryDrafts does not (with
 * no usable limit mongoose-paginate-v2 pages by 10 and still counts).
 */
const isPaginated = (method: string, { limit, pagination }: OperationArgs) =>
  pagination !== false && (method === 'queryDrafts' || (limit ?? 0) !== 0)

const APPLIED = Symbol.for('redcloud.mongoRules')
type Ruled = { [APPLIED]?: MongoRuleViolation[] }

/**
 * Makes a database adapter (SQLite in the tests) refuse, inside a transaction, what MongoDB
 * refuses there: an unfiltered count (estimatedDocumentCount), a second operation on the
 * transaction's session while one is in flight, and a paginated find (the MongoDB adapter sends
 * its count and its find in parallel on the session). Calls outside a transaction, sequential
 * calls and the adapter's calls to itself (on MongoDB, whatever that adapter does) pass.
 *
 * `likeProduction` (the default) then puts on top what database.ts puts on top of the MongoDB
 * adapter: a transaction's operations wait their turn (serializeTransactionOperations), so only
 * `likeProduction: false` shows callers that start several at once. A paginated find is refused
 * either way: its count ‖ find is one call. Returns the list every violation is recorded in, even
 * one the application then swallows.
 */
export const applyMongoRules = (
  db: object,
  { likeProduction = true }: { likeProduction?: boolean } = {},
): MongoRuleViolation[] => {
  const ruled = db as unknown as Ruled & Record<string, Operation>
  if (ruled[APPLIED]) return ruled[APPLIED]
  const violations: MongoRuleViolation[] = []
  Object.defineProperty(ruled, APPLIED, { value: violations })
  // A MongoDB adapter from database.ts already queues a transaction's operations beneath us.
  const checkParallel = !hasSerializedTransactionOperations(db)
  const insideAdapter = new AsyncLocalStorage<true>()
  const inFlight = new Map<number | string, number>()
  const txnNumbers = new Map<number | string, number>()

  for (const method of ADAPTER_OPERATIONS) {
    const original = ruled[method]
    if (typeof original !== 'function') continue
    ruled[method] = async function (this: unknown, args: OperationArgs) {
      if (insideAdapter.getStore()) return original.call(this, args)
      const transactionID = await args?.req?.transactionID
      if (transactionID === undefined || transactionID === null || transactionID === '')
        return insideAdapter.run(true, () => original.call(this, args))

      if (!txnNumbers.has(transactionID)) txnNumbers.set(transactionID, txnNumbers.size + 1)
      const refuse = (rule: MongoRule, error: SimulatedMongoServerError) => {
        violations.push({ rule, method, collection: args.collection ?? args.global, transactionID, error })
        throw error
      }
      if (COUNTS.includes(method) && whereIsUnfiltered(args.where))
        refuse('estimatedCount', operationNotSupportedInTransaction())
      if (checkParallel && (inFlight.get(transactionID) ?? 0) > 0)
        refuse('parallelOperation', noSuchTransaction('parallelOperation', txnNumbers.get(transactionID)!))
      if (PAGINATED.includes(method) && isPaginated(method, args))
        refuse('paginatedFind', noSuchTransaction('paginatedFind', txnNumbers.get(transactionID)!))

      inFlight.set(transactionID, (inFlight.get(transactionID) ?? 0) + 1)
      try {
        return await insideAdapter.run(true, () => original.call(this, args))
      } finally {
        const left = (inFlight.get(transactionID) ?? 1) - 1
        if (left > 0) inFlight.set(transactionID, left)
        else inFlight.delete(transactionID)
      }
    }
  }
  // As database.ts does for MongoDB, on top of the rules as it is on top of the driver.
  if (likeProduction && checkParallel) serializeTransactionOperations(db)
  return violations
}

/** The violations recorded on an adapter the rules were applied to (none if never applied). */
export const mongoRuleViolations = (db: object): MongoRuleViolation[] =>
  (db as unknown as Ruled)[APPLIED] ?? []
