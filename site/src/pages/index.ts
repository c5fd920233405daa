import type { APIRoute } from 'astro'

import type { Locale } from '../lib/locales'

import { preferredLocale } from '../lib/preferredLocale'
import { siteSettings } from '../lib/settings/siteSettings'

// Rendered on demand: the only page that depends on the visitor (their browser's languages).
export const prerender = false

export const GET: APIRoute = async ({ request, redirect }) => {
  // The CMS's default language; Italian while the CMS cannot say (it is down: nothing to show anyway).
  const fallback: Locale = await siteSettings().then(
    (settings) => settings.defaultLocale,
    () => 'it',
  )
  const locale = preferredLocale(request.headers.get('accept-language'), fallback)
  const response = redirect(`/${locale}/`, 302)
  response.headers.set('Vary', 'Accept-Language')
  response.headers.set('Cache-Control', 'private, max-age=0')
  return response
}
