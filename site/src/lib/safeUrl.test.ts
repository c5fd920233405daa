import { describe, expect, it } from 'vitest'

import { safeUrl } from './safeUrl'

describe('safeUrl', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://example.org', 'http://example.org/'],
    ['mailto:info@example.org', 'mailto:info@example.org'],
    ['/it/practices/', '/it/practices/'],
  ])('keeps %s', (input, output) => expect(safeUrl(input)).toBe(output))

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' \u0001javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox',
    '//evil.example.org/x',
    '/\\evil.example.org',
    '',
    42,
    null,
  ])('drops %s', (input) => expect(safeUrl(input)).toBeNull())
})
