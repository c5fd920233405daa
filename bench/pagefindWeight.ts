import fs from 'fs'
import path from 'path'

import { wireSize } from './wireSize'

export type PagefindWeight = {
  /** pagefind.js, its worker, the entry file, the language's WebAssembly and metadata: loaded once, at the first search. */
  startup: { file: string; wireBytes: number }[]
  startupBytes: number
  /** The language's filter chunks (the search page shows theme, target-group and region filters). */
  filterBytes: number
  indexChunks: { count: number; medianBytes: number; maxBytes: number }
  /** One result's excerpt; the search page shows up to 20 results. */
  fragmentMedianBytes: number
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

/**
 * What a first search costs over the wire in one language: Pagefind's runtime, its per-language
 * WebAssembly and metadata, the filter chunks, and the sizes of the index chunks and result
 * fragments it fetches per query. Pagefind stores its chunks gzipped already.
 */
export const pagefindWeight = ({
  clientDir,
  locale,
}: {
  clientDir: string
  locale: string
}): PagefindWeight => {
  const dir = path.join(clientDir, 'pagefind')
  const size = (file: string) => wireSize(fs.readFileSync(path.join(dir, file)))
  const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: null | string }>
  }
  const language = entry.languages[locale]
  if (!language) throw new Error(`Pagefind has no index for "${locale}" in ${dir}.`)
  const startupFiles = [
    'pagefind.js',
    'pagefind-worker.js',
    'pagefind-entry.json',
    `wasm.${language.wasm ?? 'unknown'}.pagefind`,
    `pagefind.${language.hash}.pf_meta`,
  ].filter((file) => fs.existsSync(path.join(dir, file)))
  const startup = startupFiles.map((file) => ({ file, wireBytes: size(file) }))
  const sizesIn = (folder: string) =>
    fs
      .readdirSync(path.join(dir, folder))
      .filter((file) => file.startsWith(`${locale}_`))
      .map((file) => size(path.join(folder, file)))
  const index = sizesIn('index')
  return {
    startup,
    startupBytes: startup.reduce((sum, file) => sum + file.wireBytes, 0),
    filterBytes: sizesIn('filter').reduce((sum, bytes) => sum + bytes, 0),
    indexChunks: { count: index.length, medianBytes: median(index), maxBytes: Math.max(0, ...index) },
    fragmentMedianBytes: median(sizesIn('fragment')),
  }
}
