import { describe, expect, it } from 'vitest'

import { fixtureCall } from './fixtureCall'
import { openCalls } from './openCalls'

const now = new Date('2026-12-02T12:00:00Z')
const at = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString()

describe('openCalls', () => {
  it('keeps open calls whose deadline is ahead, soonest first, "closing soon" within 14 days', () => {
    const { all, closingSoon, later } = openCalls(
      [
        fixtureCall({ slug: 'far', deadline: at(40) }),
        fixtureCall({ slug: 'soon', deadline: at(3) }),
        fixtureCall({ slug: 'edge', deadline: at(14) }),
        fixtureCall({ slug: 'closed', deadline: at(5), status: 'closed' }),
        // Still "open" in the CMS until the daily task runs: the build leaves it out already.
        fixtureCall({ slug: 'passed', deadline: at(-0.1) }),
      ],
      now,
    )
    expect(all.map((c) => c.slug)).toEqual(['soon', 'edge', 'far'])
    expect(closingSoon.map((c) => c.slug)).toEqual(['soon', 'edge'])
    expect(later.map((c) => c.slug)).toEqual(['far'])
  })
})
