import { transition } from '@redcloud/plugin-staged-approval'
import type { Practice } from '@redcloud/cms/payload-types'
import type { Payload, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import type { SeedPractice } from './data/types'

// Generated types say number (SQLite); on MongoDB the same values are strings at run time.
type Id = Practice['id']
type Row = { key?: null | string }

const DAY = 24 * 60 * 60 * 1000
const SOURCES = [
  'Registro delle attività del comitato',
  'Schede di servizio dei volontari',
  'Conteggio mensile del referente',
  'Questionario ai beneficiari',
]

const round = (value: number, like: number[]) =>
  like.every(Number.isInteger) ? Math.round(value) : Math.round(value * 10) / 10

/** The dates of a row's measurements: every six months back from the end, none before the start. */
const datesOf = (practice: SeedPractice, count: number, now: number): string[] => {
  const end = Math.min(Date.parse(practice.activity.endDate ?? '') || Infinity, now - 30 * DAY)
  const start = Date.parse(practice.activity.startDate) || 0
  return Array.from({ length: count }, (_, i) => end - (count - 1 - i) * 182 * DAY)
    .filter((at) => at > start)
    .map((at) => new Date(at).toISOString().slice(0, 10))
}

/**
 * A published demo practice's measurements over time: a row picked from the library gets three,
 * from its baseline towards its old `measured` value (the last one), a row of its own one, that
 * value. Each is added by the practice's author and confirmed by the validator of its unit
 * through the staged-approval plugin's Local API, so the history holds real events; with
 * `pending`, one more waits in the validator's queue. Returns how many were created.
 */
export const seedMeasurements = async ({
  payload,
  practice,
  id,
  rows,
  author,
  validator,
  pending = false,
  now = Date.now(),
}: {
  payload: Payload
  practice: SeedPractice
  id: Id
  rows: Row[]
  author: TypedUser
  validator: TypedUser
  pending?: boolean
  now?: number
}): Promise<number> => {
  // One request for all of them, so what the CMS caches on it (the unit tree) is read once.
  const req = await createLocalReq({}, payload)
  const act = (measurement: Id, action: 'approve' | 'submit', user: TypedUser) =>
    transition({ payload, req, collection: 'measurements', id: measurement, action, user, notify: false })
  const add = async (indicatorKey: string, date: string, value: number, source: string) =>
    (
      await payload.create({
        collection: 'measurements',
        data: { practice: id, indicatorKey, date, value, source },
        user: author,
        overrideAccess: false,
        req,
      })
    ).id
  let created = 0
  for (const [index, row] of rows.entries()) {
    const seed = practice.indicators[index]
    if (!row.key || seed?.measured === undefined) continue
    const from = seed.baseline ?? 0
    const dates = datesOf(practice, seed.library ? 3 : 1, now)
    for (const [i, date] of dates.entries()) {
      const share = (i + 1) / dates.length
      const value = round(from + (seed.measured - from) * share, [from, seed.measured])
      const measurement = await add(row.key, date, value, SOURCES[(index + i) % SOURCES.length] as string)
      await act(measurement, 'submit', author)
      await act(measurement, 'approve', validator)
      created++
    }
    if (pending && index === 0) {
      const date = new Date(now - 7 * DAY).toISOString().slice(0, 10)
      const value = round(seed.measured * 1.05, [seed.measured])
      await act(await add(row.key, date, value, 'Conteggio mensile del referente'), 'submit', author)
      created++
    }
  }
  return created
}
