import { describe, expect, it } from 'vitest'

import { callsRss } from './callsRss'
import { fixtureCall } from './fixtureCall'

const site = new URL('https://redcloud.example.org')

describe('callsRss: the open calls as RSS 2.0', () => {
  const hostile = `"><script>alert(1)</script> & <![CDATA[x]]>`
  const xml = callsRss({
    calls: [
      fixtureCall(),
      fixtureCall({ cmsId: '9', slug: 'nuovo', title: hostile, updatedAt: '2026-12-01T00:00:00Z' }),
    ],
    site,
    locale: 'it',
    title: 'RedCloud · Bandi',
    description: 'Bandi aperti',
    deadlineText: (call) => `Scadenza: ${call.deadline}`,
  })

  it('is an RSS 2.0 channel with one item per call, newest change first, linking to the call pages', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true)
    expect(xml.match(/<item>/g)).toHaveLength(2)
    expect(xml.indexOf('/it/desk/calls/nuovo/')).toBeLessThan(
      xml.indexOf('/it/desk/calls/bando-volontariato/'),
    )
    expect(xml).toContain('<atom:link href="https://redcloud.example.org/it/desk/calls.xml" rel="self"')
    expect(xml).toContain('<pubDate>Tue, 01 Dec 2026 00:00:00 GMT</pubDate>')
  })

  it('escapes every text: no markup, no CDATA trick, balanced elements', () => {
    expect(xml).not.toContain('<script>')
    expect(xml).not.toContain('<![CDATA[')
    expect(xml).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;![CDATA[x]]&gt;')
    for (const tag of ['rss', 'channel', 'item', 'title', 'link', 'description', 'guid', 'category']) {
      const opened = (xml.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length
      expect((xml.match(new RegExp(`</${tag}>`, 'g')) ?? []).length, tag).toBe(opened)
    }
    expect(xml.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toMatch(/&/)
  })
})
