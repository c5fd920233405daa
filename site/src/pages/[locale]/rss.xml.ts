import type { APIRoute } from 'astro'

import type { Locale } from '../../lib/locales'

import { practicesFor } from '../../data/practicesFor'
import { escapeHtml } from '../../lib/escapeHtml'
import { localePaths } from '../../lib/localePaths'
import { translator } from '../../lib/translator'

export const getStaticPaths = localePaths

/** The 50 newest practices in one language, as RSS 2.0. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale
  const t = translator(locale)
  const base = site ?? new URL('http://localhost:4321')
  const items = (await practicesFor(locale)).slice(0, 50).map((p) => {
    const link = new URL(`/${locale}/practices/${p.slug}/`, base).href
    const date = new Date(p.publishedAt)
    return [
      '<item>',
      `<title>${escapeHtml(p.title)}</title>`,
      `<link>${escapeHtml(link)}</link>`,
      `<guid isPermaLink="true">${escapeHtml(link)}</guid>`,
      `<description>${escapeHtml(p.summary)}</description>`,
      Number.isNaN(date.getTime()) ? '' : `<pubDate>${date.toUTCString()}</pubDate>`,
      ...(p.unit ? [`<category>${escapeHtml(p.unit.name)}</category>`] : []),
      '</item>',
    ].join('')
  })
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>RedCloud · ${escapeHtml(t('nav.practices'))}</title>`,
    `<link>${escapeHtml(new URL(`/${locale}/practices/`, base).href)}</link>`,
    `<atom:link href="${escapeHtml(new URL(`/${locale}/rss.xml`, base).href)}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeHtml(t('site.tagline'))}</description>`,
    `<language>${locale}</language>`,
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n')
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
