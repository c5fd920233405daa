import { describe, expect, it } from 'vitest'

import { callsIcs } from './callsIcs'
import { fixtureCall } from './fixtureCall'
import { foldIcsLine } from './foldIcsLine'
import { icsText } from './icsText'

const site = new URL('https://redcloud.example.org')
const now = new Date('2026-12-02T12:00:00Z')

/** Unfolds an iCalendar text back into its content lines (RFC 5545 §3.1). */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n')

describe('callsIcs: the deadlines as RFC 5545 iCalendar', () => {
  const long =
    'Bando per l’inclusione sociale, la salute; e la protezione civile — édition spéciale 2027 ✓ 🚑 '.repeat(
      3,
    )
  const text = callsIcs({
    calls: [
      fixtureCall(),
      fixtureCall({ cmsId: '8', slug: 'secondo', title: long, summary: 'Riga uno\nRiga due; a, b \\ c' }),
    ],
    site,
    locale: 'it',
    name: 'RedCloud, bandi',
    now,
  })

  it('is one VCALENDAR with CRLF line endings only, and one VEVENT per call', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true)
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(text.match(/^BEGIN:VEVENT$/gm)).toHaveLength(2)
    expect(text.match(/^END:VEVENT$/gm)).toHaveLength(2)
  })

  it('folds every line at 75 octets, never inside a character, and unfolds to the original', () => {
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    const summary = unfold(text).find((line) => line.startsWith('SUMMARY:') && line.includes('édition'))!
    expect(summary).toBe(`SUMMARY:${icsText(long)}`)
    expect(text).not.toContain('\uFFFD')
    expect(foldIcsLine('a'.repeat(75))).toBe('a'.repeat(75))
    expect(foldIcsLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`)
    expect(foldIcsLine(`${'a'.repeat(74)}é`)).toBe(`${'a'.repeat(74)}\r\n é`)
  })

  it('escapes backslashes, semicolons, commas and newlines in text', () => {
    expect(icsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf')
    const description = unfold(text).find((line) => line.startsWith('DESCRIPTION:Riga uno'))!
    expect(description).toContain('Riga uno\\nRiga due\\; a\\, b \\\\ c')
    expect(unfold(text)).toContain('X-WR-CALNAME:RedCloud\\, bandi')
  })

  it('gives each call a stable UID (same in every build and language) and its deadline in UTC', () => {
    const lines = unfold(text)
    expect(lines).toContain('UID:funding-call-7@redcloud.example.org')
    expect(lines).toContain('DTSTART:20270331T215900Z')
    expect(lines).toContain('DTSTAMP:20261202T120000Z')
    expect(lines).toContain('URL:https://redcloud.example.org/it/desk/calls/bando-volontariato/')
    const again = callsIcs({ calls: [fixtureCall()], site, locale: 'en', name: 'x', now: new Date() })
    expect(unfold(again)).toContain('UID:funding-call-7@redcloud.example.org')
  })

  it('is an empty calendar, still valid, without calls', () => {
    expect(callsIcs({ calls: [], site, locale: 'it', name: 'x', now })).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//RedCloud//Development Desk//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:x\r\nEND:VCALENDAR\r\n',
    )
  })
})
