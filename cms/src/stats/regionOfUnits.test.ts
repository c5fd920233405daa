import { describe, expect, it } from 'vitest'

import { regionOfUnits } from './regionOfUnits'

describe('regionOfUnits', () => {
  it('maps each unit to its region: itself, its regional ancestor, or none above', () => {
    const units = [
      { id: 1, level: 'national', parent: null },
      { id: 2, level: 'regional', parent: 1 },
      { id: 3, level: 'local', parent: 2 },
      { id: 4, level: 'local', parent: { id: 3 } },
      { id: 5, level: 'local', parent: 1 },
    ]
    expect(Object.fromEntries(regionOfUnits(units))).toEqual({
      '1': null,
      '2': '2',
      '3': '2',
      '4': '2',
      '5': null,
    })
  })
  it('stops at a cycle instead of looping', () => {
    const units = [
      { id: 'a', level: 'local', parent: 'b' },
      { id: 'b', level: 'local', parent: 'a' },
    ]
    expect(Object.fromEntries(regionOfUnits(units))).toEqual({ a: null, b: null })
  })
})
