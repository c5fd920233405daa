import { describe, expect, it } from 'vitest'

import type { PracticeEntry, ThemeEntry, UnitEntry } from './types'

import { catalogueListings } from './catalogueListings'

const practice = (slug: string, themes: string[], targetGroups: string[], regionId: null | string) =>
  ({
    slug,
    themes,
    targetGroups,
    region: regionId ? { id: regionId, name: regionId, code: regionId } : null,
    recognised: slug === 'p1' || slug === 'p4',
    replicationCount: { p2: 3, p3: 1, p4: 3 }[slug] ?? 0,
    publishedAt: `2026-01-0${slug.slice(1)}`,
  }) as PracticeEntry
const theme = (slug: string) => ({ slug, name: slug }) as ThemeEntry
const region = (cmsId: string, code: string) => ({ cmsId, code, name: code, level: 'regional' }) as UnitEntry

describe('catalogueListings', () => {
  const practices = Array.from({ length: 5 }, (_, i) =>
    practice(`p${i}`, i % 2 ? ['elderly'] : ['youth'], i < 2 ? ['children'] : [], i === 4 ? null : 'r1'),
  )
  const listings = catalogueListings({
    practices,
    themes: [theme('elderly'), theme('youth'), theme('water')],
    targetGroups: ['children', 'women'],
    regions: [region('r1', 'LOM')],
    pageSize: 2,
  })
  const byPath = new Map(listings.map((l) => [l.path, l]))

  it('paginates all practices: the first page at the root, the others under page/N', () => {
    expect(byPath.get('')?.items.map((p) => p.slug)).toEqual(['p0', 'p1'])
    expect(byPath.get('page/2')?.items.map((p) => p.slug)).toEqual(['p2', 'p3'])
    expect(byPath.get('page/3')?.items.map((p) => p.slug)).toEqual(['p4'])
    expect(byPath.get('page/3')?.totalPages).toBe(3)
    expect(byPath.has('page/1')).toBe(false)
  })

  it('lists each theme, target group and region with exactly its practices', () => {
    expect(byPath.get('theme/elderly')?.items.map((p) => p.slug)).toEqual(['p1', 'p3'])
    expect(byPath.get('theme/youth')?.total).toBe(3)
    expect(byPath.get('theme/youth/page/2')?.items.map((p) => p.slug)).toEqual(['p4'])
    expect(byPath.get('group/children')?.items.map((p) => p.slug)).toEqual(['p0', 'p1'])
    expect(byPath.get('region/lom')?.total).toBe(4)
  })

  it('lists the recognised practices under recognised/, always, even when there are none', () => {
    expect(byPath.get('recognised')).toMatchObject({ facet: 'recognised', basePath: 'recognised', total: 2 })
    expect(byPath.get('recognised')?.items.map((p) => p.slug)).toEqual(['p1', 'p4'])
    const none = catalogueListings({ practices: [], themes: [], targetGroups: [], regions: [] })
    expect(none.map((l) => l.path)).toEqual(['', 'recognised', 'most-replicated'])
  })

  it('sorts every practice by most replicated under most-replicated/ (ties: newest first), paginated', () => {
    expect(byPath.get('most-replicated')).toMatchObject({
      facet: 'replicated',
      basePath: 'most-replicated',
      total: 5,
    })
    expect(byPath.get('most-replicated')?.items.map((p) => p.slug)).toEqual(['p4', 'p2'])
    expect(byPath.get('most-replicated/page/2')?.items.map((p) => p.slug)).toEqual(['p3', 'p1'])
    expect(byPath.get('most-replicated/page/3')?.items.map((p) => p.slug)).toEqual(['p0'])
  })

  it('still gives an empty filter one page, so its link never leads to a 404', () => {
    expect(byPath.get('theme/water')).toMatchObject({ total: 0, totalPages: 1, items: [] })
    expect(byPath.get('group/women')).toMatchObject({ total: 0, totalPages: 1 })
  })
})
