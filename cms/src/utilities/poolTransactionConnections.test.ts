import fs from 'fs'
import os from 'os'
import path from 'path'
import { type Client, createClient } from '@libsql/client'
import Database from 'libsql'
import { afterAll, describe, expect, it } from 'vitest'

import { poolTransactionConnections } from './poolTransactionConnections'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redcloud-pool-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const pragmas = ['busy_timeout = 10000', 'synchronous = OFF']

/** A WAL database file with a table, a client on it, and a pool whose connections are counted. */
const setUp = async (name: string, extraPragmas: string[] = []) => {
  const file = path.join(dir, `${name}.db`)
  const client = createClient({ url: `file:${file}` })
  await client.execute('PRAGMA journal_mode = WAL')
  await client.execute('CREATE TABLE t (x INTEGER)')
  const opened: Database.Database[] = []
  const open = () => {
    const connection = new Database(file)
    opened.push(connection)
    return connection
  }
  const how = await poolTransactionConnections(client, {
    open,
    pragmas: [...pragmas, ...extraPragmas],
  })
  return { client, opened, how }
}

const value = async (on: Pick<Client, 'execute'>, sql: string) => Number((await on.execute(sql)).rows[0]?.[0])

describe('transactions borrow pooled SQLite connections', () => {
  it('libsql alone opens a new connection after every transaction (why the pool exists)', async () => {
    const client = createClient({ url: `file:${path.join(dir, 'plain.db')}` })
    await client.execute('PRAGMA busy_timeout = 10000')
    await (await client.transaction('write')).commit()
    // The client's next statement ran on a new connection, without the setting.
    expect(await value(client, 'PRAGMA busy_timeout')).toBe(0)
    client.close()
  })

  it('reuses one connection across transactions, each with the pragmas, and the client keeps its own', async () => {
    const { client, opened, how } = await setUp('reuse')
    expect(how).toBe('pooled')
    for (let round = 0; round < 5; round++) {
      const transaction = await client.transaction('write')
      expect(await value(transaction, 'PRAGMA busy_timeout')).toBe(10_000)
      expect(await value(transaction, 'PRAGMA synchronous')).toBe(0)
      await transaction.execute({ sql: 'INSERT INTO t VALUES (?)', args: [round] })
      await transaction.commit()
      expect(transaction.closed).toBe(true)
      expect(await value(client, 'PRAGMA busy_timeout')).toBe(10_000)
      expect(await value(client, 'PRAGMA synchronous')).toBe(0)
    }
    expect(opened).toHaveLength(1)
    expect(await value(client, 'SELECT count(*) FROM t')).toBe(5)
    // Payload leaves intMode unset: "number", as libsql's own transactions return.
    const transaction = await client.transaction('read')
    expect((await transaction.execute('SELECT max(x) AS m FROM t')).rows[0]?.m).toBe(4)
    transaction.close()
    expect(opened).toHaveLength(1)
    client.close()
  })

  it('a failed or abandoned transaction gives back a connection no longer in a transaction', async () => {
    const { client, opened } = await setUp('failed')
    const failing = await client.transaction('write')
    await failing.execute('INSERT INTO t VALUES (1)')
    await expect(failing.execute('INSERT INTO missing VALUES (1)')).rejects.toThrow(/no such table/)
    await failing.rollback()
    const abandoned = await client.transaction('write')
    await abandoned.execute('INSERT INTO t VALUES (2)')
    abandoned.close()
    expect(opened).toHaveLength(1)
    expect(opened[0]?.inTransaction).toBe(false)
    expect(await value(client, 'SELECT count(*) FROM t')).toBe(0)
    // The next transaction starts cleanly on the same connection and commits.
    const next = await client.transaction('write')
    await next.execute('INSERT INTO t VALUES (3)')
    await next.commit()
    expect(await value(client, 'SELECT count(*) FROM t')).toBe(1)
    expect(opened).toHaveLength(1)
    client.close()
  })

  it('a COMMIT that fails keeps the transaction until the rollback, then the connection is clean', async () => {
    // A deferred foreign key is checked at COMMIT, which fails and leaves the transaction open.
    const { client, opened } = await setUp('commit', ['foreign_keys = ON'])
    await client.execute('CREATE TABLE parent (id INTEGER PRIMARY KEY)')
    await client.execute(
      'CREATE TABLE child (parent INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)',
    )
    const transaction = await client.transaction('write')
    await transaction.execute('INSERT INTO child VALUES (42)')
    await expect(transaction.commit()).rejects.toThrow(/FOREIGN KEY/)
    expect(transaction.closed).toBe(false)
    expect(opened[0]?.inTransaction).toBe(true)
    // Meanwhile the pool lends another connection, never the one still in a transaction.
    const other = await client.transaction('read')
    expect(opened).toHaveLength(2)
    other.close()
    await transaction.rollback()
    expect(opened[0]?.inTransaction).toBe(false)
    expect(await value(client, 'SELECT count(*) FROM child')).toBe(0)
    client.close()
  })

  it('a transaction refuses statements once over: its connection may be serving another', async () => {
    const { client } = await setUp('after')
    const first = await client.transaction('write')
    await first.commit()
    const second = await client.transaction('write')
    await expect(first.execute('INSERT INTO t VALUES (1)')).rejects.toThrow(/closed/)
    await expect(first.rollback()).rejects.toThrow(/closed/)
    first.close()
    expect(second.closed).toBe(false)
    await second.execute('INSERT INTO t VALUES (2)')
    await second.commit()
    expect(await value(client, 'SELECT sum(x) FROM t')).toBe(2)
    client.close()
  })

  it('discards a connection in a bad state instead of lending it again', async () => {
    const { client, opened } = await setUp('broken')
    // Deferred and nothing read yet: no lock, which a closed libsql connection would keep
    // holding until its statements are garbage collected.
    const transaction = await client.transaction('deferred')
    opened[0]?.close()
    await transaction.rollback()
    const next = await client.transaction('write')
    expect(opened).toHaveLength(2)
    await next.execute('INSERT INTO t VALUES (1)')
    await next.commit()
    expect(await value(client, 'SELECT count(*) FROM t')).toBe(1)
    client.close()
  })

  it('reads outside the transaction run meanwhile and see only what is committed', async () => {
    const { client, opened } = await setUp('reads')
    const writer = await client.transaction('write')
    await writer.execute('INSERT INTO t VALUES (1)')
    const [count, reader] = await Promise.all([
      value(client, 'SELECT count(*) FROM t'),
      client.transaction('read'),
    ])
    expect(count).toBe(0)
    expect(await value(reader, 'SELECT count(*) FROM t')).toBe(0)
    expect(opened).toHaveLength(2)
    await writer.commit()
    expect(await value(client, 'SELECT count(*) FROM t')).toBe(1)
    await reader.commit()
    // Both went back to the pool: two overlapping transactions later open nothing new.
    const again = await Promise.all([client.transaction('read'), client.transaction('read')])
    for (const transaction of again) transaction.close()
    expect(opened).toHaveLength(2)
    client.close()
    expect(opened.every((connection) => !connection.open)).toBe(true)
  })

  it('keeps libsql behaviour, settings re-applied, for an in-memory database or another file', async () => {
    const memory = createClient({ url: 'file::memory:' })
    let opens = 0
    const how = await poolTransactionConnections(memory, {
      open: () => {
        opens++
        return new Database(':memory:')
      },
      pragmas,
    })
    expect(how).toBe('unpooled')
    await (await memory.transaction('write')).commit()
    expect(await value(memory, 'PRAGMA busy_timeout')).toBe(10_000)
    memory.close()

    const client = createClient({ url: `file:${path.join(dir, 'mine.db')}` })
    const elsewhere = await poolTransactionConnections(client, {
      open: () => new Database(path.join(dir, 'other.db')),
      pragmas,
    })
    expect(elsewhere).toBe('unpooled')
    await (await client.transaction('write')).commit()
    expect(await value(client, 'PRAGMA busy_timeout')).toBe(10_000)
    client.close()
    expect(opens).toBe(1)
  })
})
