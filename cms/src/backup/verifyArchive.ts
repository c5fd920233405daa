import crypto from 'crypto'

import { archiveFormat } from './archiveFormat'
import type { ArchiveRecord } from './archiveRecord'
import { readArchiveLines } from './readArchiveLines'

type Header = Extract<ArchiveRecord, { type: 'header' }>
type Manifest = Extract<ArchiveRecord, { type: 'manifest' }>

const refuse = (file: string, why: string): never => {
  throw new Error(`${file} is not a usable RedCloud backup: ${why}. Nothing was restored.`)
}

/**
 * Reads the whole archive once before anything is written: a RedCloud header first, a manifest
 * last whose sha256 is that of every line before it, its counts and every file's size and
 * checksum matching the lines. Returns the header and manifest, or throws saying what is wrong.
 */
export const verifyArchive = async (file: string): Promise<{ header: Header; manifest: Manifest }> => {
  const hash = crypto.createHash('sha256')
  const counts: Manifest['counts'] = {}
  const files = new Map<string, { size: number; sha256: string }>()
  const globals: string[] = []
  let header: Header | undefined
  let manifest: Manifest | undefined
  try {
    for await (const line of readArchiveLines(file)) {
      if (manifest) refuse(file, 'lines follow the manifest')
      let record: ArchiveRecord
      try {
        record = JSON.parse(line) as ArchiveRecord
      } catch {
        return refuse(file, 'a line is not JSON (damaged)')
      }
      if (record.type === 'manifest') {
        manifest = record
        continue
      }
      hash.update(`${line}\n`)
      if (!header) {
        if (
          record.type !== 'header' ||
          record.format !== archiveFormat.format ||
          record.formatVersion !== archiveFormat.formatVersion
        )
          refuse(file, 'it does not start with a RedCloud backup header')
        header = record as Header
        continue
      }
      if (record.type === 'document' || record.type === 'version') {
        const count = (counts[record.collection] ??= { documents: 0, versions: 0 })
        count[record.type === 'document' ? 'documents' : 'versions']++
      } else if (record.type === 'global') {
        globals.push(record.global)
      } else if (record.type === 'file') {
        const data = Buffer.from(record.data, 'base64')
        const sha256 = crypto.createHash('sha256').update(data).digest('hex')
        if (sha256 !== record.sha256) refuse(file, `the file ${record.name} fails its checksum`)
        files.set(`${record.collection}/${record.name}`, { size: data.length, sha256 })
      } else refuse(file, `unknown line type "${String(record.type)}"`)
    }
  } catch (error) {
    if (error instanceof Error && error.message.includes('not a usable RedCloud backup')) throw error
    refuse(file, `it cannot be read (${error instanceof Error ? error.message : String(error)}; truncated?)`)
  }
  if (!header) return refuse(file, 'it is empty')
  if (!manifest) return refuse(file, 'it has no manifest (truncated?)')
  if (manifest.sha256 !== hash.digest('hex')) refuse(file, 'its checksum does not match its contents')
  for (const collection of new Set([...Object.keys(manifest.counts), ...Object.keys(counts)])) {
    const found = counts[collection] ?? { documents: 0, versions: 0 }
    const expected = manifest.counts[collection] ?? { documents: 0, versions: 0 }
    if (found.documents !== expected.documents || found.versions !== expected.versions)
      refuse(file, `${collection} holds other counts than its manifest says`)
  }
  if (JSON.stringify(manifest.globals) !== JSON.stringify(globals))
    refuse(file, 'its globals differ from its manifest')
  if (manifest.files.length !== files.size) refuse(file, 'its files differ from its manifest')
  for (const entry of manifest.files) {
    const found = files.get(`${entry.collection}/${entry.name}`)
    if (!found || found.size !== entry.size || found.sha256 !== entry.sha256)
      refuse(file, `the file ${entry.name} differs from its manifest`)
  }
  return { header, manifest }
}
