import { describe, expect, it } from 'vitest'

import { parseSvgPath } from './parseSvgPath'
import { ringsToPath } from './ringsToPath'

describe('ringsToPath', () => {
  it('writes compact relative paths that read back to the same points (at 0.1)', () => {
    const rings = [
      [
        [10.04, 20.06],
        [15.5, 20],
        [15.5, 25.25],
      ] as [number, number][],
    ]
    const path = ringsToPath(rings)
    expect(path).toBe('M10 20.1l5.5 -0.1 0 5.3z')
    expect(
      parseSvgPath(path)[0]!.map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]),
    ).toEqual([
      [10, 20.1],
      [15.5, 20],
      [15.5, 25.3],
    ])
  })
})
