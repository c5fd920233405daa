import { RENDERED_PAGE_HEADER } from '../src/lib/RENDERED_PAGE_HEADER.ts'
import type { RenderedPage } from './createPageOverlay.ts'

export type RenderedPractice = { practiceId: string; pages: RenderedPage[] }

/**
 * Asks the live build's renderer (`/render/practices/<locale>/<id>/`, on this site server) for
 * these practices' pages in every language: a page where the practice is public in that
 * language, none where it is not (410). Anything else throws: the caller publishes nothing and
 * the next build catches up.
 */
export const renderPracticePages = async ({
  practiceIds,
  locales,
  siteUrl,
  secret,
  fetchImpl = fetch,
}: {
  practiceIds: string[]
  /** The site's languages (the live build lists them, see PRACTICE_PAGE_IDS_FILE). */
  locales: readonly string[]
  /** The site server's own address, e.g. http://127.0.0.1:4321. */
  siteUrl: string
  secret: string
  fetchImpl?: typeof fetch
}): Promise<RenderedPractice[]> =>
  Promise.all(
    practiceIds.map(async (practiceId) => {
      const pages: RenderedPage[] = []
      for (const locale of locales) {
        const response = await fetchImpl(
          `${siteUrl}/render/practices/${locale}/${encodeURIComponent(practiceId)}/`,
          { headers: { Authorization: `Bearer ${secret}` }, redirect: 'manual' },
        )
        const html = await response.text()
        if (response.status === 410) continue
        const pagePath = response.headers.get(RENDERED_PAGE_HEADER)
        if (response.status !== 200 || !pagePath)
          throw new Error(`the renderer answered ${response.status} for practice ${practiceId} in ${locale}`)
        pages.push({ path: pagePath, html, policy: response.headers.get('content-security-policy') })
      }
      return { practiceId, pages }
    }),
  )
