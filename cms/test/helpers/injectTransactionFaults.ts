import type { Payload } from 'payload'

/** A database adapter method, as Payload's operations call it (`payload.db[operation]`). */
export type AdapterOperation =
  | 'beginTransaction'
  | 'commitTransaction'
  | 'count'
  | 'create'
  | 'deleteMany'
  | 'deleteOne'
  | 'find'
  | 'findOne'
  | 'rollbackTransaction'
  | 'updateMany'
  | 'updateOne'

export type Fault = {
  operation: AdapterOperation
  /** Only calls on this collection (`args.collection`); transaction methods have none. */
  collection?: string
  /** The first matching call to fail (1 = the first one). */
  nth?: number
  /** How many matching calls fail from there on (Infinity: all of them). */
  times?: number
  /** A fresh error per failure (see mongoDriverErrors.ts). */
  error: () => Error
}

export type InjectedFaults = {
  /** Matching calls seen and failures thrown, per fault, in the order given. */
  calls: () => { seen: number; thrown: number }[]
  /** Puts the adapter's own methods back. */
  restore: () => void
}

/**
 * Makes a test Payload's database adapter throw chosen errors at chosen calls, the way MongoDB
 * would answer them (a WriteConflict on the 2nd `updateOne` of `practices`, a duplicate key on
 * `create` of `workflow-events`, an unknown result on `commitTransaction`…). The error is thrown
 * instead of running the call, as a server refusing the operation would. Test-only.
 */
export const injectTransactionFaults = (payload: Pick<Payload, 'db'>, faults: Fault[]): InjectedFaults => {
  const db = payload.db as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
  const state = faults.map(() => ({ seen: 0, thrown: 0 }))
  const originals = new Map<string, (...args: unknown[]) => Promise<unknown>>()
  for (const operation of new Set(faults.map((fault) => fault.operation))) {
    const original = db[operation]!
    originals.set(operation, original)
    db[operation] = async function (this: unknown, ...args: unknown[]) {
      const collection = (args[0] as { collection?: unknown } | undefined)?.collection
      for (const [index, fault] of faults.entries()) {
        if (fault.operation !== operation) continue
        if (fault.collection !== undefined && fault.collection !== collection) continue
        const counts = state[index]!
        counts.seen++
        const first = fault.nth ?? 1
        if (counts.seen >= first && counts.thrown < (fault.times ?? 1)) {
          counts.thrown++
          throw fault.error()
        }
      }
      return original.apply(payload.db, args)
    }
  }
  return {
    calls: () => state.map((counts) => ({ ...counts })),
    restore: () => {
      for (const [operation, original] of originals) db[operation] = original
    },
  }
}
