import fs from 'fs'
import os from 'os'
import path from 'path'
import { createClient } from '@libsql/client'
import { afterAll, describe, expect, it } from 'vitest'

import { keepConnectionSettings } from './keepConnectionSettings'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redcloud-connection-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const setting = async (client: ReturnType<typeof createClient>, pragma: string) =>
  Number((await client.execute(`PRAGMA ${pragma}`)).rows[0]?.[0])

describe('SQLite connection settings survive transactions', () => {
  it('libsql alone loses them after the first transaction (why the wrapper exists)', async () => {
    const client = createClient({ url: `file:${path.join(dir, 'plain.db')}` })
    await client.execute('PRAGMA busy_timeout = 10000')
    await (await client.transaction('write')).commit()
    expect(await setting(client, 'busy_timeout')).toBe(0)
    client.close()
  })

  it('every connection opened after a transaction has the busy timeout and synchronous setting', async () => {
    const client = createClient({ url: `file:${path.join(dir, 'kept.db')}` })
    await client.execute('PRAGMA journal_mode = WAL')
    await keepConnectionSettings(client, ['busy_timeout = 10000', 'synchronous = OFF'])
    for (let round = 0; round < 3; round++) {
      const transaction = await client.transaction('write')
      expect(await setting(client, 'busy_timeout')).toBe(10_000)
      await transaction.execute('CREATE TABLE IF NOT EXISTS t (x)')
      await transaction.commit()
      expect(await setting(client, 'busy_timeout')).toBe(10_000)
      expect(await setting(client, 'synchronous')).toBe(0)
    }
    client.close()
  })
})
