import { describe, expect, it } from 'vitest'

import { mapTiles } from './mapTiles'

describe('mapTiles: the optional tiled map', () => {
  it('is off unless MAP_TILE_URL is set', () => {
    expect(mapTiles({})).toBeNull()
    expect(mapTiles({ MAP_TILE_URL: '  ' })).toBeNull()
  })

  it('reads the template, its origin and the attribution', () => {
    expect(
      mapTiles({
        MAP_TILE_URL: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png',
        MAP_TILE_ATTRIBUTION: '© Example',
      }),
    ).toEqual({
      url: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png',
      attribution: '© Example',
      origin: 'https://*.tiles.example.org',
    })
  })

  it('refuses anything but an http(s) template with {z}, {x} and {y}', () => {
    expect(() => mapTiles({ MAP_TILE_URL: 'javascript:alert(1)//{z}/{x}/{y}' })).toThrow(/MAP_TILE_URL/)
    expect(() => mapTiles({ MAP_TILE_URL: 'https://tiles.example.org/map.png' })).toThrow(/\{z\}/)
  })
})
