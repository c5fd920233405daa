import crypto from 'crypto'
import fs from 'fs'
import os from 'os'
import path from 'path'
import zlib from 'zlib'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { backedUpCollections } from '../src/backup/backedUpCollections'
import { backedUpGlobals } from '../src/backup/backedUpGlobals'
import { isDatabaseEmpty } from '../src/backup/isDatabaseEmpty'
import { restoreBackup } from '../src/backup/restoreBackup'
import { uploadDirs } from '../src/backup/uploadDirs'
import { writeBackup } from '../src/backup/writeBackup'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { DEMO_PASSWORD, demoEmail } from './helpers/demoUsers'

/**
 * Demo data → backup → restore into an empty database → every document, version (workflow
 * history in the plugin's `workflow-events` collection included) and file the same; a damaged
 * archive and a database that is not empty are refused before anything is written.
 */
let source: TestContext
let target: TestContext
let work: string
let archive: string
let targetMedia: string
let emptyArchive: string

/** The archive's lines with `edit` applied and the manifest's checksum made to match again. */
const rewritten = (lines: string[], edit: (line: string) => string) => {
  const body = lines.slice(0, -2).map(edit)
  const manifest = JSON.parse(lines.at(-2) as string) as Record<string, unknown>
  manifest.sha256 = crypto
    .createHash('sha256')
    .update(body.map((line) => `${line}\n`).join(''))
    .digest('hex')
  return zlib.gzipSync([...body, JSON.stringify(manifest), ''].join('\n'))
}

const everything = async (payload: Payload) => {
  const all: Record<string, { documents: unknown[]; versions: unknown[] }> = {}
  for (const collection of backedUpCollections(payload)) {
    const { docs } = await payload.db.find({ collection, sort: 'id', pagination: false })
    const versions = payload.collections[collection].config.versions
      ? // A version's own row id is the adapter's to give (see README "Backups"): compared without it.
        (await payload.db.findVersions({ collection, sort: 'id', pagination: false })).docs.map(
          ({ id: _id, ...rest }) => rest,
        )
      : []
    all[collection] = { documents: docs, versions }
  }
  for (const global of backedUpGlobals(payload))
    all[`global ${global}`] = { documents: [await payload.db.findGlobal({ slug: global })], versions: [] }
  return all
}

const filesIn = (dir: string) =>
  fs.existsSync(dir)
    ? Object.fromEntries(fs.readdirSync(dir).map((name) => [name, fs.readFileSync(path.join(dir, name))]))
    : {}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'redcloud-backup-'))
  archive = path.join(work, 'backup.jsonl.gz')
  emptyArchive = path.join(work, 'empty.jsonl.gz')
  targetMedia = path.join(work, 'restored-media')
  source = await createTestPayload()
  target = await createTestPayload({ empty: true })
  // The demo's files live beside the template, not in this instance's folder: put two there.
  const media = uploadDirs(source.payload).media as string
  fs.mkdirSync(media, { recursive: true })
  fs.writeFileSync(path.join(media, 'photo.webp'), Buffer.from('RIFF\0\0\0\0WEBPVP8 fake image'))
  fs.writeFileSync(path.join(media, 'report.pdf'), Buffer.from('%PDF-1.7\n% fake\n'))
}, 120_000)
afterAll(async () => {
  await target?.payload.destroy()
  await source?.payload.destroy()
  fs.rmSync(work, { recursive: true, force: true })
})

const expectNothingWritten = async () => {
  const collections = backedUpCollections(target.payload)
  expect(await isDatabaseEmpty({ payload: target.payload, collections })).toBe(true)
  expect(fs.existsSync(targetMedia) ? fs.readdirSync(targetMedia) : []).toEqual([])
}

describe('backup and restore', () => {
  it('refuses a damaged or truncated archive and writes nothing', async () => {
    await writeBackup({ payload: source.payload, out: archive })
    await writeBackup({ payload: target.payload, out: emptyArchive })
    const lines = zlib.gunzipSync(fs.readFileSync(archive)).toString().split('\n')
    const tampered = path.join(work, 'tampered.gz')
    const edited = lines.map((line) => line.replace('"validator.lombardia', '"intruder.lombardia'))
    expect(edited).not.toEqual(lines)
    fs.writeFileSync(tampered, zlib.gzipSync(edited.join('\n')))
    const truncated = path.join(work, 'truncated.gz')
    const bytes = fs.readFileSync(archive)
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)))
    const noManifest = path.join(work, 'no-manifest.gz')
    fs.writeFileSync(noManifest, zlib.gzipSync(lines.slice(0, -2).join('\n') + '\n'))

    // Sound, but from a database with the other id type (SQLite's numbers, MongoDB's ObjectIds).
    const otherIds = path.join(work, 'other-ids.gz')
    fs.writeFileSync(
      otherIds,
      rewritten(lines, (line) =>
        line.replace('"adapter":"sqlite","idType":"number"', '"adapter":"mongodb","idType":"string"'),
      ),
    )

    const restore = (file: string) =>
      restoreBackup({ payload: target.payload, file, staticDirs: { media: targetMedia } })
    await expect(restore(tampered)).rejects.toThrow(/checksum does not match.*Nothing was restored/)
    await expect(restore(truncated)).rejects.toThrow(/cannot be read.*truncated\?/)
    await expect(restore(noManifest)).rejects.toThrow(/no manifest/)
    await expect(restore(otherIds)).rejects.toThrow(
      /written from mongodb \(string ids\).*Nothing was restored/,
    )
    await expectNothingWritten()
  })

  it('restores every document, version, workflow event and file into an empty database', async () => {
    const restored = await restoreBackup({
      payload: target.payload,
      file: archive,
      staticDirs: { media: targetMedia },
    })
    const before = await everything(source.payload)
    const after = await everything(target.payload)
    expect(Object.keys(after)).toEqual(Object.keys(before))
    for (const collection of Object.keys(before))
      expect(after[collection], collection).toEqual(before[collection])
    expect(before['workflow-events']!.documents.length).toBeGreaterThan(0)
    expect(before.practices!.versions.length).toBeGreaterThan(0)
    expect(restored.versions).toBe(Object.values(before).reduce((sum, c) => sum + c.versions.length, 0))
    expect(filesIn(targetMedia)).toEqual(filesIn(uploadDirs(source.payload).media as string))
    // the worker's uploads folder may hold other test files' uploads too
    expect(Object.keys(filesIn(targetMedia))).toEqual(expect.arrayContaining(['photo.webp', 'report.pdf']))

    // Hashes and salts came back as they were: a demo account signs in on the restored database.
    const login = await target.payload.login({
      collection: 'users',
      data: { email: demoEmail('validator.lombardia'), password: DEMO_PASSWORD },
    })
    expect(login.user?.email).toBe(demoEmail('validator.lombardia'))
  })

  it('refuses a database that is not empty unless forced, and empties it first when forced', async () => {
    const counted = async () =>
      (await target.payload.db.count({ collection: 'practices', where: {} })).totalDocs
    const practices = await counted()
    await expect(
      restoreBackup({ payload: target.payload, file: archive, staticDirs: { media: targetMedia } }),
    ).rejects.toThrow(/not empty.*--force/)
    expect(await counted()).toBe(practices)

    await restoreBackup({ payload: target.payload, file: emptyArchive, force: true })
    const collections = backedUpCollections(target.payload)
    expect(await isDatabaseEmpty({ payload: target.payload, collections })).toBe(true)
  })
})
