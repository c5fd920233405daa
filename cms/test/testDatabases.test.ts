import fs from 'fs'
import { describe, expect, it } from 'vitest'

import { getPayload } from 'payload'

import { createTestPayload } from './helpers/createTestPayload'
import { restClient } from './helpers/restClient'

const onSqlite = !process.env.DATABASE_URL?.startsWith('mongodb')
const filesOf = (databaseUrl: string) =>
  ['', '-wal', '-shm'].map((suffix) => databaseUrl.slice('file:'.length) + suffix)

/** createTestPayload's instances: separate databases, each dropped by its destroy(). */
describe.skipIf(!onSqlite)('per-file test databases', () => {
  it('several instances in one file have their own databases, each removed when destroyed; uploads stay for the next file of the worker', async () => {
    const seeded = await createTestPayload()
    const empty = await createTestPayload({ empty: true })
    const dataDir = process.env.REDCLOUD_DATA_DIR as string
    expect(seeded.databaseUrl).not.toBe(empty.databaseUrl)
    expect((await seeded.payload.count({ collection: 'users' })).totalDocs).toBeGreaterThan(0)
    expect((await empty.payload.count({ collection: 'users' })).totalDocs).toBe(0)
    await empty.payload.create({
      collection: 'units',
      data: { name: 'Comitato Nazionale', code: 'CRI', level: 'national' },
    })
    expect((await empty.payload.count({ collection: 'units' })).totalDocs).toBe(1)
    expect(fs.existsSync(filesOf(seeded.databaseUrl)[0]!)).toBe(true)
    fs.mkdirSync(dataDir, { recursive: true })

    await seeded.payload.destroy()
    for (const file of filesOf(seeded.databaseUrl)) expect(fs.existsSync(file), file).toBe(false)
    expect(fs.existsSync(filesOf(empty.databaseUrl)[0]!)).toBe(true)
    expect(fs.existsSync(dataDir)).toBe(true)
    expect((await empty.payload.count({ collection: 'units' })).totalDocs).toBe(1)

    await empty.payload.destroy()
    await empty.payload.destroy()
    for (const file of filesOf(empty.databaseUrl)) expect(fs.existsSync(file), file).toBe(false)
    expect(fs.existsSync(dataDir)).toBe(true)
  })

  it('the next instance made after the default one is destroyed takes the default key: REST reaches it, as a new test file needs', async () => {
    const first = await createTestPayload({ empty: true })
    const second = await createTestPayload()
    expect(await getPayload({ config: first.config })).toBe(first.payload)
    await first.payload.destroy()
    const third = await createTestPayload({ empty: true })
    expect(await getPayload({ config: third.config })).toBe(third.payload)
    expect((await restClient(third.config).get('/units')).body.totalDocs).toBe(0)
    await second.payload.destroy()
    await third.payload.destroy()
  })
})
