import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalRichText } from '../src/contract'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { restClient, type RestClient } from './helpers/restClient'
import { withTestScores } from '@redcloud/testing/withTestScores'

type Id = number | string

let ctx: TestContext
let api: RestClient
let theme: Id

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  theme = (await ctx.payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!.id
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const practice = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  summary: 'Visite settimanali agli anziani soli del quartiere.',
  description: lexicalRichText(['Descrizione completa.']),
  themes: [theme],
  targetGroups: ['elderly'],
  ...extra,
})
const stored = (id: Id) => ctx.payload.findByID({ collection: 'practices', id, draft: true, depth: 0 })

describe('SECURITY.md §2 No leaks to anonymous callers: a taken slug does not reveal another unit’s draft', () => {
  it('a slug used by Roma’s unpublished draft is resolved with a suffix for Milano, never refused', async () => {
    const roma = await api.post('/practices?draft=true', practice('Orti segreti'), { as: 'volunteer.roma' })
    expect(roma.status).toBe(201)
    expect((await stored(roma.body.doc.id)).slug).toBe('orti-segreti')

    const fromTitle = await api.post('/practices?draft=true', practice('Orti segreti'), {
      as: 'volunteer.milano',
    })
    expect(fromTitle.status, JSON.stringify(fromTitle.body)).toBe(201)
    const explicit = await api.post('/practices', practice('Altro titolo', { slug: 'Orti Segreti' }), {
      as: 'volunteer.milano',
    })
    expect(explicit.status, JSON.stringify(explicit.body)).toBe(201)
    expect((await stored(fromTitle.body.doc.id)).slug).toBe('orti-segreti-2')
    expect((await stored(explicit.body.doc.id)).slug).toBe('orti-segreti-3')

    const renamed = await api.patch(
      `/practices/${explicit.body.doc.id}?draft=true`,
      { slug: 'orti-segreti-2' },
      { as: 'volunteer.milano' },
    )
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200)
    expect((await stored(explicit.body.doc.id)).slug).toBe('orti-segreti-2-2')
    expect((await stored(roma.body.doc.id)).slug).toBe('orti-segreti')
  })

  it('a draft revision whose slug was taken meanwhile is published under a free one', async () => {
    const id = (
      await api.post('/practices?draft=true', practice('Pranzo insieme'), { as: 'volunteer.milano' })
    ).body.doc.id as Id
    await api.patch(`/practices/${id}?draft=true`, { slug: 'cena-insieme' }, { as: 'volunteer.milano' })
    const other = await api.post('/practices?draft=true', practice('Cena insieme'), { as: 'volunteer.roma' })
    expect((await stored(other.body.doc.id)).slug).toBe('cena-insieme')
    const steps = [
      ['submit', 'volunteer.milano'],
      ['approve', 'validator.milano'],
      ['approve', 'validator.lombardia'],
      ['approve', 'validator.national'],
    ] as const
    for (const [revision, [action, as]] of steps.entries()) {
      const response = await api.post(`/practices/${id}/workflow`, withTestScores({ action, revision }), {
        as,
      })
      expect(response.status, JSON.stringify(response.body)).toBe(200)
    }
    const live = await api.get(`/practices/${id}`)
    expect(live.status).toBe(200)
    expect(live.body.slug).toBe('cena-insieme-2')
  })
})
