import type { PayloadRequest } from 'payload'

import { idOf } from '../../contract/idOf'

type UnitRow = { id: number | string; level?: null | string; parent?: unknown }

/**
 * The unit whose validators endorse a support request: the regional committee above the
 * requesting unit (the committee itself for a regional committee's own request; the national
 * committee for its own). Read once per request and unit.
 */
export const endorsingUnit = async ({
  req,
  unit,
}: {
  req: PayloadRequest
  unit: unknown
}): Promise<null | number | string> => {
  let id = idOf(unit)
  const key = `endorsingUnit:${String(id)}`
  if (req.context[key] !== undefined) return req.context[key] as null | number | string
  let found: null | number | string = null
  // The tree is a few levels deep; the bound only guards against a cycle in bad data.
  for (let hops = 0; id !== null && hops < 10; hops++) {
    const row = (await req.payload.findByID({
      collection: 'units',
      id,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
      select: { level: true, parent: true },
    })) as null | UnitRow
    if (!row) break
    if (row.level === 'regional' || row.level === 'national') {
      found = row.id
      break
    }
    id = idOf(row.parent)
  }
  req.context[key] = found
  return found
}
