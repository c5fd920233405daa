import { describe, expect, it } from 'vitest'

import { passwordProblem } from '../contract/passwordProblem'
import { slugify } from './slugField'
import { validateEmail, validatePhone, validateUrl } from './validators'

const check = (fn: (value: string) => unknown, value: string) => fn(value) === true
// What Payload hands a validator, as little as its default text check needs.
const options = { req: { t: (key: string) => key, payload: { config: {} } }, maxLength: 500 } as never

describe('format validators', () => {
  it('URLs: only absolute http(s)', () => {
    const url = (v: string) => validateUrl(v, options)
    expect(check(url, 'https://www.cri.it/progetti')).toBe(true)
    expect(check(url, 'http://example.org')).toBe(true)
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<script>',
      'www.cri.it',
      'ftp://x.org',
      '/relative',
    ]) {
      expect(check(url, bad), bad).toBe(false)
    }
  })

  it('e-mail and phone', () => {
    const email = (v: string) => validateEmail(v, options)
    const phone = (v: string) => validatePhone(v, options)
    expect(check(email, 'sara.galli@cri-demo.example.org')).toBe(true)
    expect(check(email, 'sara@')).toBe(false)
    expect(check(phone, '+39 02 5555 0123')).toBe(true)
    expect(check(phone, '06-555.0199')).toBe(true)
    expect(check(phone, 'call me')).toBe(false)
    expect(check(phone, '12')).toBe(false)
  })

  it('still apply Payload’s own checks, such as the maximum length', () => {
    expect(check((v) => validateUrl(v, options), `https://example.org/${'a'.repeat(600)}`)).toBe(false)
  })
})

describe('slugs and passwords', () => {
  it('slugify keeps ASCII words', () => {
    expect(slugify('Compagnia telefonica per anziani soli — Milano!')).toBe(
      'compagnia-telefonica-per-anziani-soli-milano',
    )
    expect(slugify('Café de la Cruz Roja: ¿Qué?')).toBe('cafe-de-la-cruz-roja-que')
  })

  it('password policy: length and a mix of characters', () => {
    expect(passwordProblem('short1')).toMatch(/at least 12/)
    expect(passwordProblem('abcdefghijklmnop')).toMatch(/mix/)
    expect(passwordProblem('redcloud-demo')).toBeNull()
    expect(passwordProblem('correct horse battery staple')).toBeNull()
  })
})
