import fs from 'node:fs'
import path from 'node:path'

import { PRACTICE_PAGES_FILE } from './planIncrementalBuild.ts'

type HeaderEntry = { pathname: string; headers: unknown }

const exists = (file: string) =>
  fs.promises.access(file).then(
    () => true,
    () => false,
  )

/**
 * Completes an incremental build: every practice page it did not render (its inputs did not
 * change) is hard-linked from the live build, with its entry of `_headers.json`. Pages of
 * practices no longer published are in neither list, so they are gone. Throws when a page to
 * link is missing from the live build (the caller then builds in full).
 */
export const linkUnchangedPracticePages = async ({
  currentDir,
  outDir,
}: {
  currentDir: string
  outDir: string
}) => {
  const pages = Object.keys(
    JSON.parse(await fs.promises.readFile(path.join(outDir, PRACTICE_PAGES_FILE), 'utf8')) as Record<
      string,
      string
    >,
  )
  const linked = new Set<string>()
  let rendered = 0
  const keep = async (page: string) => {
    const slash = page.indexOf('/')
    const pathname = `/${page.slice(0, slash)}/practices/${page.slice(slash + 1)}/`
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
  for (let i = 0; i < pages.length; i += 64) await Promise.all(pages.slice(i, i + 64).map(keep))
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
