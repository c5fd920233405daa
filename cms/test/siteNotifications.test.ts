import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { lexicalRichText } from '../src/contract'
import { closeFundingCalls } from '../src/desk/closeFundingCalls'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { restClient, type RestClient } from './helpers/restClient'
import { withTestScores } from '@redcloud/testing/withTestScores'

const SECRET = 'site-rebuild-test-secret'

type Received = {
  authorization?: string
  reason: string
  changes?: { collection: string; ids: string[] }[]
  statusWhenReceived?: null | string
}

let ctx: TestContext
let api: RestClient
let site: http.Server
let received: Received[] = []
/** Set by a test: read from the database when a notification arrives (was the change committed?). */
let watch: null | (number | string) = null
/** A published practice with a draft revision pending (made by the second test). */
let revised: number | string

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const waitForNotification = async (ms = 3000) => {
  const until = Date.now() + ms
  while (received.length === 0 && Date.now() < until) await sleep(20)
  return received
}

const practiceAt = async (stage: string) => {
  const { docs } = await ctx.payload.find({
    collection: 'practices',
    where: { 'workflow.stage': { equals: stage } },
    limit: 1,
    depth: 0,
    draft: true,
  })
  if (!docs[0]) throw new Error(`The demo data has no practice at ${stage}`)
  return docs[0].id
}

const act = async (id: number | string, as: string, body: Record<string, unknown>) => {
  const { revision } = (await api.get(`/practices/${id}/workflow`, { as })).body as { revision: number }
  return api.post(`/practices/${id}/workflow`, withTestScores({ ...body, revision }), { as })
}

beforeAll(async () => {
  // A stand-in for the site server's /__rebuild, on the loopback interface only.
  site = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += String(chunk)))
    req.on('end', async () => {
      const { reason, changes } = JSON.parse(body || '{}') as Pick<Received, 'changes' | 'reason'>
      const entry: Received = { authorization: req.headers.authorization, reason, changes }
      if (watch !== null) {
        const doc = await ctx.payload.findByID({ collection: 'practices', id: watch, depth: 0, draft: false })
        entry.statusWhenReceived = doc._status
      }
      received.push(entry)
      res.writeHead(202, { 'Content-Type': 'application/json' }).end('{"accepted":true}')
    })
  })
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
  process.env.SITE_REBUILD_URL = `http://127.0.0.1:${(site.address() as AddressInfo).port}/__rebuild`
  process.env.SITE_REBUILD_SECRET = SECRET
  ctx = await createTestPayload()
  api = restClient(ctx.config)
})
afterAll(async () => {
  await ctx?.payload.destroy()
  site?.close()
})
beforeEach(async () => {
  // let stragglers from the previous test arrive before starting afresh
  await sleep(100)
  received = []
  watch = null
})

describe('the CMS tells the public site to rebuild', () => {
  it('when the daily task closes a funding call whose deadline passed, so it leaves the site', async () => {
    const call = await ctx.payload.create({
      collection: 'funding-calls',
      data: {
        title: 'Bando in scadenza',
        funder: 'Fondazione',
        deadline: new Date(Date.now() + 60_000).toISOString(),
      },
    })
    expect(call.status).toBe('open')
    // The deadline passes (written under the hooks, as time would).
    await ctx.payload.db.updateOne({
      collection: 'funding-calls',
      where: { id: { equals: call.id } },
      data: { deadline: new Date(Date.now() - 60_000).toISOString() },
    })
    await sleep(100)
    received = []
    expect(await closeFundingCalls({ payload: ctx.payload })).toEqual({ closed: 1 })
    const [notification] = await waitForNotification()
    expect(notification?.reason).toBe(`funding-calls ${call.id} changed`)
    expect((await ctx.payload.findByID({ collection: 'funding-calls', id: call.id, depth: 0 })).status).toBe(
      'closed',
    )
  })

  it('when the national validator approves a practice: after the commit, with the secret', async () => {
    const id = await practiceAt('national_review')
    watch = id
    const response = await act(id, 'validator.national', { action: 'approve' })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body.stage).toBe('published')

    const [notification, ...more] = await waitForNotification()
    expect(notification).toMatchObject({
      authorization: `Bearer ${SECRET}`,
      reason: `practices ${id} published`,
      // what changed, so the site rewrites only the pages that show it
      changes: [{ collection: 'practices', ids: [String(id)] }],
      // the practice was already public when the site heard of it
      statusWhenReceived: 'published',
    })
    expect(more).toHaveLength(0)
  })

  it('not when a draft is saved, submitted and approved below the last stage, or a published one gets a draft revision', async () => {
    const theme = (await ctx.payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!.id
    const created = await api.post(
      '/practices?draft=true',
      {
        title: 'Bozza di prova',
        summary: 'Solo una bozza.',
        description: lexicalRichText(['Una bozza.']),
        themes: [theme],
      },
      { as: 'volunteer.milano' },
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const draft = created.body.doc.id
    expect(
      (
        await api.patch(
          `/practices/${draft}?draft=true`,
          { targetGroups: ['elderly'] },
          { as: 'volunteer.milano' },
        )
      ).status,
    ).toBe(200)
    expect((await act(draft, 'volunteer.milano', { action: 'submit' })).body.stage).toBe('local_review')
    expect((await act(draft, 'validator.milano', { action: 'approve' })).body.stage).toBe('regional_review')

    const published = await ctx.payload.find({
      collection: 'practices',
      where: { _status: { equals: 'published' } },
      limit: 1,
      depth: 0,
    })
    const live = published.docs[0]!
    revised = live.id
    const revision = await ctx.payload.update({
      collection: 'practices',
      id: live.id,
      data: { summary: 'Una revisione non ancora approvata.' },
      draft: true,
      depth: 0,
    })
    expect(revision._status).toBe('draft')

    await sleep(600)
    expect(received).toEqual([])
    // the live version is untouched
    const stillLive = await ctx.payload.findByID({ collection: 'practices', id: live.id, depth: 0 })
    expect(stillLive._status).toBe('published')
  })

  it('when a national validator archives a published practice, even one with a draft revision pending', async () => {
    const id = revised
    watch = id
    const response = await act(id, 'validator.national', { action: 'archive', comment: 'Attività conclusa' })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const [notification, ...more] = await waitForNotification()
    expect(notification).toMatchObject({
      reason: `practices ${id} no longer published`,
      changes: [{ collection: 'practices', ids: [String(id)] }],
      statusWhenReceived: 'draft',
    })
    expect(more).toHaveLength(0)
  })

  it('when a content manager edits a FAQ entry', async () => {
    const { docs } = await ctx.payload.find({ collection: 'faq', limit: 1, depth: 0 })
    const id = docs[0]!.id
    const response = await api.patch(`/faq/${id}`, { order: 7 }, { as: 'editor' })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const [notification] = await waitForNotification()
    expect(notification).toMatchObject({ authorization: `Bearer ${SECRET}`, reason: `faq ${id} changed` })
  })

  it('the change succeeds even when the site cannot be reached', async () => {
    const { settings } = await import('../src/settings')
    const target = settings.siteRebuild!
    const original = target.url
    target.url = 'http://127.0.0.1:9/__rebuild'
    try {
      const { docs } = await ctx.payload.find({ collection: 'themes', limit: 1, depth: 0 })
      const response = await api.patch(`/themes/${docs[0]!.id}`, { colour: '#CC0000' }, { as: 'editor' })
      expect(response.status, JSON.stringify(response.body)).toBe(200)
    } finally {
      await sleep(200)
      target.url = original
    }
  })
})
