import type { APIRoute } from 'astro'

import { getCollection } from 'astro:content'

import { fundingCallsFor } from '../data/fundingCallsFor'
import { impactFor } from '../data/impactFor'
import { openCalls } from '../lib/desk/openCalls'
import { escapeHtml } from '../lib/escapeHtml'
import { LOCALES } from '../lib/locales'

/**
 * Every public page in every language, with its alternates (hreflang), so search engines find
 * the translations. Catalogue filter pages are left out: they only list what is already here.
 */
export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('http://localhost:4321')
  const practices = (await getCollection('practices')).map((entry) => entry.data)
  const guides = (await getCollection('guides')).map((entry) => entry.data)
  // Every locale has the same impact pages: one per indicator that adds up and was measured.
  const impact = (await impactFor('en')).map(({ indicator }) => `impact/${indicator.slug}/`)
  const latest = new Map<string, string>()
  for (const p of practices) latest.set(`practices/${p.slug}/`, p.publishedAt)
  for (const g of guides) latest.set(`guides/${g.slug}/`, g.updatedAt)
  // Every language has a page per call: the open ones are listed (the Development Desk).
  for (const c of openCalls(await fundingCallsFor('it')).all) latest.set(`desk/calls/${c.slug}/`, c.updatedAt)
  const paths = [
    '',
    'practices/',
    'impact/',
    'faq/',
    'guides/',
    'open-data/',
    'desk/',
    'desk/resources/',
    'map/',
    'hub/',
    'hub/trainings/',
    'volunteer/',
    ...impact,
    ...new Set(latest.keys()),
  ]
  const url = (locale: string, path: string) => escapeHtml(new URL(`/${locale}/${path}`, base).href)
  const entries = paths.flatMap((path) =>
    LOCALES.map((locale) =>
      [
        '<url>',
        `<loc>${url(locale, path)}</loc>`,
        latest.get(path) ? `<lastmod>${escapeHtml(latest.get(path)!.slice(0, 10))}</lastmod>` : '',
        ...LOCALES.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${url(l, path)}"/>`),
        '</url>',
      ].join(''),
    ),
  )
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
  ].join('\n')
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
