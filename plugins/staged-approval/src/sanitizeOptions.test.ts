import { describe, expect, it } from 'vitest'

import { sanitizeOptions } from './sanitizeOptions'
import type { StagedApprovalOptions } from './types'

const base: StagedApprovalOptions = {
  collections: ['practices'],
  levels: ['local', 'regional', 'national'],
  itemLevel: () => 'local',
  validatorLevel: () => 'local',
  isInScope: () => true,
  isAuthor: () => false,
}
const args = { doc: { id: 1 }, req: {} as never, user: {} as never }

describe('sanitizeOptions', () => {
  it('resolves every default once', () => {
    const options = sanitizeOptions(base)
    expect(options).toMatchObject({
      eventsSlug: 'workflow-events',
      enabled: true,
      notifications: null,
      reminders: { remindAfterDays: 7, escalateAfterDays: 14, cron: '0 7 * * *' },
    })
    const [practices] = options.collections
    expect(practices).toMatchObject({
      slug: 'practices',
      levels: ['local', 'regional', 'national'],
      labels: { stages: {} },
    })
    expect(practices!.canSubmit).toBe(base.isAuthor)
    expect(practices!.validateSubmission(args)).toEqual([])
    expect(options.canOverride(args)).toBe(false)
  })

  it('a slug takes the plugin-wide options; an object overrides only what it names', () => {
    const chiefLevel = () => 'chief'
    const options = sanitizeOptions({
      ...base,
      levels: ['team', 'board'],
      labels: { group: 'Review', stages: { draft: 'Draft', team_review: 'Team' } },
      collections: [
        'practices',
        {
          slug: 'articles' as never,
          levels: ['desk', 'chief'],
          validatorLevel: chiefLevel,
          labels: { stages: { desk_review: 'Desk' } },
        },
      ],
    })
    const [practices, articles] = options.collections
    expect(practices).toMatchObject({ slug: 'practices', levels: ['team', 'board'] })
    expect(practices!.validatorLevel).toBe(base.validatorLevel)
    expect(articles).toMatchObject({ slug: 'articles', levels: ['desk', 'chief'] })
    expect(articles!.validatorLevel).toBe(chiefLevel)
    expect(articles!.startStep).toBe(base.itemLevel)
    expect(articles!.labels).toEqual({
      group: 'Review',
      stage: undefined,
      stages: { draft: 'Draft', team_review: 'Team', desk_review: 'Desk' },
    })
  })

  it('a collection’s canSubmit falls back to its own isAuthor', () => {
    const own = () => true
    const [articles] = sanitizeOptions({
      ...base,
      collections: [{ slug: 'articles' as never, isAuthor: own }],
    }).collections
    expect(articles!.canSubmit).toBe(own)
  })

  it('refuses empty, repeated or duplicate-level configurations', () => {
    expect(() => sanitizeOptions({ ...base, collections: [] })).toThrow(/at least one collection/)
    expect(() => sanitizeOptions({ ...base, levels: [] })).toThrow(/"practices" needs at least one level/)
    expect(() => sanitizeOptions({ ...base, levels: undefined })).toThrow(/at least one level/)
    expect(() =>
      sanitizeOptions({ ...base, collections: [{ slug: 'practices', levels: ['a', 'a'] }] }),
    ).toThrow(/must be distinct/)
    expect(() => sanitizeOptions({ ...base, collections: ['practices', { slug: 'practices' }] })).toThrow(
      /listed twice/,
    )
  })

  it('a pipeline: steps instead of levels, each step its own stage and its own deciders', async () => {
    const screener = ({ user }: { user: unknown }) => (user as { job?: string }).job === 'screener'
    const [ideas] = sanitizeOptions({
      ...base,
      collections: [
        {
          slug: 'ideas' as never,
          steps: [
            { name: 'screening', decidedBy: screener },
            { name: 'pilot', decidedBy: () => false },
          ],
        },
      ],
    }).collections
    expect(ideas!.steps).toEqual([
      { name: 'screening', stage: 'screening' },
      { name: 'pilot', stage: 'pilot' },
    ])
    expect(ideas!.startStep(args)).toBe('screening')
    expect(await ideas!.decidesAt({ req: {} as never, user: { job: 'screener' } as never })).toEqual([
      'screening',
    ])
    expect(() => sanitizeOptions({ ...base, collections: [{ slug: 'ideas' as never, steps: [] }] })).toThrow(
      /at least one step/,
    )
    expect(() =>
      sanitizeOptions({
        ...base,
        collections: [{ slug: 'ideas' as never, steps: [{ name: 'published', decidedBy: screener }] }],
      }),
    ).toThrow(/plugin's own stages/)
  })

  it('checks scoring and decision flags against the chain at startup', () => {
    const canRead = () => true
    const sane = sanitizeOptions({
      ...base,
      scoring: { criteria: ['a'], requiredAt: ['national'], canRead },
      collections: [
        'practices',
        { slug: 'ideas' as never, steps: [{ name: 'screening', decidedBy: () => true }] },
      ],
    })
    // Plugin-wide scoring applies where a chain has the steps it names.
    expect(sane.collections.map(({ scoring }) => scoring?.requiredAt)).toEqual([['national'], ['national']])
    expect(sane.collections[0]!.duringTransition).toBeNull()
    expect(() =>
      sanitizeOptions({
        ...base,
        collections: [{ slug: 'practices', scoring: { criteria: ['a'], requiredAt: ['county'], canRead } }],
      }),
    ).toThrow(/"county" is no step of "practices"/)
    expect(() =>
      sanitizeOptions({
        ...base,
        collections: [{ slug: 'practices', decisionFlags: [{ name: 'x', at: ['county'] }] }],
      }),
    ).toThrow(/"county" is no step/)
    expect(() =>
      sanitizeOptions({ ...base, decisionFlags: [{ name: 'revision', at: ['national'] }] }),
    ).toThrow(/"revision" is a key of the workflow's body/)
    expect(() =>
      sanitizeOptions({
        ...base,
        decisionFlags: [
          { name: 'x', at: ['national'] },
          { name: 'x', at: ['local'] },
        ],
      }),
    ).toThrow(/must be distinct/)
  })
})
