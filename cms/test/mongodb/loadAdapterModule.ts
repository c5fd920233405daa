import { createRequire } from 'module'
import path from 'path'
import { pathToFileURL } from 'url'

/**
 * A module of @payloadcms/db-mongodb that its package does not export (buildSortParam,
 * buildQuery…), loaded from its dist folder so tests run the adapter's own code.
 */
export const loadAdapterModule = async <T>(relative: string): Promise<T> => {
  const entry = createRequire(import.meta.url).resolve('@payloadcms/db-mongodb')
  return (await import(pathToFileURL(path.join(path.dirname(entry), relative)).href)) as T
}
