import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { relatedQuery } from '../src/contract'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { restClient, type RestClient } from './helpers/restClient'

let ctx: TestContext
let api: RestClient

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const similar = (q: string, locale = 'it', as?: string) =>
  api.get(`/practices/similar?q=${encodeURIComponent(q)}&locale=${locale}`, as ? { as } : undefined)

describe('GET /practices/similar', () => {
  it('ranks each published practice first for its exact title, anonymously', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'practices',
      where: { _status: { equals: 'published' } },
      locale: 'it',
      limit: 10,
      depth: 0,
    })
    for (const practice of docs) {
      const response = await similar(practice.title!)
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      expect(String(response.body.docs[0].id)).toBe(String(practice.id))
      expect(response.body.docs.length).toBeLessThanOrEqual(5)
      expect(Object.keys(response.body.docs[0]).sort()).toEqual(['id', 'score', 'slug', 'title', 'unit'])
    }
  })

  it('finds an Italian practice from an English or French query', async () => {
    const english = await similar('telephone companionship for lonely elderly people', 'en')
    expect(english.body.docs.map((hit: { slug: string }) => hit.slug)).toContain(
      'pronto-nonno-compagnia-telefonica',
    )
    const french = await similar('compagnie téléphonique pour personnes âgées isolées', 'fr')
    expect(french.body.docs.map((hit: { slug: string }) => hit.slug)).toContain(
      'pronto-nonno-compagnia-telefonica',
    )
  })

  it('never answers drafts or practices in review', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'practices',
      where: { _status: { equals: 'draft' } },
      locale: 'it',
      limit: 5,
      depth: 0,
      draft: true,
    })
    for (const practice of docs.filter((doc) => doc.title)) {
      const response = await similar(practice.title!)
      expect(response.body.docs.map((hit: { id: unknown }) => String(hit.id))).not.toContain(
        String(practice.id),
      )
    }
  })

  it.each([
    ['missing', ''],
    ['too short', 'ab'],
    ['too long', 'parola '.repeat(100)],
    ['only punctuation', '!!! ??? ...'],
    ['only stop words', 'the of la de'],
  ])('q %s → 400 naming q', async (_, q) => {
    const response = await similar(q)
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('"q"')
  })

  it('an unknown locale → 400 naming locale', async () => {
    const response = await similar('anziani soli', 'xx')
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('locale')
  })

  it('sees a new publication at once (the index is rebuilt after a change)', async () => {
    expect((await similar('Zebra quokka unico')).body.docs).toEqual([])
    const created = await ctx.payload.db.create({
      collection: 'practices',
      data: {
        title: { it: 'Zebra quokka unico', en: 'Unique zebra quokka' },
        summary: { it: 'Una pratica nuova.' },
        slug: 'zebra-quokka-unico',
        _status: 'published',
        originalLanguage: 'it',
      },
      req: {} as never,
    })
    // db.create runs no hooks: call what the practices' afterChange hook calls on a publication.
    const { invalidateSimilarityIndex } = await import('../src/similarity/practiceSimilarityIndex')
    invalidateSimilarityIndex()
    const after = await similar('unique zebra quokka', 'en')
    expect(String(after.body.docs[0].id)).toBe(String(created.id))
    expect(after.body.docs[0].title).toBe('Unique zebra quokka')
  })
})

describe('GET /practices/similar?ids=…: related practices of many practices in one request', () => {
  it('answers for each id what q answers to its title and summary, itself left out; a draft or unknown id gets none', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'practices',
      where: { _status: { equals: 'published' } },
      locale: 'it',
      limit: 3,
      depth: 0,
    })
    const draft = (
      await ctx.payload.find({
        collection: 'practices',
        where: { _status: { equals: 'draft' } },
        limit: 1,
        depth: 0,
      })
    ).docs[0]!
    const ids = [...docs.map((doc) => String(doc.id)), String(draft.id), '999999']
    const response = await api.get(`/practices/similar?ids=${ids.join(',')}&locale=it`)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(Object.keys(response.body.related).sort()).toEqual([...ids].sort())
    for (const doc of docs) {
      const list = response.body.related[String(doc.id)] as { id: unknown }[]
      expect(list.length).toBeGreaterThan(0)
      expect(list.length).toBeLessThanOrEqual(5)
      expect(list.map((hit) => String(hit.id))).not.toContain(String(doc.id))
      // What the site asked before, one request per practice: q with the practice left out.
      const q = encodeURIComponent(relatedQuery(doc.title ?? '', doc.summary ?? ''))
      const one = await api.get(`/practices/similar?q=${q}&locale=it&exclude=${doc.id}`)
      expect(list.map((hit) => String(hit.id))).toEqual(
        one.body.docs.map((hit: { id: unknown }) => String(hit.id)),
      )
    }
    expect(response.body.related[String(draft.id)]).toEqual([])
    expect(response.body.related['999999']).toEqual([])
  })

  it('more than 100 ids, none, or an unknown locale → 400 naming the parameter', async () => {
    const many = Array.from({ length: 101 }, (_, i) => i + 1).join(',')
    for (const [query, field] of [
      [`ids=${many}&locale=it`, 'ids'],
      ['ids=,&locale=it', 'ids'],
      ['ids=1&locale=xx', 'locale'],
    ]) {
      const response = await api.get(`/practices/similar?${query}`)
      expect(response.status, query).toBe(400)
      expect(JSON.stringify(response.body)).toContain(`"${field}"`)
    }
  })
})
