import type { FundingCallEntry } from './deskEntries'

import { escapeHtml } from '../escapeHtml'

/** The open calls as RSS 2.0, newest change first, each linking to its page on the site. */
export const callsRss = ({
  calls,
  site,
  locale,
  title,
  description,
  deadlineText,
}: {
  calls: FundingCallEntry[]
  site: URL
  locale: string
  title: string
  description: string
  /** "Deadline: …" in the feed's language. */
  deadlineText: (call: FundingCallEntry) => string
}): string => {
  const items = [...calls]
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .map((call) => {
      const link = new URL(`/${locale}/desk/calls/${call.slug}/`, site).href
      const date = new Date(call.updatedAt)
      return [
        '<item>',
        `<title>${escapeHtml(call.title)}</title>`,
        `<link>${escapeHtml(link)}</link>`,
        `<guid isPermaLink="true">${escapeHtml(link)}</guid>`,
        `<description>${escapeHtml([deadlineText(call), call.funder, call.summary].filter(Boolean).join(' · '))}</description>`,
        Number.isNaN(date.getTime()) ? '' : `<pubDate>${date.toUTCString()}</pubDate>`,
        `<category>${escapeHtml(call.funder)}</category>`,
        '</item>',
      ].join('')
    })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeHtml(title)}</title>`,
    `<link>${escapeHtml(new URL(`/${locale}/desk/`, site).href)}</link>`,
    `<atom:link href="${escapeHtml(new URL(`/${locale}/desk/calls.xml`, site).href)}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeHtml(description)}</description>`,
    `<language>${locale}</language>`,
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n')
}
