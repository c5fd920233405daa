import fs from 'fs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { DEMO_PASSWORD, demoEmail } from './helpers/demoUsers'
import { restClient, type RestClient } from './helpers/restClient'

let ctx: TestContext
let api: RestClient
/** The invitations the CMS hands payload.sendEmail. */
const sent: { to: string; subject: string; html: string }[] = []

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  const sendEmail = ctx.payload.sendEmail.bind(ctx.payload)
  vi.spyOn(ctx.payload, 'sendEmail').mockImplementation(async (message) => {
    sent.push({
      to: String(message?.to),
      subject: String(message?.subject),
      html: String(message?.html ?? ''),
    })
    return sendEmail(message)
  })
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

let serial = 0
const fresh = (name = 'person') => `${name}.${Date.now().toString(36)}${serial++}@example.org`

const csvForm = (csv: string) => {
  const form = new FormData()
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'members.csv')
  return form
}
type Report = {
  dryRun: boolean
  rows: { line: number; email: string; status: string; messages: string[] }[]
  counts: Record<string, number>
}
const importCsv = async (
  csv: string,
  { dryRun = false, as = 'admin' }: { dryRun?: boolean; as?: string } = {},
) =>
  api.post(`/users/import?dryRun=${dryRun}`, csvForm(csv), { as }) as Promise<{
    status: number
    body: Report
  }>

const account = async (email: string) =>
  (
    await ctx.payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      depth: 0,
      showHiddenFields: true,
      overrideAccess: true,
    })
  ).docs[0] as (Record<string, unknown> & { id: number | string }) | undefined

const HEADER = 'name,email,unit,roles,language'

describe('member import: the dry run', () => {
  it('reports every row and changes nothing', async () => {
    const a = fresh('anna')
    const b = fresh('bruno')
    const csv = [
      HEADER,
      `"Rossi, Anna",${a},LOM-MI,member,it`,
      `Bruno Bianchi,${b},LAZ-RM,member|validator,fr`,
      `No Unit,${fresh()},XX-NOPE,member,en`,
      `Bad Mail,not-an-address,LOM-MI,member,en`,
      `Bad Role,${fresh()},LOM-MI,superuser,en`,
      `Bad Language,${fresh()},LOM-MI,member,de`,
      `Again Anna,${a.toUpperCase()},LOM-MI,member,it`,
      `Sara Galli,${demoEmail('volunteer.milano')},LOM-MI,member,it`,
      `Admin Please,${fresh()},LOM-MI,admin,it`,
    ].join('\r\n')
    const { status, body } = await importCsv(csv, { dryRun: true })
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.dryRun).toBe(true)
    const byLine = Object.fromEntries(body.rows.map((row) => [row.line, row]))
    expect(byLine[2]).toMatchObject({ email: a, status: 'would-create', messages: [] })
    expect(byLine[3]).toMatchObject({ email: b, status: 'would-create' })
    expect(byLine[4]!.status).toBe('error')
    expect(byLine[4]!.messages.join()).toContain('XX-NOPE')
    expect(byLine[5]!.messages.join()).toContain('not a valid e-mail')
    expect(byLine[6]!.messages.join()).toContain('"superuser"')
    expect(byLine[7]!.messages.join()).toContain('"de"')
    expect(byLine[8]).toMatchObject({ status: 'error', messages: ['The same e-mail address is on line 2.'] })
    expect(byLine[9]!.status).toBe('skipped')
    expect(byLine[10]!.messages.join()).toContain('"admin"')
    expect(body.counts).toEqual({ total: 9, created: 0, 'would-create': 2, skipped: 1, error: 6 })
    expect(await account(a)).toBeUndefined()
    expect(await account(b)).toBeUndefined()
    expect(sent.filter((mail) => mail.to === a)).toEqual([])
  })

  it('reads the sample file in seed/import: five to create, one skipped, five errors', async () => {
    const sample = fs.readFileSync(new URL('../../seed/import/members.sample.csv', import.meta.url), 'utf8')
    const { status, body } = await importCsv(sample, { dryRun: true })
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.counts).toEqual({ total: 11, created: 0, 'would-create': 5, skipped: 1, error: 5 })
  })

  it('reads semicolons, a byte-order mark, other column orders and a text/csv body', async () => {
    const email = fresh('chiara')
    const csv = `\uFEFFlanguage;email;name;unit\nes;${email};"Chiara; Verdi";lom-mi\n`
    const { withApiGuard } = await import('../src/limits/withApiGuard')
    const { handleEndpoints } = await import('payload')
    const response = await withApiGuard((request: Request) =>
      handleEndpoints({ config: ctx.config, request }),
    )(
      new Request('http://localhost:3000/api/users/import?dryRun=true', {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv', Authorization: `JWT ${await api.login('admin')}` },
        body: csv,
      }),
    )
    const body = (await response.json()) as Report
    expect(response.status, JSON.stringify(body)).toBe(200)
    expect(body.rows).toEqual([{ line: 2, email, status: 'would-create', messages: [] }])
  })

  it('refuses a file without the columns, and one over the row limit naming it', async () => {
    const noColumns = await importCsv('nome,posta\nA,a@example.org\n', { dryRun: true })
    expect(noColumns.status).toBe(400)
    expect(JSON.stringify(noColumns.body)).toContain('missing: email, unit')
    const rows = [HEADER, ...Array.from({ length: 20_001 }, (_, i) => `P,p${i}@e.org,LOM-MI,,`)].join('\n')
    const tooMany = await importCsv(rows, { dryRun: true })
    expect(tooMany.status).toBe(400)
    expect(JSON.stringify(tooMany.body)).toContain('20000')
  })

  it('refuses a file over 5 MB with 413', async () => {
    const big = `${HEADER}\n${'x'.repeat(5 * 1024 * 1024 + 10)}`
    const response = await importCsv(big, { dryRun: true })
    expect(response.status).toBe(413)
    expect(JSON.stringify(response.body)).toContain('5 MB')
  })
})

describe('member import: the import', () => {
  it('creates active, confirmed accounts without a password and e-mails each a set-password link that works', async () => {
    const it1 = fresh('dario')
    const fr1 = fresh('elise')
    const csv = [HEADER, `Dario Neri,${it1},LOM-MI,,it`, `Élise Martin,${fr1},LAZ-RM,validator,fr`].join('\n')
    const { status, body } = await importCsv(csv)
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.rows.map((row) => row.status)).toEqual(['created', 'created'])

    const dario = await account(it1)
    expect(dario).toMatchObject({
      displayName: 'Dario Neri',
      roles: ['member'],
      preferredLanguage: 'it',
      accountStatus: 'active',
      _verified: true,
    })
    expect(dario?.hash ?? null).toBeNull()
    expect((await account(fr1))?.roles).toEqual(['validator'])
    // no password: nothing signs in
    expect((await api.post('/users/login', { email: it1, password: '' })).status).not.toBe(200)
    expect((await api.post('/users/login', { email: it1, password: 'undefined' })).status).not.toBe(200)

    await vi.waitFor(() => expect(sent.filter((mail) => [it1, fr1].includes(mail.to))).toHaveLength(2), {
      timeout: 10_000,
    })
    const mail = sent.find((m) => m.to === fr1)!
    expect(mail.subject).toBe('RedCloud : votre compte vous attend')
    const link = new URL(/href="([^"]+)"/.exec(mail.html)![1]!)
    expect(link.pathname).toBe('/fr/account/reset/')
    const token = link.searchParams.get('token')!
    const reset = await api.post('/users/reset-password', { token, password: 'une phrase de passe 2026' })
    expect(reset.status, JSON.stringify(reset.body)).toBe(200)
    expect(
      (await api.post('/users/login', { email: fr1, password: 'une phrase de passe 2026' })).status,
    ).toBe(200)
    // once only
    expect((await api.post('/users/reset-password', { token, password: 'autre phrase 2026 x' })).status).toBe(
      403,
    )
  })

  it('skips addresses that have an account, leaving it unchanged, and reports it', async () => {
    const before = await account(demoEmail('volunteer.milano'))
    const { body } = await importCsv(
      `${HEADER}\nSomeone Else,${demoEmail('volunteer.milano')},LAZ-RM,validator,en\n`,
    )
    expect(body.rows[0]).toMatchObject({ status: 'skipped' })
    const after = await account(demoEmail('volunteer.milano'))
    expect(after?.displayName).toBe(before?.displayName)
    expect(after?.roles).toEqual(before?.roles)
    expect(after?.unit).toEqual(before?.unit)
  })

  it('a row that fails to write stops nothing and leaves nothing of itself', async () => {
    const first = fresh('first')
    const failing = fresh('failing')
    const last = fresh('last')
    const create = ctx.payload.db.create.bind(ctx.payload.db)
    const spy = vi.spyOn(ctx.payload.db, 'create').mockImplementation(async (args) => {
      const created = await create(args)
      // fails after the write, as a second table's insert would
      if (args.collection === 'users' && (args.data as { email?: string }).email === failing) {
        throw new Error('disk on fire')
      }
      return created
    })
    try {
      const csv = [
        HEADER,
        `A,${first},LOM-MI,,it`,
        `B,${failing},LOM-MI,member|validator,it`,
        `C,${last},LOM-MI,,it`,
      ]
      const { body } = await importCsv(csv.join('\n'))
      expect(body.rows.map((row) => row.status)).toEqual(['created', 'error', 'created'])
      expect(body.rows[1]!.messages).toEqual(['The account could not be written; nothing of it was kept.'])
      expect(body.counts).toMatchObject({ created: 2, error: 1 })
    } finally {
      spy.mockRestore()
    }
    expect(await account(first)).toBeDefined()
    expect(await account(failing)).toBeUndefined()
    expect(await account(last)).toBeDefined()
  })

  it('stores hostile names as text: formula prefixes, markup; refuses control characters per row', async () => {
    const formula = fresh('formula')
    const script = fresh('script')
    const control = fresh('control')
    const csv = [
      HEADER,
      `"=cmd|' /C calc'!A0",${formula},LOM-MI,,en`,
      `"<script>alert(1)</script> Bob",${script},LOM-MI,,en`,
      `"Bell\u0007 Ringer",${control},LOM-MI,,en`,
    ].join('\n')
    const { body } = await importCsv(csv)
    expect(body.rows.map((row) => row.status)).toEqual(['created', 'created', 'error'])
    expect(body.rows[2]!.messages.join()).toContain('control character')
    expect((await account(formula))?.displayName).toBe("=cmd|' /C calc'!A0")
    expect((await account(script))?.displayName).toBe('<script>alert(1)</script> Bob')
    await vi.waitFor(() => expect(sent.find((mail) => mail.to === script)).toBeDefined(), { timeout: 10_000 })
    const mail = sent.find((m) => m.to === script)!
    expect(mail.html).not.toContain('<script>')
    expect(mail.html).toContain('&#60;script&#62;')
  })
})

describe('member import: who may', () => {
  for (const who of [undefined, 'volunteer.milano', 'validator.lombardia', 'validator.national', 'editor']) {
    it(`${who ?? 'anonymous'} is refused and nothing is written`, async () => {
      const email = fresh('refused')
      const response = await api.post(
        '/users/import?dryRun=false',
        csvForm(`${HEADER}\nX,${email},LOM-MI,,it\n`),
        {
          as: who,
        },
      )
      expect(response.status).toBe(who ? 403 : 401)
      expect(await account(email)).toBeUndefined()
    })
  }

  it("an admin's cookie from a foreign origin is not a sign-in: 401, nothing written", async () => {
    const login = await api.raw('POST', '/users/login', {
      body: { email: demoEmail('admin'), password: DEMO_PASSWORD },
    })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string
    expect(cookie).toMatch(/^payload-token=/)
    const email = fresh('csrf')
    const evil = await api.raw('POST', '/users/import', {
      headers: { Cookie: cookie, Origin: 'https://evil.example.com' },
      body: csvForm(`${HEADER}\nX,${email},LOM-MI,,it\n`),
    })
    expect(evil.status).toBe(401)
    expect(await account(email)).toBeUndefined()
    const good = await api.raw('POST', '/users/import?dryRun=true', {
      headers: { Cookie: cookie, Origin: 'http://localhost:3000' },
      body: csvForm(`${HEADER}\nX,${email},LOM-MI,,it\n`),
    })
    expect(good.status).toBe(200)
  })
})
