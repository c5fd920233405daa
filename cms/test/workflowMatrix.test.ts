import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalRichText } from '../src/contract'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoUser, unitId } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'
import { withTestScores } from '@redcloud/testing/withTestScores'

/**
 * Every account × author × stage × action on a practice of the Milano unit, generated: the
 * expected answer comes from DESIGN.md's table written out below, independently of the plugin.
 * After each request the database is re-read: the stage moved exactly when the answer was 200,
 * and exactly one history event was added.
 */
const ACCOUNTS = [
  'volunteer.milano',
  'volunteer.roma',
  'validator.milano',
  'validator.roma',
  'validator.lombardia',
  'validator.lazio',
  'validator.national',
  'editor',
  'admin',
] as const
type Account = (typeof ACCOUNTS)[number]
const AUTHORS = ['volunteer.milano', 'validator.milano'] as const
const STAGES = [
  'draft',
  'local_review',
  'regional_review',
  'national_review',
  'changes_requested',
  'rejected',
  'withdrawn',
  'published',
] as const
type Stage = (typeof STAGES)[number]
const ACTIONS = ['submit', 'approve', 'request_changes', 'reject', 'resubmit', 'withdraw', 'archive'] as const
type Action = (typeof ACTIONS)[number]

const MILANO_MEMBERS: Account[] = ['volunteer.milano', 'validator.milano']
const SEES_MILANO_DRAFTS: Account[] = [
  ...MILANO_MEMBERS,
  'validator.lombardia',
  'validator.national',
  'editor',
  'admin',
]
const VALIDATOR_OF: Partial<Record<Stage, Account>> = {
  local_review: 'validator.milano',
  regional_review: 'validator.lombardia',
  national_review: 'validator.national',
}
const REVIEW: Stage[] = ['local_review', 'regional_review', 'national_review']
const FROM: Record<Action, Stage[]> = {
  submit: ['draft', 'withdrawn'],
  approve: REVIEW,
  request_changes: REVIEW,
  reject: REVIEW,
  resubmit: ['changes_requested'],
  withdraw: REVIEW,
  archive: ['published'],
}
const NEXT: Record<string, Stage> = {
  local_review: 'regional_review',
  regional_review: 'national_review',
  national_review: 'published',
}

const expectation = (
  account: Account,
  author: Account,
  stage: Stage,
  action: Action,
): { status: number; to?: Stage } => {
  if (stage !== 'published' && !SEES_MILANO_DRAFTS.includes(account)) return { status: 404 }
  if (!FROM[action].includes(stage)) return { status: 400 }
  const allowed = (() => {
    switch (action) {
      case 'submit':
        return MILANO_MEMBERS.includes(account)
      case 'approve':
      case 'request_changes':
      case 'reject':
        return VALIDATOR_OF[stage] === account && account !== author
      case 'resubmit':
      case 'withdraw':
        return account === author
      case 'archive':
        return account === 'validator.national' || account === 'admin'
    }
  })()
  if (!allowed) return { status: 403 }
  const to: Record<Action, Stage> = {
    submit: 'local_review',
    approve: NEXT[stage] as Stage,
    request_changes: 'changes_requested',
    reject: 'rejected',
    resubmit: 'local_review',
    withdraw: 'withdrawn',
    archive: 'archived' as Stage,
  }
  return { status: 200, to: to[action] }
}

let ctx: TestContext
let api: RestClient
const items = new Map<string, number | string>()

const setStage = async (id: number | string, stage: Stage, revision: number) => {
  await ctx.payload.update({
    collection: 'practices',
    id,
    data: {
      _status: stage === 'published' ? 'published' : 'draft',
      workflow: { stage, revision, returnTo: stage === 'changes_requested' ? 'local_review' : null },
    } as never,
    draft: false,
  })
}
const stateOf = async (id: number | string) => {
  const doc = await ctx.payload.findByID({ collection: 'practices', id, draft: true, depth: 0 })
  return { stage: doc.workflow?.stage as Stage, revision: doc.workflow?.revision ?? 0 }
}
const eventCount = async (id: number | string) =>
  (
    await ctx.payload.count({
      collection: 'workflow-events',
      where: { itemCollection: { equals: 'practices' }, document: { equals: String(id) } },
    })
  ).totalDocs

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  const milano = await unitId(ctx.payload, 'LOM-MI')
  const theme = (await ctx.payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!.id
  for (const author of AUTHORS) {
    const user = await demoUser(ctx.payload, author)
    for (const stage of STAGES) {
      const doc = await ctx.payload.create({
        collection: 'practices',
        data: {
          title: `Matrice ${author} ${stage}`,
          summary: 'Sintesi',
          description: lexicalRichText(['x']) as never,
          themes: [theme],
          targetGroups: ['elderly'],
          unit: milano,
          author: user.id,
          _status: 'draft',
        },
        draft: false,
      })
      await setStage(doc.id, stage, 0)
      items.set(`${author}|${stage}`, doc.id)
    }
  }
  for (const account of ACCOUNTS) await api.login(account)
}, 240_000)
afterAll(async () => {
  await ctx?.payload.destroy()
})

describe('SECURITY.md §1 Authorization matrix: the workflow', () => {
  for (const author of AUTHORS) {
    for (const stage of STAGES) {
      it(`${author}'s practice in ${stage}: ${ACCOUNTS.length} accounts × ${ACTIONS.length} actions`, async () => {
        const id = items.get(`${author}|${stage}`)!
        const failures: string[] = []
        for (const account of ACCOUNTS) {
          for (const action of ACTIONS) {
            const want = expectation(account, author, stage, action)
            const before = await stateOf(id)
            const events = await eventCount(id)
            const response = await api.post(
              `/practices/${id}/workflow`,
              withTestScores({ action, revision: before.revision, comment: 'Motivazione' }),
              { as: account },
            )
            const after = await stateOf(id)
            const added = (await eventCount(id)) - events
            const ok =
              response.status === want.status &&
              (want.status === 200
                ? after.stage === want.to && added === 1 && after.revision === before.revision + 1
                : after.stage === stage && added === 0)
            if (!ok)
              failures.push(
                `${account} ${action}: got ${response.status} → ${after.stage} (+${added} events), want ${want.status}${want.to ? ` → ${want.to}` : ''}`,
              )
            if (response.status === 200) await setStage(id, stage, after.revision)
          }
        }
        expect(failures).toEqual([])
      })
    }
  }
})
