import { AsyncLocalStorage } from 'node:async_hooks'
import type { PayloadRequest } from 'payload'

/** Every data operation of a Payload database adapter that takes a `req`. */
export const ADAPTER_OPERATIONS = [
  'count',
  'countVersions',
  'countGlobalVersions',
  'find',
  'findVersions',
  'findGlobalVersions',
  'queryDrafts',
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'findDistinct',
  'findGlobal',
  'findOne',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

type Operation = (this: unknown, args: { req?: Partial<PayloadRequest> }) => Promise<unknown>
const SERIALIZED = Symbol.for('redcloud.serializeTransactionOperations')

/**
 * MongoDB allows one operation at a time on a transaction's session, and Payload itself starts
 * several at once on one transaction: a bulk delete by `where` (REST, the admin panel) runs every
 * document's lock check, hooks and delete in parallel, whatever `bulkOperationsSingleTransaction`
 * says. The adapter's operations that carry a transaction therefore wait their turn, per
 * transaction; everything else, and the adapter's calls to itself, run as before.
 */
export const serializeTransactionOperations = (db: object): void => {
  const adapter = db as unknown as Record<string | symbol, unknown>
  if (adapter[SERIALIZED]) return
  Object.defineProperty(adapter, SERIALIZED, { value: true })
  const insideAdapter = new AsyncLocalStorage<true>()
  const tails = new Map<number | string, Promise<unknown>>()
  for (const method of ADAPTER_OPERATIONS) {
    const original = adapter[method] as Operation | undefined
    if (typeof original !== 'function') continue
    adapter[method] = async function (this: unknown, args: { req?: Partial<PayloadRequest> }) {
      if (insideAdapter.getStore()) return original.call(this, args)
      const transactionID = await args?.req?.transactionID
      if (transactionID === undefined || transactionID === null || transactionID === '')
        return insideAdapter.run(true, () => original.call(this, args))
      const previous = tails.get(transactionID) ?? Promise.resolve()
      const turn = previous.then(() => insideAdapter.run(true, () => original.call(this, args)))
      const tail = turn.catch(() => {})
      tails.set(transactionID, tail)
      try {
        return await turn
      } finally {
        if (tails.get(transactionID) === tail) tails.delete(transactionID)
      }
    }
  }
}

/** Whether serializeTransactionOperations was applied to this adapter. */
export const hasSerializedTransactionOperations = (db: object): boolean =>
  Boolean((db as unknown as Record<symbol, unknown>)[SERIALIZED])
