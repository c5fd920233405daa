import { describe, expect, it } from 'vitest'

import { serializeTransactions } from './serializeTransactions'

const fakeAdapter = () => {
  let open = 0
  let maxOpen = 0
  let next = 0
  const adapter = {
    beginTransaction: async () => {
      open++
      maxOpen = Math.max(maxOpen, open)
      return `t${next++}`
    },
    commitTransaction: async (_id?: unknown) => {
      open--
    },
    rollbackTransaction: async (_id?: unknown) => {
      open--
    },
  }
  return { adapter, maxOpen: () => maxOpen }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('transactions on SQLite take turns inside the process', () => {
  it('never has two open at once, whether they commit or roll back', async () => {
    const { adapter, maxOpen } = fakeAdapter()
    serializeTransactions(adapter as never)
    await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const id = (await adapter.beginTransaction()) as string
        await sleep(2)
        if (i % 2) await adapter.commitTransaction(id)
        else await adapter.rollbackTransaction(id)
      }),
    )
    expect(maxOpen()).toBe(1)
  })

  it('a transaction that waits too long fails instead of hanging, and the queue moves on', async () => {
    const { adapter } = fakeAdapter()
    serializeTransactions(adapter as never, 20)
    const first = await adapter.beginTransaction()
    await expect(adapter.beginTransaction()).rejects.toThrow(/Waited 20 ms/)
    await adapter.commitTransaction(first as never)
    const third = await adapter.beginTransaction()
    expect(third).toBeTruthy()
  })
})
