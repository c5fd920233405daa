import type { IncomingMessage } from 'node:http'

import type { SiteChanges } from './siteChanges.ts'

const MAX_BODY = 64 * 1024
const MAX_IDS = 1000

/**
 * The CMS's rebuild request: `{ reason?, changes?: [{ collection, ids }] }`. Changes to practices
 * alone give their ids; anything else, or a body that says nothing usable, means everything.
 */
export const readRebuildRequest = async (
  req: IncomingMessage,
): Promise<{ reason?: string; changes: SiteChanges }> => {
  let body = ''
  for await (const chunk of req) {
    body += String(chunk)
    if (body.length > MAX_BODY) break
  }
  let parsed: { reason?: unknown; changes?: unknown }
  try {
    parsed = JSON.parse(body) as typeof parsed
  } catch {
    return { changes: 'everything' }
  }
  const reason = typeof parsed?.reason === 'string' ? parsed.reason.slice(0, 200) : undefined
  const list = Array.isArray(parsed?.changes) ? (parsed.changes as unknown[]) : null
  if (!list || list.length === 0) return { reason, changes: 'everything' }
  const practices: string[] = []
  for (const change of list as { collection?: unknown; ids?: unknown }[]) {
    const ids = Array.isArray(change?.ids) ? change.ids : null
    const valid = ids?.every(
      (id) => (typeof id === 'string' || typeof id === 'number') && /^[\w-]{1,64}$/.test(String(id)),
    )
    if (change?.collection !== 'practices' || !ids || !valid) return { reason, changes: 'everything' }
    practices.push(...ids.map(String))
  }
  if (practices.length > MAX_IDS) return { reason, changes: 'everything' }
  return { reason, changes: { practices: [...new Set(practices)] } }
}
