import { describe, expect, it } from 'vitest'

import { preferredLocale } from './preferredLocale'

describe('preferredLocale', () => {
  it.each([
    ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    ['de-DE,de;q=0.9,es;q=0.5,en;q=0.7', 'en'],
    ['en;q=0.2, es', 'es'],
    ['de, ja', 'it'],
    ['', 'it'],
    [null, 'it'],
    ['en;q=0', 'it'],
    ['ES-mx', 'es'],
  ] as const)('%s → %s', (header, locale) => expect(preferredLocale(header, 'it')).toBe(locale))
})
