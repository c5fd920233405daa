import fs from 'fs'
import os from 'os'
import path from 'path'
import { fileURLToPath } from 'url'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { buildDatabaseAdapter, databaseKind, sqliteSynchronous } from './database'
import { migrations } from './migrations'
import { migrations as mongoMigrations } from './migrations-mongodb'

const src = path.dirname(fileURLToPath(import.meta.url))

describe('choosing the database from DATABASE_URL', () => {
  it('embedded SQLite when unset or file:, MongoDB for mongodb:// and mongodb+srv://', () => {
    expect(databaseKind(undefined)).toBe('sqlite')
    expect(databaseKind('')).toBe('sqlite')
    expect(databaseKind('file:./data/x.db')).toBe('sqlite')
    expect(databaseKind('mongodb://mongo:27017/redcloud?replicaSet=rs0')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster.example.net/redcloud')).toBe('mongodb')
  })

  it('names the problem for anything else', () => {
    expect(() => databaseKind('postgres://localhost/redcloud')).toThrow(/DATABASE_URL must start with/)
  })
})

describe('each database has its own migrations', () => {
  // init builds the adapter object only; nothing connects.
  const adapterFor = (url: string) =>
    buildDatabaseAdapter(url).init({ payload: {} as Payload }) as unknown as {
      migrationDir: string
      prodMigrations?: unknown
    }

  it('MongoDB: migrate:create writes into cms/src/migrations-mongodb, production runs its list', () => {
    for (const url of [
      'mongodb://mongo:27017/redcloud?replicaSet=rs0',
      'mongodb+srv://cluster.example.net/rc',
    ]) {
      const db = adapterFor(url)
      expect(db.migrationDir).toBe(path.join(src, 'migrations-mongodb'))
      expect(db.prodMigrations).toBe(mongoMigrations)
    }
  })

  it('SQLite: cms/src/migrations and its own list, never the MongoDB one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redcloud-db-'))
    try {
      const db = adapterFor(`file:${path.join(dir, 'x.db')}`)
      expect(db.migrationDir).toBe(path.join(src, 'migrations'))
      expect(db.prodMigrations).toBe(migrations)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('the two folders hold different migrations, each listed in its index', () => {
    const files = (folder: string) =>
      fs
        .readdirSync(path.join(src, folder))
        .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
        .map((f) => f.replace(/\.ts$/, ''))
        .sort()
    expect(mongoMigrations.map((m) => m.name)).toEqual(files('migrations-mongodb'))
    expect(migrations.map((m) => m.name)).toEqual(files('migrations'))
    expect(mongoMigrations.some((m) => migrations.some((s) => s.name === m.name))).toBe(false)
  })
})

describe('SQLite durability from SQLITE_SYNCHRONOUS', () => {
  it('every commit reaches the disk unless told otherwise; a typo is refused, not ignored', () => {
    expect(sqliteSynchronous(undefined)).toBe('FULL')
    expect(sqliteSynchronous('')).toBe('FULL')
    expect(sqliteSynchronous('OFF')).toBe('OFF')
    expect(sqliteSynchronous('NORMAL')).toBe('NORMAL')
    expect(() => sqliteSynchronous('off')).toThrow(/SQLITE_SYNCHRONOUS must be FULL, NORMAL or OFF/)
  })
})

describe('SQLite transactions and the client connection', () => {
  it('a transaction no longer takes the client its connection: it keeps its settings and state', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redcloud-db-'))
    const logger = { info: () => {}, error: () => {}, warn: () => {} }
    const adapter = buildDatabaseAdapter(`file:${path.join(dir, 'x.db')}`).init({
      payload: { logger } as unknown as Payload,
    }) as SQLiteAdapter
    try {
      await adapter.connect?.()
      // A temporary table lives only on the connection that made it.
      await adapter.client.execute('CREATE TEMP TABLE probe (x)')
      for (const end of ['commitTransaction', 'rollbackTransaction'] as const) {
        const id = await adapter.beginTransaction()
        await adapter[end](id as string)
      }
      expect((await adapter.client.execute('SELECT count(*) AS n FROM temp.probe')).rows[0]?.n).toBe(0)
      expect((await adapter.client.execute('PRAGMA busy_timeout')).rows[0]?.[0]).toBe(10_000)
    } finally {
      adapter.client?.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
