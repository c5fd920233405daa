import fs from 'node:fs'
import path from 'node:path'

/** A page the overlay answers for: its HTML file and policy, or gone (404). */
export type OverlayEntry =
  | { kind: 'page'; practiceId: string; at: number; file: string; policy: null | string }
  | { kind: 'gone'; practiceId: string; at: number }

export type RenderedPage = { path: string; html: string; policy: null | string }

/**
 * Practice pages published between builds: the renderer's pages, served over the live build's
 * own, and the paths of withdrawn ones, answered 404. A publication replaces all of its
 * practices' entries in one swap (readers never see half of one); a build that goes live drops
 * the entries older than its start, since it read the CMS after them. Files live in `dir`,
 * written once and deleted with their entry.
 */
export const createPageOverlay = ({ dir }: { dir: string }) => {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  let entries = new Map<string, OverlayEntry>()
  let counter = 0

  // A minute later: a reader may still be sent the file.
  const deleteFilesOf = (dropped: OverlayEntry[]) => {
    if (dropped.length === 0) return
    setTimeout(() => {
      for (const entry of dropped) if (entry.kind === 'page') fs.rmSync(entry.file, { force: true })
    }, 60_000).unref()
  }

  return {
    /** What the overlay says of a page path ("/en/practices/x/"), or undefined: the build's own. */
    lookup: (pagePath: string): OverlayEntry | undefined => entries.get(pagePath),
    /** The page paths the overlay holds for these practices (pages and gone ones). */
    pathsOf: (practiceIds: Iterable<string>): string[] => {
      const ids = new Set(practiceIds)
      return [...entries].filter(([, entry]) => ids.has(entry.practiceId)).map(([pagePath]) => pagePath)
    },
    /**
     * Publishes these practices as rendered at `at`: their pages, and 404 for `gone` paths; every
     * earlier entry of these practices goes.
     */
    publish: ({
      at,
      pages,
      gone,
    }: {
      at: number
      pages: (RenderedPage & { practiceId: string })[]
      gone: { path: string; practiceId: string }[]
    }) => {
      const ids = new Set([...pages, ...gone].map((page) => page.practiceId))
      const next = new Map<string, OverlayEntry>()
      const dropped: OverlayEntry[] = []
      for (const [pagePath, entry] of entries) {
        if (ids.has(entry.practiceId)) dropped.push(entry)
        else next.set(pagePath, entry)
      }
      for (const page of pages) {
        counter += 1
        const file = path.join(dir, `${at}-${counter}.html`)
        fs.writeFileSync(file, page.html)
        next.set(page.path, { kind: 'page', practiceId: page.practiceId, at, file, policy: page.policy })
      }
      for (const page of gone) {
        if (!next.has(page.path)) next.set(page.path, { kind: 'gone', practiceId: page.practiceId, at })
      }
      entries = next
      deleteFilesOf(dropped)
    },
    /** A build that started at `startedAt` went live: it holds everything published before. */
    dropBefore: (startedAt: number) => {
      const next = new Map<string, OverlayEntry>()
      const dropped: OverlayEntry[] = []
      for (const [pagePath, entry] of entries) {
        if (entry.at < startedAt) dropped.push(entry)
        else next.set(pagePath, entry)
      }
      entries = next
      deleteFilesOf(dropped)
    },
    size: () => entries.size,
  }
}

export type PageOverlay = ReturnType<typeof createPageOverlay>
