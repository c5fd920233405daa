import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { describe, expect, it } from 'vitest'

import { claimJobsOnce } from './claimJobsOnce'

type Job = { id: string; processing: boolean; queue: string }

/** The adapter's parts claimJobsOnce uses, over one list of jobs; every await lets others in. */
const fakeAdapter = (jobs: Job[]) => {
  const calls: string[] = []
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0))
  const adapter = {
    find: async ({ where }: { where: Record<string, any> }) => {
      await tick()
      const ids: string[] | undefined = where.id?.in
      const docs = ids
        ? jobs.filter((job) => ids.includes(job.id))
        : jobs.filter((job) => !job.processing && job.queue === where.queue.equals)
      return { docs: docs.map((job) => ({ ...job })) }
    },
    collections: {
      'payload-jobs': {
        updateOne: async (filter: { _id: string; processing: boolean }, update: { $set: Partial<Job> }) => {
          await tick()
          const job = jobs.find(
            (candidate) => candidate.id === filter._id && candidate.processing === filter.processing,
          )
          if (job) Object.assign(job, update.$set)
          return { modifiedCount: job ? 1 : 0 }
        },
      },
    },
    updateJobs: async () => {
      calls.push('updateJobs')
      return []
    },
  }
  claimJobsOnce(adapter as unknown as MongooseAdapter)
  return { adapter: adapter as unknown as MongooseAdapter, calls }
}

const claim = (adapter: MongooseAdapter) =>
  adapter.updateJobs({
    data: { processing: true, updatedAt: new Date().toISOString() },
    limit: 10,
    req: {},
    returning: true,
    sort: 'createdAt',
    where: { queue: { equals: 'q' } },
  } as never)

describe('claimJobsOnce', () => {
  it('two runners claiming at the same moment never both get a job', async () => {
    const jobs = ['a', 'b', 'c'].map((id) => ({ id, processing: false, queue: 'q' }))
    const { adapter } = fakeAdapter(jobs)
    const [first, second] = await Promise.all([claim(adapter), claim(adapter)])
    const ids = [...(first ?? []), ...(second ?? [])].map((job) => job.id).sort()
    expect(ids).toEqual(['a', 'b', 'c'])
    expect(jobs.every((job) => job.processing)).toBe(true)
  })

  it('leaves every other update to the adapter', async () => {
    const { adapter, calls } = fakeAdapter([])
    await adapter.updateJobs({ id: 'a', data: { processing: true }, req: {} } as never)
    await adapter.updateJobs({ where: {}, data: { processing: false, log: [] }, req: {} } as never)
    expect(calls).toEqual(['updateJobs', 'updateJobs'])
  })
})
