import { describe, expect, it } from 'vitest'

import type { ServiceEntry, UnitEntry } from '../types'

import { servicesGeoJson } from './servicesGeoJson'
import { unitsGeoJson } from './unitsGeoJson'

const unit = (cmsId: string, code: string, parentId: null | string, lat: number, lng: number): UnitEntry => ({
  cmsId,
  name: `Comitato ${code}`,
  slug: code.toLowerCase(),
  code,
  level: parentId ? 'local' : 'regional',
  parentId,
  address: 'Via Roma 1',
  location: { lat, lng },
  contact: { email: `${code.toLowerCase()}@units.example.org`, phone: '', website: '' },
})
const units = [unit('1', 'LOM', null, 45.47, 9.16), unit('2', 'LOM-MI', '1', 45.46, 9.19)]
const service = (
  locale: 'en' | 'it',
  isFallback: boolean,
  extra: Partial<ServiceEntry> = {},
): ServiceEntry => ({
  cmsId: '7',
  locale,
  contentLocale: isFallback ? 'it' : locale,
  isFallback,
  unitId: '2',
  name: locale === 'it' || isFallback ? 'Banco alimentare' : 'Food bank',
  description: 'Pacchi',
  schedule: '',
  status: 'active',
  themes: ['food-poverty'],
  targetGroups: ['families'],
  address: '',
  location: null,
  contact: { email: 'lom-mi@units.example.org', phone: '' },
  ...extra,
})

describe('GeoJSON open data', () => {
  it('units: a FeatureCollection of points in [longitude, latitude] order with parent codes and page links', () => {
    const data = unitsGeoJson({
      units,
      activeServiceCounts: new Map([['2', 3]]),
      siteUrl: 'https://x.org/',
      locale: 'it',
    })
    expect(data.type).toBe('FeatureCollection')
    expect(data.features[1]).toEqual({
      type: 'Feature',
      id: 'LOM-MI',
      geometry: { type: 'Point', coordinates: [9.19, 45.46] },
      properties: expect.objectContaining({
        code: 'LOM-MI',
        parent: 'LOM',
        activeServices: 3,
        url: 'https://x.org/it/units/lom-mi/',
      }),
    })
  })

  it('services: one feature per service, texts per language without fallbacks, at the unit office when it has no place', () => {
    const data = servicesGeoJson({
      services: [service('it', false), service('en', false)],
      units,
      siteUrl: 'https://x.org/',
      locale: 'it',
    })
    expect(data.features).toHaveLength(1)
    const [feature] = data.features
    expect(feature!.geometry).toEqual({ type: 'Point', coordinates: [9.19, 45.46] })
    expect(feature!.properties.name).toEqual({ it: 'Banco alimentare', en: 'Food bank' })
    expect(feature!.properties.ownPlace).toBe(false)
    expect(feature!.properties.url).toBe('https://x.org/it/units/lom-mi/#service-7')
    expect(Object.keys(feature!.properties)).not.toContain('proposedBy')
  })

  it('services: its own place wins, and a fallback text is not published as a translation', () => {
    const data = servicesGeoJson({
      services: [service('it', false, { location: { lat: 45.5, lng: 9.2 } }), service('en', true)],
      units,
      siteUrl: 'https://x.org/',
      locale: 'it',
    })
    expect(data.features[0]!.geometry!.coordinates).toEqual([9.2, 45.5])
    expect(data.features[0]!.properties.name).toEqual({ it: 'Banco alimentare' })
  })
})
