import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Access, CollectionConfig, Field } from 'payload'
import { APIError, buildConfig } from 'payload'

import { stagedApproval } from '../src'
import { hookCalls } from './hookCalls'

/**
 * The test app's own user shape, unlike RedCloud's (no `roles` array, no `displayName`): a
 * single `position` and a `fullName`, so anything of RedCloud's that leaks into the plugin fails.
 */
type TestUser = { id: number | string; position?: null | string; level?: null | string; fullName?: string }

const signedIn: Access = ({ req }) => Boolean(req.user)
const onlyChiefs: Access = ({ req }) => (req.user as TestUser | null)?.position === 'chief'
const sameId = (a: unknown, b: unknown) => {
  const id = (value: unknown) => (value && typeof value === 'object' ? (value as { id: unknown }).id : value)
  return a !== null && a !== undefined && String(id(a)) === String(id(b))
}

/** An item under review: anonymous callers read only what is published; the author is the creator. */
const reviewed = (slug: string): CollectionConfig => ({
  slug,
  admin: { useAsTitle: 'title' },
  versions: { drafts: true },
  access: {
    read: ({ req }) => (req.user ? true : { _status: { equals: 'published' } }),
    create: signedIn,
    update: signedIn,
    delete: onlyChiefs,
    readVersions: signedIn,
  },
  hooks: {
    beforeChange: [
      ({ data, operation, req }) =>
        operation === 'create' && req.user ? { ...data, author: req.user.id } : data,
    ],
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'body', type: 'textarea' },
    { name: 'author', type: 'relationship', relationTo: 'users', access: { update: () => false } },
  ] satisfies Field[],
})

/**
 * The plugin's own small Payload app: users with a role and a level of the test's own, and two
 * collections with different validation chains. `articles` take the plugin-wide two levels,
 * branch → headquarters; `notices` are approved by headquarters alone and record the account's
 * own role in their history.
 */
export const buildTestConfig = ({ databaseUrl }: { databaseUrl: string }) =>
  buildConfig({
    secret: 'staged-approval-test-secret',
    telemetry: false,
    graphQL: { disable: true },
    // refused requests are logged as errors by Payload: keep the test output readable
    logger: { options: { level: process.env.PAYLOAD_LOG_LEVEL ?? 'fatal' } },
    admin: { user: 'users' },
    db: sqliteAdapter({ client: { url: databaseUrl }, push: true }),
    collections: [
      {
        slug: 'users',
        auth: true,
        access: { read: signedIn, create: onlyChiefs, update: onlyChiefs, delete: onlyChiefs },
        fields: [
          { name: 'fullName', type: 'text' },
          {
            name: 'position',
            type: 'select',
            options: ['reporter', 'reviewer', 'chief'],
            defaultValue: 'reporter',
          },
          { name: 'level', type: 'select', options: ['branch', 'headquarters'] },
        ],
      },
      reviewed('articles'),
      reviewed('notices'),
      reviewed('ideas'),
      reviewed('notes'),
    ],
    plugins: [
      stagedApproval({
        collections: [
          'articles',
          {
            slug: 'notices',
            levels: ['headquarters'],
            itemLevel: () => 'headquarters',
            actorRole: ({ user }) => String((user as TestUser).position),
          },
          {
            // A pipeline: screened by branch reviewers, piloted by chiefs; stages named after the steps.
            slug: 'ideas',
            steps: [
              {
                name: 'screening',
                decidedBy: ({ user }) =>
                  (user as TestUser).position === 'reviewer' && (user as TestUser).level === 'branch',
              },
              { name: 'pilot', decidedBy: ({ user }) => (user as TestUser).position === 'chief' },
            ],
            // Scored by reviewers at screening (optional) and by the chief at the pilot
            // (required); only reviewers read scores, not the chiefs who read the raw history.
            scoring: {
              criteria: ['novelty', 'feasibility'],
              requiredAt: ['pilot'],
              allowedAt: ['screening'],
              canRead: ({ user }) => (user as null | TestUser)?.position === 'reviewer',
            },
            decisionFlags: [{ name: 'shortlisted', at: ['pilot'] }],
            duringTransition: ({ flags, scores, to }) => {
              if (to !== 'published' || !flags.shortlisted) return
              if ((scores?.feasibility ?? 0) < 2)
                throw new APIError('Too risky to shortlist: feasibility below 2.', 400, undefined, true)
              return { body: 'Shortlisted at the pilot.' }
            },
          },
          {
            // One step: confirmed by a headquarters reviewer.
            slug: 'notes',
            steps: [
              {
                name: 'confirmation',
                decidedBy: ({ user }) => (user as TestUser).level === 'headquarters',
              },
            ],
          },
        ],
        levels: ['branch', 'headquarters'],
        itemLevel: () => 'branch',
        validatorLevel: ({ user }) =>
          (user as TestUser).position === 'reviewer' ? ((user as TestUser).level ?? null) : null,
        isInScope: () => true,
        isAuthor: ({ doc, user }) => sameId(doc.author, user.id),
        // Like RedCloud's colleagues of the author's unit: reviewers may submit others' items too.
        canSubmit: ({ doc, user }) =>
          sameId(doc.author, user.id) || (user as TestUser).position === 'reviewer',
        canOverride: ({ user }) => (user as TestUser).position === 'chief',
        hideHistory: ({ user }) => (user as null | TestUser)?.position !== 'chief',
        userName: (user) => String((user as TestUser).fullName),
        beforeTransition: ({ input }) => {
          hookCalls.push(`before ${input.action}`)
          if (input.comment === 'too many') throw new APIError('Slow down.', 429, undefined, true)
        },
        afterTransition: ({ from, input, to }) => {
          hookCalls.push(`after ${input.action} ${from} → ${to}`)
        },
      }),
    ],
  })
