import fs from 'fs'
import path from 'path'
import type { CollectionBeforeChangeHook } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'

let ctx: TestContext

beforeAll(async () => {
  ctx = await createTestPayload()
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

type Stored = { id: number | string; filename: string; sizes?: Record<string, { filename?: null | string }> }

const onDisk = (filename: string) => path.join(process.env.REDCLOUD_DATA_DIR as string, 'media', filename)

/**
 * Two uploads of one file name at the same moment, as MongoDB runs them: side by side, neither
 * seeing the other's document (SQLite queues transactions, which hides the race, so these run
 * without one). Both are held just before their files are written until both have chosen a
 * name, the moment Payload's "is this name free?" check is stale.
 */
const uploadTogether = async (files: { name: string; data: Buffer; mimetype: string }[]) => {
  const { hooks } = ctx.payload.collections.media.config
  let arrived = 0
  let releaseAll = () => {}
  const allThere = new Promise<void>((resolve) => (releaseAll = resolve))
  const holdUntilAllChose: CollectionBeforeChangeHook = async ({ data }) => {
    arrived += 1
    if (arrived === files.length) releaseAll()
    await Promise.race([allThere, new Promise((resolve) => setTimeout(resolve, 5000))])
    return data
  }
  hooks.beforeChange = [...(hooks.beforeChange ?? []), holdUntilAllChose]
  try {
    return await Promise.allSettled(
      files.map(({ name, data, mimetype }) =>
        ctx.payload.create({
          collection: 'media',
          data: { alt: name },
          file: { name, data, mimetype, size: data.length },
          disableTransaction: true,
          depth: 0,
        }),
      ),
    )
  } finally {
    hooks.beforeChange = hooks.beforeChange.filter((hook) => hook !== holdUntilAllChose)
  }
}

describe('uploads of the same file name at once each keep their own bytes', () => {
  it('two documents with the same name: two stored files, each with its own content', async () => {
    const contents = ['a,b\n1,2\n', 'a,b\n3,4\n5,6\n'].map((text) => Buffer.from(text))
    const results = await uploadTogether(
      contents.map((data) => ({ name: 'elenco.csv', data, mimetype: 'text/csv' })),
    )
    // whichever was stored holds its own bytes, not the other's
    for (const [index, result] of results.entries()) {
      if (result.status === 'fulfilled')
        expect(fs.readFileSync(onDisk((result.value as Stored).filename)).toString()).toBe(
          contents[index]!.toString(),
        )
    }
    expect(results.map(({ status }) => status)).toEqual(['fulfilled', 'fulfilled'])
    const docs = results.map((result) => (result as PromiseFulfilledResult<Stored>).value)
    expect(docs[0]!.filename).not.toBe(docs[1]!.filename)
    for (const doc of docs) expect(doc.filename).toMatch(/^elenco-[0-9a-f]{8}\.csv$/)
  })

  it('two images with the same name: each keeps its own original and sizes, named after it', async () => {
    const image = (red: number) =>
      sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: red, g: 40, b: 40 } } })
        .png()
        .toBuffer()
    const pictures = await Promise.all([image(200), image(20)])
    const results = await uploadTogether(
      pictures.map((data) => ({ name: 'foto.png', data, mimetype: 'image/png' })),
    )
    expect(results.map(({ status }) => status)).toEqual(['fulfilled', 'fulfilled'])
    const docs = results.map((result) => (result as PromiseFulfilledResult<Stored>).value)
    expect(docs[0]!.filename).not.toBe(docs[1]!.filename)
    const reds: number[] = []
    for (const doc of docs) {
      const stem = doc.filename.replace(/\.webp$/, '')
      expect(stem).toMatch(/^foto-[0-9a-f]{8}$/)
      for (const size of ['thumbnail', 'card', 'wide']) {
        const name = doc.sizes?.[size]?.filename as string
        expect(name.startsWith(`${stem}-`), `${size}: ${name}`).toBe(true)
        expect(fs.existsSync(onDisk(name))).toBe(true)
      }
      const { data } = await sharp(onDisk(doc.filename)).raw().toBuffer({ resolveWithObject: true })
      reds.push(data[0] as number)
    }
    expect(reds[0]).toBeGreaterThan(150)
    expect(reds[1]).toBeLessThan(60)
  })
})
