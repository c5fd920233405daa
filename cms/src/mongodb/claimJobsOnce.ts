import type { MongooseAdapter } from '@payloadcms/db-mongodb'

type UpdateJobsArgs = Parameters<MongooseAdapter['updateJobs']>[0]
type ClaimingAdapter = Pick<MongooseAdapter, 'collections' | 'find' | 'updateJobs'>

/** runJobs' claim: mark the jobs it is about to run as processing, and nothing else. */
const isClaim = ({ id, data, where }: UpdateJobsArgs) =>
  id === undefined &&
  where !== undefined &&
  data?.processing === true &&
  Object.keys(data).every((key) => key === 'processing' || key === 'updatedAt')

/**
 * Payload's MongoDB adapter claims jobs with a find, then an updateMany on the ids found that
 * does not check again that each job is still free: two runners polling at the same moment
 * (a second instance left with JOBS_AUTORUN=true, an admin's GET /api/payload-jobs/run during
 * the cron) both claim the same job and run it twice. Here each job found is claimed by its
 * own conditional update (`processing: false` → true), which exactly one runner wins; the
 * runner gets back only the jobs it won. Every other use of updateJobs is untouched.
 */
export const claimJobsOnce = (adapter: ClaimingAdapter): void => {
  const updateJobs = adapter.updateJobs.bind(adapter)
  adapter.updateJobs = async (args) => {
    if (!isClaim(args)) return updateJobs(args)
    const { docs } = await adapter.find({
      collection: 'payload-jobs',
      where: args.where!,
      limit: args.limit ?? 0,
      sort: args.sort,
      pagination: false,
      req: args.req,
    })
    const updatedAt = new Date(typeof args.data.updatedAt === 'string' ? args.data.updatedAt : Date.now())
    const won: (number | string)[] = []
    for (const job of docs) {
      const result = await adapter.collections['payload-jobs']!.updateOne(
        { _id: job.id, processing: false },
        { $set: { processing: true, updatedAt } },
      )
      if (result.modifiedCount === 1) won.push(job.id as number | string)
    }
    if (args.returning === false) return null
    if (won.length === 0) return []
    const claimed = await adapter.find({
      collection: 'payload-jobs',
      where: { id: { in: won } },
      limit: 0,
      sort: args.sort,
      pagination: false,
      req: args.req,
    })
    return claimed.docs as unknown as Awaited<ReturnType<MongooseAdapter['updateJobs']>>
  }
}
