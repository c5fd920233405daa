import { describe, expect, it } from 'vitest'

import { parseSvgPath } from './parseSvgPath'

describe('parseSvgPath', () => {
  it('reads relative moveto with implicit linetos and closes back to the start', () => {
    expect(parseSvgPath('m 10,10 5,0 0,5 -5,0 z m 20,0 1,0 0,1 z')).toEqual([
      [
        [10, 10],
        [15, 10],
        [15, 15],
        [10, 15],
      ],
      [
        [30, 10],
        [31, 10],
        [31, 11],
      ],
    ])
  })

  it('reads absolute commands and exponents', () => {
    expect(parseSvgPath('M0 0L1e1 0L10 10Z')).toEqual([
      [
        [0, 0],
        [10, 0],
        [10, 10],
      ],
    ])
  })

  it('refuses curves rather than drawing them wrong', () => {
    expect(() => parseSvgPath('M0 0C1 1 2 2 3 3')).toThrow(/Unsupported/)
  })
})
