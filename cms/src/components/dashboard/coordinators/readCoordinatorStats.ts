import type { CollectionSlug, PayloadRequest, TypedUser, Where } from 'payload'

import { workflowOptionsOf, type WorkflowDoc } from '@redcloud/plugin-staged-approval'

import { hasRole } from '../../../access/hasRole'
import { idOf } from '../../../contract/idOf'
import { countByStage } from '../../../stats/countByStage'
import { lastMonths } from '../../../stats/lastMonths'
import { overdueByStage } from '../../../stats/overdueByStage'
import { publishedPerMonth } from '../../../stats/publishedPerMonth'
import { regionOfUnits } from '../../../stats/regionOfUnits'
import { timeAtStages } from '../../../stats/timeAtStages'
import { getUnitSubtree } from '../../../utilities/getUnitSubtree'
import type { CollectionStats, CoordinatorStats } from './coordinatorStatsTypes'
import { countLatestByStage } from './countLatestByStage'
import { countRecognised } from './countRecognised'
import { readStageEvents } from './readStageEvents'

type Item = WorkflowDoc & { unit?: unknown; themes?: unknown[] | null; publishedAt?: null | string }
type UnitRow = { id: number | string; name?: null | string; parent?: unknown; level?: null | string }

const MONTHS = 12
const DAY = 24 * 60 * 60 * 1000
const STAGES_AROUND = ['published', 'changes_requested', 'rejected', 'withdrawn', 'archived']

/**
 * The coordinators' figures for `user`: every item for an admin, the items of their unit's
 * subtree for a validator (the scope of their review queue), null for anyone else. What grows
 * with the number of items is counted by the database (items per stage) or read bounded: the
 * items waiting past the reminder, the history and the publications of the last twelve months,
 * selected fields only, depth 0. The same queries on SQLite and MongoDB.
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
  const all = { depth: 0, limit: 0, pagination: false, req } as const
  const asUser = { ...all, overrideAccess: false, user } as const
  const months = lastMonths({ now, count: MONTHS })
  const since = new Date(`${months[0]}-01T00:00:00.000Z`)
  const remindAfterDays = options.reminders.remindAfterDays
  const cutoff = new Date(now.getTime() - remindAfterDays * DAY).toISOString()
  // A validator without a unit has an empty subtree: nothing is theirs, as in their queue.
  const nothing = subtree !== null && subtree.length === 0

  const collections: CollectionStats[] = []
  for (const own of nothing ? [] : options.collections) {
    const slug = own.slug as CollectionSlug
    const config = req.payload.collections[slug]?.config
    if (!config) continue
    const reviewStages = own.steps.map(({ stage }) => stage)
    const stages = ['draft', ...reviewStages, ...STAGES_AROUND]
    const hasUnit = config.flattenedFields.some((field) => field.name === 'unit')
    const scope: Where = subtree && hasUnit ? { unit: { in: subtree } } : {}
    let stageCounts: CollectionStats['stages']
    let waiting: Item[]
    let ids: null | Set<string> = null
    if (subtree && !hasUnit) {
      // A collection without units: its own isInScope decides, item by item.
      const { docs } = await req.payload.find({
        collection: slug,
        draft: true,
        select: { workflow: { stage: true, stageEnteredAt: true }, updatedAt: true },
        ...asUser,
      })
      const kept: Item[] = []
      for (const doc of docs as unknown as Item[]) if (await own.isInScope({ doc, req, user })) kept.push(doc)
      stageCounts = countByStage({ items: kept.map((item) => ({ stage: item.workflow?.stage })), stages })
      waiting = kept
      ids = new Set(kept.map((item) => String(item.id)))
    } else {
      stageCounts = await countLatestByStage({ req, collection: slug, stages, scope })
      const { docs } = await req.payload.find({
        collection: slug,
        draft: true,
        where: {
          and: [
            scope,
            { 'workflow.stage': { in: reviewStages } },
            {
              or: [
                { 'workflow.stageEnteredAt': { less_than_equal: cutoff } },
                {
                  and: [
                    { 'workflow.stageEnteredAt': { exists: false } },
                    { updatedAt: { less_than_equal: cutoff } },
                  ],
                },
              ],
            },
          ],
        },
        select: { workflow: { stage: true, stageEnteredAt: true }, updatedAt: true },
        ...asUser,
      })
      waiting = docs as unknown as Item[]
      if (subtree) {
        const { docs: inScope } = await req.payload.find({
          collection: slug,
          where: scope,
          select: { id: true } as never,
          ...all,
          overrideAccess: true,
        })
        ids = new Set((inScope as { id: number | string }[]).map((doc) => String(doc.id)))
      }
    }
    const events = await readStageEvents({
      req,
      eventsSlug: options.eventsSlug,
      collection: slug,
      since,
      ids,
    })
    collections.push({
      slug,
      stages: stageCounts,
      times: timeAtStages({ events, stages: reviewStages }),
      overdue: overdueByStage({ items: waiting, chain: own.steps, now, remindAfterDays }),
    })
  }

  const units = (
    await req.payload.find({ collection: 'units', select: { name: true, parent: true, level: true }, ...all })
  ).docs as UnitRow[]
  const themes = (
    await req.payload.find({
      collection: 'themes',
      select: { name: true },
      locale: req.i18n.language as 'en',
      ...all,
    })
  ).docs as { id: number | string; name?: null | string }[]
  const scope: Where = subtree ? { unit: { in: subtree } } : {}
  const published = nothing
    ? []
    : ((
        await req.payload.find({
          collection: 'practices',
          where: { and: [scope, { publishedAt: { greater_than_equal: since.toISOString() } }] },
          select: { unit: true, themes: true, publishedAt: true },
          ...asUser,
        })
      ).docs as unknown as Item[])
  const regionOf = regionOfUnits(units)
  return {
    scope: subtree ? 'subtree' : 'all',
    remindAfterDays,
    collections,
    months,
    byRegion: publishedPerMonth({
      months,
      items: published.map((item) => ({
        publishedAt: item.publishedAt,
        groups: [regionOf.get(String(idOf(item.unit))) ?? ''],
      })),
    }),
    byTheme: publishedPerMonth({
      months,
      items: published.map((item) => ({
        publishedAt: item.publishedAt,
        groups: (item.themes ?? []).map((theme) => String(idOf(theme))),
      })),
    }),
    regionNames: Object.fromEntries(units.map((unit) => [String(unit.id), unit.name ?? String(unit.id)])),
    themeNames: Object.fromEntries(themes.map((theme) => [String(theme.id), theme.name ?? String(theme.id)])),
    recognised: nothing ? 0 : await countRecognised({ req, user, scope }),
    published: nothing
      ? 0
      : (
          await req.payload.count({
            collection: 'practices',
            where: { and: [scope, { _status: { equals: 'published' } }] },
            overrideAccess: false,
            user,
            req,
          })
        ).totalDocs,
  }
}
