import type { CollectionSlug } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createLocalReq } from 'payload'

import { claimSeat } from '../src/capacity/claimSeat'
import { lexicalRichText } from '../src/contract'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoUser, unitId } from './helpers/demoUsers'
import { ideaAt } from './helpers/ideaAt'
import { restClient, type RestClient } from './helpers/restClient'

let ctx: TestContext
let api: RestClient

beforeAll(async () => {
  ctx = await createTestPayload({ graphQL: true })
  api = restClient(ctx.config)
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const ACCOUNTS = [
  undefined,
  'volunteer.milano',
  'validator.lombardia',
  'validator.national',
  'editor',
  'admin',
] as const
type Account = (typeof ACCOUNTS)[number]
type Op = 'create' | 'read' | 'update' | 'delete'

const richText = (text: string) => lexicalRichText([text])

let serial = 0
const next = () => `${Date.now().toString(36)}${(serial++).toString(36)}`.toUpperCase()

let likeCursor = 1
let likeTargetCursor = 0
const nthPublished = async (n: number) =>
  (
    await ctx.payload.find({
      collection: 'practices',
      where: { _status: { equals: 'published' } },
      sort: 'id',
      limit: 1,
      page: n,
      depth: 0,
    })
  ).docs[0]!.id

const publishedPractice = async () =>
  (
    await ctx.payload.find({
      collection: 'practices',
      where: { _status: { equals: 'published' } },
      limit: 1,
      depth: 0,
    })
  ).docs[0]!.id

/**
 * Published practices of units none of the matrix's accounts belongs to (Milano, Lombardia and
 * the national committee): each account may declare replicating any of them, once each.
 */
let replicationCursor = 0
let replicationTargetCursor = 0
const replicableOrigins = async () => {
  const theirs = await Promise.all(['LOM-MI', 'LOM', 'CRI'].map((code) => unitId(ctx.payload, code)))
  const { docs } = await ctx.payload.find({
    collection: 'practices',
    where: { and: [{ _status: { equals: 'published' } }, { unit: { not_in: theirs } }] },
    sort: 'id',
    limit: 0,
    pagination: false,
    depth: 0,
  })
  return docs.map((doc) => doc.id)
}

/** A published practice of volunteer.milano's unit with indicator rows, and one of its row keys. */
const milanoPracticeRow = async () => {
  const { docs } = await ctx.payload.find({
    collection: 'practices',
    where: {
      and: [{ _status: { equals: 'published' } }, { unit: { equals: await unitId(ctx.payload, 'LOM-MI') } }],
    },
    limit: 0,
    depth: 0,
  })
  const practice = docs.find((doc) => (doc.qualityIndicators ?? []).some((row) => row.key))!
  return { practice: practice.id, indicatorKey: practice.qualityIndicators!.find((row) => row.key)!.key! }
}

const DAY = 24 * 60 * 60 * 1000

const fundingCall = () =>
  ctx.payload.create({
    collection: 'funding-calls',
    data: {
      title: `Bersaglio ${next()}`,
      funder: 'Fondazione',
      deadline: new Date(Date.now() + 30 * DAY).toISOString(),
    },
  })

const resource = (visibility: 'members' | 'public', file?: number | string) =>
  ctx.payload.create({
    collection: 'resources',
    data: {
      title: `Risorsa ${visibility} ${next()}`,
      type: 'template',
      visibility,
      ...(file === undefined ? { link: 'https://example.org/modello' } : { file: file as number }),
    },
  })

/** volunteer.milano's idea in incubation (made once), on which notes and funding are kept. */
let incubating: Promise<number | string> | undefined
const milanoIncubatingIdea = () =>
  (incubating ??= ideaAt({ payload: ctx.payload, stage: 'incubation', title: `Incubata ${next()}` }))

const ideaFollowUp = async (collection: 'idea-funding' | 'idea-notes') => {
  const idea = await milanoIncubatingIdea()
  const data =
    collection === 'idea-notes'
      ? { idea, note: `Nota ${next()}` }
      : { idea, source: 'crowdfunding', amountAsked: 1000, crowdfundingTarget: 1000, crowdfundingRaised: 10 }
  return (await ctx.payload.create({ collection, data: data as never })).id
}

/** How each collection is exercised: a valid body, a target owned by volunteer.milano, a field to edit. */
type Spec = {
  create?: () => Promise<Record<string, unknown>>
  target: () => Promise<number | string>
  edit: { field: string; value: () => unknown }
  allowed: Record<Op, (account: Account) => boolean>
}

const isAdmin = (a: Account) => a === 'admin'
/** Needs and shifts: validators above the unit, content managers and admins (no account here coordinates Milano). */
const postsNeeds = (a: Account) => a !== undefined && a !== 'volunteer.milano'

const milanoNeed = async () =>
  ctx.payload.create({
    collection: 'needs',
    data: { title: `Bersaglio ${next()}`, unit: await unitId(ctx.payload, 'LOM-MI') },
  })

const milanoShift = async (capacity: number) =>
  ctx.payload.create({
    collection: 'shifts',
    data: {
      need: (await milanoNeed()).id,
      start: '2030-03-01T08:00:00.000Z',
      end: '2030-03-01T12:00:00.000Z',
      capacity,
    },
  })

const isEditor = (a: Account) => a === 'editor' || a === 'admin'
const signedIn = (a: Account) => a !== undefined
const everyone = () => true

const specs: Record<Exclude<CollectionSlug, `payload-${string}`>, Spec> = {
  units: {
    create: async () => ({
      name: 'Comitato di prova',
      code: `T-${next()}`,
      level: 'local',
      parent: await unitId(ctx.payload, 'LOM'),
    }),
    target: async () =>
      (
        await ctx.payload.create({
          collection: 'units',
          data: {
            name: 'Bersaglio',
            code: `B-${next()}`,
            level: 'local',
            parent: await unitId(ctx.payload, 'LOM'),
          },
        })
      ).id,
    edit: { field: 'name', value: () => `Rinominato ${next()}` },
    allowed: { create: isAdmin, read: everyone, update: isAdmin, delete: isAdmin },
  },
  themes: {
    create: async () => ({ name: `Tema ${next()}`, icon: 'water', colour: '#123456' }),
    target: async () =>
      (
        await ctx.payload.create({
          collection: 'themes',
          data: { name: `Bersaglio ${next()}`, icon: 'water', colour: '#123456' },
        })
      ).id,
    edit: { field: 'colour', value: () => '#654321' },
    allowed: { create: isEditor, read: everyone, update: isEditor, delete: isEditor },
  },
  indicators: {
    create: async () => ({ name: `Indicatore ${next()}`, direction: 'higher', aggregation: 'sum' }),
    target: async () =>
      (
        await ctx.payload.create({
          collection: 'indicators',
          data: { name: `Bersaglio ${next()}`, direction: 'higher', aggregation: 'sum' },
        })
      ).id,
    edit: { field: 'direction', value: () => 'lower' },
    allowed: { create: isEditor, read: everyone, update: isEditor, delete: isEditor },
  },
  measurements: {
    create: async () => ({ ...(await milanoPracticeRow()), date: '2026-06-30', value: 42 }),
    target: async () => {
      const user = await demoUser(ctx.payload, 'volunteer.milano')
      return (
        await ctx.payload.create({
          collection: 'measurements',
          data: { ...(await milanoPracticeRow()), date: '2026-05-31', value: 7 },
          user,
          overrideAccess: false,
        })
      ).id
    },
    edit: { field: 'value', value: () => 99 },
    // Members of the practice's unit (and its author) add them; each author edits their own
    // drafts; only admins delete.
    allowed: {
      create: (a) => a === 'volunteer.milano' || a === 'admin',
      read: everyone,
      update: (a) => a === 'volunteer.milano' || a === 'admin',
      delete: isAdmin,
    },
  },
  faq: {
    create: async () => ({
      question: `Domanda ${next()}?`,
      answer: richText('Risposta.'),
      category: 'general',
    }),
    target: async () =>
      (
        await ctx.payload.create({
          collection: 'faq',
          data: { question: `Bersaglio ${next()}?`, answer: richText('x') as never, category: 'general' },
        })
      ).id,
    edit: { field: 'question', value: () => `Cambiata ${next()}?` },
    allowed: { create: isEditor, read: everyone, update: isEditor, delete: isEditor },
  },
  guides: {
    create: async () => ({ title: `Guida ${next()}`, body: richText('Testo.') }),
    target: async () =>
      (
        await ctx.payload.create({
          collection: 'guides',
          data: { title: `Bersaglio ${next()}`, body: richText('x') as never },
        })
      ).id,
    edit: { field: 'title', value: () => `Cambiata ${next()}` },
    allowed: { create: isEditor, read: everyone, update: isEditor, delete: isEditor },
  },
  'funding-calls': {
    create: async () => ({
      title: `Bando ${next()}`,
      funder: 'Fondazione di prova',
      deadline: new Date(Date.now() + 30 * DAY).toISOString(),
    }),
    target: async () => (await fundingCall()).id,
    edit: { field: 'funder', value: () => `Ente ${next()}` },
    allowed: { create: isEditor, read: everyone, update: isEditor, delete: isEditor },
  },
  // Anyone lists resources; what an anonymous caller gets is filtered (see the visibility rows below).
  resources: {
    create: async () => ({ title: `Risorsa ${next()}`, type: 'tool', link: 'https://example.org/x' }),
    target: async () => (await resource('members')).id,
    edit: { field: 'title', value: () => `Cambiata ${next()}` },
    allowed: { create: isEditor, read: everyone, update: isEditor, delete: isEditor },
  },
  // Written by the daily alerts task alone; admins read (and delete one to resend).
  'funding-call-alerts': {
    create: async () => ({
      key: `k-${next()}`,
      user: (await demoUser(ctx.payload, 'volunteer.milano')).id,
      call: (await fundingCall()).id,
    }),
    target: async () =>
      (
        await ctx.payload.create({
          collection: 'funding-call-alerts',
          data: {
            key: `t-${next()}`,
            user: (await demoUser(ctx.payload, 'volunteer.milano')).id,
            call: (await fundingCall()).id,
          },
        })
      ).id,
    edit: { field: 'key', value: () => `x-${next()}` },
    allowed: { create: () => false, read: isAdmin, update: () => false, delete: isAdmin },
  },
  users: {
    create: async () => ({
      email: `u${next().toLowerCase()}@example.org`,
      password: 'a-long-password-1',
      displayName: 'Nuovo',
      unit: await unitId(ctx.payload, 'LOM-MI'),
    }),
    target: async () =>
      (
        await ctx.payload.create({
          collection: 'users',
          data: {
            email: `t${next().toLowerCase()}@example.org`,
            password: 'a-long-password-1',
            displayName: 'Bersaglio',
            unit: await unitId(ctx.payload, 'LAZ-RM'),
            roles: ['member'],
          },
        })
      ).id,
    edit: { field: 'displayName', value: () => `Nome ${next()}` },
    // Accounts are deactivated, never deleted (admins included).
    allowed: { create: isAdmin, read: signedIn, update: isAdmin, delete: () => false },
  },
  practices: {
    create: async () => ({ title: `Pratica ${next()}` }),
    target: async () => {
      const user = await demoUser(ctx.payload, 'volunteer.milano')
      return (
        await ctx.payload.create({
          collection: 'practices',
          data: { title: `Bersaglio ${next()}` },
          draft: true,
          user,
          overrideAccess: false,
        })
      ).id
    },
    edit: { field: 'title', value: () => `Cambiata ${next()}` },
    allowed: {
      create: signedIn,
      read: everyone,
      update: (a) => a === 'volunteer.milano' || a === 'admin',
      delete: isAdmin,
    },
  },
  services: {
    create: async () => ({
      name: `Servizio ${next()}`,
      description: 'Distribuzione di pasti.',
      status: 'active',
    }),
    target: async () => {
      const user = await demoUser(ctx.payload, 'volunteer.milano')
      return (
        await ctx.payload.create({
          collection: 'services',
          data: { name: `Bersaglio ${next()}`, description: 'x', status: 'active' } as never,
          draft: true,
          user,
          overrideAccess: false,
        })
      ).id
    },
    edit: { field: 'name', value: () => `Cambiato ${next()}` },
    // Members keep their own unit's services, validators their subtree's (both hold LOM-MI
    // here), content managers and admins any; deleting is for content managers and admins.
    allowed: { create: signedIn, read: everyone, update: signedIn, delete: isEditor },
  },
  comments: {
    create: async () => ({ practice: await publishedPractice(), body: 'Bellissima iniziativa!' }),
    target: async () => {
      const user = await demoUser(ctx.payload, 'volunteer.milano')
      return (
        await ctx.payload.create({
          collection: 'comments',
          data: { practice: await publishedPractice(), body: 'Mio commento' } as never,
          user,
          overrideAccess: false,
        })
      ).id
    },
    edit: { field: 'body', value: () => `Modificato ${next()}` },
    allowed: {
      create: signedIn,
      read: everyone,
      update: (a) => a === 'volunteer.milano' || isEditor(a),
      delete: (a) => a === 'volunteer.milano' || isEditor(a),
    },
  },
  likes: {
    create: async () => {
      // a practice this account has not liked yet: a fresh published one each time
      return { practice: await nthPublished(likeCursor++) }
    },
    target: async () => {
      const user = await demoUser(ctx.payload, 'volunteer.milano')
      return (
        await ctx.payload.create({
          collection: 'likes',
          data: { practice: await nthPublished(20 + likeTargetCursor++) } as never,
          user,
          overrideAccess: false,
        })
      ).id
    },
    edit: { field: 'practice', value: () => null },
    allowed: {
      create: signedIn,
      read: signedIn,
      update: () => false,
      delete: (a) => a === 'volunteer.milano' || isAdmin(a),
    },
  },
  // Declared by a unit's member for their own unit; read by all once confirmed (see replications.test.ts).
  replications: {
    create: async () => ({ practice: (await replicableOrigins())[replicationCursor++], status: 'planned' }),
    target: async () => {
      const origins = await replicableOrigins()
      const volunteer = await demoUser(ctx.payload, 'volunteer.milano')
      return (
        await ctx.payload.create({
          collection: 'replications',
          // Without a user (as the demo data): a draft of Milano's, not yet submitted.
          data: {
            practice: origins[origins.length - 1 - replicationTargetCursor++],
            status: 'planned',
            unit: volunteer.unit,
            author: volunteer.id,
          } as never,
          draft: true,
        })
      ).id
    },
    edit: { field: 'status', value: () => 'running' },
    allowed: {
      create: signedIn,
      read: everyone,
      update: (a) => a === 'volunteer.milano' || isAdmin(a),
      delete: isAdmin,
    },
  },
  // Never public: the requesting unit, the validators above it, the desk and admins (see supportRequests.test.ts).
  'support-requests': {
    create: async () => ({ title: `Richiesta ${next()}`, type: 'fundraising' }),
    target: async () => {
      const user = await demoUser(ctx.payload, 'volunteer.milano')
      return (
        await ctx.payload.create({
          collection: 'support-requests',
          data: { title: `Bersaglio ${next()}`, type: 'campaign' } as never,
          draft: true,
          user,
          overrideAccess: false,
        })
      ).id
    },
    edit: { field: 'title', value: () => `Cambiata ${next()}` },
    allowed: {
      create: signedIn,
      read: signedIn,
      update: (a) => a === 'volunteer.milano' || isAdmin(a),
      delete: isAdmin,
    },
  },
  // Content anyone reads (free places included) and content managers keep.
  trainings: {
    create: async () => ({
      title: `Corso ${next()}`,
      seats: 10,
      applicationDeadline: '2030-01-31T09:00:00.000Z',
    }),
    target: async () =>
      (
        await ctx.payload.create({
          collection: 'trainings',
          data: {
            title: `Bersaglio ${next()}`,
            seats: 4,
            applicationDeadline: '2030-01-31T09:00:00.000Z',
          } as never,
        })
      ).id,
    edit: { field: 'seats', value: () => 7 },
    allowed: { create: isEditor, read: everyone, update: isEditor, delete: isEditor },
  },
  // Who applied: written only by the apply and withdraw endpoints; a member reads their own.
  needs: {
    create: async () => ({ title: `Bisogno ${next()}`, unit: await unitId(ctx.payload, 'LOM-MI') }),
    target: async () => (await milanoNeed()).id,
    edit: { field: 'title', value: () => `Cambiato ${next()}` },
    allowed: { create: postsNeeds, read: everyone, update: postsNeeds, delete: postsNeeds },
  },
  shifts: {
    create: async () => ({
      need: (await milanoNeed()).id,
      start: '2030-03-01T08:00:00.000Z',
      end: '2030-03-01T12:00:00.000Z',
      capacity: 3,
    }),
    target: async () => (await milanoShift(2)).id,
    edit: { field: 'capacity', value: () => 5 },
    allowed: { create: postsNeeds, read: everyone, update: postsNeeds, delete: postsNeeds },
  },
  'shift-reminders': {
    create: async () => ({
      key: `k-${next()}`,
      user: (await demoUser(ctx.payload, 'volunteer.milano')).id,
      shift: (await milanoShift(2)).id,
    }),
    target: async () =>
      (
        await ctx.payload.create({
          collection: 'shift-reminders',
          data: {
            key: `t-${next()}`,
            user: (await demoUser(ctx.payload, 'volunteer.milano')).id,
            shift: (await milanoShift(2)).id,
          },
        })
      ).id,
    edit: { field: 'key', value: () => `x-${next()}` },
    allowed: { create: () => false, read: isAdmin, update: () => false, delete: isAdmin },
  },
  'seat-claims': {
    create: async () => ({
      itemCollection: 'trainings',
      item: '1',
      user: (await demoUser(ctx.payload, 'volunteer.milano')).id,
      status: 'accepted',
      queueNumber: 900_000 + serial++,
      appliedAt: new Date().toISOString(),
      key: `trainings:1:${next()}`,
    }),
    target: async () => {
      const training = await ctx.payload.create({
        collection: 'trainings',
        data: {
          title: `Posti ${next()}`,
          seats: 1,
          applicationDeadline: '2030-01-31T09:00:00.000Z',
        } as never,
      })
      const req = await createLocalReq({ user: await demoUser(ctx.payload, 'volunteer.milano') }, ctx.payload)
      const { claim } = await claimSeat({
        req,
        collection: 'trainings',
        item: training.id,
        user: req.user!.id,
        seats: 1,
      })
      return claim
    },
    edit: { field: 'status', value: () => 'withdrawn' },
    allowed: { create: () => false, read: signedIn, update: () => false, delete: () => false },
  },
  // Calls for ideas: content anyone reads and content managers keep.
  challenges: {
    create: async () => ({
      title: `Sfida ${next()}`,
      problem: 'Il problema.',
      opensAt: '2030-01-01T09:00:00.000Z',
      closesAt: '2030-03-01T09:00:00.000Z',
    }),
    target: async () =>
      (
        await ctx.payload.create({
          collection: 'challenges',
          data: {
            title: `Bersaglio ${next()}`,
            problem: 'Il problema.',
            opensAt: '2030-01-01T09:00:00.000Z',
            closesAt: '2030-03-01T09:00:00.000Z',
          },
        })
      ).id,
    edit: { field: 'closesAt', value: () => '2030-04-01T09:00:00.000Z' },
    allowed: { create: isEditor, read: everyone, update: isEditor, delete: isEditor },
  },
  // Any member starts an idea; its team edits it; anonymous lists only what teams show from pilot on.
  ideas: {
    create: async () => ({ title: `Idea ${next()}` }),
    target: () => ideaAt({ payload: ctx.payload, stage: 'draft', title: `Bersaglio ${next()}` }),
    edit: { field: 'title', value: () => `Cambiata ${next()}` },
    allowed: {
      create: signedIn,
      read: everyone,
      update: (a) => a === 'volunteer.milano' || isAdmin(a),
      delete: isAdmin,
    },
  },
  // Notes on volunteer.milano's incubating idea: its team, mentors, the Hub's reviewers; never edited.
  'idea-notes': {
    create: async () => ({ idea: await milanoIncubatingIdea(), note: `Nota ${next()}` }),
    target: () => ideaFollowUp('idea-notes'),
    edit: { field: 'note', value: () => `Cambiata ${next()}` },
    allowed: {
      create: (a) => a === 'volunteer.milano' || isAdmin(a),
      read: signedIn,
      update: () => false,
      delete: isAdmin,
    },
  },
  'idea-funding': {
    create: async () => ({ idea: await milanoIncubatingIdea(), source: 'grant', amountAsked: 500 }),
    target: () => ideaFollowUp('idea-funding'),
    edit: { field: 'crowdfundingRaised', value: () => 420 },
    allowed: {
      create: (a) => a === 'volunteer.milano' || isAdmin(a),
      read: signedIn,
      update: (a) => a === 'volunteer.milano' || isAdmin(a),
      delete: isAdmin,
    },
  },
  'workflow-events': {
    create: async () => ({
      itemCollection: 'practices',
      document: '1',
      revision: 999,
      action: 'approve',
      from: 'local_review',
      to: 'published',
    }),
    target: async () =>
      (
        await ctx.payload.create({
          collection: 'workflow-events',
          data: {
            itemCollection: 'practices',
            document: '1',
            revision: eventRevision++,
            action: 'approve',
            from: 'local_review',
            to: 'regional_review',
            comment: 'ok',
          },
        })
      ).id,
    edit: { field: 'comment', value: () => `Riscritta ${next()}` },
    // The history is immutable, for admins too; its raw list is for admins only.
    allowed: { create: () => false, read: isAdmin, update: () => false, delete: () => false },
  },
  media: {
    target: async () => {
      const user = await demoUser(ctx.payload, 'volunteer.milano')
      const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#cc0000' } })
        .png()
        .toBuffer()
      return (
        await ctx.payload.create({
          collection: 'media',
          data: { alt: 'Volantino' },
          file: { data: png, mimetype: 'image/png', name: `volantino-${next()}.png`, size: png.length },
          user,
          overrideAccess: false,
        })
      ).id
    },
    edit: { field: 'alt', value: () => `Alt ${next()}` },
    allowed: {
      create: signedIn,
      read: everyone,
      update: (a) => a === 'volunteer.milano' || isEditor(a),
      delete: (a) => a === 'volunteer.milano' || isEditor(a),
    },
  },
}

let eventRevision = 1000

const exists = async (collection: CollectionSlug, id: number | string) =>
  (await ctx.payload.count({ collection, where: { id: { equals: id } } })).totalDocs === 1

describe('SECURITY.md §1 Authorization matrix: every role on every collection, with the database re-read', () => {
  for (const [slug, spec] of Object.entries(specs) as [CollectionSlug, Spec][]) {
    describe(slug, () => {
      for (const account of ACCOUNTS) {
        const who = account ?? 'anonymous'

        if (spec.create) {
          it(`${who} create → ${spec.allowed.create(account) ? 'allowed' : 'denied'}`, async () => {
            const before = (await ctx.payload.count({ collection: slug })).totalDocs
            const response = await api.post(`/${slug}`, await spec.create!(), { as: account })
            const after = (await ctx.payload.count({ collection: slug })).totalDocs
            if (spec.allowed.create(account)) {
              expect(response.status, JSON.stringify(response.body)).toBe(201)
              expect(after).toBe(before + 1)
            } else {
              expect(response.status).toBe(403)
              expect(after).toBe(before)
            }
          })
        }

        it(`${who} read → ${spec.allowed.read(account) ? 'allowed' : 'denied'}`, async () => {
          const response = await api.get(`/${slug}?limit=5&depth=0`, { as: account })
          expect(response.status).toBe(spec.allowed.read(account) ? 200 : 403)
        })

        it(`${who} update → ${spec.allowed.update(account) ? 'allowed' : 'denied'}`, async () => {
          const id = await spec.target()
          const value = spec.edit.value()
          const response = await api.patch(
            `/${slug}/${id}${['practices', 'services', 'replications', 'support-requests', 'ideas'].includes(slug) ? '?draft=true' : ''}`,
            { [spec.edit.field]: value },
            { as: account },
          )
          const stored = (await ctx.payload.findByID({
            collection: slug,
            id,
            depth: 0,
            draft: true,
          })) as unknown as Record<string, unknown>
          if (spec.allowed.update(account)) {
            expect(response.status, JSON.stringify(response.body)).toBe(200)
            expect(stored[spec.edit.field]).toEqual(value)
          } else {
            expect([401, 403, 404]).toContain(response.status)
            expect(stored[spec.edit.field]).not.toEqual(value)
          }
        })

        it(`${who} delete → ${spec.allowed.delete(account) ? 'allowed' : 'denied'}`, async () => {
          const id = await spec.target()
          const response = await api.del(`/${slug}/${id}`, { as: account })
          if (spec.allowed.delete(account)) {
            expect(response.status, JSON.stringify(response.body)).toBe(200)
            expect(await exists(slug, id)).toBe(false)
          } else {
            expect([401, 403, 404]).toContain(response.status)
            expect(await exists(slug, id)).toBe(true)
          }
        })
      }
    })
  }
})

describe('SECURITY.md §1 Authorization matrix, §8 Personal data: who reads which accounts', () => {
  const idsOf = (docs: { id: number | string }[]) => docs.map((doc) => String(doc.id)).sort()

  /** Every account, and the ones in the unit `code` or below it (from the parent links). */
  const accounts = async (code?: string) => {
    const units = (await ctx.payload.find({ collection: 'units', limit: 0, depth: 0 })).docs
    const inScope = new Set<string>()
    let frontier = units.filter((unit) => unit.code === code).map((unit) => String(unit.id))
    while (frontier.length) {
      frontier.forEach((id) => inScope.add(id))
      frontier = units
        .filter((unit) => unit.parent !== null && unit.parent !== undefined)
        .filter((unit) => frontier.includes(String(unit.parent)))
        .map((unit) => String(unit.id))
    }
    const users = (await ctx.payload.find({ collection: 'users', limit: 0, depth: 0 })).docs
    return code === undefined
      ? idsOf(users)
      : idsOf(users.filter((user) => user.unit !== null && inScope.has(String(user.unit))))
  }

  it('a member lists and reads only themselves, over REST, GraphQL and relationship depth', async () => {
    const me = await demoUser(ctx.payload, 'volunteer.milano')
    const list = await api.get('/users?limit=0&depth=0', { as: 'volunteer.milano' })
    expect(list.status).toBe(200)
    expect(idsOf(list.body.docs)).toEqual([String(me.id)])
    const admin = await demoUser(ctx.payload, 'admin')
    expect([403, 404]).toContain((await api.get(`/users/${admin.id}`, { as: 'volunteer.milano' })).status)
    const gql = await api.graphql('{ Users(limit: 100) { docs { id displayName } } }', {
      as: 'volunteer.milano',
    })
    expect(gql.body.data.Users.docs.map((doc: { id: unknown }) => String(doc.id))).toEqual([String(me.id)])
    const practices = await api.get('/practices?limit=0&depth=1&where[_status][equals]=published', {
      as: 'volunteer.milano',
    })
    const authors = practices.body.docs.map((doc: { author: unknown }) => doc.author)
    expect(authors.length).toBeGreaterThan(0)
    for (const author of authors) {
      if (author && typeof author === 'object')
        expect(String((author as { id: unknown }).id)).toBe(String(me.id))
    }
  })

  it('a validator lists the people of the units they validate; content managers and admins everyone', async () => {
    const lombardia = await api.get('/users?limit=0&depth=0', { as: 'validator.lombardia' })
    expect(idsOf(lombardia.body.docs)).toEqual(await accounts('LOM'))
    expect((await accounts('LOM')).length).toBeLessThan((await accounts()).length)
    for (const name of ['editor', 'admin']) {
      const all = await api.get('/users?limit=0&depth=0', { as: name })
      expect(idsOf(all.body.docs), name).toEqual(await accounts())
    }
  })
})

describe('SECURITY.md §1 Authorization matrix: registrations (GET /users/pending, POST /users/:id/account-decision)', () => {
  /** A confirmed registration in `code`, waiting for a decision (as after the e-mail link). */
  const pendingIn = async (code: string) =>
    (
      await ctx.payload.create({
        collection: 'users',
        data: {
          email: `p${next().toLowerCase()}@example.org`,
          password: 'a-long-password-1',
          displayName: 'In attesa',
          unit: await unitId(ctx.payload, code),
          roles: ['member'],
          accountStatus: 'pending',
          _verified: true,
        },
      })
    ).id

  const statusOf = async (id: number | string) =>
    (await ctx.payload.findByID({ collection: 'users', id, depth: 0 })).accountStatus

  const DECIDERS: Record<string, (account: Account) => boolean> = {
    'LOM-MI': (a) => a === 'validator.lombardia' || a === 'validator.national' || a === 'admin',
    'LAZ-RM': (a) => a === 'validator.national' || a === 'admin',
  }

  for (const account of ACCOUNTS) {
    const who = account ?? 'anonymous'
    const mayList =
      account === 'validator.lombardia' || account === 'validator.national' || account === 'admin'

    it(`${who} GET /users/pending → ${mayList ? 'their scope' : 'denied'}`, async () => {
      const milano = await pendingIn('LOM-MI')
      const roma = await pendingIn('LAZ-RM')
      const response = await api.get('/users/pending', { as: account })
      if (!mayList) {
        expect(response.status).toBe(account === undefined ? 401 : 403)
        return
      }
      expect(response.status).toBe(200)
      const ids = response.body.docs.map((doc: { id: unknown }) => String(doc.id))
      expect(ids).toContain(String(milano))
      expect(ids.includes(String(roma))).toBe(DECIDERS['LAZ-RM']!(account))
      for (const doc of response.body.docs) expect(doc.email).toBeUndefined()
    })

    for (const [code, mayDecide] of Object.entries(DECIDERS)) {
      for (const decision of ['approve', 'reject'] as const) {
        it(`${who} ${decision} a registration in ${code} → ${mayDecide(account) ? 'allowed' : 'denied'}`, async () => {
          const id = await pendingIn(code)
          const response = await api.post(`/users/${id}/account-decision`, { decision }, { as: account })
          if (mayDecide(account)) {
            expect(response.status, JSON.stringify(response.body)).toBe(200)
            expect(await statusOf(id)).toBe(decision === 'approve' ? 'active' : 'rejected')
          } else {
            expect([401, 403, 404]).toContain(response.status)
            expect(await statusOf(id)).toBe('pending')
          }
        })
      }
    }
  }

  it('nobody decides twice, nor on an active account or an unconfirmed registration (409)', async () => {
    const id = await pendingIn('LOM-MI')
    expect(
      (await api.post(`/users/${id}/account-decision`, { decision: 'approve' }, { as: 'admin' })).status,
    ).toBe(200)
    expect(
      (await api.post(`/users/${id}/account-decision`, { decision: 'reject' }, { as: 'admin' })).status,
    ).toBe(409)
    expect(await statusOf(id)).toBe('active')
    const unconfirmed = await pendingIn('LOM-MI')
    await ctx.payload.update({ collection: 'users', id: unconfirmed, data: { _verified: false } })
    const refused = await api.post(
      `/users/${unconfirmed}/account-decision`,
      { decision: 'approve' },
      { as: 'admin' },
    )
    expect(refused.status).toBe(409)
    expect(await statusOf(unconfirmed)).toBe('pending')
  })

  it('nobody but an admin writes an account status, their own included; an unknown id is a 404', async () => {
    for (const account of ACCOUNTS.filter((a) => a !== 'admin')) {
      const self = account ? (await demoUser(ctx.payload, account)).id : await pendingIn('LOM-MI')
      await api.patch(`/users/${self}`, { accountStatus: 'deactivated', _verified: false }, { as: account })
      expect(await statusOf(self), account).toBe(account ? 'active' : 'pending')
    }
    expect(
      (await api.post('/users/999999/account-decision', { decision: 'approve' }, { as: 'admin' })).status,
    ).toBe(404)
    expect(
      (await api.post('/users/abc/account-decision', { decision: 'approve' }, { as: 'admin' })).status,
    ).toBe(404)
  })
})

describe('SECURITY.md §1 Authorization matrix: people’s own data (GET /users/me/export, POST /users/me/erase, POST /users/:id/erase)', () => {
  /** An active member of `code` nobody has touched yet. */
  const memberIn = async (code: string) =>
    (
      await ctx.payload.create({
        collection: 'users',
        data: {
          email: `o${next().toLowerCase()}@example.org`,
          password: 'a-long-password-1',
          displayName: 'Da cancellare',
          unit: await unitId(ctx.payload, code),
          roles: ['member'],
        },
      })
    ).id

  const statusOf = async (id: number | string) =>
    (await ctx.payload.findByID({ collection: 'users', id, depth: 0 })).accountStatus

  /** Who reads an account of Milano's unit (accounts they cannot read are a 404 to them). */
  const READS_MILANO = (a: Account) =>
    a === 'validator.lombardia' || a === 'validator.national' || a === 'editor'

  for (const account of ACCOUNTS) {
    const who = account ?? 'anonymous'

    it(`${who} GET /users/me/export → ${account ? 'their own data only' : '401'}`, async () => {
      const response = await api.get('/users/me/export', { as: account })
      if (!account) {
        expect(response.status).toBe(401)
        return
      }
      expect(response.status).toBe(200)
      const self = await demoUser(ctx.payload, account)
      expect(String(response.body.account.id)).toBe(String(self.id))
      expect(JSON.stringify(response.body)).not.toMatch(/"(hash|salt|sessions)"/)
    })

    it(`${who} POST /users/me/erase with a wrong password → ${account ? '403' : '401'}, nothing changes`, async () => {
      const response = await api.post('/users/me/erase', { password: 'not-the-password-1' }, { as: account })
      expect(response.status).toBe(account ? 403 : 401)
      if (account) expect(await statusOf((await demoUser(ctx.payload, account)).id)).toBe('active')
    })

    it(`${who} POST /users/:id/erase on a Milano member → ${account === 'admin' ? 'erased' : 'denied'}`, async () => {
      const id = await memberIn('LOM-MI')
      const response = await api.post(`/users/${id}/erase`, {}, { as: account })
      if (account === 'admin') {
        expect(response.status, JSON.stringify(response.body)).toBe(200)
        expect(await statusOf(id)).toBe('erased')
        return
      }
      expect(response.status).toBe(account === undefined ? 401 : READS_MILANO(account) ? 403 : 404)
      expect(await statusOf(id)).toBe('active')
    })
  }

  it('mass assignment: erasure takes nothing from its body but the password', async () => {
    const id = await memberIn('LOM-MI')
    const response = await api.post(
      `/users/${id}/erase`,
      { accountStatus: 'active', email: 'kept@example.org', displayName: 'Kept', roles: ['admin'] },
      { as: 'admin' },
    )
    expect(response.status).toBe(200)
    const account = await ctx.payload.findByID({ collection: 'users', id, depth: 0 })
    expect(account).toMatchObject({ accountStatus: 'erased', roles: ['member'] })
    expect(account.email).toMatch(/@erased\.invalid$/)
    expect(account.displayName).not.toBe('Kept')
  })
})

describe('SECURITY.md §1 Authorization matrix: member import (POST /users/import)', () => {
  const importForm = (email: string) => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([`name,email,unit\nImportata,${email},LOM-MI\n`], { type: 'text/csv' }),
      'm.csv',
    )
    return form
  }
  const accountWith = async (email: string) =>
    (await ctx.payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })).docs[0]

  for (const account of ACCOUNTS) {
    const who = account ?? 'anonymous'
    for (const dryRun of [true, false]) {
      it(`${who} POST /users/import?dryRun=${dryRun} → ${isAdmin(account) ? 'the report' : 'denied'}`, async () => {
        const email = `import.${next().toLowerCase()}@example.org`
        const response = await api.post(`/users/import?dryRun=${dryRun}`, importForm(email), { as: account })
        if (isAdmin(account)) {
          expect(response.status, JSON.stringify(response.body)).toBe(200)
          expect(response.body.rows[0].status).toBe(dryRun ? 'would-create' : 'created')
          expect(Boolean(await accountWith(email))).toBe(!dryRun)
        } else {
          expect(response.status).toBe(account ? 403 : 401)
          expect(await accountWith(email)).toBeUndefined()
        }
      })
    }
  }
})

describe('SECURITY.md §1 Authorization matrix: replications — who confirms and who sees, by state, over REST, GraphQL and versions', () => {
  const WHO = [
    undefined,
    'volunteer.roma',
    'volunteer.milano',
    'validator.roma',
    'validator.lazio',
    'validator.milano',
    'validator.national',
    'editor',
    'admin',
  ] as const
  /** Validators whose subtree holds Roma confirm its declarations; the declarer never does. */
  const confirms = new Set(['validator.roma', 'validator.lazio', 'validator.national'])
  /** Before confirmation: the unit's people, the validators above it, content managers and admins. */
  const seesWaiting = new Set([
    'volunteer.roma',
    'validator.roma',
    'validator.lazio',
    'validator.national',
    'editor',
    'admin',
  ])
  /** Who declared: staff and the declarer only. */
  const seesAuthor = new Set([
    'volunteer.roma',
    'validator.roma',
    'validator.lazio',
    'validator.milano',
    'validator.national',
    'editor',
    'admin',
  ])

  let origins: (number | string)[] = []
  const declare = async (practice: number | string) =>
    (await api.post('/replications', { practice, status: 'started' }, { as: 'volunteer.roma' })).body.doc
      .id as number | string
  const approve = async (id: number | string, as: string | undefined) => {
    const state = await ctx.payload.findByID({ collection: 'replications', id, depth: 0, draft: true })
    return api.post(
      `/replications/${id}/workflow`,
      { action: 'approve', revision: state.workflow?.revision },
      { as },
    )
  }
  let waiting: number | string
  let confirmed: number | string

  beforeAll(async () => {
    const roma = await unitId(ctx.payload, 'LAZ-RM')
    origins = (
      await ctx.payload.find({
        collection: 'practices',
        where: { and: [{ _status: { equals: 'published' } }, { unit: { not_equals: roma } }] },
        sort: 'id',
        limit: 5,
        depth: 0,
      })
    ).docs.map((doc) => doc.id)
    expect(origins.length).toBe(5)
    waiting = await declare(origins[0]!)
    confirmed = await declare(origins[1]!)
    expect((await approve(confirmed, 'validator.roma')).status).toBe(200)
  })

  for (const account of WHO) {
    const who = account ?? 'anonymous'
    const sees = seesWaiting.has(who)
    it(`${who} reads a waiting declaration → ${sees ? 'yes' : 'no'} (REST, GraphQL, versions)`, async () => {
      expect((await api.get(`/replications/${waiting}`, { as: account })).status).toBe(sees ? 200 : 404)
      const gql = await api.graphql(
        `{ Replications(where: { id: { equals: ${JSON.stringify(waiting)} } }) { docs { id } } }`,
        { as: account },
      )
      expect(gql.body.data?.Replications?.docs ?? []).toHaveLength(sees ? 1 : 0)
      const versions = await api.get(`/replications/versions?where[parent][equals]=${waiting}`, {
        as: account,
      })
      if (!account) expect(versions.status).toBe(403)
      else expect((versions.body.docs ?? []).length > 0).toBe(sees)
    })

    it(`${who} reads a confirmed one → yes; who declared it → ${seesAuthor.has(who) ? 'yes' : 'no'}`, async () => {
      const rest = await api.get(`/replications/${confirmed}?depth=1`, { as: account })
      expect(rest.status).toBe(200)
      expect(rest.body.author !== undefined && rest.body.author !== null).toBe(seesAuthor.has(who))
      expect(rest.body.uniqueKey === undefined).toBe(who !== 'admin')
      const gql = await api.graphql(
        `{ Replications(where: { id: { equals: ${JSON.stringify(confirmed)} } }) { docs { id author { id } } } }`,
        { as: account },
      )
      expect(gql.body.data.Replications.docs).toHaveLength(1)
      if (!seesAuthor.has(who)) expect(gql.body.data.Replications.docs[0].author).toBeNull()
    })

    it(`${who} confirms Roma's declaration → ${confirms.has(who) ? 'allowed' : 'denied'}`, async () => {
      const target = confirms.has(who) ? await declare(origins[2 + [...confirms].indexOf(who)]!) : waiting
      const answer = await approve(target, account)
      const stored = await ctx.payload.findByID({ collection: 'replications', id: target, depth: 0 })
      if (confirms.has(who)) {
        expect(answer.status, JSON.stringify(answer.body)).toBe(200)
        expect(stored._status).toBe('published')
      } else {
        expect(answer.status).toBeGreaterThanOrEqual(400)
        expect(answer.status).toBeLessThan(500)
        expect(stored._status).toBe('draft')
      }
    })
  }
})

describe('SECURITY.md §1 Authorization matrix: a replication’s measurements — who enters them and who sees them, by the replication’s state', () => {
  const WHO = [
    undefined,
    'volunteer.roma',
    'validator.roma',
    'volunteer.milano',
    'validator.lazio',
    'validator.national',
    'editor',
    'admin',
  ] as const
  /** The replicating unit's members and validators (and admins); nobody else, not even the validators above. */
  const enters = new Set(['volunteer.roma', 'validator.roma', 'admin'])
  /** A confirmed figure of a waiting replication: the replication's readers, never anonymous callers. */
  const seesWaiting = new Set([
    'volunteer.roma',
    'validator.roma',
    'validator.lazio',
    'validator.national',
    'editor',
    'admin',
  ])

  let origin: { id: number | string; key: string }
  let replications: { waiting: number | string; confirmed: number | string }
  const figures: { waiting?: number | string; confirmed?: number | string } = {}
  const revisionOf = async (collection: 'measurements' | 'replications', id: number | string) =>
    (await ctx.payload.findByID({ collection, id, depth: 0, draft: true })).workflow?.revision
  const act = async (
    collection: 'measurements' | 'replications',
    id: number | string,
    action: string,
    as: string,
  ) =>
    api.post(`/${collection}/${id}/workflow`, { action, revision: await revisionOf(collection, id) }, { as })
  const measure = (replication: number | string, as: string | undefined) =>
    api.post('/measurements', { replication, indicatorKey: origin.key, date: '2026-10-31', value: 5 }, { as })

  beforeAll(async () => {
    const roma = await unitId(ctx.payload, 'LAZ-RM')
    const { docs } = await ctx.payload.find({
      collection: 'practices',
      where: { and: [{ _status: { equals: 'published' } }, { unit: { not_equals: roma } }] },
      sort: '-id',
      limit: 0,
      pagination: false,
      depth: 0,
    })
    const taken = new Set(
      (
        await ctx.payload.find({
          collection: 'replications',
          where: { unit: { equals: roma } },
          limit: 0,
          pagination: false,
          depth: 0,
        })
      ).docs.map((d) => String(d.practice)),
    )
    const withRows = docs.filter(
      (d) => !taken.has(String(d.id)) && (d.qualityIndicators ?? []).some((r) => r.key),
    )
    expect(withRows.length).toBeGreaterThanOrEqual(2)
    origin = { id: withRows[0]!.id, key: withRows[0]!.qualityIndicators!.find((r) => r.key)!.key! }
    const declare = async (practice: number | string) =>
      (await api.post('/replications', { practice, status: 'started' }, { as: 'volunteer.roma' })).body.doc
        .id as number | string
    replications = { waiting: await declare(origin.id), confirmed: await declare(withRows[1]!.id) }
    expect((await act('replications', replications.confirmed, 'approve', 'validator.roma')).status).toBe(200)
    const confirmedOrigin = withRows[1]!.qualityIndicators!.find((r) => r.key)!.key!
    for (const [state, key] of [
      ['waiting', origin.key],
      ['confirmed', confirmedOrigin],
    ] as const) {
      const created = await api.post(
        '/measurements',
        { replication: replications[state], indicatorKey: key, date: '2026-09-30', value: 12 },
        { as: 'volunteer.roma' },
      )
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      figures[state] = created.body.doc.id
      expect((await act('measurements', created.body.doc.id, 'submit', 'volunteer.roma')).status).toBe(200)
      expect((await act('measurements', created.body.doc.id, 'approve', 'validator.lazio')).status).toBe(200)
    }
  })

  for (const account of WHO) {
    const who = account ?? 'anonymous'
    it(`${who} enters a figure for Roma's replication → ${enters.has(who) ? 'allowed' : 'denied'}`, async () => {
      const answer = await measure(replications.waiting, account)
      const stored = await ctx.payload.find({
        collection: 'measurements',
        where: {
          and: [{ replication: { equals: replications.waiting } }, { date: { equals: '2026-10-31' } }],
        },
        depth: 0,
        limit: 0,
        pagination: false,
      })
      if (enters.has(who)) {
        expect(answer.status, JSON.stringify(answer.body)).toBe(201)
        expect(String(answer.body.doc.unit?.id ?? answer.body.doc.unit)).toBe(
          String(await unitId(ctx.payload, 'LAZ-RM')),
        )
        await ctx.payload.delete({ collection: 'measurements', id: answer.body.doc.id })
      } else {
        expect([401, 403]).toContain(answer.status)
        expect(stored.docs).toHaveLength(0)
      }
    })

    const sees = seesWaiting.has(who)
    it(`${who} reads a confirmed figure of a waiting replication → ${sees ? 'yes' : 'no'}; of a confirmed one → yes (REST, GraphQL, list)`, async () => {
      const one = async (id: number | string) =>
        (await api.get(`/measurements/${id}`, { as: account })).status
      expect(await one(figures.waiting!)).toBe(sees ? 200 : 404)
      expect(await one(figures.confirmed!)).toBe(200)
      const list = await api.get(`/measurements?where[replication][exists]=true&limit=0&depth=0`, {
        as: account,
      })
      const ids = (list.body.docs ?? []).map((d: { id: unknown }) => String(d.id))
      expect(ids.includes(String(figures.waiting))).toBe(sees)
      expect(ids).toContain(String(figures.confirmed))
      const gql = await api.graphql(
        `{ Measurements(where: { id: { equals: ${JSON.stringify(figures.waiting)} } }) { docs { id } } }`,
        { as: account },
      )
      expect(gql.body.data?.Measurements?.docs ?? []).toHaveLength(sees ? 1 : 0)
    })
  }
})

describe('SECURITY.md §1 Authorization matrix: adapting and contacting (POST /practices/:id/adapt, /contact)', () => {
  const draftPractice = async () =>
    (
      await ctx.payload.find({
        collection: 'practices',
        where: { _status: { equals: 'draft' } },
        limit: 1,
        depth: 0,
      })
    ).docs[0]!.id
  const practiceCount = async () => (await ctx.payload.count({ collection: 'practices' })).totalDocs

  for (const account of ACCOUNTS) {
    const who = account ?? 'anonymous'
    it(`${who} adapts a published practice → ${signedIn(account) ? '201, a draft of their unit' : '401'}; a draft → ${signedIn(account) ? '404' : '401'}`, async () => {
      const before = await practiceCount()
      const response = await api.post(`/practices/${await publishedPractice()}/adapt`, {}, { as: account })
      const hidden = await api.post(`/practices/${await draftPractice()}/adapt`, {}, { as: account })
      if (!signedIn(account)) {
        expect(response.status).toBe(401)
        expect(hidden.status).toBe(401)
        expect(await practiceCount()).toBe(before)
        return
      }
      expect(response.status, JSON.stringify(response.body)).toBe(201)
      expect(hidden.status).toBe(404)
      const created = await ctx.payload.findByID({
        collection: 'practices',
        id: response.body.id,
        depth: 0,
        draft: true,
      })
      const me = await demoUser(ctx.payload, account!)
      expect(created._status).toBe('draft')
      expect(String(created.author)).toBe(String(me.id))
      expect(String(created.unit)).toBe(String(me.unit))
      expect(await practiceCount()).toBe(before + 1)
    })
    it(`${who} writes to a published practice's author → ${signedIn(account) ? '200, no address in the answer' : '401'}; a draft → ${signedIn(account) ? '404' : '401'}`, async () => {
      const response = await api.post(
        `/practices/${await publishedPractice()}/contact`,
        { message: 'Ciao!' },
        { as: account },
      )
      const hidden = await api.post(
        `/practices/${await draftPractice()}/contact`,
        { message: 'Ciao!' },
        { as: account },
      )
      expect(response.status, JSON.stringify(response.body)).toBe(signedIn(account) ? 200 : 401)
      expect(hidden.status).toBe(signedIn(account) ? 404 : 401)
      expect(JSON.stringify(response.body)).not.toContain('@')
    })
  }
})

describe('SECURITY.md §1 Authorization matrix: resources by visibility, call alerts — REST, GraphQL and depth', () => {
  const PEOPLE = [undefined, 'volunteer.milano', 'editor', 'admin'] as const
  let members: number | string
  let open: number | string

  beforeAll(async () => {
    members = (await resource('members')).id
    open = (await resource('public')).id
  })

  for (const account of PEOPLE) {
    const who = account ?? 'anonymous'
    const sees = signedIn(account)
    it(`${who} reads a public resource → yes; a members-only one → ${sees ? 'yes' : 'no'} (REST list, by id, GraphQL)`, async () => {
      const list = await api.get('/resources?limit=0&depth=0', { as: account })
      expect(list.status).toBe(200)
      const ids = list.body.docs.map((doc: { id: number | string }) => String(doc.id))
      expect(ids).toContain(String(open))
      expect(ids.includes(String(members))).toBe(sees)
      expect(list.body.docs.every((doc: { visibility: string }) => sees || doc.visibility === 'public')).toBe(
        true,
      )
      expect((await api.get(`/resources/${members}?depth=1`, { as: account })).status).toBe(sees ? 200 : 404)
      const where = await api.get('/resources?where[visibility][equals]=members&depth=0', { as: account })
      expect(where.body.docs.length > 0).toBe(sees)
      const gql = await api.graphql('{ Resources(limit: 100) { docs { id visibility } } }', { as: account })
      const gqlIds = gql.body.data.Resources.docs.map((doc: { id: number | string }) => String(doc.id))
      expect(gqlIds.includes(String(members))).toBe(sees)
      expect(gqlIds).toContain(String(open))
    })

    it(`${who} reads someone else’s call alerts → ${account === 'admin' ? 'yes' : 'no'}; the sent-alert records → ${account === 'admin' ? 'yes' : 'no'}`, async () => {
      const roma = await demoUser(ctx.payload, 'volunteer.roma')
      const theme = (await ctx.payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!.id
      await ctx.payload.update({
        collection: 'users',
        id: roma.id,
        data: { callAlerts: { themes: [theme], daysBefore: 9 } },
      })
      const rest = await api.get(`/users/${roma.id}?depth=1`, { as: account })
      if (rest.status === 200) {
        expect(rest.body.callAlerts !== undefined).toBe(account === 'admin')
      }
      const gql = await api.graphql(`{ Users(limit: 100) { docs { id callAlerts { daysBefore } } } }`, {
        as: account,
      })
      const romaRow = (gql.body.data?.Users?.docs ?? []).find(
        (doc: { id: number | string }) => String(doc.id) === String(roma.id),
      )
      // A hidden group answers null or an empty object: never the person's values.
      if (romaRow) expect(romaRow.callAlerts?.daysBefore ?? null).toBe(account === 'admin' ? 9 : null)
      const sort = await api.get('/users?sort=callAlerts.daysBefore&limit=1', { as: account })
      if (account !== 'admin' && account !== undefined) expect(sort.status).toBeGreaterThanOrEqual(400)
      const alerts = await api.get('/funding-call-alerts?limit=1', { as: account })
      expect(alerts.status).toBe(account === 'admin' ? 200 : 403)
    })
  }

  it('a person writes their own call alerts; a member cannot write another’s (the field is kept)', async () => {
    const milano = await demoUser(ctx.payload, 'volunteer.milano')
    const roma = await demoUser(ctx.payload, 'volunteer.roma')
    const theme = (await ctx.payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!.id
    const own = await api.patch(
      `/users/${milano.id}`,
      { callAlerts: { themes: [theme], daysBefore: 5 } },
      {
        as: 'volunteer.milano',
      },
    )
    expect(own.status, JSON.stringify(own.body)).toBe(200)
    const stored = await ctx.payload.findByID({ collection: 'users', id: milano.id, depth: 0 })
    expect(stored.callAlerts?.daysBefore).toBe(5)
    const other = await api.patch(
      `/users/${roma.id}`,
      { callAlerts: { daysBefore: 2 } },
      { as: 'volunteer.milano' },
    )
    expect([403, 404]).toContain(other.status)
    expect(
      (await ctx.payload.findByID({ collection: 'users', id: roma.id, depth: 0 })).callAlerts?.daysBefore,
    ).not.toBe(2)
    for (const days of [0, 61, 2.5]) {
      const bad = await api.patch(
        `/users/${milano.id}`,
        { callAlerts: { daysBefore: days } },
        { as: 'volunteer.milano' },
      )
      expect(bad.status, String(days)).toBe(400)
      expect(JSON.stringify(bad.body)).toContain('daysBefore')
    }
  })
})

describe('SECURITY.md §1 Authorization matrix: support requests — who reads and who decides, by state, over REST, GraphQL, depth and versions', () => {
  const WHO = [
    undefined,
    'volunteer.milano',
    'volunteer.roma',
    'validator.milano',
    'validator.lombardia',
    'validator.lazio',
    'validator.national',
    'desk.officer',
    'editor',
    'admin',
  ] as const
  /** A Milano request: its unit, the validators whose subtree holds it, the desk, admins. */
  const reads = new Set([
    'volunteer.milano',
    'validator.milano',
    'validator.lombardia',
    'validator.national',
    'desk.officer',
    'admin',
  ])
  /** Who decides at each step: the regional committee above Milano, then the desk. */
  const decides: Record<'endorsement' | 'acceptance', Set<string>> = {
    endorsement: new Set(['validator.lombardia']),
    acceptance: new Set(['desk.officer', 'admin']),
  }
  const STATES = ['draft', 'endorsement', 'acceptance', 'published'] as const
  const at: Partial<Record<(typeof STATES)[number], number | string>> = {}

  const revisionOf = async (id: number | string) =>
    (await ctx.payload.findByID({ collection: 'support-requests', id, depth: 0, draft: true })).workflow
      ?.revision ?? 0
  const step = async (id: number | string, action: string, as: string) => {
    const answer = await api.post(
      `/support-requests/${id}/workflow`,
      { action, revision: await revisionOf(id) },
      { as },
    )
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
  }
  /** A Milano request taken to `stage` through the chain. */
  const milanoAt = async (stage: (typeof STATES)[number]) => {
    const created = await api.post(
      '/support-requests',
      { title: `Matrice ${stage} ${next()}`, type: 'fundraising', description: 'Raccolta fondi.' },
      { as: 'volunteer.milano' },
    )
    const id = created.body.doc.id as number | string
    if (stage === 'draft') return id
    await step(id, 'submit', 'volunteer.milano')
    if (stage === 'endorsement') return id
    await step(id, 'approve', 'validator.lombardia')
    if (stage === 'acceptance') return id
    await step(id, 'approve', 'desk.officer')
    return id
  }

  beforeAll(async () => {
    for (const stage of STATES) at[stage] = await milanoAt(stage)
  }, 120_000)

  for (const account of WHO) {
    const who = account ?? 'anonymous'
    const sees = reads.has(who)
    for (const stage of STATES) {
      it(`${who} reads a Milano request (${stage}) → ${sees ? 'yes' : 'no'} (REST, list, GraphQL, versions, depth)`, async () => {
        const id = at[stage]!
        const byId = await api.get(`/support-requests/${id}?depth=2&draft=true`, { as: account })
        expect(byId.status).toBe(sees ? 200 : account ? 404 : 403)
        if (sees) {
          // Population never opens the desk's or the requester's account to people who cannot read it.
          const text = JSON.stringify(byId.body)
          if (who === 'volunteer.milano') expect(text).not.toContain('desk.officer@')
        }
        const list = await api.get(`/support-requests?limit=200&depth=0&draft=true&where[id][equals]=${id}`, {
          as: account,
        })
        if (!account) expect(list.status).toBe(403)
        else expect(list.body.docs).toHaveLength(sees ? 1 : 0)
        const gql = await api.graphql(
          `{ SupportRequests(draft: true, where: { id: { equals: ${JSON.stringify(id)} } }) { docs { id title } } }`,
          { as: account },
        )
        expect(gql.body.data?.SupportRequests?.docs ?? []).toHaveLength(sees ? 1 : 0)
        const versions = await api.get(`/support-requests/versions?where[parent][equals]=${id}`, {
          as: account,
        })
        if (!account) expect(versions.status).toBe(403)
        else expect((versions.body.docs ?? []).length > 0).toBe(sees)
        const workflow = await api.get(`/support-requests/${id}/workflow`, { as: account })
        expect(workflow.status).toBe(sees ? 200 : 404)
      })
    }
    for (const stage of ['endorsement', 'acceptance'] as const) {
      const allowed = decides[stage].has(who)
      it(`${who} decides a Milano request at ${stage} → ${allowed ? 'allowed' : 'denied'}`, async () => {
        const id = allowed ? await milanoAt(stage) : at[stage]!
        const before = await revisionOf(id)
        const answer = await api.post(
          `/support-requests/${id}/workflow`,
          { action: 'approve', revision: before },
          { as: account },
        )
        if (allowed) expect(answer.status, JSON.stringify(answer.body)).toBe(200)
        else {
          expect([401, 403, 404]).toContain(answer.status)
          expect(await revisionOf(id)).toBe(before)
        }
      })
    }
  }

  it('anonymous callers and the public site never see one: no list, no count, no GraphQL', async () => {
    expect((await api.get('/support-requests?limit=0')).status).toBe(403)
    expect((await api.get('/support-requests/count')).status).toBe(403)
    const gql = await api.graphql('{ SupportRequests(limit: 100) { docs { id } } }')
    expect(gql.body.data?.SupportRequests?.docs ?? []).toHaveLength(0)
  })
})

describe('SECURITY.md §1 Authorization matrix, §8 Personal data: who applied for a training (seat-claims), over REST, GraphQL and depth', () => {
  let training: number | string
  let milanoClaim: number | string
  let romaClaim: number | string
  beforeAll(async () => {
    training = (
      await ctx.payload.create({
        collection: 'trainings',
        data: {
          title: `Matrice ${next()}`,
          seats: 1,
          applicationDeadline: '2030-01-31T09:00:00.000Z',
        } as never,
      })
    ).id
    const claimAs = async (name: string) => {
      const req = await createLocalReq({ user: await demoUser(ctx.payload, name) }, ctx.payload)
      return (await claimSeat({ req, collection: 'trainings', item: training, user: req.user!.id, seats: 1 }))
        .claim
    }
    milanoClaim = await claimAs('volunteer.milano')
    romaClaim = await claimAs('volunteer.roma')
  })
  const WHO = [undefined, 'volunteer.milano', 'validator.lombardia', 'editor', 'admin'] as const
  /** Everyone's applications for trainings: content managers and admins; a member only their own. */
  const seesAll = new Set(['editor', 'admin'])
  for (const account of WHO) {
    const who = account ?? 'anonymous'
    it(`${who} reads the training's free places → yes; its applicants → ${seesAll.has(who) ? 'all' : who === 'volunteer.milano' ? 'their own' : 'none'}`, async () => {
      const public_ = await api.get(`/trainings/${training}?depth=2`, { as: account })
      expect(public_.status).toBe(200)
      expect(public_.body).toMatchObject({ seats: 1, seatsTaken: 1 })
      expect(JSON.stringify(public_.body)).not.toMatch(/volunteer\.(milano|roma)/)
      const rest = await api.get(`/seat-claims?depth=1&limit=0&where[item][equals]=${training}`, {
        as: account,
      })
      const gql = await api.graphql(
        `{ SeatClaims(where: { item: { equals: ${JSON.stringify(String(training))} } }) { docs { id user { id email } } } }`,
        { as: account },
      )
      const gqlIds = (gql.body.data?.SeatClaims?.docs ?? []).map((doc: { id: unknown }) => String(doc.id))
      if (!account) {
        expect(rest.status).toBe(403)
        expect(gqlIds).toEqual([])
        expect((await api.get(`/seat-claims/${milanoClaim}`)).status).toBe(403)
        return
      }
      const ids = rest.body.docs.map((doc: { id: unknown }) => String(doc.id))
      const expected = seesAll.has(who)
        ? [String(milanoClaim), String(romaClaim)]
        : who === 'volunteer.milano'
          ? [String(milanoClaim)]
          : []
      expect(ids.sort()).toEqual(expected.sort())
      expect(gqlIds.sort()).toEqual(expected.sort())
      expect((await api.get(`/seat-claims/${romaClaim}?depth=1`, { as: account })).status).toBe(
        seesAll.has(who) ? 200 : 404,
      )
      if (who === 'volunteer.milano') {
        // depth populates only what users' own read rules allow: themselves
        expect(rest.body.docs[0].user).toMatchObject({ email: 'volunteer.milano@redcloud.example.org' })
      }
    })
  }

  it('nobody applies for someone else: the endpoints read no applicant from the body', async () => {
    const roma = await demoUser(ctx.payload, 'volunteer.roma')
    const other = (
      await ctx.payload.create({
        collection: 'trainings',
        data: {
          title: `Altro ${next()}`,
          seats: 3,
          applicationDeadline: '2030-01-31T09:00:00.000Z',
        } as never,
      })
    ).id
    const response = await api.post(
      `/trainings/${other}/apply`,
      { user: roma.id },
      { as: 'volunteer.milano' },
    )
    expect(response.status).toBe(200)
    const claims = await ctx.payload.find({
      collection: 'seat-claims',
      where: { item: { equals: String(other) } },
      depth: 0,
    })
    expect(claims.docs.map((claim) => String(claim.user))).toEqual([
      String((await demoUser(ctx.payload, 'volunteer.milano')).id),
    ])
    expect((await api.post(`/trainings/${other}/withdraw`, {}, { as: 'volunteer.roma' })).status).toBe(404)
  })
})

describe('SECURITY.md §1 Authorization matrix: ideas — who reads by stage and visibility, and who decides, over REST, GraphQL and versions', () => {
  const WHO = [
    undefined,
    'volunteer.milano',
    'volunteer.roma',
    'validator.milano',
    'validator.national',
    'hub.reviewer',
    'editor',
    'admin',
  ] as const
  type Case = 'draft' | 'submitted' | 'incubation' | 'pilot hidden' | 'pilot shown' | 'scaled shown'
  const CASES: Case[] = ['draft', 'submitted', 'incubation', 'pilot hidden', 'pilot shown', 'scaled shown']
  const at: Partial<Record<Case, number | string>> = {}
  /** Everyone reads what the team shows; the team (volunteer.milano), reviewers and admins all; the mentor theirs. */
  const sees = (who: string, which: Case) =>
    ['volunteer.milano', 'hub.reviewer', 'admin'].includes(who) ||
    which.endsWith('shown') ||
    (who === 'validator.milano' && which === 'incubation')
  const ownsVersions = (who: string, which: Case) =>
    ['volunteer.milano', 'hub.reviewer', 'admin'].includes(who) ||
    (who === 'validator.milano' && which === 'incubation')

  beforeAll(async () => {
    const stageOf = { draft: 'draft', submitted: 'submitted', incubation: 'incubation' } as const
    for (const which of CASES) {
      const stage =
        which in stageOf
          ? stageOf[which as keyof typeof stageOf]
          : which.startsWith('pilot')
            ? 'pilot'
            : 'published'
      const id = await ideaAt({ payload: ctx.payload, stage, title: `Matrice ${which} ${next()}` })
      if (which === 'incubation') {
        const mentor = await demoUser(ctx.payload, 'validator.milano')
        expect(
          (await api.post(`/ideas/${id}/mentors`, { mentor: mentor.id }, { as: 'hub.reviewer' })).status,
        ).toBe(200)
      }
      if (which.endsWith('shown'))
        expect(
          (await api.post(`/ideas/${id}/visibility`, { showPublicly: true }, { as: 'volunteer.milano' }))
            .status,
        ).toBe(200)
      at[which] = id
    }
  }, 120_000)

  for (const account of WHO) {
    const who = account ?? 'anonymous'
    for (const which of CASES) {
      const yes = sees(who, which)
      it(`${who} reads a Milano idea (${which}) → ${yes ? 'yes' : 'no'} (REST, list, GraphQL, versions)`, async () => {
        const id = at[which]!
        const byId = await api.get(`/ideas/${id}?depth=1`, { as: account })
        expect(byId.status).toBe(yes ? 200 : 404)
        if (yes && !ownsVersions(who, which)) expect(byId.body.author).toBeUndefined()
        if (!account && yes)
          for (const field of ['author', 'team', 'mentors']) expect(byId.body[field]).toBeUndefined()
        const list = await api.get(`/ideas?depth=0&where[id][equals]=${id}`, { as: account })
        expect(list.body.docs).toHaveLength(yes ? 1 : 0)
        const gql = await api.graphql(
          `{ Ideas(where: { id: { equals: ${JSON.stringify(id)} } }) { docs { id title } } }`,
          {
            as: account,
          },
        )
        expect(gql.body.data?.Ideas?.docs ?? []).toHaveLength(yes ? 1 : 0)
        const versions = await api.get(`/ideas/versions?where[parent][equals]=${id}`, { as: account })
        if (!account) expect(versions.status).toBe(403)
        else expect((versions.body.docs ?? []).length > 0).toBe(ownsVersions(who, which))
      })
    }
    const decides = ['hub.reviewer', 'admin'].includes(who)
    it(`${who} decides a submitted idea → ${decides ? 'allowed' : 'denied'}`, async () => {
      const id = decides
        ? await ideaAt({ payload: ctx.payload, stage: 'submitted', title: `Decisione ${next()}` })
        : at.submitted!
      const before = (await ctx.payload.findByID({ collection: 'ideas', id, depth: 0, draft: true }))
        .workflow!.revision
      const answer = await api.post(
        `/ideas/${id}/workflow`,
        { action: 'approve', revision: before },
        { as: account },
      )
      if (decides) expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      else {
        expect([401, 403, 404]).toContain(answer.status)
        const after = (await ctx.payload.findByID({ collection: 'ideas', id, depth: 0, draft: true }))
          .workflow!.revision
        expect(after).toBe(before)
      }
    })
  }

  it('notes and funding never reach anonymous callers: no list, no count, no GraphQL', async () => {
    for (const slug of ['idea-notes', 'idea-funding']) {
      expect((await api.get(`/${slug}?limit=0`)).status).toBe(403)
      expect((await api.get(`/${slug}/count`)).status).toBe(403)
    }
    const gql = await api.graphql('{ IdeaNotes(limit: 100) { docs { id note } } }')
    expect(gql.body.data?.IdeaNotes?.docs ?? []).toHaveLength(0)
  })
})

describe('SECURITY.md §1 Authorization matrix, §8 Personal data: shift rosters (seat-claims, GET /shifts/:id/roster) and private calendars', () => {
  let shift: number | string
  let milanoClaim: number | string
  let otherClaim: number | string
  beforeAll(async () => {
    const need = await ctx.payload.create({
      collection: 'needs',
      data: { title: `Roma ${next()}`, unit: await unitId(ctx.payload, 'LAZ-RM') },
    })
    shift = (
      await ctx.payload.create({
        collection: 'shifts',
        data: {
          need: need.id,
          start: '2029-06-01T08:00:00.000Z',
          end: '2029-06-01T12:00:00.000Z',
          capacity: 1,
        },
      })
    ).id
    const claimAs = async (name: string) => {
      const req = await createLocalReq({ user: await demoUser(ctx.payload, name) }, ctx.payload)
      return (await claimSeat({ req, collection: 'shifts', item: shift, user: req.user!.id, seats: 1 })).claim
    }
    milanoClaim = await claimAs('volunteer.milano')
    otherClaim = await claimAs('volunteer.torino')
  })
  const WHO = [
    undefined,
    'volunteer.milano',
    'volunteer.roma',
    'validator.lombardia',
    'validator.national',
    'editor',
    'admin',
  ] as const
  /** Rome's roster: its coordinator (volunteer.roma), validators above Rome, admins; never content managers. */
  const readsRoster = new Set(['volunteer.roma', 'validator.national', 'admin'])
  for (const account of WHO) {
    const who = account ?? 'anonymous'
    it(`${who} reads the shift's free places → yes; its roster → ${readsRoster.has(who) ? 'yes' : 'no'}`, async () => {
      const public_ = await api.get(`/shifts/${shift}?depth=2`, { as: account })
      expect(public_.status).toBe(200)
      expect(public_.body).toMatchObject({ capacity: 1, seatsTaken: 1 })
      expect(JSON.stringify(public_.body)).not.toMatch(/Galli|Romero|volunteer\./)
      const roster = await api.get(`/shifts/${shift}/roster`, { as: account })
      expect(roster.status).toBe(!account ? 401 : readsRoster.has(who) ? 200 : 403)
      const rosters = await api.get('/shifts/rosters', { as: account })
      expect(rosters.status).toBe(account ? 200 : 401)
      const listed = (rosters.body.docs ?? []).find(
        (doc: { shift: { id: unknown } }) => String(doc.shift.id) === String(shift),
      )
      expect(Boolean(listed)).toBe(readsRoster.has(who))
      if (listed) expect(listed.roster).toEqual(roster.body.docs)
      const rest = await api.get(`/seat-claims?limit=0&where[item][equals]=${shift}`, { as: account })
      const gql = await api.graphql(
        `{ SeatClaims(where: { item: { equals: ${JSON.stringify(String(shift))} } }) { docs { id } } }`,
        { as: account },
      )
      const gqlIds = (gql.body.data?.SeatClaims?.docs ?? []).map((doc: { id: unknown }) => String(doc.id))
      if (!account) {
        expect(rest.status).toBe(403)
        expect(gqlIds).toEqual([])
        return
      }
      const ids = rest.body.docs.map((doc: { id: unknown }) => String(doc.id)).sort()
      const expected = readsRoster.has(who)
        ? [String(milanoClaim), String(otherClaim)].sort()
        : who === 'volunteer.milano'
          ? [String(milanoClaim)]
          : []
      expect(ids).toEqual(expected)
      expect(gqlIds.sort()).toEqual(expected)
      if (readsRoster.has(who))
        expect(roster.body.docs).toEqual([
          { name: 'Sara Galli', status: 'confirmed', position: null },
          { name: 'Lucía Romero', status: 'waitlisted', position: 1 },
        ])
    })
  }

  it('a private calendar: only its owner makes one; the secret alone opens it; rotating or revoking closes the old address; nobody else reads or filters by it', async () => {
    expect((await api.post('/shifts/feed-token', {})).status).toBe(401)
    const first = await api.post('/shifts/feed-token', {}, { as: 'volunteer.milano' })
    expect(first.status).toBe(200)
    const token = first.body.token as string
    const feed = await api.get(`/shifts/feed/${token}`)
    expect(feed.status).toBe(200)
    expect(feed.body.docs.map((doc: { shift: { id: unknown } }) => String(doc.shift.id))).toContain(
      String(shift),
    )
    expect(JSON.stringify(feed.body)).not.toMatch(/Romero|@/)
    const milano = await demoUser(ctx.payload, 'volunteer.milano')
    for (const account of ['validator.lombardia', 'editor', 'volunteer.roma'] as const) {
      const read = await api.get(`/users/${milano.id}`, { as: account })
      expect(JSON.stringify(read.body)).not.toContain(token)
      const probe = await api.get(`/users?where[shiftFeedToken][equals]=${token}`, { as: account })
      expect(probe.body.docs ?? []).toEqual([])
    }
    const second = await api.post('/shifts/feed-token', {}, { as: 'volunteer.milano' })
    expect(second.body.token).not.toBe(token)
    expect((await api.get(`/shifts/feed/${token}`)).status).toBe(404)
    expect((await api.get(`/shifts/feed/${second.body.token}`)).status).toBe(200)
    expect((await api.post('/shifts/feed-token', { revoke: true }, { as: 'volunteer.milano' })).body).toEqual(
      {
        token: null,
      },
    )
    expect((await api.get(`/shifts/feed/${second.body.token}`)).status).toBe(404)
    expect((await api.get('/shifts/feed/x')).status).toBe(404)
  })
})

describe("SECURITY.md §1 Authorization matrix: Payload's jobs queue (GET /payload-jobs/run, /payload-jobs/handle-schedules)", () => {
  const QUEUE = 'access-matrix'
  let jobId: number | string
  /** The queued job, or undefined once it ran (Payload deletes a completed job). */
  const job = async () =>
    (await ctx.payload.find({ collection: 'payload-jobs', where: { id: { equals: jobId } }, depth: 0 }))
      .docs[0]

  beforeAll(async () => {
    jobId = (await ctx.payload.jobs.queue({ task: 'closeFundingCalls', input: {}, queue: QUEUE })).id
  })

  for (const account of ACCOUNTS) {
    const who = account ?? 'anonymous'
    it(`${who} runs the queued jobs → ${isAdmin(account) ? 'run' : 'denied, the job waits'}`, async () => {
      const run = await api.get(`/payload-jobs/run?queue=${QUEUE}`, { as: account })
      const schedules = await api.get(`/payload-jobs/handle-schedules?queue=${QUEUE}`, { as: account })
      if (isAdmin(account)) {
        expect(run.status, JSON.stringify(run.body)).toBe(200)
        expect(schedules.status, JSON.stringify(schedules.body)).toBe(200)
        expect(await job()).toBeUndefined()
      } else {
        expect(run.status).toBe(401)
        expect(schedules.status).toBe(401)
        expect((await job())?.completedAt ?? null).toBeNull()
        expect(await job()).toBeDefined()
      }
    })
  }
})
