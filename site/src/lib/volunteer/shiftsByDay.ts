import type { NeedEntry, ShiftEntry } from './toNeedEntry'

import { dayOf } from './dayOf'

export type DayShift = { need: Pick<NeedEntry, 'cmsId' | 'contentLocale' | 'title'>; shift: ShiftEntry }

/** Every upcoming shift by the day it starts (on `timeZone`'s clock), in time order: the calendar views' cells. */
export const shiftsByDay = (needs: NeedEntry[], timeZone: string): Map<string, DayShift[]> => {
  const days = new Map<string, DayShift[]>()
  const all = needs
    .flatMap((need) => need.shifts.map((shift) => ({ need, shift })))
    .sort((a, b) => a.shift.start.localeCompare(b.shift.start))
  for (const entry of all) {
    const day = dayOf(entry.shift.start, timeZone)
    days.set(day, [...(days.get(day) ?? []), entry])
  }
  return days
}
