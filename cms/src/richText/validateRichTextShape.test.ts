import { describe, expect, it } from 'vitest'

import { lexicalElement as element, lexicalRichText, lexicalTextNode as text } from '../contract'
import { validateRichTextShape } from './validateRichTextShape'

const collections = [
  { slug: 'media', upload: true },
  { slug: 'practices', upload: false },
]
const check = (value: unknown) => validateRichTextShape({ value, collections })

const doc = (...children: unknown[]) => ({ root: element('root', children) })
const upload = (value: unknown, extra: Record<string, unknown> = {}) => ({
  type: 'upload',
  version: 3,
  format: '',
  id: '66a1b2c3d4e5f60718293a4b',
  relationTo: 'media',
  value,
  fields: {},
  ...extra,
})
const link = (fields: Record<string, unknown>) => element('link', [text('here')], { version: 3, fields })

describe('validateRichTextShape', () => {
  it('accepts what the seed and the submission form produce', () => {
    expect(
      check(lexicalRichText(['One', { type: 'heading', text: 'Two' }, { type: 'list', items: ['a', 'b'] }])),
    ).toBeNull()
    // the submission form's value: site/src/lib/submission/submissionLexical.test.ts shows it is this
    expect(check(lexicalRichText(['First line', 'Second line']))).toBeNull()
  })

  it('accepts every node the editor stores: formats, lists, checklists, links, uploads, relationships', () => {
    const value = doc(
      element('heading', [text('Title', 1)], { tag: 'h3', format: 'center' }),
      element('paragraph', [text('bold', 1), { type: 'linebreak', version: 1 }, text('\t', 0)], {
        textFormat: 1,
        textStyle: '',
        indent: 2,
      }),
      element('quote', [text('quoted')]),
      element('list', [element('listitem', [text('done')], { value: 1, checked: true })], {
        listType: 'check',
        start: 1,
        tag: 'ul',
      }),
      element('paragraph', [
        link({ url: 'https://example.org', newTab: true, linkType: 'custom' }),
        {
          ...link({ linkType: 'internal', newTab: false, doc: { relationTo: 'practices', value: 7 } }),
          id: 'abc',
        },
        element('autolink', [text('www.example.org')], {
          version: 2,
          fields: { url: 'https://www.example.org', linkType: 'custom' },
        }),
      ]),
      upload(12),
      upload('66a1b2c3d4e5f60718293a4c'),
      { type: 'relationship', version: 2, format: '', relationTo: 'practices', value: 3 },
      { type: 'horizontalrule', version: 1 },
    )
    expect(check(value)).toBeNull()
  })

  it('refuses an upload whose value is a forged document instead of an id', () => {
    const forged = upload({
      id: 1,
      url: '/x.png',
      mimeType: 'image/png',
      width: '1" onerror="alert(1)',
      height: 1,
    })
    expect(check(doc(forged))).toMatch(/root\.children\[0\] \(upload\): value must be the id of a document/)
  })

  it('refuses uploads pointing at a collection that holds no files, and unknown collections', () => {
    expect(check(doc(upload(1, { relationTo: 'practices' })))).toMatch(
      /relationTo must name an upload collection/,
    )
    expect(check(doc(upload(1, { relationTo: 'nope' })))).toMatch(/relationTo/)
  })

  it('refuses unsafe link targets and keys the editor never writes', () => {
    for (const url of [
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      '//evil.example',
    ]) {
      expect(check(doc(element('paragraph', [link({ url, linkType: 'custom' })]))), url).toMatch(
        /url must be/,
      )
    }
    expect(check(doc(element('paragraph', [link({ url: 'https://ok.example', onclick: 'x' })])))).toMatch(
      /unknown key "onclick"/,
    )
    expect(
      check(
        doc(
          element('paragraph', [
            link({ linkType: 'internal', doc: { relationTo: 'practices', value: { id: 1 } } }),
          ]),
        ),
      ),
    ).toMatch(/doc must name a collection/)
  })

  it('refuses stored values that some converter would write into markup', () => {
    const cases: [unknown, RegExp][] = [
      [element('heading', [text('x')], { tag: 'h1 onclick=alert(1)' }), /tag must be one of/],
      [element('paragraph', [text('x')], { format: 'center;background:url(x)' }), /format must be one of/],
      [element('paragraph', [text('x')], { indent: '1px;x' }), /indent must be a whole number/],
      [element('list', [], { listType: 'bullet', tag: 'script' }), /tag must be one of/],
      [element('listitem', [], { value: '1" onclick="x' }), /value must be a whole number/],
      [element('listitem', [], { checked: 'yes' }), /checked must be true or false/],
      [element('paragraph', [{ ...text('x'), format: '1' }]), /format must be a whole number/],
      [element('paragraph', [{ ...text('x'), extra: 1 }]), /unknown key "extra"/],
      [element('paragraph', [{ ...text('x'), text: { toString: 1 } }]), /text must be text/],
      [{ type: 'block', version: 1, fields: { blockType: 'x' } }, /no node of type "block"/],
      [{ type: 'root', children: [], version: 1 }, /only the top node/],
      [element('paragraph', [text('a\u0000b')]), /control character/],
      [element('paragraph', [text('a\u202Eb')]), /text-direction override/],
      ['<p>html</p>', /must be a node/],
    ]
    for (const [node, message] of cases) expect(check(doc(node)), JSON.stringify(node)).toMatch(message)
  })

  it('refuses whatever is not a Lexical document', () => {
    for (const value of [
      'text',
      42,
      [],
      { root: null },
      { root: { type: 'paragraph', children: [] } },
      { root: element('root', []), x: 1 },
    ]) {
      expect(check(value), JSON.stringify(value)).not.toBeNull()
    }
  })

  it('refuses deep nesting and too many nodes cheaply, without recursion', () => {
    let node: unknown = text('deep')
    for (let i = 0; i < 2000; i++) node = element('paragraph', [node])
    expect(check(doc(node))).toMatch(/nested more than 30 levels/)
    let ok: unknown = text('ok')
    for (let i = 0; i < 29; i++) ok = element('paragraph', [ok])
    expect(check(doc(ok))).toBeNull()
    const wide = doc(
      element(
        'paragraph',
        Array.from({ length: 20001 }, () => text('x')),
      ),
    )
    expect(check(wide)).toMatch(/more than 20000 nodes/)
  })
})
