import { type InStatement, type IntMode, LibsqlError, type Transaction } from '@libsql/client'
import { Sqlite3Transaction } from '@libsql/client/sqlite3'
import type Database from 'libsql'

/**
 * A libsql transaction on a connection lent by a pool (poolTransactionConnections): it runs
 * like libsql's own (Sqlite3Transaction does the work) and gives the connection back once the
 * transaction is over, whichever way it ended. After that it refuses every statement, as
 * libsql's does once closed: the connection may already be running someone else's transaction.
 */
export class PooledTransaction implements Transaction {
  readonly #connection: Database.Database
  readonly #inner: Sqlite3Transaction
  readonly #giveBack: (connection: Database.Database) => void
  #returned = false

  /** `connection` has just run BEGIN; `giveBack` gets it once, when the transaction is over. */
  constructor(
    connection: Database.Database,
    intMode: IntMode,
    giveBack: (connection: Database.Database) => void,
  ) {
    this.#connection = connection
    this.#inner = new Sqlite3Transaction(connection, intMode)
    this.#giveBack = giveBack
  }

  async execute(stmt: InStatement) {
    this.#checkNotReturned()
    return this.#inner.execute(stmt)
  }

  async batch(stmts: InStatement[]) {
    this.#checkNotReturned()
    return this.#inner.batch(stmts)
  }

  async executeMultiple(sql: string) {
    this.#checkNotReturned()
    return this.#inner.executeMultiple(sql)
  }

  async commit() {
    this.#checkNotReturned()
    try {
      await this.#inner.commit()
    } finally {
      // A COMMIT that failed with the transaction still open (SQLITE_BUSY) leaves it to the
      // caller's rollback or close, as libsql does (drizzle rolls back when commit throws).
      if (!this.#connection.inTransaction) this.#return()
    }
  }

  async rollback() {
    this.#checkNotReturned()
    try {
      await this.#inner.rollback()
    } finally {
      this.#return()
    }
  }

  close() {
    if (this.#returned) return
    try {
      this.#inner.close()
    } finally {
      this.#return()
    }
  }

  get closed() {
    return this.#returned || this.#inner.closed
  }

  #return() {
    if (this.#returned) return
    this.#returned = true
    this.#giveBack(this.#connection)
  }

  #checkNotReturned() {
    // The same error libsql's transaction throws once it is closed.
    if (this.#returned) throw new LibsqlError('The transaction is closed', 'TRANSACTION_CLOSED')
  }
}
