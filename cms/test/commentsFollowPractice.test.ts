import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalRichText } from '../src/contract'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { restClient, type RestClient } from './helpers/restClient'
import { withTestScores } from '@redcloud/testing/withTestScores'

type Id = number | string

let ctx: TestContext
let api: RestClient
let practice: Id
let comment: Id

const act = async (id: Id, action: string, as: string, comment?: string) => {
  const state = await api.get(`/practices/${id}/workflow`, { as })
  const response = await api.post(
    `/practices/${id}/workflow`,
    withTestScores({ action, revision: state.body.revision, comment }),
    { as },
  )
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  const theme = (await ctx.payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!.id
  const created = await api.post(
    '/practices?draft=true',
    {
      title: 'Merende solidali',
      summary: 'Merende per i bambini del quartiere.',
      description: lexicalRichText(['Descrizione.']),
      themes: [theme],
      targetGroups: ['youth'],
    },
    { as: 'volunteer.milano' },
  )
  practice = created.body.doc.id
  await act(practice, 'submit', 'volunteer.milano')
  for (const as of ['validator.milano', 'validator.lombardia', 'validator.national']) {
    await act(practice, 'approve', as)
  }
  const written = await api.post('/comments', { practice, body: 'Bella idea!' }, { as: 'volunteer.roma' })
  expect(written.status, JSON.stringify(written.body)).toBe(201)
  comment = written.body.doc.id
  expect((await api.get(`/comments/${comment}`)).status).toBe(200)
  await act(practice, 'archive', 'admin', 'Non più attiva.')
}, 120_000)
afterAll(async () => {
  await ctx?.payload.destroy()
})

describe('SECURITY.md §2 No leaks: comments follow their practice', () => {
  it('the comments of an archived practice are hidden from anonymous callers, by id, list and where', async () => {
    expect((await api.get(`/practices/${practice}`)).status).toBe(404)
    expect((await api.get(`/comments/${comment}`)).status).toBe(404)
    expect((await api.get(`/comments?where[practice][equals]=${practice}`)).body.totalDocs).toBe(0)
    const all = await api.get('/comments?limit=0&depth=0')
    expect(all.body.docs.map((c: { id: Id }) => String(c.id))).not.toContain(String(comment))
    expect((await api.get(`/comments?where[body][like]=Bella idea`)).body.totalDocs).toBe(0)
  })

  it('only those who can read the practice read its comments (the comment’s own author included)', async () => {
    const matrix: [string, number][] = [
      ['volunteer.roma', 404], // wrote the comment, cannot read the practice any more
      ['volunteer.torino', 404],
      ['validator.lazio', 404], // out of scope
      ['volunteer.milano', 200], // the practice's author
      ['validator.milano', 200], // in scope
      ['validator.lombardia', 200],
      ['editor', 200],
      ['admin', 200],
    ]
    for (const [as, status] of matrix) {
      expect((await api.get(`/comments/${comment}`, { as })).status, as).toBe(status)
      const listed = await api.get(`/comments?where[practice][equals]=${practice}`, { as })
      expect(listed.body.totalDocs, as).toBe(status === 200 ? 1 : 0)
    }
    const stored = await ctx.payload.findByID({ collection: 'comments', id: comment, depth: 0 })
    expect(stored.body).toBe('Bella idea!')
  })
})
