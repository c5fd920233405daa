import { createClient } from '@libsql/client'
import { MongoNetworkError, MongoServerError } from 'mongodb'
import { ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { isDuplicateEvent } from './isDuplicateEvent'

const SLUG = 'workflow-events'

/** The error libsql really throws for a second row on a unique index. */
const libsqlDuplicate = async () => {
  const client = createClient({ url: ':memory:' })
  await client.execute('create table workflow_events (item_collection text, document text, revision int)')
  await client.execute('create unique index lock on workflow_events (item_collection, document, revision)')
  const insert = "insert into workflow_events values ('practices', '7', 3)"
  await client.execute(insert)
  try {
    await client.execute(insert)
  } catch (error) {
    return error
  } finally {
    client.close()
  }
  throw new Error('expected a unique constraint error')
}

const mongoDuplicate = () =>
  new MongoServerError({
    ok: 0,
    errmsg:
      'E11000 duplicate key error collection: redcloud.workflow-events index: itemCollection_1_document_1_revision_1 dup key: { itemCollection: "practices", document: "7", revision: 3 }',
    code: 11000,
    codeName: 'DuplicateKey',
    keyPattern: { itemCollection: 1, document: 1, revision: 1 },
    keyValue: { itemCollection: 'practices', document: '7', revision: 3 },
  })

const uniqueValidationError = (path: string, collection = SLUG) =>
  new ValidationError({ collection, errors: [{ message: 'Value must be unique', path }] })

describe('isDuplicateEvent', () => {
  it('recognises the drivers’ duplicate keys, bare or wrapped (drizzle keeps the driver error as cause)', async () => {
    const libsql = await libsqlDuplicate()
    expect(isDuplicateEvent(libsql, SLUG)).toBe(true)
    expect(isDuplicateEvent(new Error('Failed query: insert into …', { cause: libsql }), SLUG)).toBe(true)
    expect(isDuplicateEvent(mongoDuplicate(), SLUG)).toBe(true)
  })

  it('recognises the ValidationError both Payload adapters make of them', () => {
    expect(isDuplicateEvent(uniqueValidationError('itemCollection'), SLUG)).toBe(true) // MongoDB: keyValue
    expect(isDuplicateEvent(uniqueValidationError('item_collection'), SLUG)).toBe(true) // SQLite: column
  })

  it('anything else is not someone else acting', () => {
    const writeConflict = new MongoServerError({
      code: 112,
      codeName: 'WriteConflict',
      errmsg: 'Write conflict',
      errorLabels: ['TransientTransactionError'],
    })
    for (const error of [
      new MongoNetworkError('connection 4 to 10.0.0.12:27017 closed'),
      writeConflict,
      new Error('SQLITE_BUSY: database is locked'),
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      uniqueValidationError('comment'),
      uniqueValidationError('itemCollection', 'practices'),
      new ValidationError({
        collection: SLUG,
        errors: [
          { message: 'Required', path: 'action' },
          { message: 'Required', path: 'document' },
        ],
      }),
      undefined,
      'E11000',
    ]) {
      expect(isDuplicateEvent(error, SLUG), String(error)).toBe(false)
    }
  })
})
