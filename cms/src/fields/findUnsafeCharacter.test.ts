import { describe, expect, it } from 'vitest'

import { findUnsafeCharacter } from './findUnsafeCharacter'

const title = (text: string) => findUnsafeCharacter({ text, multiline: false, allowZeroWidth: false })
const prose = (text: string) => findUnsafeCharacter({ text, multiline: true, allowZeroWidth: true })

describe('findUnsafeCharacter', () => {
  it('accepts ordinary text in every script, emoji sequences and the joiners they need', () => {
    for (const text of ['Merenda solidale', 'Ünïcödé', 'עברית', 'عربي', 'می‌خواهم', 'क्‍ष', '👩‍🚒', '中文']) {
      expect(title(text)).toBeNull()
      expect(prose(text)).toBeNull()
    }
  })

  it('refuses control characters, saying which and where', () => {
    expect(title('a\u0000b')).toBe('a control character (U+0000) at position 2')
    expect(title('a\u001Bb')).toMatch(/U\+001B/)
    expect(title('a\u0085b')).toMatch(/U\+0085/)
    expect(title('a\u007Fb')).toMatch(/U\+007F/)
    expect(prose('a\u0000b')).toMatch(/control character/)
  })

  it('lets multi-line text keep line breaks and tabs, and nothing else', () => {
    expect(prose('one\ntwo\r\n\tthree')).toBeNull()
    expect(title('one\ntwo')).toMatch(/U\+000A/)
    expect(title('one\ttwo')).toMatch(/U\+0009/)
  })

  it('refuses bidi overrides and isolates everywhere', () => {
    for (const c of [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ]) {
      expect(title(`x${c}y`)).toMatch(/text-direction override/)
      expect(prose(`x${c}y`)).toMatch(/text-direction override/)
    }
    // the marks (not overrides) are ordinary punctuation in right-to-left text
    expect(title('abc\u200Fdef\u200E')).toBeNull()
  })

  it('refuses zero-width spaces and byte-order marks only in single-line text', () => {
    for (const c of ['\u200B', '\u2060', '\uFEFF']) {
      expect(title(`x${c}y`)).toMatch(/zero-width/)
      expect(prose(`x${c}y`)).toBeNull()
    }
  })

  it('refuses lone surrogates, noncharacters and line separators', () => {
    expect(title('x\uD800y')).toMatch(/invalid character/)
    expect(title('x\uDC00')).toMatch(/invalid character/)
    expect(title('x\uFFFF')).toMatch(/invalid character/)
    expect(prose('x\u2028y')).toMatch(/separator/)
  })
})
