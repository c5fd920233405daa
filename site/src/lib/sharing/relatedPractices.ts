import { cmsUrl } from '../cmsUrl'
import { fetchRetryingRead, READ_RETRY_DELAYS_MS } from '../fetchRetryingRead'

export interface RelatedPractice {
  id: string
  title: string
  slug: string
  unitName: string
}

/** How many practices one request asks about (the CMS takes up to 100). */
const BATCH = 100

/**
 * The related practices of many practices in one language, for their prerendered pages: the
 * CMS's similarity index (`GET /api/practices/similar?ids=…`, the same index as the submission
 * hint), 100 practices per request — so a build asks 4 × ⌈N/100⌉ times, not 4 × N. A build does
 * not fail for them: a batch the CMS cannot answer (its connection failing three times, see
 * fetchRetryingRead, or an error answer) gives those practices none.
 */
export const relatedPractices = async (
  { ids, locale }: { ids: string[]; locale: string },
  {
    env = process.env,
    fetchImpl = fetch,
    retryDelaysMs = READ_RETRY_DELAYS_MS,
  }: {
    env?: Record<string, string | undefined>
    fetchImpl?: typeof fetch
    retryDelaysMs?: readonly number[]
  } = {},
): Promise<Map<string, RelatedPractice[]>> => {
  const related = new Map<string, RelatedPractice[]>()
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH)
    const params = new URLSearchParams({ ids: batch.join(','), locale })
    try {
      const response = await fetchRetryingRead(
        fetchImpl,
        `${cmsUrl(env)}/api/practices/similar?${params}`,
        { headers: { Accept: 'application/json' } },
        retryDelaysMs,
      )
      if (!response.ok) continue
      const body = (await response.json()) as {
        related?: Record<
          string,
          { id: unknown; title?: unknown; slug?: unknown; unit?: { name?: unknown } | null }[]
        >
      }
      for (const id of batch) {
        const docs = body.related?.[id] ?? []
        related.set(
          id,
          docs
            .filter((doc) => typeof doc.slug === 'string' && doc.slug !== '' && String(doc.id) !== id)
            .map((doc) => ({
              id: String(doc.id),
              title: String(doc.title ?? ''),
              slug: String(doc.slug),
              unitName: String(doc.unit?.name ?? ''),
            })),
        )
      }
    } catch {
      // none for this batch
    }
  }
  return related
}
