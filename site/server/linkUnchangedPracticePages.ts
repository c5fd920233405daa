import fs from 'node:fs'
import path from 'node:path'

import { PRACTICE_PAGES_FILE } from './planIncrementalBuild.ts'

type HeaderEntry = { pathname: string; headers: unknown }

/**
 * Completes an incremental build: every practice page it did not render (its inputs did not
 * change) is hard-linked from the live build, with its entry of `_headers.json`. Pages of
 * practices no longer published are in neither list, so they are gone. Throws when a page to
 * link is missing from the live build (the caller then builds in full).
 */
export const linkUnchangedPracticePages = ({
  currentDir,
  outDir,
}: {
  currentDir: string
  outDir: string
}) => {
  const pages = Object.keys(
    JSON.parse(fs.readFileSync(path.join(outDir, PRACTICE_PAGES_FILE), 'utf8')) as Record<string, string>,
  )
  const linked = new Set<string>()
  let rendered = 0
  for (const page of pages) {
    const slash = page.indexOf('/')
    const pathname = `/${page.slice(0, slash)}/practices/${page.slice(slash + 1)}/`
    const file = path.join('client', pathname, 'index.html')
    if (fs.existsSync(path.join(outDir, file))) {
      rendered += 1
      continue
    }
    const from = path.join(currentDir, file)
    if (!fs.existsSync(from)) throw new Error(`the live build has no ${pathname} to keep`)
    fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true })
    fs.linkSync(from, path.join(outDir, file))
    linked.add(pathname)
  }
  const headersOf = (dir: string): HeaderEntry[] => {
    try {
      return JSON.parse(fs.readFileSync(path.join(dir, '_headers.json'), 'utf8')) as HeaderEntry[]
    } catch {
      return []
    }
  }
  const kept = headersOf(currentDir).filter((entry) => linked.has(entry.pathname))
  if (kept.length > 0) {
    // a new file, never the live build's (a hard link would change the live one too)
    const merged = [...headersOf(outDir), ...kept].sort((a, b) => a.pathname.localeCompare(b.pathname))
    fs.writeFileSync(path.join(outDir, '_headers.json'), JSON.stringify(merged))
  }
  return { rendered, linked: linked.size }
}
