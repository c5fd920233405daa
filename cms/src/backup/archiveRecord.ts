/**
 * One line of a backup archive (a gzip'd stream of JSON lines, see README "Backups"): the header
 * first, the manifest last, documents, versions and files in between.
 */
export type ArchiveRecord =
  | {
      type: 'header'
      format: 'redcloud-backup'
      formatVersion: 1
      createdAt: string
      /** The adapter the archive was read from, and the type of its documents' ids. */
      adapter: 'mongodb' | 'sqlite'
      idType: 'number' | 'string'
    }
  | { type: 'document'; collection: string; doc: Record<string, unknown> }
  | { type: 'version'; collection: string; version: Record<string, unknown> }
  | { type: 'global'; global: string; doc: Record<string, unknown> }
  | { type: 'file'; collection: string; name: string; sha256: string; data: string }
  | {
      type: 'manifest'
      counts: Record<string, { documents: number; versions: number }>
      globals: string[]
      files: { collection: string; name: string; size: number; sha256: string }[]
      /** sha256 of every line before this one, newlines included. */
      sha256: string
    }
