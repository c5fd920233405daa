import type { APIRoute } from 'astro'

import { isLocale } from '../lib/locales'
import { preferredLocale } from '../lib/preferredLocale'

// Rendered on demand: the only page that depends on the visitor (their browser's languages).
export const prerender = false

export const GET: APIRoute = ({ request, redirect }) => {
  const fallback = isLocale(process.env.DEFAULT_LOCALE) ? process.env.DEFAULT_LOCALE : 'it'
  const locale = preferredLocale(request.headers.get('accept-language'), fallback)
  const response = redirect(`/${locale}/`, 302)
  response.headers.set('Vary', 'Accept-Language')
  response.headers.set('Cache-Control', 'private, max-age=0')
  return response
}
