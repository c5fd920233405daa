import { lexicalRichText } from '@redcloud/cms/contract'
import { describe, expect, it } from 'vitest'

import { guideCriterionHelp } from './guideCriterionHelp'
import { lexicalToParagraphs } from './lexicalToParagraphs'
import { paragraphsToLexical } from './paragraphsToLexical'

describe('paragraphsToLexical', () => {
  it('makes a paragraph of each line that is not empty', () => {
    const json = paragraphsToLexical('First line\r\nsecond line\n\n\n  Third  ')
    const paragraphs = json!.root.children
    expect(paragraphs.map((p) => p.type)).toEqual(['paragraph', 'paragraph', 'paragraph'])
    expect(paragraphs.map((p) => (p.children as { text: string }[])[0]!.text)).toEqual([
      'First line',
      'second line',
      'Third',
    ])
  })

  it('is the contract’s rich text of those lines, which the CMS accepts (validateRichTextShape.test.ts)', () => {
    expect(paragraphsToLexical('First line\nSecond line')).toEqual(
      lexicalRichText(['First line', 'Second line']),
    )
  })

  it('is null for empty text', () => {
    expect(paragraphsToLexical('  \n\n ')).toBeNull()
  })

  it('round-trips through lexicalToParagraphs', () => {
    expect(lexicalToParagraphs(paragraphsToLexical('We visit.\nEvery week.'))).toBe(
      'We visit.\n\nEvery week.',
    )
  })
})

describe('lexicalToParagraphs', () => {
  it('reads headings, paragraphs and lists as plain text blocks', () => {
    const json = lexicalRichText([
      { type: 'heading', text: 'Why' },
      'Because.',
      { type: 'list', items: ['one', 'two'] },
    ])
    expect(lexicalToParagraphs(json)).toBe('Why\n\nBecause.\n\n- one\n- two')
  })

  it('is empty for nothing or junk', () => {
    expect(lexicalToParagraphs(null)).toBe('')
    expect(lexicalToParagraphs({ root: 'x' })).toBe('')
  })
})

describe('guideCriterionHelp', () => {
  it('gives each heading the text under it', () => {
    const json = lexicalRichText([
      'Intro',
      { type: 'heading', text: 'Objectives' },
      'Meaning. Ask: why?',
      { type: 'heading', text: 'Impact' },
      'Lasts.',
      'More.',
    ])
    expect(guideCriterionHelp(json)).toEqual([
      { heading: 'Objectives', text: 'Meaning. Ask: why?' },
      { heading: 'Impact', text: 'Lasts.\n\nMore.' },
    ])
  })
})
