import type { PayloadRequest, TypedUser } from 'payload'

import { hasRole } from '../access/hasRole'
import { idOf } from '../contract/idOf'
import { getUnitSubtree } from '../utilities/getUnitSubtree'
import { canSeeServiceGaps } from './canSeeServiceGaps'

type Id = number | string
type UnitRow = {
  id: Id
  name: string
  code: string
  level: 'local' | 'national' | 'regional'
  parent?: unknown
  location?: { lat?: null | number; lng?: null | number } | null
}

export type GapUnit = UnitRow

export type ServiceGaps = {
  /** Regional committees in scope with no active service and no published practice in the theme, in the region's units either. */
  regions: UnitRow[]
  /** Units in scope with no active service and no published practice of their own in the theme, by region code. */
  units: UnitRow[]
  /** How many units in scope were looked at. */
  scopeSize: number
}

/**
 * Where a theme is missing (DESIGN.md "Carta dei Servizi", the gap view): units and regions in
 * the caller's scope — everything for admins and content managers, the unit's subtree for a
 * validator, nothing for anyone else (null) — with neither an active confirmed service nor a
 * published practice in that theme.
 */
export const findServiceGaps = async ({
  req,
  user,
  theme,
}: {
  req: PayloadRequest
  user: TypedUser
  theme: Id
}): Promise<null | ServiceGaps> => {
  if (!canSeeServiceGaps(user)) return null
  const everything = hasRole(user, 'admin', 'contentManager')
  const scope = everything ? null : await getUnitSubtree({ req, unit: (user as { unit?: unknown }).unit })
  const { docs: units } = await req.payload.find({
    collection: 'units',
    where: scope ? { id: { in: scope } } : {},
    depth: 0,
    limit: 0,
    pagination: false,
    select: { name: true, code: true, level: true, parent: true, location: true },
    req,
  })
  const inScope = (units as UnitRow[]).map((unit) => unit.id)
  // Only the unit of each: published and active, read on the server's behalf (the caller may
  // not read every draft, but the gap is about what is live).
  const { docs: services } = await req.payload.find({
    collection: 'services',
    where: {
      and: [
        { _status: { equals: 'published' } },
        { status: { equals: 'active' } },
        { themes: { in: [theme] } },
        { unit: { in: inScope } },
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { unit: true },
    req,
  })
  const { docs: practices } = await req.payload.find({
    collection: 'practices',
    where: {
      and: [{ _status: { equals: 'published' } }, { themes: { in: [theme] } }, { unit: { in: inScope } }],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { unit: true },
    req,
  })
  const covered = new Set(
    [...services, ...practices].map((doc) => String(idOf((doc as { unit?: unknown }).unit))),
  )
  const rows = units as UnitRow[]
  const missing = rows.filter((unit) => !covered.has(String(unit.id)))
  const regions = rows.filter(
    (unit) =>
      unit.level === 'regional' &&
      !covered.has(String(unit.id)) &&
      !rows.some((child) => String(idOf(child.parent)) === String(unit.id) && covered.has(String(child.id))),
  )
  const byCode = (a: UnitRow, b: UnitRow) => a.code.localeCompare(b.code)
  return { regions: regions.sort(byCode), units: missing.sort(byCode), scopeSize: rows.length }
}
