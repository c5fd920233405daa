import type { Practice } from '@redcloud/cms/payload-types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalRichText } from '../src/contract'
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

const AS = { as: 'volunteer.milano' }
type Row = NonNullable<Practice['qualityIndicators']>[number]

const errorPaths = (body: any): string[] =>
  (body?.errors ?? []).flatMap((error: any) => (error.data?.errors ?? []).map((e: any) => e.path))

const library = async (slug: string) =>
  (await ctx.payload.find({ collection: 'indicators', where: { slug: { equals: slug } }, limit: 1 })).docs[0]!
    .id

const rowsOf = async (id: number | string, locale = 'it') =>
  (
    (await ctx.payload.findByID({
      collection: 'practices',
      id,
      depth: 0,
      draft: true,
      locale: locale as 'it',
    })) as Practice
  ).qualityIndicators ?? []

const newDraft = async (qualityIndicators: Record<string, unknown>[]) => {
  const response = await api.post(
    '/practices?draft=true',
    { title: 'Indicatori che restano', qualityIndicators },
    AS,
  )
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc.id as number | string
}

describe("A practice's indicators: library picks, custom rows and stable keys", () => {
  it('a save that omits the keys keeps them: by library indicator, by name, by position', async () => {
    const hours = await library('volunteer-hours')
    const meals = await library('meals-distributed')
    const id = await newDraft([
      { name: 'Telefonate fatte', baseline: 0, target: 100, unit: 'telefonate' },
      { indicator: hours, baseline: 10, target: 500, baselineDate: '2026-01-01', targetDate: '2027-01-01' },
      { name: 'Famiglie contente', target: 30 },
    ])
    const first = await rowsOf(id)
    expect(first.map((row) => row.key)).toEqual([
      expect.stringMatching(/^[0-9a-f]{24}$/),
      expect.stringMatching(/^[0-9a-f]{24}$/),
      expect.stringMatching(/^[0-9a-f]{24}$/),
    ])
    expect(new Set(first.map((row) => row.key)).size).toBe(3)
    const [calls, hoursRow, families] = first as [Row, Row, Row]

    // As the site's form sends them: no ids, no keys, in another order; one renamed in place,
    // one library pick added, a key the practice never had.
    const saved = await api.patch(
      `/practices/${id}?draft=true`,
      {
        qualityIndicators: [
          { indicator: hours, baseline: 12, target: 500 },
          { name: 'Telefonate fatte', baseline: 0, target: 120 },
          { name: 'Famiglie soddisfatte', target: 30, key: 'made-up-key' },
          { indicator: meals, target: 1000 },
        ],
      },
      AS,
    )
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const second = await rowsOf(id)
    expect(second[0]!.key).toBe(hoursRow.key)
    expect(second[1]!.key).toBe(calls.key)
    expect(second[2]!.key).toBe(families.key)
    expect(second[3]!.key).toMatch(/^[0-9a-f]{24}$/)
    expect([calls.key, hoursRow.key, families.key]).not.toContain(second[3]!.key)

    // Another language's save sends the rows with their ids and keys: nothing changes.
    const english = await api.patch(
      `/practices/${id}?draft=true&locale=en`,
      {
        qualityIndicators: second.map((row) => ({ ...row, name: row.custom ? `EN ${row.name}` : null })),
      },
      AS,
    )
    expect(english.status, JSON.stringify(english.body)).toBe(200)
    expect((await rowsOf(id, 'en')).map((row) => row.key)).toEqual(second.map((row) => row.key))
    expect((await rowsOf(id, 'it')).map((row) => row.name)).toEqual(second.map((row) => row.name))
  })

  it('custom is computed, never taken from the request; a library row has no unit of its own', async () => {
    const hours = await library('volunteer-hours')
    const id = await newDraft([
      { name: 'Mio', custom: false, unit: 'cose' },
      { indicator: hours, custom: true, unit: 'ore di volo', name: 'Ore' },
    ])
    const [mine, picked] = (await rowsOf(id)) as [Row, Row]
    expect(mine.custom).toBe(true)
    expect(mine.unit).toBe('cose')
    expect(picked.custom).toBe(false)
    expect(picked.unit ?? null).toBeNull()
  })

  it('the same library indicator twice is a 400 naming the second row', async () => {
    const hours = await library('volunteer-hours')
    const response = await api.post(
      '/practices?draft=true',
      {
        title: 'Doppione',
        qualityIndicators: [{ indicator: hours }, { name: 'Altro' }, { indicator: hours }],
      },
      AS,
    )
    expect(response.status).toBe(400)
    expect(errorPaths(response.body)).toEqual([
      'qualityIndicators.0.indicator',
      'qualityIndicators.2.indicator',
    ])
  })

  it('a row with neither a library pick nor a name may wait in a draft, not go to review', async () => {
    const themes = (await ctx.payload.find({ collection: 'themes', limit: 1 })).docs.map((t) => t.id)
    const response = await api.post(
      '/practices?draft=true',
      {
        title: 'Quasi pronta',
        summary: 'Una pratica quasi pronta.',
        description: lexicalRichText(['Descrizione.']),
        themes,
        targetGroups: ['elderly'],
        qualityIndicators: [{ name: 'Con nome', target: 3 }, { target: 5 }],
      },
      AS,
    )
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    const id = response.body.doc.id
    const submit = await api.post(`/practices/${id}/workflow`, { action: 'submit', revision: 0 }, AS)
    expect(submit.status).toBe(400)
    expect(errorPaths(submit.body)).toEqual(['qualityIndicators.1.name'])
  })
})
