import { describe, expect, it } from 'vitest'

import { isSafeLinkUrl } from './isSafeLinkUrl'

describe('isSafeLinkUrl', () => {
  it('accepts web, mail and phone addresses and relative paths', () => {
    for (const url of [
      'https://example.org/a?b=c#d',
      'http://example.org',
      'mailto:info@example.org',
      'tel:+390212345678',
      '/it/practices/',
      '#section',
      'www.example.org',
      'page.html',
    ]) {
      expect(isSafeLinkUrl(url), url).toBe(true)
    }
  })

  it('refuses script, data and unknown schemes however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\tscript:alert(1)',
      ' javascript:alert(1)',
      'java\u0000script:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      'https://exa mple.org',
      '',
      42,
      null,
      { url: 'https://example.org' },
    ]) {
      expect(isSafeLinkUrl(url), String(url)).toBe(false)
    }
  })
})
