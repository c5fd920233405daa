import { describe, expect, it } from 'vitest'

import { mercatorProjection } from './mercatorProjection'

describe('mercatorProjection', () => {
  const project = mercatorProjection({ west: 6, east: 19, south: 35, north: 48, width: 650, height: 800 })

  it('puts the box corners on the map corners, north up', () => {
    expect(project({ lat: 48, lng: 6 })).toEqual({ x: 0, y: 0 })
    const corner = project({ lat: 35, lng: 19 })
    expect(corner.x).toBeCloseTo(650)
    expect(corner.y).toBeCloseTo(800)
  })

  it('stretches latitudes like Mercator: a degree further north takes more room', () => {
    const south = project({ lat: 36, lng: 10 }).y - project({ lat: 37, lng: 10 }).y
    const north = project({ lat: 46, lng: 10 }).y - project({ lat: 47, lng: 10 }).y
    expect(north).toBeGreaterThan(south * 1.1)
  })

  it('keeps longitudes linear', () => {
    expect(project({ lat: 40, lng: 12.5 }).x).toBeCloseTo(325)
  })
})
