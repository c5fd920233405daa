import type { PayloadRequest } from 'payload'

import { idOf } from '../contract/idOf'

type UnitRow = { id: number | string; parent?: unknown }

/**
 * The IDs of a unit and of every unit below it. The unit tree is small (one national society:
 * tens of units), so it is read once per request and cached on `req.context`.
 */
export const getUnitSubtree = async ({
  req,
  unit,
}: {
  req: PayloadRequest
  unit: unknown
}): Promise<(number | string)[]> => {
  const rootId = idOf(unit)
  if (rootId === null) return []

  const cacheKey = `unitSubtree:${String(rootId)}`
  const cached = req.context[cacheKey]
  if (Array.isArray(cached)) return cached as (number | string)[]

  const { docs } = await req.payload.find({
    collection: 'units',
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    select: { parent: true },
  })
  const childrenOf = new Map<string, (number | string)[]>()
  for (const row of docs as UnitRow[]) {
    const parentId = idOf(row.parent)
    if (parentId === null) continue
    const siblings = childrenOf.get(String(parentId)) ?? []
    siblings.push(row.id)
    childrenOf.set(String(parentId), siblings)
  }

  const subtree: (number | string)[] = []
  const seen = new Set<string>()
  const queue: (number | string)[] = [rootId]
  while (queue.length > 0) {
    const id = queue.shift() as number | string
    if (seen.has(String(id))) continue
    seen.add(String(id))
    subtree.push(id)
    queue.push(...(childrenOf.get(String(id)) ?? []))
  }

  req.context[cacheKey] = subtree
  return subtree
}
