import fs from 'fs'
import path from 'path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalRichText } from '../src/contract'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { restClient, type RestClient } from './helpers/restClient'
import { withTestScores } from '@redcloud/testing/withTestScores'

type Id = number | string
type Stored = { id: Id; filename: string; thumbnail: string }

let ctx: TestContext
let api: RestClient
let theme: Id
/** Files of Milano's practice that stays a draft, and one nothing uses. */
let draftCover: Stored
let unused: Stored
/** Files of Milano's practice published through the workflow (cover, attachment, in the text). */
let liveCover: Stored
let liveAttachment: Stored
let liveInline: Stored
/** A file only the new (unpublished) revision of the published practice uses. */
let revisionCover: Stored
let draftPractice: Id
let livePractice: Id

const png = (colour: string) =>
  sharp({ create: { width: 400, height: 300, channels: 3, background: colour } })
    .png()
    .toBuffer()

const upload = async (as: string, name: string, colour = '#c00'): Promise<Stored> => {
  const form = new FormData()
  form.append('file', new Blob([await png(colour)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: name }))
  const response = await api.post('/media', form, { as })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  const doc = response.body.doc
  return { id: doc.id, filename: doc.filename, thumbnail: doc.sizes.thumbnail.filename }
}

const withUpload = (text: string, media: Id) => {
  const doc = lexicalRichText([text]) as unknown as { root: { children: unknown[] } }
  doc.root.children.push({
    type: 'upload',
    version: 3,
    format: '',
    id: `u${String(media)}`,
    fields: null,
    relationTo: 'media',
    value: media,
  })
  return doc
}

const practice = (title: string, files: { cover?: Id; attachments?: Id[]; inline?: Id }) => ({
  title,
  summary: 'Un servizio di quartiere.',
  description:
    files.inline === undefined ? lexicalRichText(['Descrizione.']) : withUpload('Descrizione.', files.inline),
  themes: [theme],
  targetGroups: ['elderly'],
  ...(files.cover === undefined ? {} : { coverImage: files.cover }),
  ...(files.attachments === undefined ? {} : { attachments: files.attachments }),
})

const act = async (id: Id, action: string, as: string, comment?: string) => {
  const state = await api.get(`/practices/${id}/workflow`, { as })
  const response = await api.post(
    `/practices/${id}/workflow`,
    withTestScores({ action, revision: state.body.revision, comment }),
    { as },
  )
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

const publish = async (id: Id) => {
  await act(id, 'submit', 'volunteer.milano')
  for (const as of ['validator.milano', 'validator.lombardia', 'validator.national'])
    await act(id, 'approve', as)
}

const stored = (id: Id) =>
  ctx.payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true, disableErrors: true })

const listedIds = async (as?: string) =>
  ((await api.get('/media?limit=200&depth=0', { as })).body.docs as { id: Id }[]).map(({ id }) => String(id))

beforeAll(async () => {
  ctx = await createTestPayload({ graphQL: true })
  api = restClient(ctx.config)
  theme = (await ctx.payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!.id
  draftCover = await upload('volunteer.milano', 'bozza.png')
  unused = await upload('volunteer.milano', 'inutilizzato.png')
  liveCover = await upload('volunteer.milano', 'copertina.png')
  liveAttachment = await upload('volunteer.milano', 'allegato.png')
  liveInline = await upload('volunteer.milano', 'nel-testo.png')
  revisionCover = await upload('volunteer.milano', 'revisione.png')

  const draft = await api.post(
    '/practices?draft=true',
    practice('Bozza con foto', { cover: draftCover.id }),
    {
      as: 'volunteer.milano',
    },
  )
  expect(draft.status, JSON.stringify(draft.body)).toBe(201)
  draftPractice = draft.body.doc.id
  const live = await api.post(
    '/practices?draft=true',
    practice('Pubblicata con foto', {
      cover: liveCover.id,
      attachments: [liveAttachment.id],
      inline: liveInline.id,
    }),
    { as: 'volunteer.milano' },
  )
  expect(live.status, JSON.stringify(live.body)).toBe(201)
  livePractice = live.body.doc.id
  await publish(livePractice)
  // A new revision of the published practice, not yet approved, with a new cover.
  const revision = await api.patch(
    `/practices/${livePractice}?draft=true`,
    { coverImage: revisionCover.id },
    { as: 'volunteer.milano' },
  )
  expect(revision.status, JSON.stringify(revision.body)).toBe(200)
}, 120_000)
afterAll(async () => {
  await ctx?.payload.destroy()
})

describe('SECURITY.md §11 Files follow their item: a file is public only once a published item uses it', () => {
  it('anonymous lists and reads by id only the files of the published version', async () => {
    const listed = await listedIds()
    for (const file of [liveCover, liveAttachment, liveInline]) expect(listed).toContain(String(file.id))
    for (const file of [draftCover, unused, revisionCover]) expect(listed).not.toContain(String(file.id))
    expect((await api.get(`/media/${liveCover.id}`)).status).toBe(200)
    for (const file of [draftCover, unused, revisionCover]) {
      expect((await api.get(`/media/${file.id}`)).status).toBe(404)
    }
    // The site's loader asks for the files of published practices by id, in batches.
    const batch = await api.get(
      `/media?depth=0&where[id][in]=${[liveCover, liveAttachment, draftCover].map((f) => f.id).join(',')}`,
    )
    expect(batch.body.docs.map((d: { id: Id }) => String(d.id)).sort()).toEqual(
      [liveCover, liveAttachment].map((f) => String(f.id)).sort(),
    )
  })

  it('a where on the filename finds nothing private', async () => {
    const private_ = await api.get(`/media?where[filename][equals]=${draftCover.filename}`)
    expect(private_.body.totalDocs).toBe(0)
    const like = await api.get(`/media?where[filename][like]=bozza`)
    expect(like.body.totalDocs).toBe(0)
    const published = await api.get(`/media?where[filename][equals]=${liveCover.filename}`)
    expect(published.body.totalDocs).toBe(1)
  })

  it('the file route serves private files and their image sizes to nobody anonymous', async () => {
    for (const file of [draftCover, unused, revisionCover]) {
      expect((await api.get(`/media/file/${file.filename}`)).status).toBe(403)
      expect((await api.get(`/media/file/${file.thumbnail}`)).status).toBe(403)
    }
    const served = await api.get(`/media/file/${liveCover.filename}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toMatch(/^image\//)
    expect((await api.get(`/media/file/${liveCover.thumbnail}`)).status).toBe(200)
  })

  it('members see their own uploads and their unit’s drafts’ files; validators their scope; staff all', async () => {
    const matrix: [string, Stored, number][] = [
      ['volunteer.milano', draftCover, 200], // uploader
      ['volunteer.milano', unused, 200],
      ['validator.milano', draftCover, 200], // local validator in scope
      ['validator.lombardia', draftCover, 200], // regional validator in scope
      ['validator.lombardia', revisionCover, 200],
      ['validator.milano', unused, 404], // nothing in their scope uses it
      ['validator.lazio', draftCover, 404], // out of scope
      ['validator.roma', draftCover, 404],
      ['volunteer.roma', draftCover, 404], // another unit's member
      ['volunteer.torino', revisionCover, 404],
      ['volunteer.roma', liveCover, 200], // public
      ['editor', unused, 200], // content manager
      ['admin', unused, 200],
    ]
    for (const [as, file, status] of matrix) {
      expect((await api.get(`/media/${file.id}`, { as })).status, `${as} ${file.filename}`).toBe(status)
      expect((await api.get(`/media/file/${file.filename}`, { as })).status, `${as} file`).toBe(
        status === 200 ? 200 : 403,
      )
    }
    const roma = await listedIds('volunteer.roma')
    expect(roma).not.toContain(String(draftCover.id))
    expect(roma).toContain(String(liveCover.id))
    expect(await listedIds('validator.milano')).toContain(String(draftCover.id))
  })

  it('population from a practice and GraphQL follow the same rule', async () => {
    const live = await api.get(`/practices/${livePractice}?depth=1`)
    expect(live.status).toBe(200)
    expect(live.body.coverImage).toMatchObject({ id: liveCover.id, filename: liveCover.filename })
    const draft = await api.get(`/practices/${draftPractice}?depth=1&draft=true`, { as: 'validator.milano' })
    expect(draft.body.coverImage).toMatchObject({ id: draftCover.id })

    // IDs are Int on SQLite and String on MongoDB in the GraphQL schema.
    const idType = typeof draftCover.id === 'number' ? 'Int' : 'String'
    const query = `query($id: ${idType}!, $name: String) {
      Media(id: $id) { id url }
      allMedia(where: { filename: { equals: $name } }) { totalDocs }
    }`
    const hidden = await api.graphql(query, { variables: { id: draftCover.id, name: draftCover.filename } })
    expect(hidden.body.data?.Media ?? null).toBeNull()
    expect(hidden.body.data?.allMedia.totalDocs).toBe(0)
    const shown = await api.graphql(query, { variables: { id: liveCover.id, name: liveCover.filename } })
    expect(shown.body.data?.Media).toMatchObject({ url: expect.stringContaining(liveCover.filename) })
    expect(shown.body.data?.allMedia.totalDocs).toBe(1)
  })

  it('nobody may use a file they cannot see (it would open it to their unit); nothing is stored', async () => {
    const before = await ctx.payload.count({ collection: 'practices' })
    const cover = await api.post(
      '/practices?draft=true',
      practice('Presa in prestito', { cover: unused.id }),
      {
        as: 'volunteer.roma',
      },
    )
    expect(cover.status).toBe(400)
    expect(JSON.stringify(cover.body)).toContain('coverImage')
    const inline = await api.post('/practices?draft=true', practice('Nel testo', { inline: draftCover.id }), {
      as: 'volunteer.roma',
    })
    expect(inline.status).toBe(400)
    expect(JSON.stringify(inline.body)).toContain('description')
    expect((await ctx.payload.count({ collection: 'practices' })).totalDocs).toBe(before.totalDocs)
    expect((await api.get(`/media/${unused.id}`, { as: 'volunteer.roma' })).status).toBe(404)
  })

  it('FAQ entries and guides publish their files at once, and release them when they stop using them', async () => {
    const file = await upload('editor', 'faq.png')
    expect((await api.get(`/media/${file.id}`)).status).toBe(404)
    const faq = await api.post(
      '/faq',
      { question: 'Come si carica una foto?', answer: withUpload('Così.', file.id), category: 'general' },
      { as: 'editor' },
    )
    expect(faq.status, JSON.stringify(faq.body)).toBe(201)
    expect((await stored(file.id))?.public).toBe(true)
    expect((await api.get(`/media/file/${file.filename}`)).status).toBe(200)
    expect((await api.del(`/faq/${faq.body.doc.id}`, { as: 'editor' })).status).toBe(200)
    expect((await stored(file.id))?.public).toBe(false)
    expect((await api.get(`/media/file/${file.filename}`)).status).toBe(403)
  })
  it('a members-only resource’s file: anyone signed in, never anonymous; public once the resource is', async () => {
    const file = await upload('editor', 'modello-soci.png')
    const created = await api.post(
      '/resources',
      { title: 'Modello di bilancio sociale', type: 'template', visibility: 'members', file: file.id },
      { as: 'editor' },
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect((await stored(file.id))?.public).toBe(false)
    expect((await api.get(`/media/file/${file.filename}`)).status).toBe(403)
    expect((await api.get(`/media/${file.id}`)).status).toBe(404)
    for (const as of ['volunteer.torino', 'validator.roma']) {
      expect((await api.get(`/media/file/${file.filename}`, { as })).status, as).toBe(200)
    }
    const depth = await api.get(`/resources/${created.body.doc.id}?depth=1`)
    expect(depth.status).toBe(404)
    const opened = await api.patch(
      `/resources/${created.body.doc.id}`,
      { visibility: 'public' },
      { as: 'editor' },
    )
    expect(opened.status, JSON.stringify(opened.body)).toBe(200)
    expect((await stored(file.id))?.public).toBe(true)
    expect((await api.get(`/media/file/${file.filename}`)).status).toBe(200)
    await api.patch(`/resources/${created.body.doc.id}`, { visibility: 'members' }, { as: 'editor' })
    expect((await stored(file.id))?.public).toBe(false)
    expect((await api.get(`/media/file/${file.filename}`)).status).toBe(403)
  })
})

describe('SECURITY.md §11 Files follow their item: files stored before usage was tracked', () => {
  it('get their usage at start-up from every item; files nothing uses become private', async () => {
    for (const file of [liveInline, unused]) {
      await ctx.payload.db.updateOne({ collection: 'media', id: file.id, data: { public: null, usedBy: [] } })
    }
    const { backfillMediaUse } = await import('../src/media/backfillMediaUse')
    await backfillMediaUse({ payload: ctx.payload })
    const inline = await stored(liveInline.id)
    expect(inline?.public).toBe(true)
    expect(inline?.usedBy?.map((row) => [row.item, row.live])).toEqual([[`practices:${livePractice}`, true]])
    expect((await stored(unused.id))?.public).toBe(false)
    expect((await api.get(`/media/file/${unused.filename}`)).status).toBe(403)
    expect(
      (await ctx.payload.count({ collection: 'media', where: { public: { exists: false } } })).totalDocs,
    ).toBe(0)
  })
})

describe('SECURITY.md §11 Files follow their item: a file a published item uses is frozen', () => {
  const diskHas = (filename: string) =>
    fs.existsSync(path.join(process.env.REDCLOUD_DATA_DIR as string, 'media', filename))

  it('no new alt text, no new file, no deletion — uploader, content manager and admin alike', async () => {
    for (const as of ['volunteer.milano', 'editor', 'admin']) {
      const alt = await api.patch(`/media/${liveCover.id}`, { alt: 'Altra foto' }, { as })
      expect(alt.status, as).toBe(409)
      expect(alt.body.errors[0].message).toMatch(/published item/)
      const form = new FormData()
      form.append('file', new Blob([await png('#00c')], { type: 'image/png' }), 'scambio.png')
      form.append('_payload', JSON.stringify({ alt: 'Scambio' }))
      expect((await api.patch(`/media/${liveCover.id}`, form, { as })).status, as).toBe(409)
      expect((await api.del(`/media/${liveCover.id}`, { as })).status, as).toBe(409)
    }
    const bulk = await api.patch(
      `/media?where[id][equals]=${liveAttachment.id}`,
      { alt: 'x' },
      { as: 'admin' },
    )
    expect(bulk.status).toBe(409)
    const after = await stored(liveCover.id)
    expect(after?.filename).toBe(liveCover.filename)
    expect(after?.alt).toBe('copertina.png')
    expect((await stored(liveAttachment.id))?.alt).toBe('allegato.png')
    expect(diskHas(liveCover.filename)).toBe(true)
    expect((await api.get(`/media/file/${liveCover.filename}`)).status).toBe(200)
    // A file only an unpublished revision uses stays editable by its uploader.
    const draftAlt = await api.patch(
      `/media/${revisionCover.id}`,
      { alt: 'Nuova copertina' },
      { as: 'volunteer.milano' },
    )
    expect(draftAlt.status, JSON.stringify(draftAlt.body)).toBe(200)
    expect((await stored(revisionCover.id))?.alt).toBe('Nuova copertina')
  })

  it('a request that first changes which files a practice uses still meets the freeze', async () => {
    const fresh = await upload('volunteer.milano', 'nuova.png')
    const response = await api.graphql(
      `mutation {
        a: updatePractice(id: ${JSON.stringify(draftPractice)}, draft: true, data: { coverImage: ${JSON.stringify(fresh.id)} }) { id }
        b: updateMedia(id: ${JSON.stringify(liveCover.id)}, data: { alt: "Scambiata" }) { alt }
      }`,
      { as: 'volunteer.milano' },
    )
    expect(response.body.data?.a?.id, JSON.stringify(response.body)).toBeDefined()
    expect(response.body.data?.b ?? null).toBeNull()
    expect(JSON.stringify(response.body.errors)).toMatch(/published item/)
    expect((await stored(liveCover.id))?.alt).toBe('copertina.png')
    expect((await stored(fresh.id))?.usedBy?.map((row) => row.item)).toEqual([`practices:${draftPractice}`])
  })

  it('a file an item under review uses is frozen too: reviewers approve what they saw', async () => {
    const file = await upload('volunteer.milano', 'in-revisione.png')
    const created = await api.post('/practices?draft=true', practice('In revisione', { cover: file.id }), {
      as: 'volunteer.milano',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    await act(created.body.doc.id, 'submit', 'volunteer.milano')
    const form = new FormData()
    form.append('file', new Blob([await png('#0c0')], { type: 'image/png' }), 'scambio.png')
    form.append('_payload', JSON.stringify({ alt: 'Scambio' }))
    const swap = await api.patch(`/media/${file.id}`, form, { as: 'volunteer.milano' })
    expect(swap.status).toBe(409)
    expect(swap.body.errors[0].message).toMatch(/under review/)
    expect((await api.del(`/media/${file.id}`, { as: 'volunteer.milano' })).status).toBe(409)
    expect((await stored(file.id))?.filename).toBe(file.filename)
    // Withdrawn, it is the author's draft again and the file can change.
    await act(created.body.doc.id, 'withdraw', 'volunteer.milano')
    expect((await api.patch(`/media/${file.id}`, { alt: 'Nuova' }, { as: 'volunteer.milano' })).status).toBe(
      200,
    )
  })

  it('archiving the practice takes its files out of public use', async () => {
    const archived = await upload('volunteer.milano', 'archivio.png')
    const created = await api.post(
      '/practices?draft=true',
      practice('Da archiviare', { cover: archived.id }),
      {
        as: 'volunteer.milano',
      },
    )
    await publish(created.body.doc.id)
    expect((await api.get(`/media/file/${archived.filename}`)).status).toBe(200)
    await act(created.body.doc.id, 'archive', 'admin', 'Non più attiva.')
    expect((await stored(archived.id))?.public).toBe(false)
    expect((await api.get(`/media/file/${archived.filename}`)).status).toBe(403)
    expect((await api.get(`/media/${archived.id}`, { as: 'validator.lombardia' })).status).toBe(200)
    expect((await api.patch(`/media/${archived.id}`, { alt: 'ok' }, { as: 'volunteer.milano' })).status).toBe(
      200,
    )
  })
})

describe('SECURITY.md §11 Files follow their item: a support request’s attachments are never public', () => {
  it('read like the request — its unit, the validators above it, the desk, admins — accepted or not', async () => {
    const file = await upload('volunteer.milano', 'preventivo.png')
    const created = await api.post(
      '/support-requests',
      { title: 'Raccolta fondi per l’ambulanza', type: 'fundraising', attachments: [file.id] },
      { as: 'volunteer.milano' },
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id as Id
    const step = async (action: string, as: string) => {
      const state = await api.get(`/support-requests/${id}/workflow`, { as })
      const answer = await api.post(
        `/support-requests/${id}/workflow`,
        { action, revision: state.body.revision },
        { as },
      )
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    }
    const readers: [string | undefined, number][] = [
      [undefined, 404],
      ['volunteer.roma', 404],
      ['validator.lazio', 404],
      ['editor', 404],
      ['volunteer.milano', 200],
      ['validator.milano', 200],
      ['validator.lombardia', 200],
      ['desk.officer', 200],
      ['admin', 200],
    ]
    const check = async (when: string) => {
      for (const [as, status] of readers) {
        expect((await api.get(`/media/${file.id}`, { as })).status, `${when}: ${as}`).toBe(status)
        expect((await api.get(`/media/file/${file.filename}`, { as })).status, `${when}: ${as} file`).toBe(
          status === 200 ? 200 : 403,
        )
      }
    }
    // Before anything else uses it, only its uploader (and admins) read it.
    await step('submit', 'volunteer.milano')
    await check('under review')
    await step('approve', 'validator.lombardia')
    await step('approve', 'desk.officer')
    expect((await stored(file.id))?.public).toBe(false)
    await check('accepted')
    // A content manager still reads files nothing uses, and practices' drafts' files.
    expect((await api.get(`/media/${unused.id}`, { as: 'editor' })).status).toBe(200)
    expect((await api.get(`/media/${draftCover.id}`, { as: 'editor' })).status).toBe(200)
  })
})
