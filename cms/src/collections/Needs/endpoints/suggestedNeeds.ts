import type { Endpoint } from 'payload'

import { APIError, headersWithCors } from 'payload'

import { idOf } from '../../../contract/idOf'
import { LOCALES } from '../../../contract/locales'
import { getUnitSubtree } from '../../../utilities/getUnitSubtree'

const MAX_SUGGESTED = 10
const MAX_SHIFTS = 500

/**
 * GET /api/needs/suggested?locale=…: needs near the caller (their unit's area: the subtree of the
 * unit above theirs) with upcoming shifts that still have free places, those wanting the caller's
 * skills first, then by date. 401 anonymous.
 */
export const suggestedNeeds: Endpoint = {
  path: '/suggested',
  method: 'get',
  handler: async (req) => {
    const { user } = req
    if (!user) throw new APIError('Sign in to see suggestions.', 401, undefined, true)
    const own = idOf(user.unit)
    const unit =
      own === null
        ? null
        : await req.payload.findByID({
            collection: 'units',
            id: own,
            depth: 0,
            req,
            overrideAccess: true,
            disableErrors: true,
            select: { parent: true },
          })
    const area = unit ? await getUnitSubtree({ req, unit: idOf(unit.parent) ?? unit.id }) : []
    const headers = headersWithCors({ headers: new Headers(), req })
    if (area.length === 0) return Response.json({ docs: [] }, { headers, status: 200 })
    const { docs: shifts } = await req.payload.find({
      collection: 'shifts',
      where: { and: [{ unit: { in: area } }, { start: { greater_than: new Date().toISOString() } }] },
      sort: 'start',
      limit: MAX_SHIFTS,
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
      select: { need: true, start: true, capacity: true, seatsTaken: true, skills: true },
    })
    const open = shifts.filter((shift) => (shift.seatsTaken ?? 0) < shift.capacity)
    const needIds = [...new Set(open.map((shift) => String(idOf(shift.need))))]
    if (needIds.length === 0) return Response.json({ docs: [] }, { headers, status: 200 })
    const { docs: needs } = await req.payload.find({
      collection: 'needs',
      where: { id: { in: needIds } },
      limit: MAX_SHIFTS,
      pagination: false,
      depth: 0,
      locale: LOCALES.find((l) => l === req.locale),
      req,
      select: { title: true, address: true, skills: true, unit: true },
    })
    const mine = new Set(((user as { skills?: null | string[] }).skills ?? []).map(String))
    const docs = needs
      .map((need) => {
        const own = open.filter((shift) => String(idOf(shift.need)) === String(need.id))
        const wanted = new Set([...(need.skills ?? []), ...own.flatMap((shift) => shift.skills ?? [])])
        return {
          id: need.id,
          title: need.title,
          address: need.address ?? null,
          nextShift: own[0]?.start ?? null,
          matchedSkills: [...wanted].filter((skill) => mine.has(skill)),
        }
      })
      .sort(
        (a, b) =>
          b.matchedSkills.length - a.matchedSkills.length ||
          String(a.nextShift).localeCompare(String(b.nextShift)),
      )
      .slice(0, MAX_SUGGESTED)
    return Response.json({ docs }, { headers, status: 200 })
  },
}
