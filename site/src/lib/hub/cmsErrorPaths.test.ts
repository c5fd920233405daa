import { describe, expect, it } from 'vitest'

import { cmsErrorPaths } from './cmsErrorPaths'

describe('cmsErrorPaths', () => {
  it('reads the paths of a validation error and of a plain one', () => {
    expect(
      cmsErrorPaths({
        errors: [{ message: 'x', data: { errors: [{ path: 'problem' }, { path: 'solution' }] } }],
      }),
    ).toEqual(['problem', 'solution'])
    expect(cmsErrorPaths({ errors: [{ path: 'unit', message: 'x' }] })).toEqual(['unit'])
    expect(cmsErrorPaths(null)).toEqual([])
  })
})
