import crypto from 'crypto'
import fs from 'fs'
import path from 'path'
import type { Payload } from 'payload'

import { archiveFormat } from './archiveFormat'
import { archiveWriter } from './archiveWriter'
import type { ArchiveRecord } from './archiveRecord'
import { backedUpCollections } from './backedUpCollections'
import { backedUpGlobals } from './backedUpGlobals'
import { readInBatches } from './readInBatches'
import { uploadDirs } from './uploadDirs'

type Manifest = Extract<ArchiveRecord, { type: 'manifest' }>

/**
 * Writes one archive of everything: every collection's documents as the adapter stores them
 * (`payload.db`, no hooks, every locale, hidden fields such as password hashes included), every
 * version, every global, and every file of every upload collection's folder, then a manifest with counts and
 * checksums. Reads while the CMS serves; each document is read whole, but the archive is not one
 * point in time across documents (see README "Backups").
 */
export const writeBackup = async ({
  payload,
  out,
}: {
  payload: Payload
  out: string
}): Promise<Omit<Manifest, 'type' | 'sha256'>> => {
  const writer = archiveWriter(out)
  const counts: Manifest['counts'] = {}
  const files: Manifest['files'] = []
  const globals: string[] = []
  try {
    const adapter = payload.db.name === 'mongoose' ? 'mongodb' : 'sqlite'
    await writer.write({
      type: 'header',
      ...archiveFormat,
      createdAt: new Date().toISOString(),
      adapter,
      idType: payload.db.defaultIDType === 'number' ? 'number' : 'string',
    })
    for (const collection of backedUpCollections(payload)) {
      const count = { documents: 0, versions: 0 }
      counts[collection] = count
      const docs = readInBatches({
        read: ({ where, limit }) =>
          payload.db.find({ collection, where, limit, sort: 'id', pagination: false }),
      })
      for await (const doc of docs) {
        await writer.write({ type: 'document', collection, doc })
        count.documents++
      }
      if (!payload.collections[collection].config.versions) continue
      const versions = readInBatches({
        read: ({ where, limit }) =>
          payload.db.findVersions({ collection, where, limit, sort: 'id', pagination: false }),
      })
      for await (const version of versions) {
        await writer.write({ type: 'version', collection, version })
        count.versions++
      }
    }
    for (const global of backedUpGlobals(payload)) {
      const doc = await payload.db.findGlobal({ slug: global })
      // Never written yet: MongoDB answers null, SQLite an empty object.
      if (!doc || Object.keys(doc).length === 0) continue
      await writer.write({ type: 'global', global, doc })
      globals.push(global)
    }
    for (const [collection, dir] of Object.entries(uploadDirs(payload))) {
      if (!fs.existsSync(dir)) continue
      const entries = fs.readdirSync(dir, { recursive: true, withFileTypes: true })
      for (const entry of entries.filter((each) => each.isFile())) {
        const name = path.relative(dir, path.join(entry.parentPath, entry.name))
        const data = fs.readFileSync(path.join(dir, name))
        const sha256 = crypto.createHash('sha256').update(data).digest('hex')
        await writer.write({ type: 'file', collection, name, sha256, data: data.toString('base64') })
        files.push({ collection, name, size: data.length, sha256 })
      }
    }
    await writer.close({ type: 'manifest', counts, globals, files })
  } catch (error) {
    writer.abort()
    throw error
  }
  return { counts, globals, files }
}
