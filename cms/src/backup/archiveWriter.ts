import crypto from 'crypto'
import fs from 'fs'
import { once } from 'events'
import zlib from 'zlib'

import type { ArchiveRecord } from './archiveRecord'

/**
 * Writes archive lines, gzip'd, into `<file>.partial`, hashing them as they go; `close` appends
 * the manifest (with that hash) and only then renames the file into place, so an interrupted
 * backup never leaves a file that looks complete.
 */
export const archiveWriter = (file: string) => {
  const partial = `${file}.partial`
  const gzip = zlib.createGzip()
  const output = fs.createWriteStream(partial)
  gzip.pipe(output)
  const hash = crypto.createHash('sha256')
  const write = async (record: ArchiveRecord) => {
    const line = `${JSON.stringify(record)}\n`
    hash.update(line)
    if (!gzip.write(line)) await once(gzip, 'drain')
  }
  const close = async (manifest: Omit<Extract<ArchiveRecord, { type: 'manifest' }>, 'sha256'>) => {
    gzip.end(`${JSON.stringify({ ...manifest, sha256: hash.digest('hex') })}\n`)
    await once(output, 'close')
    fs.renameSync(partial, file)
  }
  const abort = () => {
    gzip.destroy()
    output.destroy()
    fs.rmSync(partial, { force: true })
  }
  return { write, close, abort }
}
