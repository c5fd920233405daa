import type { AstroGlobal } from 'astro'

import { isLocale, type Locale } from '../locales'
import { translator } from '../translator'
import { isSameOriginRequest } from './isSameOriginRequest'

/** What an account page knows about the request it answers. */
export interface AccountRequest {
  locale: Locale
  t: ReturnType<typeof translator>
  isPost: boolean
  /** The posted form (empty when the body is not a form). */
  form: () => Promise<FormData>
  /** The visitor's address, passed on to the CMS's per-address rate limits. */
  clientAddress: string | undefined
}

/**
 * The start of every account page: a 404 for a language the site does not have, a 403 for a
 * POST that does not come from the site's own pages (CSRF), else what the page needs.
 */
export const accountRequest = (
  astro: Pick<AstroGlobal, 'params' | 'request' | 'site' | 'url'> & { clientAddress?: string },
): AccountRequest | Response => {
  const { locale } = astro.params
  if (!isLocale(locale)) return new Response(null, { status: 404 })
  const t = translator(locale)
  const isPost = astro.request.method === 'POST'
  const origins = [astro.url.origin, astro.site?.origin, process.env.SITE_URL]
  if (isPost && !isSameOriginRequest({ headers: astro.request.headers, origins })) {
    return new Response(t('account.forbidden'), {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  let clientAddress: string | undefined
  try {
    clientAddress = astro.clientAddress
  } catch {
    clientAddress = undefined
  }
  return {
    locale,
    t,
    isPost,
    form: () => astro.request.formData().catch(() => new FormData()),
    clientAddress,
  }
}
