import type { Idea } from '@redcloud/cms/payload-types'
import { describe, expect, it } from 'vitest'

import { toPublicIdea } from './toPublicIdea'

describe('toPublicIdea', () => {
  it('names a published idea scaled, keeps its texts and challenge, and never its people', () => {
    const idea = {
      id: 9,
      title: 'Sportello',
      challenge: { id: 4 },
      problem: 'P',
      solution: 'S',
      beneficiaries: 'B',
      team: [1, 2],
      workflow: { stage: 'published' },
    } as unknown as Idea
    const entry = toPublicIdea(idea)
    expect(entry).toEqual({
      cmsId: '9',
      title: 'Sportello',
      stage: 'scaled',
      challenge: '4',
      problem: 'P',
      solution: 'S',
      beneficiaries: 'B',
    })
    expect(toPublicIdea({ ...idea, workflow: { stage: 'pilot' }, challenge: null } as Idea)).toMatchObject({
      stage: 'pilot',
      challenge: null,
    })
  })
})
