import { describe, expect, it } from 'vitest'

import { italyRegions } from '../map/italyRegions'
import { gapMapModel } from './gapMapModel'

const unit = (id: number, name: string, level: 'local' | 'regional', lat?: number, lng?: number) => ({
  id,
  name,
  code: name.toUpperCase(),
  level,
  location: lat === undefined ? null : { lat, lng },
})

describe('gapMapModel: the gap view draws the gaps on the site’s map of Italy', () => {
  it('shades the region of a regional committee with a gap and puts a dot on each located unit', () => {
    const model = gapMapModel({
      map: italyRegions(),
      gaps: {
        regions: [unit(1, 'Lazio', 'regional', 41.9, 12.5)],
        units: [
          unit(1, 'Lazio', 'regional', 41.9, 12.5),
          unit(2, 'Milano', 'local', 45.46, 9.19),
          unit(3, 'Nowhere', 'local'),
        ],
        scopeSize: 3,
      },
    })
    expect(model.regions).toHaveLength(20)
    expect(model.regions.filter((r) => r.gap).map((r) => r.id)).toEqual(['lazio'])
    expect(model.markers.map((m) => m.name)).toEqual(['Lazio', 'Milano'])
    const [, , width, height] = model.viewBox.split(' ').map(Number)
    const milano = model.markers[1]!
    // Milan lies in the north-west quarter of the map.
    expect(milano.x).toBeLessThan(width! / 2)
    expect(milano.y).toBeLessThan(height! / 3)
  })
})
