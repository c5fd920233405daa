import fs from 'fs'
import { serveCmsProcess } from '@redcloud/testing/serveCmsProcess'
import type { RunningCms } from '@redcloud/testing/startCms'
import { withTestScores } from '@redcloud/testing/withTestScores'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoEmail } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'
import { scoredPractice } from './helpers/scoredPractice'

/**
 * Two CMS processes on one SQLite database file, as two instances of a scaled-out deployment,
 * behind nothing: requests alternate between them. What one instance counts, locks or runs, the
 * other must see. The test process seeds and checks through its own Local API on the same file.
 */
let ctx: TestContext
let api: RestClient
let instances: (RunningCms & { output: () => string })[] = []

const SIGN_IN_LIMIT = 5

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  const env = {
    RATE_LIMIT_LOGIN: `${SIGN_IN_LIMIT}/15m`,
    RATE_LIMIT_LOGIN_EMAIL: 'off',
    JOBS_AUTORUN: 'false',
  }
  instances = await Promise.all([
    serveCmsProcess({ databaseUrl: ctx.databaseUrl, env }),
    serveCmsProcess({ databaseUrl: ctx.databaseUrl, env }),
  ])
}, 240_000)

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()))
  await ctx?.payload.destroy()
}, 60_000)

/** Request `i` goes to instance i % 2. */
const send = async (i: number, path: string, init: RequestInit = {}) => {
  const response = await fetch(`${instances[i % 2]!.url}/api${path}`, init)
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}
const json = (token: string | null, body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
  body: JSON.stringify(body),
})

describe('several CMS instances on one database', () => {
  it('failed sign-ins spread over both are throttled together: the limit once, not once per instance', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 2 * SIGN_IN_LIMIT; i++) {
      const answer = await send(
        i,
        '/users/login',
        json(null, { email: demoEmail('validator.lazio'), password: 'not the password' }),
      )
      statuses.push(answer.status)
    }
    expect(statuses).toEqual([
      ...Array<number>(SIGN_IN_LIMIT).fill(401),
      ...Array<number>(SIGN_IN_LIMIT).fill(429),
    ])
    const file = ctx.databaseUrl.replace(/^file:/, '')
    expect(fs.existsSync(`${file}-rate-limits`)).toBe(true)
  })

  it('20 parallel approvals of one practice spread over both: exactly one 200, 19 × 409, one event', async () => {
    const theme = (await ctx.payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!.id
    const practice = scoredPractice({ api, theme })
    const id = await practice.draft('Merende in due istanze')
    await practice.ok(id, 'volunteer.milano', { action: 'submit' })
    const token = await api.login('validator.milano')
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        send(i, `/practices/${id}/workflow`, json(token, withTestScores({ action: 'approve', revision: 1 }))),
      ),
    )
    const statuses = answers.map((answer) => answer.status)
    expect(
      statuses.filter((status) => status === 200),
      JSON.stringify(answers),
    ).toHaveLength(1)
    expect(
      statuses.filter((status) => status === 409),
      JSON.stringify(answers),
    ).toHaveLength(19)
    const events = await ctx.payload.find({
      collection: 'workflow-events',
      where: { itemCollection: { equals: 'practices' }, document: { equals: String(id) } },
      limit: 0,
      depth: 0,
    })
    expect(events.docs.filter((event) => event.revision === 1)).toHaveLength(1)
    expect(events.docs.map((event) => event.action).sort()).toEqual(['approve', 'submit'])
  })

  it('a queued job runs once, whichever instances are asked to run the queue at the same moment', async () => {
    const queue = 'several-instances'
    const job = await ctx.payload.jobs.queue({ task: 'closeFundingCalls', input: {}, queue })
    const token = await api.login('admin')
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        send(i, `/payload-jobs/run?queue=${queue}`, { headers: { Authorization: `JWT ${token}` } }),
      ),
    )
    expect(answers.map((answer) => answer.status)).toEqual(Array<number>(8).fill(200))
    // An instance that claimed a job answers noJobsRemaining: false; one that found none, true.
    expect(answers.filter((answer) => answer.body.noJobsRemaining === false)).toHaveLength(1)
    const left = await ctx.payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } } })
    expect(left.docs).toHaveLength(0)
  })
})
