import type { CollectionSlug, PayloadRequest, TypedUser, Where } from 'payload'

import { workflowOptionsOf, type WorkflowDoc } from '@redcloud/plugin-staged-approval'

import { hasRole } from '../../../access/hasRole'
import { idOf } from '../../../contract/idOf'
import { countByStage } from '../../../stats/countByStage'
import { lastMonths } from '../../../stats/lastMonths'
import { overdueByStage } from '../../../stats/overdueByStage'
import { publishedPerMonth } from '../../../stats/publishedPerMonth'
import { regionOfUnits } from '../../../stats/regionOfUnits'
import { timeAtStages, type StageEvent } from '../../../stats/timeAtStages'
import { getUnitSubtree } from '../../../utilities/getUnitSubtree'
import type { CollectionStats, CoordinatorStats } from './coordinatorStatsTypes'
import { countRecognised } from './countRecognised'

type Item = WorkflowDoc & { unit?: unknown; themes?: unknown[] | null; publishedAt?: null | string }
type UnitRow = { id: number | string; name?: null | string; parent?: unknown; level?: null | string }

const MONTHS = 12

/**
 * The coordinators' figures for `user`: every item for an admin, the items of their unit's
 * subtree for a validator (the scope of their review queue), null for anyone else. Reads only
 * the fields it needs, depth 0, whole lists at once, and adds up in memory, so it costs a few
 * queries whatever the number of items, on SQLite and MongoDB alike.
 */
export const readCoordinatorStats = async ({
  req,
  user,
  now = new Date(),
}: {
  req: PayloadRequest
  user: TypedUser
  now?: Date
}): Promise<CoordinatorStats | null> => {
  const options = workflowOptionsOf(req.payload)
  const isAdmin = hasRole(user, 'admin')
  if (!options || (!isAdmin && !hasRole(user, 'validator'))) return null
  const subtree = isAdmin ? null : await getUnitSubtree({ req, unit: (user as { unit?: unknown }).unit })
  const units = (
    await req.payload.find({
      collection: 'units',
      select: { name: true, parent: true, level: true },
      depth: 0,
      limit: 0,
      pagination: false,
      req,
    })
  ).docs as UnitRow[]
  const read = { depth: 0, limit: 0, pagination: false, overrideAccess: false, user, req } as const

  const collections: CollectionStats[] = []
  let practices: Item[] = []
  for (const own of options.collections) {
    const slug = own.slug as CollectionSlug
    const config = req.payload.collections[slug]?.config
    if (!config) continue
    const hasUnit = config.flattenedFields.some((field) => field.name === 'unit')
    const isPractices = slug === 'practices'
    // An empty subtree (a validator without a unit) scopes to nothing, as their queue does.
    if (subtree && subtree.length === 0) continue
    const where: Where = subtree && hasUnit ? { unit: { in: subtree } } : {}
    const found = await req.payload.find({
      collection: slug,
      where,
      draft: true,
      select: {
        workflow: { stage: true, stageEnteredAt: true },
        updatedAt: true,
        ...(hasUnit ? { unit: true } : {}),
        ...(isPractices ? { themes: true, publishedAt: true } : {}),
      },
      ...read,
    })
    let items = found.docs as unknown as Item[]
    if (subtree && !hasUnit) {
      const kept: Item[] = []
      for (const doc of items) if (await own.isInScope({ doc, req, user })) kept.push(doc)
      items = kept
    }
    if (isPractices) practices = items
    const ids = new Set(items.map((item) => String(item.id)))
    // The raw history is the admins' alone: read it for the figures only, never shown as such.
    const events = (
      await req.payload.find({
        collection: options.eventsSlug as CollectionSlug,
        where: { itemCollection: { equals: slug } },
        select: { document: true, from: true, to: true, createdAt: true, revision: true },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
    ).docs as unknown as StageEvent[]
    const reviewStages = own.steps.map(({ stage }) => stage)
    collections.push({
      slug,
      stages: countByStage({
        items: items.map((item) => ({ stage: item.workflow?.stage })),
        stages: [
          'draft',
          ...reviewStages,
          'published',
          'changes_requested',
          'rejected',
          'withdrawn',
          'archived',
        ],
      }),
      times: timeAtStages({
        events: subtree ? events.filter((event) => ids.has(String(event.document))) : events,
        stages: reviewStages,
      }),
      overdue: overdueByStage({
        items,
        chain: own.steps,
        now,
        remindAfterDays: options.reminders.remindAfterDays,
      }),
    })
  }

  const months = lastMonths({ now, count: MONTHS })
  const regionOf = regionOfUnits(units)
  const themeIds = (item: Item) => (item.themes ?? []).map((theme) => String(idOf(theme)))
  const byRegion = publishedPerMonth({
    months,
    items: practices.map((item) => ({
      publishedAt: item.publishedAt,
      groups: [regionOf.get(String(idOf(item.unit))) ?? ''],
    })),
  })
  const byTheme = publishedPerMonth({
    months,
    items: practices.map((item) => ({ publishedAt: item.publishedAt, groups: themeIds(item) })),
  })
  const themes = (
    await req.payload.find({
      collection: 'themes',
      select: { name: true },
      locale: req.i18n.language as 'en',
      depth: 0,
      limit: 0,
      pagination: false,
      req,
    })
  ).docs as { id: number | string; name?: null | string }[]
  const scope: Where = subtree ? { unit: { in: subtree } } : {}
  return {
    scope: subtree ? 'subtree' : 'all',
    remindAfterDays: options.reminders.remindAfterDays,
    collections,
    months,
    byRegion,
    byTheme,
    regionNames: Object.fromEntries(units.map((unit) => [String(unit.id), unit.name ?? String(unit.id)])),
    themeNames: Object.fromEntries(themes.map((theme) => [String(theme.id), theme.name ?? String(theme.id)])),
    ...(subtree && subtree.length === 0
      ? { recognised: 0, published: 0 }
      : {
          recognised: await countRecognised({ req, user, scope }),
          published: (
            await req.payload.count({
              collection: 'practices',
              where: { and: [scope, { _status: { equals: 'published' } }] },
              overrideAccess: false,
              user,
              req,
            })
          ).totalDocs,
        }),
  }
}
