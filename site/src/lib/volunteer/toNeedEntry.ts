import type { Need, Shift } from '@redcloud/cms/payload-types'

import type { Locale } from '../locales'

import { LOCALES } from '../locales'

type Texts = Partial<Record<Locale, null | string>>

export interface ShiftEntry {
  cmsId: string
  start: string
  end: string
  capacity: number
  free: number
  skills: string[]
}

/** A volunteer need as its public pages show it, in one language: never who signed up. */
export interface NeedEntry {
  cmsId: string
  title: string
  /** The language the title and description are in. */
  contentLocale: Locale
  description: string
  unitId: string
  themeIds: string[]
  skills: string[]
  address: string
  location: { lat: number; lng: number } | null
  contact: { email: string; phone: string }
  practiceId: null | string
  serviceId: null | string
  updatedAt: string
  /** Upcoming shifts (not yet ended at build time), soonest first. */
  shifts: ShiftEntry[]
}

const pick = (texts: unknown, locale: Locale): { text: string; locale: Locale } => {
  const all = (texts && typeof texts === 'object' ? texts : {}) as Texts
  const found = [locale, ...LOCALES].find((l) => typeof all[l] === 'string' && all[l])
  return found ? { text: all[found] as string, locale: found } : { text: '', locale }
}

const idText = (value: unknown): null | string => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return idText((value as { id?: unknown }).id)
  return String(value)
}

/** A need read with `locale=all` and `depth=0`, with its shifts, in `locale` (falling back to a language that has its title). */
export const toNeedEntry = ({
  need,
  shifts,
  locale,
  now = Date.now(),
}: {
  need: Need
  shifts: Shift[]
  locale: Locale
  now?: number
}): NeedEntry => {
  const title = pick(need.title, locale)
  const description = pick(need.description, title.locale)
  const lat = need.location?.lat
  const lng = need.location?.lng
  return {
    cmsId: String(need.id),
    title: title.text,
    contentLocale: title.locale,
    description: description.text,
    unitId: idText(need.unit) ?? '',
    themeIds: (need.themes ?? []).map(idText).filter((id): id is string => id !== null),
    skills: [...(need.skills ?? [])],
    address: need.address ?? '',
    location: typeof lat === 'number' && typeof lng === 'number' ? { lat, lng } : null,
    contact: { email: need.contact?.email ?? '', phone: need.contact?.phone ?? '' },
    practiceId: idText(need.practice),
    serviceId: idText(need.service),
    updatedAt: need.updatedAt,
    shifts: shifts
      .filter((shift) => idText(shift.need) === String(need.id) && new Date(shift.end).getTime() > now)
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((shift) => ({
        cmsId: String(shift.id),
        start: shift.start,
        end: shift.end,
        capacity: Number(shift.capacity) || 0,
        free: Math.max(0, (Number(shift.capacity) || 0) - (Number(shift.seatsTaken) || 0)),
        skills: [...(shift.skills ?? [])],
      })),
  }
}
