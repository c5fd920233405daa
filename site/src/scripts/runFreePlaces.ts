import { interpolate } from '@redcloud/cms/contract'

/**
 * Free places as they are now: the need's page is prerendered, sign-ups do not rebuild it, so the
 * shifts' `seatsTaken` are read live (public numbers only) and the prerendered text replaced.
 */
export const runFreePlaces = async (): Promise<void> => {
  const spans = [...document.querySelectorAll<HTMLElement>('[data-free-places]')]
  const root = document.querySelector<HTMLElement>('[data-free-texts]')
  if (spans.length === 0 || !root) return
  const ids = spans.map((span) => span.dataset.freePlaces ?? '').filter(Boolean)
  const query = ids.map((id, i) => `where[id][in][${i}]=${encodeURIComponent(id)}`).join('&')
  try {
    const response = await fetch(
      `/api/shifts?${query}&depth=0&limit=${ids.length}&select[capacity]=true&select[seatsTaken]=true`,
    )
    if (!response.ok) return
    const { docs } = (await response.json()) as {
      docs: { id: number | string; capacity: number; seatsTaken?: number }[]
    }
    for (const span of spans) {
      const doc = docs.find((d) => String(d.id) === span.dataset.freePlaces)
      if (!doc) continue
      const free = Math.max(0, doc.capacity - (doc.seatsTaken ?? 0))
      span.textContent =
        free > 0
          ? interpolate(root.dataset.freeTexts ?? '', { free, capacity: doc.capacity })
          : (root.dataset.fullText ?? '')
    }
  } catch {
    // offline or the CMS away: the prerendered numbers stay
  }
}
