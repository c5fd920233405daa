import { TEST_SCORES } from '@redcloud/testing/testScores'
import { expect } from 'vitest'

import { lexicalRichText } from '../../src/contract'
import type { RestClient } from './restClient'

type Id = number | string

/** Every criterion at `value`. */
export const scoresOf = (value: number): Record<string, number> =>
  Object.fromEntries(Object.keys(TEST_SCORES).map((criterion) => [criterion, value]))

/**
 * Helpers for tests of scores and recognition: a draft by Milano's volunteer, and one workflow
 * action at the item's current revision (its response, or expected 200 with `ok`).
 */
export const scoredPractice = ({ api, theme }: { api: RestClient; theme: Id }) => {
  const draft = async (title: string): Promise<Id> => {
    const created = await api.post(
      '/practices?draft=true',
      {
        title,
        summary: 'Merende e compiti insieme.',
        description: lexicalRichText(['Ogni pomeriggio.']),
        themes: [theme],
        targetGroups: ['children'],
      },
      { as: 'volunteer.milano' },
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return created.body.doc.id as Id
  }
  const act = async (
    id: Id,
    as: string,
    body: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) => {
    const { revision } = (await api.get(`/practices/${id}/workflow`, { as })).body as { revision: number }
    return api.post(`/practices/${id}/workflow`, { revision, ...body }, { as, headers })
  }
  const ok = async (id: Id, as: string, body: Record<string, unknown>) => {
    const response = await act(id, as, body)
    expect(response.status, `${String(body.action)} by ${as}: ${JSON.stringify(response.body)}`).toBe(200)
  }
  /** Submitted and approved up to national review: local unscored, regional with `regional` scores. */
  const atNational = async (title: string, regional = scoresOf(2)) => {
    const id = await draft(title)
    await ok(id, 'volunteer.milano', { action: 'submit' })
    await ok(id, 'validator.milano', { action: 'approve' })
    await ok(id, 'validator.lombardia', { action: 'approve', scores: regional })
    return id
  }
  return { draft, act, ok, atNational }
}
