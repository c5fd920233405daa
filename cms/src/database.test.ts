import { describe, expect, it } from 'vitest'

import { databaseKind } from './database'
import { assertReplicaSet } from './utilities/assertReplicaSet'

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

describe('MongoDB must be a replica set (transactions)', () => {
  it('accepts a replica set member or a sharded cluster router', () => {
    expect(() => assertReplicaSet({ setName: 'rs0' })).not.toThrow()
    expect(() => assertReplicaSet({ msg: 'isdbgrid' })).not.toThrow()
  })

  it('refuses a standalone server with a message that says how to fix it', () => {
    expect(() => assertReplicaSet({})).toThrow(/not running as a replica set.*--replSet/)
  })
})
