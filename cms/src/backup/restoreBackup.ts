import fs from 'fs'
import path from 'path'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { ArchiveRecord } from './archiveRecord'
import { backedUpCollections } from './backedUpCollections'
import { backedUpGlobals } from './backedUpGlobals'
import { emptyDatabase } from './emptyDatabase'
import { isDatabaseEmpty } from './isDatabaseEmpty'
import { readArchiveLines } from './readArchiveLines'
import { restoreTransactions } from './restoreTransactions'
import { uploadDirs } from './uploadDirs'
import { verifyArchive } from './verifyArchive'

/**
 * Loads an archive written by `writeBackup` into the database and upload folders of `payload`.
 * The whole archive is verified first (nothing is written from a damaged one); a database that
 * holds anything is refused unless `force`, which empties it first. Writes go through the
 * adapter (`payload.db`), so no hook runs: documents keep their ids, dates, counters, workflow
 * stages and password hashes exactly. `staticDirs` overrides an upload collection's folder.
 */
export const restoreBackup = async ({
  payload,
  file,
  force = false,
  staticDirs = {},
}: {
  payload: Payload
  file: string
  force?: boolean
  staticDirs?: Record<string, string>
}): Promise<{ documents: number; versions: number; files: number }> => {
  if (!fs.existsSync(file)) throw new Error(`No such file: ${file}. Nothing was restored.`)
  const { header, manifest } = await verifyArchive(file)
  const idType = payload.db.defaultIDType === 'number' ? 'number' : 'string'
  if (header.idType !== idType) {
    throw new Error(
      `${file} was written from ${header.adapter} (${header.idType} ids); this database uses ${idType} ids. ` +
        'Restoring across id types is not supported yet. Nothing was restored.',
    )
  }
  const collections = backedUpCollections(payload)
  const globals = backedUpGlobals(payload)
  const known = new Set<string>(collections)
  const unknown = [
    ...Object.keys(manifest.counts).filter((slug) => !known.has(slug)),
    ...manifest.globals.filter((slug) => !globals.includes(slug)),
  ]
  if (unknown.length > 0) {
    throw new Error(
      `${file} holds collections or globals this CMS does not have (${unknown.join(', ')}). Nothing was restored.`,
    )
  }
  if (!(await isDatabaseEmpty({ payload, collections }))) {
    if (!force) {
      throw new Error(
        'The database is not empty: restore refuses to mix a backup with what it holds. ' +
          'Use --force to delete everything in it first. Nothing was restored.',
      )
    }
    await emptyDatabase({ payload, collections })
  }
  const dirs = { ...uploadDirs(payload), ...staticDirs }
  const done = { documents: 0, versions: 0, files: 0 }
  const { batchSize, begin } = restoreTransactions(payload)
  let transactionID: number | string | undefined
  let inBatch = 0
  const req = () => ({ transactionID }) as unknown as PayloadRequest
  try {
    for await (const line of readArchiveLines(file)) {
      const record = JSON.parse(line) as ArchiveRecord
      if (record.type === 'header' || record.type === 'manifest') continue
      if (record.type === 'file') {
        await writeUpload({ dir: dirs[record.collection], name: record.name, data: record.data })
        done.files++
        continue
      }
      transactionID ??= await begin()
      if (record.type === 'global') {
        // A CMS that started may have created it (Payload's job statistics); SQLite's
        // createGlobal stamps its own createdAt, which the update then puts back.
        const { global: slug, doc } = record
        if (!(await payload.db.findGlobal({ slug, req: req() })))
          await payload.db.createGlobal({ slug, data: { ...doc }, req: req() })
        await payload.db.updateGlobal({ slug, data: doc, req: req() })
      } else if (record.type === 'document') {
        const { doc } = record
        const collection = record.collection as CollectionSlug
        await payload.db.create({ collection, data: doc, customID: doc.id as never, req: req() })
        done.documents++
      } else {
        const { version: row } = record
        await payload.db.createVersion({
          collectionSlug: record.collection as CollectionSlug,
          parent: row.parent as number | string,
          versionData: row.version as never,
          createdAt: row.createdAt as string,
          updatedAt: row.updatedAt as string,
          autosave: Boolean(row.autosave),
          publishedLocale: row.publishedLocale as string | undefined,
          snapshot: row.snapshot as true | undefined,
          returning: false,
          req: req(),
        })
        done.versions++
      }
      if (++inBatch >= batchSize && transactionID !== undefined) {
        await payload.db.commitTransaction(transactionID)
        transactionID = undefined
        inBatch = 0
      }
    }
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
  return done
}

const writeUpload = async ({ dir, name, data }: { dir: string | undefined; name: string; data: string }) => {
  if (!dir) throw new Error(`The archive holds a file for an upload collection this CMS does not have.`)
  const target = path.resolve(dir, name)
  if (!target.startsWith(path.resolve(dir) + path.sep)) throw new Error(`Refusing the file name ${name}.`)
  await fs.promises.mkdir(path.dirname(target), { recursive: true })
  await fs.promises.writeFile(target, Buffer.from(data, 'base64'))
}
