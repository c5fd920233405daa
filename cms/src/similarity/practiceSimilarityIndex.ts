import type { Payload } from 'payload'

import { idOf } from '../contract/idOf'
import { LOCALES, type Locale } from '../contract/locales'
import { createSimilarityIndex, type SimilarityIndex } from './createSimilarityIndex'
import type { SimilarityDocument } from './SimilarityDocument'

/** Other CMS instances invalidate only their own index: none is older than this. */
const MAX_AGE_MS = 5 * 60_000

type State = {
  index: null | SimilarityIndex
  builtAt: number
  building: null | Promise<SimilarityIndex>
  version: number
}

const store = globalThis as typeof globalThis & { __redcloudSimilarity?: State }
const state: State = (store.__redcloudSimilarity ??= { index: null, builtAt: 0, building: null, version: 0 })

/** Marks the index out of date: the next question rebuilds it from the published practices. */
export const invalidateSimilarityIndex = (): void => {
  state.version++
  state.index = null
}

const localized = (value: unknown): Partial<Record<Locale, string>> => {
  const out: Partial<Record<Locale, string>> = {}
  if (value && typeof value === 'object') {
    for (const locale of LOCALES) {
      const text = (value as Record<string, unknown>)[locale]
      if (typeof text === 'string' && text.trim() !== '') out[locale] = text
    }
  }
  return out
}

const build = async (payload: Payload): Promise<SimilarityIndex> => {
  const version = state.version
  const units = await payload.find({
    collection: 'units',
    depth: 0,
    limit: 0,
    pagination: false,
    select: { name: true },
  })
  const unitNames = new Map(units.docs.map((unit) => [String(unit.id), String(unit.name ?? '')]))
  const { docs } = await payload.find({
    collection: 'practices',
    where: { _status: { equals: 'published' } },
    locale: 'all',
    depth: 0,
    limit: 0,
    pagination: false,
    select: { title: true, summary: true, slug: true, unit: true, originalLanguage: true },
  })
  const documents: SimilarityDocument[] = docs.map((doc) => {
    const unit = idOf(doc.unit)
    return {
      id: doc.id,
      slug: String(doc.slug ?? ''),
      unit: unit === null ? null : { id: unit, name: unitNames.get(String(unit)) ?? '' },
      titles: localized(doc.title),
      summaries: localized(doc.summary),
      originalLanguage: (doc.originalLanguage ?? undefined) as Locale | undefined,
    }
  })
  const index = createSimilarityIndex(documents)
  // A publication during the build leaves the index stale: answer with it, keep none.
  if (version === state.version) {
    state.index = index
    state.builtAt = Date.now()
  }
  return index
}

/** The index of published practices, built on the first question after a change. */
export const practiceSimilarityIndex = async (payload: Payload): Promise<SimilarityIndex> => {
  if (state.index && Date.now() - state.builtAt < MAX_AGE_MS) return state.index
  state.building ??= build(payload).finally(() => {
    state.building = null
  })
  return state.building
}
