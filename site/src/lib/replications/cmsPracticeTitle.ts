import { cmsUrl } from '../cmsUrl'

/**
 * The title of the practice a declaration is about, in the page's language (else its own), as
 * the signed-in person may read it; null when they may not or it does not exist.
 */
export const cmsPracticeTitle = async (
  { token, id, locale }: { token: string; id: string; locale: string },
  {
    env = process.env,
    fetchImpl = fetch,
  }: { env?: Record<string, string | undefined>; fetchImpl?: typeof fetch } = {},
): Promise<null | string> => {
  try {
    const response = await fetchImpl(
      `${cmsUrl(env)}/api/practices/${encodeURIComponent(id)}?depth=0&locale=${encodeURIComponent(locale)}&select[title]=true`,
      { headers: { Accept: 'application/json', Authorization: `JWT ${token}` } },
    )
    if (!response.ok) return null
    const { title } = (await response.json()) as { title?: unknown }
    return typeof title === 'string' && title.trim() ? title.trim() : null
  } catch {
    return null
  }
}
