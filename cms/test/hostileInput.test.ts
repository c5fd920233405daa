import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalElement as element, lexicalRichText, lexicalTextNode as text } from '../src/contract'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoUser, unitId } from './helpers/demoUsers'
import { ideaAt } from './helpers/ideaAt'
import { hostileInputCorpus, refusedCharacters } from '@redcloud/testing/hostileInputCorpus'
import { hostilePracticeFields } from '@redcloud/testing/hostilePracticeFields'

import { adaptedPracticeData } from '../src/collections/Practices/adapt/adaptedPracticeData'
import { restClient, type RestClient } from './helpers/restClient'
import { selectFieldProbes } from './helpers/selectFieldProbes'

let ctx: TestContext
let api: RestClient
let mediaId: number | string

beforeAll(async () => {
  ctx = await createTestPayload()
  api = restClient(ctx.config)
  // The member's own upload: a file they cannot see is refused in any field (files follow their item).
  const data = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#c00' } })
    .png()
    .toBuffer()
  const media = await ctx.payload.create({
    collection: 'media',
    data: { alt: 'Foto' },
    file: { data, mimetype: 'image/png', name: 'foto.png', size: data.length },
    user: await demoUser(ctx.payload, 'volunteer.milano'),
    overrideAccess: false,
  })
  mediaId = media.id
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const LOCALES = ['it', 'en'] as const

/** The field paths a Payload validation error names, and its messages. */
const errorPaths = (body: any): string[] =>
  (body?.errors ?? []).flatMap((error: any) => (error.data?.errors ?? []).map((e: any) => e.path))
const messages = (body: any): string =>
  (body?.errors ?? [])
    .flatMap((error: any) => [error.message, ...(error.data?.errors ?? []).map((e: any) => e.message)])
    .join(' | ')

const practiceCount = () => ctx.payload.count({ collection: 'practices' }).then((r) => r.totalDocs)
const faqCount = () => ctx.payload.count({ collection: 'faq' }).then((r) => r.totalDocs)

const readDraft = (id: number | string, locale: (typeof LOCALES)[number]) =>
  ctx.payload.findByID({ collection: 'practices', id, depth: 0, draft: true, locale, fallbackLocale: false })

let drafts = 0
const newDraft = async (): Promise<number | string> => {
  const response = await api.post(
    '/practices?draft=true',
    {
      title: `Bozza ospite ${++drafts}`,
      summary: 'Prima versione',
      description: lexicalRichText(['Testo']),
      _status: 'draft',
    },
    { as: 'volunteer.milano' },
  )
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.doc.id
}

const paragraph = (children: unknown[]) => element('paragraph', children)
const richText = (...children: unknown[]) => ({ root: element('root', children) })
const deeplyNested = (levels: number) => {
  let node: unknown = text('deep')
  for (let i = 0; i < levels; i++) node = paragraph([node])
  return richText(node)
}

/** Rich text a client forged: each is refused, whatever the language. */
const forgedRichText = (): [string, unknown][] => [
  [
    'an upload node carrying a document instead of an id',
    richText({
      type: 'upload',
      version: 3,
      format: '',
      id: 'a1',
      relationTo: 'media',
      fields: {},
      value: { id: mediaId, url: '/x.png', mimeType: 'image/png', width: '1" onerror="alert(1)', height: 1 },
    }),
  ],
  [
    'a javascript: link',
    richText(
      paragraph([
        {
          type: 'link',
          version: 3,
          fields: { url: 'javascript:alert(1)', linkType: 'custom', newTab: false },
          children: [text('click')],
          direction: 'ltr',
          format: '',
          indent: 0,
        },
      ]),
    ),
  ],
  [
    'a heading tag with an attribute',
    richText({ ...paragraph([text('x')]), type: 'heading', tag: 'h2 onclick=x' }),
  ],
  [
    'a node type the editor does not have',
    richText({ type: 'html', version: 1, html: '<script>x</script>' }),
  ],
  ['40 levels of nesting, past the editor’s 30', deeplyNested(40)],
]

describe('SECURITY.md §9 Rendering / §4 Bad input: the CMS refuses rich-text shapes its editor does not produce', () => {
  it('2000 levels of nesting is a 400 before the body is parsed (Payload itself overflows its stack on such input)', async () => {
    const before = await practiceCount()
    const description = deeplyNested(2000)
    const created = await api.post(
      '/practices?draft=true',
      { title: 'Forged', description },
      { as: 'volunteer.milano' },
    )
    expect(created.status).toBe(400)
    expect(messages(created.body)).toMatch(/nests deeper than/)
    expect(await practiceCount()).toBe(before)
  })

  for (const locale of LOCALES) {
    for (const [what, description] of forgedRichText()) {
      it(`${locale}: ${what} is a 400 naming the field, on create and on update; nothing is stored`, async () => {
        const before = await practiceCount()
        const created = await api.post(
          `/practices?draft=true&locale=${locale}`,
          { title: 'Forged', description, _status: 'draft' },
          { as: 'volunteer.milano' },
        )
        expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(400)
        expect(errorPaths(created.body)).toEqual(['description'])
        // Payload names the field by its label, in the CMS's language; ours says what is wrong
        expect(messages(created.body)).toMatch(
          /Descrizione \| This rich text is not what the editor produces: /,
        )
        expect(await practiceCount()).toBe(before)

        const id = await newDraft()
        const stored = await readDraft(id, locale)
        const updated = await api.patch(
          `/practices/${id}?draft=true&locale=${locale}`,
          { description },
          { as: 'volunteer.milano' },
        )
        expect(updated.status, JSON.stringify(updated.body).slice(0, 300)).toBe(400)
        expect(errorPaths(updated.body)).toEqual(['description'])
        expect((await readDraft(id, locale)).description).toEqual(stored.description)
      })
    }
  }

  it('FAQ answers are held the same way (every rich-text field of every collection)', async () => {
    const before = await faqCount()
    for (const locale of LOCALES) {
      for (const [what, answer] of forgedRichText()) {
        const response = await api.post(
          `/faq?locale=${locale}`,
          { question: 'Forged?', answer, category: 'general' },
          { as: 'editor' },
        )
        expect(response.status, `${locale} ${what}`).toBe(400)
        expect(errorPaths(response.body)).toEqual(['answer'])
      }
    }
    expect(await faqCount()).toBe(before)
  })

  it('what the editor, the seed and the submission form produce is still accepted, an upload by id included', async () => {
    const id = await newDraft()
    const description = richText(paragraph([text('Prima')]), {
      type: 'upload',
      version: 3,
      format: '',
      id: '66a1b2c3d4e5f60718293a4b',
      relationTo: 'media',
      fields: {},
      value: mediaId,
    })
    const response = await api.patch(
      `/practices/${id}?draft=true&locale=en`,
      { description },
      { as: 'volunteer.milano' },
    )
    expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(200)
    const stored = await readDraft(id, 'en')
    expect(JSON.stringify(stored.description)).toContain('"type":"upload"')
  })
})

describe('SECURITY.md §4 Bad input: text fields refuse control, bidi and hidden characters in every language', () => {
  for (const locale of LOCALES) {
    for (const { name, char, inTextarea } of refusedCharacters) {
      it(`${locale}: ${name} in a title, a textarea and an array's text is a 400 naming the field; nothing is stored`, async () => {
        const cases: [Record<string, unknown>, string][] = [
          [{ title: `Merenda${char}solidale` }, 'title'],
          [{ title: 'Ok', objectives: [{ objective: `Obiettivo${char}` }] }, 'objectives.0.objective'],
          ...(inTextarea
            ? ([[{ title: 'Ok', summary: `Riga${char}` }, 'summary']] as [Record<string, unknown>, string][])
            : []),
        ]
        for (const [body, path] of cases) {
          const before = await practiceCount()
          const created = await api.post(
            `/practices?draft=true&locale=${locale}`,
            { ...body, _status: 'draft' },
            { as: 'volunteer.milano' },
          )
          expect(created.status, `${path}: ${JSON.stringify(created.body).slice(0, 300)}`).toBe(400)
          expect(errorPaths(created.body)).toEqual([path])
          expect(await practiceCount()).toBe(before)
        }
        const id = await newDraft()
        const stored = await readDraft(id, locale)
        const updated = await api.patch(
          `/practices/${id}?draft=true&locale=${locale}`,
          { title: `Merenda${char}solidale` },
          { as: 'volunteer.milano' },
        )
        expect(updated.status).toBe(400)
        expect(errorPaths(updated.body)).toEqual(['title'])
        expect((await readDraft(id, locale)).title).toBe(stored.title)
      })
    }
  }

  it('other collections too: a FAQ question and a user’s own name', async () => {
    const faq = await api.post(
      '/faq?locale=en',
      { question: 'Why\u202Egnp.exe', answer: lexicalRichText(['x']) },
      { as: 'editor' },
    )
    expect(faq.status).toBe(400)
    expect(errorPaths(faq.body)).toEqual(['question'])
    const me = (await api.get('/users/me', { as: 'volunteer.milano' })).body.user
    const renamed = await api.patch(
      `/users/${me.id}`,
      { displayName: 'Mario\u0000' },
      { as: 'volunteer.milano' },
    )
    expect(renamed.status).toBe(400)
    expect(errorPaths(renamed.body)).toEqual(['displayName'])
    const after = await ctx.payload.findByID({ collection: 'users', id: me.id, depth: 0 })
    expect(after.displayName).toBe(me.displayName)
  })

  it('trainings too: a title, a place, seats that are no number, a link that is no web address', async () => {
    const valid = { title: 'Corso', seats: 5, applicationDeadline: '2030-01-31T09:00:00.000Z' }
    for (const [field, value] of [
      ['title', `Corso ${hostileInputCorpus.find((text) => text.includes('\u202E')) ?? 'gnp\u202E.exe'}`],
      ['place', 'Via Roma\u0000 1'],
      ['seats', 'many'],
      ['seats', 0],
      ['link', 'javascript:alert(1)'],
      ['applicationDeadline', 'yesterday'],
    ] as const) {
      const before = (await ctx.payload.count({ collection: 'trainings' })).totalDocs
      const response = await api.post('/trainings?locale=en', { ...valid, [field]: value }, { as: 'editor' })
      expect(response.status, `${field}: ${JSON.stringify(value)}`).toBe(400)
      expect(errorPaths(response.body)).toEqual([field])
      expect((await ctx.payload.count({ collection: 'trainings' })).totalDocs).toBe(before)
    }
  })

  it('needs and shifts too: title, description, address, contact, coordinates; places and times that are none', async () => {
    const valid = { title: 'Turno', unit: await unitId(ctx.payload, 'LOM-MI') }
    const bidi = hostileInputCorpus.find((text) => text.includes('\u202E')) ?? 'gnp\u202E.exe'
    for (const [field, value, path] of [
      ['title', `Turno ${bidi}`, 'title'],
      ['description', 'Riga\u0000', 'description'],
      ['address', 'Via Roma\u0007 1', 'address'],
      ['contact', { email: 'not an address' }, 'contact.email'],
      ['contact', { phone: '<script>' }, 'contact.phone'],
      ['location', { lat: 'north', lng: 9 }, 'location.lat'],
      ['skills', ['hacking'], 'skills'],
    ] as const) {
      const before = (await ctx.payload.count({ collection: 'needs' })).totalDocs
      const response = await api.post(
        '/needs?locale=en',
        { ...valid, [field]: value },
        { as: 'validator.lombardia' },
      )
      expect(response.status, `${field}: ${JSON.stringify(value)}`).toBe(400)
      expect(errorPaths(response.body)).toEqual([path])
      expect((await ctx.payload.count({ collection: 'needs' })).totalDocs).toBe(before)
    }
    const need = await ctx.payload.create({ collection: 'needs', data: valid })
    const shift = {
      need: need.id,
      start: '2030-03-01T08:00:00.000Z',
      end: '2030-03-01T12:00:00.000Z',
      capacity: 3,
    }
    for (const [field, value] of [
      ['capacity', 'many'],
      ['capacity', 0],
      ['start', 'tomorrow'],
      ['end', '2030-03-01T07:00:00.000Z'],
      ['skills', [{ $ne: 'x' }]],
    ] as const) {
      const before = (await ctx.payload.count({ collection: 'shifts' })).totalDocs
      const response = await api.post('/shifts', { ...shift, [field]: value }, { as: 'validator.lombardia' })
      expect(response.status, `${field}: ${JSON.stringify(value)}`).toBe(400)
      expect(errorPaths(response.body)).toEqual([field])
      expect((await ctx.payload.count({ collection: 'shifts' })).totalDocs).toBe(before)
    }
  })

  it('indicators and measurements too: names, a row name, a source note, a value that is no number', async () => {
    const indicator = await api.post(
      '/indicators?locale=en',
      { name: 'People\u202Ereached', direction: 'higher', aggregation: 'sum' },
      { as: 'editor' },
    )
    expect(indicator.status).toBe(400)
    expect(errorPaths(indicator.body)).toEqual(['name'])
    const row = await api.post(
      '/practices?draft=true',
      { title: 'Ok', qualityIndicators: [{ name: 'Pasti\u0007' }] },
      { as: 'volunteer.milano' },
    )
    expect(row.status).toBe(400)
    expect(errorPaths(row.body)).toEqual(['qualityIndicators.0.name'])
    const { docs } = await ctx.payload.find({
      collection: 'practices',
      where: { _status: { equals: 'published' } },
      limit: 0,
      depth: 0,
    })
    const me = await demoUser(ctx.payload, 'volunteer.milano')
    const practice = docs.find(
      (doc) => String(doc.unit) === String(me.unit) && doc.qualityIndicators?.[0]?.key,
    )!
    const valid = {
      practice: practice.id,
      indicatorKey: practice.qualityIndicators![0]!.key,
      date: '2026-06-30',
    }
    const before = (await ctx.payload.count({ collection: 'measurements' })).totalDocs
    for (const [body, path] of [
      [{ ...valid, value: 1, source: 'Registro\u202Eexe' }, 'source'],
      [{ ...valid, value: 1, source: { $gt: '' } }, 'source'],
      [{ ...valid, value: 'many' }, 'value'],
      [{ ...valid, value: 1, date: 'yesterday-ish' }, 'date'],
      [{ ...valid, value: 1, indicatorKey: { $ne: null } }, 'indicatorKey'],
    ] as [Record<string, unknown>, string][]) {
      const response = await api.post('/measurements', body, { as: 'volunteer.milano' })
      expect(response.status, `${path}: ${JSON.stringify(response.body).slice(0, 300)}`).toBe(400)
      expect(errorPaths(response.body)).toContain(path)
    }
    expect((await ctx.payload.count({ collection: 'measurements' })).totalDocs).toBe(before)
  })

  it('funding calls and resources too: hidden characters, operators for values, bad numbers, dates, zones, links', async () => {
    const call = { title: 'Bando', funder: 'Fondazione', deadline: '2030-03-31T22:00:00.000Z' }
    const before = (await ctx.payload.count({ collection: 'funding-calls' })).totalDocs
    for (const [body, path] of [
      [{ ...call, title: 'Bando\u202Eexe' }, 'title'],
      [{ ...call, funder: 'Ente\u0000' }, 'funder'],
      [{ ...call, summary: 'Sintesi\u202E' }, 'summary'],
      [{ ...call, amountMin: 'many' }, 'amountMin'],
      [{ ...call, amountMax: -5 }, 'amountMax'],
      [{ ...call, deadline: 'tomorrow-ish' }, 'deadline'],
      [{ ...call, timeZone: 'Europe/Rome\u0000' }, 'timeZone'],
      [{ ...call, link: 'javascript:alert(document.cookie)' }, 'link'],
      [{ ...call, scope: 'galactic' }, 'scope'],
      [{ ...call, currency: 'BTC' }, 'currency'],
      [{ ...call, scope: { $in: ['national'] } }, 'scope'],
    ] as [Record<string, unknown>, string][]) {
      const response = await api.post('/funding-calls', body, { as: 'editor' })
      expect(response.status, `${path}: ${JSON.stringify(response.body).slice(0, 300)}`).toBe(400)
      expect(errorPaths(response.body)).toContain(path)
    }
    expect((await ctx.payload.count({ collection: 'funding-calls' })).totalDocs).toBe(before)
    for (const [body, path] of [
      [{ title: 'Modello\u202E', type: 'template', link: 'https://example.org' }, 'title'],
      [{ title: 'Modello', type: 'template', link: 'vbscript:msgbox(1)' }, 'link'],
      [
        { title: 'Modello', type: 'template', link: 'https://example.org', visibility: 'everyone' },
        'visibility',
      ],
      [
        { title: 'Modello', type: 'template', link: 'https://example.org', language: { $ne: 'it' } },
        'language',
      ],
    ] as [Record<string, unknown>, string][]) {
      const response = await api.post('/resources', body, { as: 'editor' })
      expect(response.status, `${path}: ${JSON.stringify(response.body).slice(0, 300)}`).toBe(400)
      expect(errorPaths(response.body)).toContain(path)
    }
    // The XSS corpus is stored as typed, as text: the site escapes it (site e2e hostileContent).
    const stored = await api.post(
      '/funding-calls',
      {
        ...call,
        title: hostileInputCorpus[0]!.slice(0, 200),
        summary: hostileInputCorpus.join(' ').slice(0, 1200),
      },
      { as: 'editor' },
    )
    expect(stored.status, JSON.stringify(stored.body).slice(0, 300)).toBe(201)
    expect(stored.body.doc.title).toBe(hostileInputCorpus[0]!.slice(0, 200))
  })

  it('textareas keep line breaks and tabs; prose keeps zero-width joiners; the XSS corpus is plain text, stored as typed', async () => {
    const id = await newDraft()
    const summary = `Riga uno\nRiga\tdue ${hostileInputCorpus.join(' ')}`.slice(0, 600)
    const title = 'می‌خواهم 👩‍🚒 <script>x</script>'
    const response = await api.patch(
      `/practices/${id}?draft=true&locale=en`,
      { title, summary },
      { as: 'volunteer.milano' },
    )
    expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(200)
    const stored = await readDraft(id, 'en')
    expect(stored.title).toBe(title)
    expect(stored.summary).toBe(summary)
  })
  it('support requests too: title, description, a desk note; the XSS corpus is stored as typed', async () => {
    const count = () => ctx.payload.count({ collection: 'support-requests' }).then((r) => r.totalDocs)
    const before = await count()
    for (const [body, path] of [
      [{ title: 'Aiuto\u202Eexe', type: 'fundraising' }, 'title'],
      [{ title: 'Ok', type: 'fundraising', description: 'Riga\u0000' }, 'description'],
      [{ title: 'Ok', type: { $ne: null } }, 'type'],
      [{ title: 'Ok', type: 'fundraising', urgency: ['high', 'low'] }, 'urgency'],
    ] as [Record<string, unknown>, string][]) {
      const response = await api.post('/support-requests', body, { as: 'volunteer.milano' })
      expect(response.status, `${path}: ${JSON.stringify(response.body).slice(0, 300)}`).toBe(400)
      expect(errorPaths(response.body)).toContain(path)
    }
    expect(await count()).toBe(before)
    const description = `Riga uno\nRiga\tdue ${hostileInputCorpus.join(' ')}`.slice(0, 4000)
    const created = await api.post(
      '/support-requests',
      { title: '<script>x</script> raccolta', type: 'fundraising', description },
      { as: 'volunteer.milano' },
    )
    expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(201)
    const stored = await ctx.payload.findByID({
      collection: 'support-requests',
      id: created.body.doc.id,
      depth: 0,
      draft: true,
    })
    expect(stored.description).toBe(description)
    // The desk's note goes through the same checks (the endpoint writes through Payload).
    const accepted = await ctx.payload.update({
      collection: 'support-requests',
      id: stored.id,
      data: { _status: 'published', workflow: { stage: 'published', revision: 9 } } as never,
      depth: 0,
    })
    expect(accepted._status).toBe('published')
    const note = await api.post(
      `/support-requests/${stored.id}/desk`,
      { note: 'Fatto\u202E' },
      { as: 'desk.officer' },
    )
    expect(note.status, JSON.stringify(note.body).slice(0, 300)).toBe(400)
    expect(errorPaths(note.body)[0]).toMatch(/^progressNotes/)
  })
})

describe('SECURITY.md §4 Hostile input: the Innovation Hub (challenges, ideas, notes, funding)', () => {
  it('every text field refuses control and bidi characters with a 400 naming it; the XSS corpus is stored as typed', async () => {
    const challenge = {
      title: 'Sfida',
      problem: 'Il problema.',
      opensAt: '2030-01-01T09:00:00.000Z',
      closesAt: '2030-03-01T09:00:00.000Z',
    }
    for (const [field, value] of [
      ['title', 'Sfida\u202Eexe'],
      ['problem', 'Riga\u0000'],
      ['support', 'Aiuto\u202E'],
      ['closesAt', '2029-01-01T09:00:00.000Z'],
      ['themes', 'abc'],
    ] as const) {
      const response = await api.post(
        '/challenges?locale=it',
        { ...challenge, [field]: value },
        { as: 'editor' },
      )
      expect(response.status, `${field}: ${JSON.stringify(response.body).slice(0, 300)}`).toBe(400)
      expect(errorPaths(response.body)).toContain(field)
    }
    const ideas = () => ctx.payload.count({ collection: 'ideas' }).then((r) => r.totalDocs)
    const before = await ideas()
    for (const field of ['title', 'problem', 'solution', 'beneficiaries', 'needs']) {
      const response = await api.post(
        '/ideas?draft=true',
        { title: 'Idea', [field]: `Testo\u202E${field}` },
        { as: 'volunteer.milano' },
      )
      expect(response.status, `${field}: ${JSON.stringify(response.body).slice(0, 300)}`).toBe(400)
      expect(errorPaths(response.body)).toContain(field)
    }
    const team = await api.post(
      '/ideas?draft=true',
      { title: 'Idea', team: [{ $ne: null }] },
      { as: 'volunteer.milano' },
    )
    expect(team.status).toBe(400)
    expect(await ideas()).toBe(before)
    const solution = `Riga uno\nRiga\tdue ${hostileInputCorpus.join(' ')}`.slice(0, 4000)
    const created = await api.post(
      '/ideas?draft=true',
      { title: '<script>x</script> idea', solution },
      { as: 'volunteer.milano' },
    )
    expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(201)
    const stored = await ctx.payload.findByID({
      collection: 'ideas',
      id: created.body.doc.id,
      depth: 0,
      draft: true,
    })
    expect(stored.solution).toBe(solution)

    const incubating = await ideaAt({
      payload: ctx.payload,
      stage: 'incubation',
      title: 'Ostile in incubazione',
    })
    const note = await api.post(
      '/idea-notes',
      { idea: incubating, note: 'Fatto\u202E' },
      { as: 'volunteer.milano' },
    )
    expect(note.status, JSON.stringify(note.body).slice(0, 300)).toBe(400)
    expect(errorPaths(note.body)).toEqual(['note'])
    for (const [field, value] of [
      ['funder', 'Banca\u0000'],
      ['crowdfundingUrl', 'javascript:alert(1)'],
      ['amountAsked', 'many'],
      ['crowdfundingRaised', -5],
      ['source', { $ne: null }],
    ] as const) {
      const response = await api.post(
        '/idea-funding',
        { idea: incubating, source: 'crowdfunding', [field]: value },
        { as: 'volunteer.milano' },
      )
      expect(response.status, `${field}: ${JSON.stringify(response.body).slice(0, 300)}`).toBe(400)
      expect(errorPaths(response.body)).toContain(field)
    }
    for (const [path, body] of [
      ['mentors', { mentor: { $ne: null } }],
      ['visibility', { showPublicly: 'yes' }],
    ] as const) {
      const response = await api.post(`/ideas/${incubating}/${path}`, body, { as: 'admin' })
      expect(response.status, `${path}: ${JSON.stringify(response.body).slice(0, 300)}`).toBe(400)
    }
  })
})

describe('SECURITY.md §4 Hostile input: "Adapt for my unit" copies every text as it was stored', () => {
  it('a published practice full of the hostile corpus adapts with 201; every text adapt copies is the same inert text in the copy', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'practices',
      where: { _status: { equals: 'published' } },
      limit: 1,
      depth: 0,
    })
    const origin = docs[0]!.id
    // A hostile author's past edits, as the database holds them: every text field of a practice.
    const { slug: _slug, ...hostile } = hostilePracticeFields({
      locale: 'it',
      richText: () => lexicalRichText(hostileInputCorpus.slice(0, 8).map(String)),
    }) as Record<string, unknown>
    // Written as its author could (the corpus is accepted text), in the origin's language…
    const { links: _links, contact: _contact, ...texts } = hostile
    await ctx.payload.update({
      collection: 'practices',
      id: origin,
      locale: 'it',
      data: {
        ...texts,
        originalLanguage: 'it',
      } as never,
    })
    // …and a link a browser must not open, as only a write around the field's check stores it.
    await ctx.payload.db.updateOne({
      collection: 'practices',
      id: origin,
      data: {
        links: [
          {
            id: 'a0b0c0d0e0f0a0b0c0d0e0f1',
            label: String(hostileInputCorpus[0]),
            url: 'https://example.org/?q=<script>alert(1)</script>',
          },
          {
            id: 'a0b0c0d0e0f0a0b0c0d0e0f2',
            label: String(hostileInputCorpus[1]),
            url: 'javascript:alert(1)',
          },
        ],
      },
      req: {} as never,
    })
    const response = await api.post(`/practices/${origin}/adapt`, { locale: 'it' }, { as: 'validator.roma' })
    expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBe(201)
    const all = await ctx.payload.findByID({
      collection: 'practices',
      id: origin,
      depth: 0,
      locale: 'all' as never,
    })
    const expected = adaptedPracticeData({ language: 'it', origin: all as never, publicMedia: new Set() })
    const copy = await readDraft(response.body.id, 'it')
    // Every string adapt copies (the function itself says which), at the same place in the copy.
    const leaves: string[] = []
    const compare = (want: unknown, got: unknown, path: string) => {
      if (typeof want === 'string') {
        leaves.push(path)
        expect(got, path).toBe(want)
      } else if (Array.isArray(want))
        want.forEach((item, i) => compare(item, (got as unknown[])?.[i], `${path}.${i}`))
      else if (want && typeof want === 'object')
        for (const [key, value] of Object.entries(want))
          compare(value, (got as Record<string, unknown>)?.[key], `${path}.${key}`)
    }
    compare(expected, copy, 'practice')
    const fields = new Set(leaves.map((path) => path.split('.')[1]))
    for (const field of [
      'title',
      'summary',
      'description',
      'objectives',
      'innovation',
      'technologies',
      'replicability',
      'costs',
      'resources',
      'links',
    ])
      expect(fields, field).toContain(field)
    expect(leaves.length).toBeGreaterThan(20)
    expect((copy.links ?? []).map((link) => link.url)).toEqual([
      'https://example.org/?q=<script>alert(1)</script>',
    ])
  })
})

describe('SECURITY.md §4 Bad input: every select and radio field of every collection refuses operators and lists', () => {
  const probes = () => selectFieldProbes(ctx.payload.config.collections)
  const hostileValues = (probe: ReturnType<typeof probes>[number]): unknown[] =>
    probe.hasMany ? [{ $ne: 'x' }, [{ $ne: 'x' }]] : [{ $ne: 'x' }, probe.options.slice(0, 1)]

  it('each field’s own validation refuses them (validateOption / validateOptions), so a write that reaches it is a 400 naming the field', async () => {
    const found = probes()
    expect(found.length).toBeGreaterThan(30)
    const admin = await demoUser(ctx.payload, 'admin')
    const req = { payload: ctx.payload, user: admin, t: (key: string) => key, context: {} }
    const accepted: string[] = []
    // Written by the server alone whatever a caller sends (Payload's `_status` and jobs, the
    // staged-approval plugin's workflow group and events): the REST test below holds them.
    const serverKept = (probe: (typeof found)[number]) =>
      probe.collection.startsWith('payload-') ||
      probe.collection === 'workflow-events' ||
      probe.path === '_status' ||
      probe.path.startsWith('workflow.')
    for (const probe of found.filter((p) => !serverKept(p)))
      for (const value of hostileValues(probe)) {
        const answer = await (probe.field.validate as (v: unknown, o: unknown) => unknown)?.(value, {
          ...probe.field,
          req,
          data: {},
          siblingData: {},
          operation: 'create',
          path: probe.path.split('.'),
          event: 'submit',
        })
        if (typeof answer !== 'string')
          accepted.push(`${probe.collection} ${probe.path} ${JSON.stringify(value)}`)
      }
    expect(accepted).toEqual([])
  })

  it('REST create and update with them, as an administrator: never a 5xx; accepted only when the field’s own access drops the value', async () => {
    const existing = new Map<string, number | string | null>()
    const failures: string[] = []
    let named = 0
    for (const probe of probes()) {
      if (!existing.has(probe.collection)) {
        const { docs } = await ctx.payload.find({
          collection: probe.collection as 'faq',
          depth: 0,
          limit: 1,
          pagination: false,
          overrideAccess: true,
        })
        existing.set(probe.collection, docs[0]?.id ?? null)
      }
      const id = existing.get(probe.collection)
      const values = hostileValues(probe)
      const attempts: ['create' | 'update', unknown][] = values.map((value) => ['create', value])
      if (id !== null && id !== undefined) attempts.push(['update', values[0]])
      for (const [verb, value] of attempts) {
        const answer =
          verb === 'create'
            ? await api.post(`/${probe.collection}`, probe.body(value), { as: 'admin' })
            : await api.patch(`/${probe.collection}/${id}`, probe.body(value), { as: 'admin' })
        if (errorPaths(answer.body).includes(probe.path)) named++
        // A field with access rules of its own may drop the value instead; a collection's hook may
        // refuse the write (400 naming another field, 403) before the fields are validated.
        if (answer.status >= 500 || (!probe.guarded && answer.status < 400))
          failures.push(
            `${probe.collection} ${probe.path} ${verb} ${JSON.stringify(value)}: ${answer.status} ${messages(answer.body).slice(0, 200)}`,
          )
      }
    }
    expect(failures).toEqual([])
    expect(named).toBeGreaterThan(50)
  })
})
