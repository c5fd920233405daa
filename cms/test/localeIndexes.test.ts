import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestContext } from './helpers/createTestPayload'

let ctx: TestContext
const isSqlite = () => !ctx.databaseUrl.startsWith('mongodb')

beforeAll(async () => {
  ctx = await createTestPayload()
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

type Rows = { rows: Record<string, unknown>[] }
const query = (sql: string) =>
  (ctx.payload.db as unknown as { client: { execute: (sql: string) => Promise<Rows> } }).client.execute(sql)

describe('translations are found by their document (SQLite)', () => {
  // MongoDB keeps translations inside each document: there is nothing to index there.
  it('every *_locales table has an index that starts with _parent_id', async () => {
    if (!isSqlite()) return
    const tables = (
      await query(
        "select name from sqlite_master where type = 'table' and name like '%\\_locales' escape '\\'",
      )
    ).rows.map((row) => String(row.name))
    expect(tables).toEqual(
      expect.arrayContaining(['practices_locales', 'faq_locales', '_practices_v_locales']),
    )
    const missing: string[] = []
    for (const table of tables) {
      const indexes = (await query(`select name from pragma_index_list('${table}')`)).rows.map((row) =>
        String(row.name),
      )
      const leading = await Promise.all(
        indexes.map(
          async (index) =>
            (await query(`select name from pragma_index_info('${index}') where seqno = 0`)).rows[0]?.name,
        ),
      )
      if (!leading.includes('_parent_id')) missing.push(table)
    }
    expect(missing).toEqual([])
  })

  it('reading a practice’s translations uses that index, not a scan of the table', async () => {
    if (!isSqlite()) return
    const plan = (await query('explain query plan select * from practices_locales where _parent_id = 1')).rows
      .map((row) => String(row.detail))
      .join('\n')
    expect(plan).toMatch(/USING INDEX practices_locales_parent_id_idx/)
  })
})
