import fs from 'node:fs'
import path from 'node:path'

import { KEPT_PAGE_MANIFESTS } from './buildManifests.ts'

type HeaderEntry = { pathname: string; headers: unknown }

const exists = (file: string) =>
  fs.promises.access(file).then(
    () => true,
    () => false,
  )

/**
 * Completes an incremental build: every practice or listing page it did not render (its
 * fingerprint did not change) is hard-linked from the live build, with its entry of
 * `_headers.json`. Pages no longer made (a practice archived, a listing page fewer) are in
 * neither build's manifest, so they are gone. Throws when a page to link is missing from the
 * live build (the caller then builds in full).
 */
export const linkUnchangedPages = async ({ currentDir, outDir }: { currentDir: string; outDir: string }) => {
  const pathnames: string[] = []
  for (const manifest of KEPT_PAGE_MANIFESTS) {
    const keys = Object.keys(
      JSON.parse(await fs.promises.readFile(path.join(outDir, manifest.file), 'utf8')) as Record<
        string,
        string
      >,
    )
    pathnames.push(...keys.map(manifest.pathnameOf))
  }
  const linked = new Set<string>()
  let rendered = 0
  const keep = async (pathname: string) => {
    const file = path.join('client', pathname, 'index.html')
    if (await exists(path.join(outDir, file))) {
      rendered += 1
      return
    }
    const from = path.join(currentDir, file)
    if (!(await exists(from))) throw new Error(`the live build has no ${pathname} to keep`)
    await fs.promises.mkdir(path.dirname(path.join(outDir, file)), { recursive: true })
    await fs.promises.link(from, path.join(outDir, file))
    linked.add(pathname)
  }
  // Asynchronous, a batch at a time: 40 000 links made synchronously stopped the server serving.
  for (let i = 0; i < pathnames.length; i += 64) await Promise.all(pathnames.slice(i, i + 64).map(keep))
  const headersOf = async (dir: string): Promise<HeaderEntry[]> => {
    try {
      return JSON.parse(await fs.promises.readFile(path.join(dir, '_headers.json'), 'utf8')) as HeaderEntry[]
    } catch {
      return []
    }
  }
  const kept = (await headersOf(currentDir)).filter((entry) => linked.has(entry.pathname))
  if (kept.length > 0) {
    // a new file, never the live build's (a hard link would change the live one too)
    const merged = [...(await headersOf(outDir)), ...kept].sort((a, b) =>
      a.pathname.localeCompare(b.pathname),
    )
    await fs.promises.writeFile(path.join(outDir, '_headers.json'), JSON.stringify(merged))
  }
  return { rendered, linked: linked.size }
}
