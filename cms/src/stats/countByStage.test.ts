import { describe, expect, it } from 'vitest'

import { countByStage } from './countByStage'

describe('countByStage', () => {
  it('counts items per stage in the chain’s order, leaving empty stages out', () => {
    const items = [
      { stage: 'published' },
      { stage: 'local_review' },
      { stage: 'published' },
      { stage: null },
      { stage: 'mystery' },
    ]
    expect(
      countByStage({ items, stages: ['draft', 'local_review', 'regional_review', 'published'] }),
    ).toEqual([
      { stage: 'draft', count: 1 },
      { stage: 'local_review', count: 1 },
      { stage: 'published', count: 2 },
      { stage: 'mystery', count: 1 },
    ])
  })
  it('is empty for no items', () => {
    expect(countByStage({ items: [], stages: ['draft'] })).toEqual([])
  })
})
