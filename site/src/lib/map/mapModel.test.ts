import { describe, expect, it } from 'vitest'

import type { PracticeEntry, ServiceEntry, UnitEntry } from '../types'
import type { Ring } from '@redcloud/cms/contract'

import { mapModel } from './mapModel'
import { themePagesIn } from './themePagesIn'

const square = (x: number, y: number, size: number): Ring => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
]
// A toy map: lng → x, lat → y (no projection needed to test the model).
const map = {
  width: 100,
  height: 50,
  project: ({ lat, lng }: { lat: number; lng: number }) => ({ x: lng, y: lat }),
  regions: [
    {
      id: 'west',
      name: 'West',
      rings: [square(0, 0, 50)],
      path: 'M0 0z',
      box: { x0: 0, y0: 0, x1: 50, y1: 50 },
    },
    {
      id: 'east',
      name: 'East',
      rings: [square(50, 0, 50)],
      path: 'M50 0z',
      box: { x0: 50, y0: 0, x1: 100, y1: 50 },
    },
  ],
}
const unit = (cmsId: string, level: UnitEntry['level'], parentId: null | string, lng: number): UnitEntry => ({
  cmsId,
  name: `U${cmsId}`,
  slug: `u${cmsId}`,
  code: `U${cmsId}`,
  level,
  parentId,
  address: '',
  location: { lat: 10, lng },
  contact: { email: '', phone: '', website: '' },
})
const units = [
  unit('1', 'national', null, 40),
  unit('2', 'regional', '1', 10),
  unit('3', 'local', '2', 20),
  unit('4', 'regional', '1', 60),
  unit('5', 'local', '4', 70),
]
const service = (unitId: string, themes: string[], place: boolean, status = 'active') =>
  ({
    cmsId: `s${unitId}${themes[0]}`,
    unitId,
    name: 'S',
    status,
    themes,
    location: place ? { lat: 20, lng: 25 } : null,
  }) as ServiceEntry
const services = [
  service('3', ['food'], true),
  service('5', ['health'], false),
  service('5', ['food'], true, 'paused'),
]
const practices = [{ unit: { id: '4' }, themes: ['food'] }] as PracticeEntry[]

describe('mapModel', () => {
  it('national: every unit, services with a place of their own, regions linked to their committees', () => {
    const model = mapModel({ map, units, services, practices })
    expect(model.viewBox).toBe('0 0 100 50')
    expect(model.markers.filter((m) => m.kind === 'unit')).toHaveLength(5)
    expect(model.markers.filter((m) => m.kind === 'service')).toHaveLength(1)
    expect(model.regions.map((r) => [r.id, r.unit?.cmsId])).toEqual([
      ['west', '2'],
      ['east', '4'],
    ])
    expect(model.units[0]!.level).toBe('national')
    // Services underneath, local units on top (drawn last).
    expect(model.markers[0]!.kind).toBe('service')
    expect(model.markers.at(-1)).toMatchObject({ kind: 'unit', unit: { level: 'local' } })
  })

  it('a theme keeps the units with an active service or a published practice in it', () => {
    const model = mapModel({ map, units, services, practices, theme: 'food' })
    expect(model.units.map((u) => u.cmsId).sort()).toEqual(['3', '4'])
    // The paused food service of unit 5 is not shown, nor is unit 5.
    expect(model.markers.filter((m) => m.kind === 'service')).toHaveLength(1)
  })

  it('a region zooms onto its outline and keeps its own units only', () => {
    const model = mapModel({ map, units, services, practices, regionUnitId: '4' })
    expect(model.units.map((u) => u.cmsId)).toEqual(['4', '5'])
    expect(model.regions.find((r) => r.id === 'east')!.current).toBe(true)
    const [x, , width] = model.viewBox.split(' ').map(Number)
    expect(x).toBeLessThan(50)
    expect(width).toBeLessThan(100)
    expect(model.radius).toBeGreaterThan(8)
  })
})

describe('themePagesIn: the region pages’ theme filter', () => {
  it('links a region to a theme only where the map shows something in it', () => {
    const pages = themePagesIn({
      input: { map, units, services, practices },
      regionUnitIds: ['2', '4'],
      themes: ['food', 'health', 'sport'],
    })
    // West: unit 3's food service. East: unit 4's food practice, unit 5's health service.
    expect([...pages].sort()).toEqual(['2:food', '4:food', '4:health'])
  })
})
