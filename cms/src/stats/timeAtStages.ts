import { median } from './median'

/** One workflow event as the history stores it (only what the durations need). */
export type StageEvent = {
  itemCollection?: null | string
  document: string
  from: string
  to: string
  createdAt: string
  revision?: null | number
}

export type StageTime = {
  stage: string
  /** How many stays at the stage ended with a decision (or a withdrawal). */
  decided: number
  medianMs: null | number
  slowestMs: null | number
}

const order = (a: StageEvent, b: StageEvent) =>
  (a.revision ?? 0) - (b.revision ?? 0) || a.createdAt.localeCompare(b.createdAt)

/**
 * How long items stayed at each of `stages` (the review levels), from the history: a stay
 * starts with the event that moves an item into the stage and ends with the next event of the
 * same item that moves it out. Stays still open are not counted (the overdue figures show them).
 */
export const timeAtStages = ({
  events,
  stages,
}: {
  events: readonly StageEvent[]
  stages: readonly string[]
}): StageTime[] => {
  const byItem = new Map<string, StageEvent[]>()
  for (const event of events) {
    const key = `${event.itemCollection ?? ''}:${event.document}`
    const list = byItem.get(key)
    if (list) list.push(event)
    else byItem.set(key, [event])
  }
  const stays = new Map<string, number[]>(stages.map((stage) => [stage, []]))
  for (const list of byItem.values()) {
    list.sort(order)
    let open: null | { stage: string; since: number } = null
    for (const event of list) {
      const at = Date.parse(event.createdAt)
      if (open && event.from === open.stage && at >= open.since) stays.get(open.stage)?.push(at - open.since)
      open = stays.has(event.to) ? { stage: event.to, since: at } : null
    }
  }
  return stages.map((stage) => {
    const durations = stays.get(stage) ?? []
    return {
      stage,
      decided: durations.length,
      medianMs: median(durations),
      slowestMs: durations.length > 0 ? Math.max(...durations) : null,
    }
  })
}
