import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import {
  runDailyNotifications,
  sanitizeOptions,
  type StagedApprovalOptions,
} from '@redcloud/plugin-staged-approval'

import { lexicalRichText } from '../src/contract'
import { outbox } from '../src/email/outbox'
import { sameId } from '../src/utilities/sameId'
import { workflowOptions } from '../src/workflow'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoEmail } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'
import { withTestScores } from '@redcloud/testing/withTestScores'

type Id = number | string
type Validators = NonNullable<StagedApprovalOptions['notifications']>['validators']

let ctx: TestContext
let api: RestClient
let theme: Id

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  theme = (await ctx.payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!.id
})
beforeEach(() => {
  outbox.length = 0
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const DAY = 24 * 60 * 60 * 1000
const at = (days: number) => new Date(Date.now() + days * DAY)
const act = (id: Id, body: Record<string, unknown>, as: string) =>
  api.post(`/practices/${id}/workflow`, withTestScores(body), { as })
const latest = (id: Id) => ctx.payload.findByID({ collection: 'practices', id, draft: true, depth: 0 })

const draftOf = async (title: string): Promise<Id> => {
  const created = await api.post(
    '/practices?draft=true',
    {
      title,
      summary: 'Sintesi',
      description: lexicalRichText(['Descrizione']),
      themes: [theme],
      targetGroups: ['elderly'],
    },
    { as: 'volunteer.milano' },
  )
  expect(created.status).toBe(201)
  return created.body.doc.id
}
/** Milano's practice waiting for Milano's validator: local review, revision 1. */
const submitted = async (title: string) => {
  const id = await draftOf(title)
  expect((await act(id, { action: 'submit', revision: 0 }, 'volunteer.milano')).status).toBe(200)
  return id
}

/** RedCloud's own options, with `onValidators` called each time the run asks who validates an item. */
const optionsWith = (onValidators?: (args: Parameters<Validators>[0]) => Promise<void>) => {
  const notifications = workflowOptions.notifications!
  return sanitizeOptions({
    ...workflowOptions,
    notifications: {
      ...notifications,
      validators: async (args) => {
        await onValidators?.(args)
        return notifications.validators(args)
      },
    },
  })
}
const run = (days: number, options = optionsWith()) =>
  runDailyNotifications({ payload: ctx.payload, options, now: at(days) })
/** Reminders and escalations only (decisions e-mail too), in the four languages. */
const FROM_THE_RUN = /^(Promemoria|Segnalazione|Reminder|Escalation|Rappel|Signalement|Recordatorio|Aviso):/
const fromTheRun = () => outbox.filter((mail) => FROM_THE_RUN.test(mail.subject))
const mailsAbout = (title: string) =>
  fromTheRun()
    .filter((mail) => mail.subject.includes(title))
    .map((mail) => mail.to)

describe('the daily reminders write only their own dates, at the revision they read', () => {
  it('a decision made while the run works on the item is kept, and nobody is reminded of the stage it left', async () => {
    const id = await submitted('Decisione a metà')
    let decided = false
    // The moment between the run's read and its write: it asks who validates the item.
    const options = optionsWith(async ({ doc, level }) => {
      if (decided || !sameId(doc.id, id) || level !== 'local') return
      decided = true
      expect((await act(id, { action: 'approve', revision: 1 }, 'validator.milano')).status).toBe(200)
    })

    const summary = await run(8, options)
    expect(decided).toBe(true)
    expect(summary.skipped).toBeGreaterThanOrEqual(1)
    const after = await latest(id)
    expect(after.workflow).toMatchObject({ stage: 'regional_review', revision: 2 })
    expect(after.workflow?.remindedAt).toBeFalsy()
    expect(mailsAbout('Decisione a metà')).toEqual([])

    // The stage it reached gets its own reminder, then its escalation, each once.
    await run(8)
    expect(mailsAbout('Decisione a metà')).toEqual([demoEmail('validator.lombardia')])
    outbox.length = 0
    await run(9)
    expect(mailsAbout('Decisione a metà')).toEqual([])
    await run(15)
    expect(mailsAbout('Decisione a metà')).toEqual([demoEmail('validator.national')])
    outbox.length = 0
    await run(16)
    expect(mailsAbout('Decisione a metà')).toEqual([])
    expect((await latest(id)).workflow).toMatchObject({ stage: 'regional_review', revision: 2 })
  })

  it('two runs at once send each reminder once', async () => {
    const id = await submitted('Due giri insieme')
    await submitted('Due giri, un promemoria')
    await Promise.all([run(8), run(8)])
    expect(mailsAbout('Due giri insieme')).toEqual([demoEmail('validator.milano')])
    expect(mailsAbout('Due giri, un promemoria')).toEqual([demoEmail('validator.milano')])
    const sent = fromTheRun().map((mail) => `${mail.to} ${mail.subject}`)
    expect(sent).toEqual([...new Set(sent)])
    expect((await latest(id)).workflow).toMatchObject({ stage: 'local_review', revision: 1 })
  })

  it('a reminder neither publishes nor unpublishes: the live version, _status and the published versions stay', async () => {
    const id = await draftOf('Versione viva')
    const steps = [
      ['submit', 'volunteer.milano'],
      ['approve', 'validator.milano'],
      ['approve', 'validator.lombardia'],
      ['approve', 'validator.national'],
    ] as const
    for (const [revision, [action, as]] of steps.entries()) {
      expect((await act(id, { action, revision }, as)).status).toBe(200)
    }
    expect(
      (
        await api.patch(
          `/practices/${id}?draft=true`,
          { title: 'Versione rivista' },
          { as: 'volunteer.milano' },
        )
      ).status,
    ).toBe(200)
    expect((await act(id, { action: 'submit', revision: 4 }, 'volunteer.milano')).status).toBe(200)
    const publishedVersions = async () =>
      (
        await ctx.payload.findVersions({
          collection: 'practices',
          where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
          pagination: false,
          depth: 0,
        })
      ).docs.length
    const before = await publishedVersions()
    const unpublished = await submitted('Mai pubblicata')

    await run(8)
    expect(mailsAbout('Versione rivista')).toEqual([demoEmail('validator.milano')])
    expect(mailsAbout('Mai pubblicata')).toEqual([demoEmail('validator.milano')])
    const live = await api.get(`/practices/${id}`)
    expect(live.status).toBe(200)
    expect(live.body.title).toBe('Versione viva')
    expect(await publishedVersions()).toBe(before)
    const draft = await latest(id)
    expect(draft).toMatchObject({ title: 'Versione rivista', _status: 'draft' })
    expect(draft.workflow).toMatchObject({ stage: 'local_review', revision: 5 })
    expect(draft.workflow?.remindedAt).toBeTruthy()
    const never = await ctx.payload.findByID({ collection: 'practices', id: unpublished, depth: 0 })
    expect(never._status).toBe('draft')
    expect((await latest(unpublished))._status).toBe('draft')
  })
})
