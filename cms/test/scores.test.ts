import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { restClient, type RestClient } from './helpers/restClient'
import { scoredPractice, scoresOf } from './helpers/scoredPractice'

type Id = number | string

let ctx: TestContext
let api: RestClient
let practice: ReturnType<typeof scoredPractice>

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  const theme = (await ctx.payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!.id
  practice = scoredPractice({ api, theme })
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const stage = async (id: Id) =>
  (
    (await ctx.payload.findByID({ collection: 'practices', id, draft: true, depth: 0 })) as {
      workflow?: { stage?: string }
    }
  ).workflow?.stage

const events = async (id: Id) =>
  (
    await ctx.payload.find({
      collection: 'workflow-events',
      where: { and: [{ itemCollection: { equals: 'practices' } }, { document: { equals: String(id) } }] },
      sort: 'revision',
      depth: 0,
      pagination: false,
    })
  ).docs as { action: string; from: string; scores?: null | Record<string, number> }[]

const live = async (id: Id) =>
  (await ctx.payload.findByID({ collection: 'practices', id, depth: 0 })) as {
    recognised?: boolean | null
    recognisedAt?: null | string
    _status?: string
  }

describe('SECURITY.md §4 Bad input: scores at approval', () => {
  it('approving at regional level without a score, or with one out of range, is a 400 naming the criterion; nothing moves', async () => {
    const id = await practice.draft('Punteggi mancanti')
    await practice.ok(id, 'volunteer.milano', { action: 'submit' })
    // Local validators may approve without scores.
    await practice.ok(id, 'validator.milano', { action: 'approve' })
    const cases: [unknown, RegExp][] = [
      [undefined, /"scores\.meaningfulObjectives" is required/],
      [{ ...scoresOf(2), measurable: undefined }, /"scores\.measurable" is required/],
      [{ ...scoresOf(2), socialImpact: 4 }, /"scores\.socialImpact" must be a whole number from 0 to 3/],
      [{ ...scoresOf(2), socialNeed: 1.5 }, /"scores\.socialNeed" must be a whole number/],
      [{ ...scoresOf(2), socialNeed: '2' }, /"scores\.socialNeed" must be a whole number/],
      [{ ...scoresOf(2), beauty: 3 }, /"scores\.beauty" is not a criterion/],
      ['tre', /"scores" must be an object/],
    ]
    for (const [scores, message] of cases) {
      const response = await practice.act(id, 'validator.lombardia', { action: 'approve', scores })
      expect(response.status, JSON.stringify(scores)).toBe(400)
      expect(response.body.errors[0].message).toMatch(message)
    }
    expect(await stage(id)).toBe('regional_review')
    expect((await events(id)).length).toBe(2)
  })

  it('scores are stored on the decision event; a local validator may add some; none go with a submission', async () => {
    const id = await practice.draft('Punteggi registrati')
    const submitted = await practice.act(id, 'volunteer.milano', { action: 'submit', scores: scoresOf(3) })
    expect(submitted.status).toBe(400)
    expect(submitted.body.errors[0].message).toMatch(/"scores" are not given to submit/)
    await practice.ok(id, 'volunteer.milano', { action: 'submit' })
    await practice.ok(id, 'validator.milano', { action: 'approve', scores: { socialNeed: 3 } })
    const regional = { ...scoresOf(2), strategicInterest: 0 }
    await practice.ok(id, 'validator.lombardia', { action: 'approve', scores: regional })
    await practice.ok(id, 'validator.national', { action: 'approve', scores: scoresOf(1) })
    const stored = await events(id)
    expect(stored.map(({ action, scores }) => [action, scores ?? null])).toEqual([
      ['submit', null],
      ['approve', { socialNeed: 3 }],
      ['approve', regional],
      ['approve', scoresOf(1)],
    ])
    expect((await live(id)).recognised).toBe(false)
  })
})

describe('recognition at the national approval', () => {
  it('below the threshold `recognise: true` is a 400 that says which mean and why, in the caller’s language', async () => {
    const low = await practice.atNational('Media regionale bassa', { ...scoresOf(2), socialImpact: 0 })
    const english = await practice.act(
      low,
      'validator.national',
      { action: 'approve', scores: scoresOf(3), recognise: true },
      { 'Accept-Language': 'en' },
    )
    expect(english.status).toBe(400)
    expect(english.body.errors[0].message).toBe(
      'The regional mean score is 1.78, below the threshold of 2: the practice cannot be recognised.',
    )
    const italian = await practice.act(
      low,
      'validator.national',
      { action: 'approve', scores: { ...scoresOf(2), measurable: 1 }, recognise: true },
      { 'Accept-Language': 'it' },
    )
    expect(italian.status).toBe(400)
    expect(italian.body.errors[0].message).toBe(
      'La media dei punteggi nazionale è 1,89, sotto la soglia di 2: la buona pratica non può essere riconosciuta.',
    )
    expect(await stage(low)).toBe('national_review')
    expect((await live(low))._status).not.toBe('published')
  })

  it('at or above it the practice is published recognised, and no request can change that', async () => {
    const id = await practice.atNational('Riconosciuta')
    const notYet = await practice.act(id, 'validator.lombardia', { action: 'approve', recognise: true })
    expect(notYet.status).toBe(403)
    await practice.ok(id, 'validator.national', { action: 'approve', scores: scoresOf(2), recognise: true })
    const published = await live(id)
    expect(published).toMatchObject({ _status: 'published', recognised: true })
    expect(Date.parse(published.recognisedAt ?? '')).toBeGreaterThan(Date.now() - 60_000)

    for (const as of ['admin', 'volunteer.milano']) {
      const patch = await api.patch(`/practices/${id}`, { recognised: false, recognisedAt: null }, { as })
      expect(patch.status).toBeLessThan(500)
      expect(await live(id)).toMatchObject({ recognised: true, recognisedAt: published.recognisedAt })
      const draft = (await ctx.payload.findByID({ collection: 'practices', id, draft: true, depth: 0 })) as {
        recognised?: boolean
      }
      expect(draft.recognised).toBe(true)
    }
    const created = await api.post(
      '/practices?draft=true',
      { title: 'Riconosciuta da sé', recognised: true, recognisedAt: '2020-01-01T00:00:00.000Z' },
      { as: 'volunteer.milano' },
    )
    expect(created.status).toBe(201)
    const own = (await ctx.payload.findByID({
      collection: 'practices',
      id: created.body.doc.id,
      draft: true,
      depth: 0,
    })) as { recognised?: boolean; recognisedAt?: null | string }
    expect([own.recognised, own.recognisedAt ?? null]).toEqual([false, null])
  })

  it('`recognise` is only for the national approval, and must be true or false', async () => {
    const id = await practice.draft('Riconoscimento fuori posto')
    await practice.ok(id, 'volunteer.milano', { action: 'submit' })
    const local = await practice.act(id, 'validator.milano', { action: 'approve', recognise: true })
    expect(local.status).toBe(400)
    expect(local.body.errors[0].message).toBe('"recognise" is only given when deciding at national.')
    const text = await practice.act(id, 'validator.milano', { action: 'approve', recognise: 'sì' })
    expect(text.status).toBe(400)
    expect(text.body.errors[0].message).toBe('"recognise" must be true or false.')
    expect(await stage(id)).toBe('local_review')
  })
})
