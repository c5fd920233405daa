import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { settings } from '../src/settings'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoEmail } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

let ctx: TestContext
let api: RestClient
/** What the CMS hands its e-mail adapter (the development outbox keeps only plain text). */
const sent: { to: string; subject: string; html: string }[] = []

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  const original = ctx.payload.email.sendEmail.bind(ctx.payload.email)
  vi.spyOn(ctx.payload.email, 'sendEmail').mockImplementation(async (message) => {
    sent.push({ to: String(message.to), subject: String(message.subject), html: String(message.html) })
    return original(message)
  })
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const userId = async (name: string) =>
  (await ctx.payload.find({ collection: 'users', where: { email: { equals: demoEmail(name) } }, depth: 0 }))
    .docs[0]!.id

const askReset = async (name: string) => {
  sent.length = 0
  const response = await api.post('/users/forgot-password', { email: demoEmail(name) })
  expect(response.status).toBe(200)
  // The CMS answers first and sends the e-mail afterwards (the same time for unknown addresses).
  await vi.waitFor(() => expect(sent).toHaveLength(1), { timeout: 10_000 })
  const mail = sent[0]!
  const link = new URL((/href="([^"]+)"/.exec(mail.html)?.[1] ?? '').replace(/&amp;/g, '&'))
  // The e-mail leaves just before the token's transaction commits.
  const id = await userId(name)
  await vi.waitFor(
    async () =>
      expect(
        (await ctx.payload.findByID({ collection: 'users', id, depth: 0, showHiddenFields: true }))
          .resetPasswordToken,
      ).toBe(link.searchParams.get('token')),
    { timeout: 10_000 },
  )
  return { mail, link }
}

describe('password reset e-mail', () => {
  it('links to the public site’s reset page in the person’s preferred language', async () => {
    const id = await userId('volunteer.milano')
    await ctx.payload.update({ collection: 'users', id, data: { preferredLanguage: 'fr' } })
    const { mail, link } = await askReset('volunteer.milano')
    expect(mail.to).toBe(demoEmail('volunteer.milano'))
    expect(mail.subject).toBe('RedCloud : choisissez un nouveau mot de passe')
    expect(mail.html).toContain('Ouvrez ce lien')
    expect(link.origin).toBe(new URL(settings.siteURL).origin)
    expect(link.pathname).toBe('/fr/account/reset/')
    expect(link.searchParams.get('token')).toMatch(/^[0-9a-f]{40}$/)
    expect(mail.html).not.toContain('/admin/reset')

    await ctx.payload.update({ collection: 'users', id, data: { preferredLanguage: 'es' } })
    // Payload refuses a second request within its minimum interval: move the last one back.
    await ctx.payload.db.updateOne({
      collection: 'users',
      id,
      data: { resetPasswordRequestedAt: new Date(Date.now() - 60_000).toISOString() },
    })
    const spanish = await askReset('volunteer.milano')
    expect(spanish.link.pathname).toBe('/es/account/reset/')
    expect(spanish.mail.subject).toBe('RedCloud: elige una nueva contraseña')
  })

  it('the token in the link resets the password once, through the same API the site calls', async () => {
    const id = await userId('volunteer.roma')
    await ctx.payload.update({ collection: 'users', id, data: { preferredLanguage: 'en' } })
    const { link, mail } = await askReset('volunteer.roma')
    expect(link.pathname).toBe('/en/account/reset/')
    expect(mail.subject).toBe('RedCloud: choose a new password')
    const token = link.searchParams.get('token')!
    const reset = await api.post('/users/reset-password', { token, password: 'nuova password 2026' })
    expect(reset.status).toBe(200)
    expect(
      (
        await api.post('/users/login', {
          email: demoEmail('volunteer.roma'),
          password: 'nuova password 2026',
        })
      ).status,
    ).toBe(200)
    const again = await api.post('/users/reset-password', { token, password: 'altra password 2026' })
    expect(again.status).toBeGreaterThanOrEqual(400)
  })

  it('falls back to the default language for a person without a preference', async () => {
    const id = await userId('validator.milano')
    await ctx.payload.db.updateOne({ collection: 'users', id, data: { preferredLanguage: null } })
    const { link } = await askReset('validator.milano')
    expect(link.pathname).toBe(`/${settings.defaultLocale}/account/reset/`)
  })
})
