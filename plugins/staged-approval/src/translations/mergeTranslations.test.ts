import { describe, expect, it } from 'vitest'

import { sanitizeOptions } from '../sanitizeOptions'
import { mergeTranslations, textsOf } from './mergeTranslations'
import { renderEmail } from './renderEmail'
import { stageName, textsIn } from './texts'

const options = sanitizeOptions({
  collections: ['articles' as never, { slug: 'ideas' as never, labels: { stages: { published: 'Scaled' } } }],
  levels: ['desk'],
  itemLevel: () => 'desk',
  validatorLevel: () => null,
  isAuthor: () => false,
  translations: { it: { stage_desk_review: 'Redazione', emailDigestSubject: 'Ciao {{count}}' } },
})

describe('the plugin’s translations', () => {
  it('merge into config.i18n.translations: the plugin’s, then the app’s labels and texts', () => {
    const i18n = mergeTranslations(
      { i18n: { translations: { it: { general: { x: 'y' } } } } } as never,
      options,
    )
    const all = i18n!.translations as Record<string, Record<string, unknown>>
    expect(all.it!.general).toEqual({ x: 'y' })
    const it = textsIn(all.it)
    expect(it.stage_draft).toBe('Bozza')
    expect(stageName(it, 'desk_review', 'articles')).toBe('Redazione')
    expect(stageName(textsIn(all.en), 'desk_review', 'articles')).toBe('desk_review')
    expect(stageName(it, 'published', 'ideas')).toBe('Scaled')
    expect(stageName(it, 'published', 'articles')).toBe('Pubblicata')
  })

  it('e-mails read the same keys, the stage by its one name', () => {
    const config = { i18n: mergeTranslations({} as never, options) }
    expect(
      renderEmail({
        config,
        kind: 'review',
        language: 'it',
        collection: 'articles',
        vars: { title: 'T', stage: 'desk_review' },
      }).text,
    ).toContain('(redazione)')
    expect(
      renderEmail({ config, kind: 'digest', language: 'it', vars: { count: 3, list: '- T' } }).subject,
    ).toBe('Ciao 3')
    expect(textsOf(config, 'de').stage_draft).toBe('Draft')
  })
})
