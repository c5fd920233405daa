import type { BaseDatabaseAdapter, PayloadRequest } from 'payload'

type TransactionID = number | string
type Task = () => Promise<void>
type TransactionEnds = Pick<BaseDatabaseAdapter, 'commitTransaction' | 'rollbackTransaction'>

/** Per adapter: what to run once each open transaction has committed. */
const pendingByAdapter = new WeakMap<object, Map<TransactionID, Task[]>>()

/**
 * Lets code inside a transaction queue work for after its commit (Payload has no such hook):
 * the adapter's commit runs the queued tasks, one after the other, before it returns, so the
 * request answers only once they are done; a rollback drops them. Install it last, outside
 * serializeTransactions, so that SQLite's transaction queue moves on before the tasks run.
 */
export const installAfterCommit = (adapter: TransactionEnds): void => {
  const pending = new Map<TransactionID, Task[]>()
  pendingByAdapter.set(adapter, pending)
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  adapter.commitTransaction = async (incoming) => {
    const id = await incoming
    let tasks: Task[] = []
    try {
      await commit(incoming)
      tasks = pending.get(id) ?? []
    } finally {
      // a failed commit rolled the work back (or left it unknown): its tasks must not run
      pending.delete(id)
    }
    for (const task of tasks) await task()
  }
  adapter.rollbackTransaction = async (incoming) => {
    pending.delete(await incoming)
    await rollback(incoming)
  }
}

/**
 * Runs `task` once the request's transaction has committed, or now when the request has none.
 * A failing task is logged, never thrown: the change it follows is already saved.
 */
export const afterCommit = async (req: PayloadRequest, task: Task): Promise<void> => {
  const guarded = () =>
    task().catch((error: unknown) => {
      req.payload.logger.error({ err: error, msg: 'A task after a database commit failed.' })
    })
  const id = await req.transactionID
  const pending = pendingByAdapter.get(req.payload.db)
  if (!id || !pending) return guarded()
  pending.set(id, [...(pending.get(id) ?? []), guarded])
}
