import type { Media } from '@redcloud/cms/payload-types'

import { describe, expect, it } from 'vitest'

import { hostileInputCorpus } from '@redcloud/testing/hostileInputCorpus'
import { richTextToHtml } from './richTextToHtml'

const root = (...children: unknown[]) => ({
  root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
})
const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  format,
  version: 1,
  detail: 0,
  mode: 'normal',
  style: '',
})
const paragraph = (...children: unknown[]) => ({
  type: 'paragraph',
  children,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
})
const link = (url: string, label: string) => ({
  type: 'link',
  fields: { url, linkType: 'custom', newTab: false },
  children: [text(label)],
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
})

const uploadNode = (value: unknown) => ({
  type: 'upload',
  version: 3,
  relationTo: 'media',
  value,
  fields: {},
})

describe('SECURITY.md §9 Rendering: richTextToHtml', () => {
  it('renders paragraphs, bold text and headings one level below the page title', () => {
    const html = richTextToHtml({
      data: root(
        {
          type: 'heading',
          tag: 'h1',
          children: [text('Why')],
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
        },
        paragraph(text('Plain '), text('bold', 1)),
      ),
      mediaBaseUrl: 'http://cms.test',
    })
    expect(html).toContain('<h2>Why</h2>')
    expect(html).toContain('<strong>bold</strong>')
    expect(html).not.toContain('<h1')
  })

  it('escapes text, so markup typed by an author shows as text', () => {
    const html = richTextToHtml({
      data: root(paragraph(text('<script>alert(1)</script>'))),
      mediaBaseUrl: '',
    })
    expect(html).toContain('&lt;script&gt;')
    expect(html).not.toContain('<script>')
  })

  it('keeps safe links and turns unsafe ones into plain text', () => {
    const html = richTextToHtml({
      data: root(
        paragraph(
          link('https://example.org/', 'good'),
          link('javascript:alert(1)', 'bad'),
          link('data:text/html,x', 'worse'),
        ),
      ),
      mediaBaseUrl: '',
    })
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">good</a>')
    expect(html).toContain('<span>bad</span>')
    expect(html).toContain('<span>worse</span>')
    expect(html).not.toMatch(/javascript:|data:text/)
  })

  it('renders uploads from the public media documents, by the id in the node', () => {
    const media = new Map([
      [
        '7',
        {
          id: 7,
          url: '/api/media/file/a.jpg',
          alt: 'Volunteers "at work"',
          mimeType: 'image/jpeg',
          width: 800,
          height: 600,
        } as Media,
      ],
      [
        '8',
        { id: 8, url: '/api/media/file/b.pdf', filename: 'b<1>.pdf', mimeType: 'application/pdf' } as Media,
      ],
    ])
    const html = richTextToHtml({
      data: root(uploadNode(7), uploadNode('8')),
      media,
      mediaBaseUrl: 'http://cms.test',
    })
    expect(html).toBe(
      '<img src="http://cms.test/api/media/file/a.jpg" alt="Volunteers &quot;at work&quot;" width="800" height="600" loading="lazy" decoding="async">' +
        '<a href="http://cms.test/api/media/file/b.pdf">b&lt;1&gt;.pdf</a>',
    )
  })

  it('writes no value stored in a node into the page, whatever its shape', () => {
    const media = new Map([['7', { id: 7, url: '/api/media/file/a.jpg', mimeType: 'image/jpeg' } as Media]])
    const forged = {
      id: 7,
      url: 'javascript:alert(1)',
      mimeType: 'image/png',
      alt: '" onerror="alert(1)',
      width: '1" onerror="alert(1)',
      height: 1,
    }
    const html = richTextToHtml({
      data: root(
        { ...uploadNode(forged), fields: { alt: '" onload="x' } },
        uploadNode({ id: 99, url: '/api/media/file/private.jpg', mimeType: 'image/jpeg' }),
        uploadNode(99),
        { type: 'heading', tag: 'h1 onclick=alert(1)', children: [text('h')] },
        { type: 'heading', tag: 'script', children: [text('h')] },
        {
          type: 'list',
          listType: '" onclick="x',
          tag: 'script',
          start: '2" x="',
          children: [{ type: 'listitem', value: '1" onclick="x', checked: '" x', children: [text('li')] }],
        },
        { type: 'list', listType: 'number', tag: 'ul', start: 3, children: [] },
        paragraph({ ...text('t'), format: '1" onclick="x' }),
        { ...paragraph(text('p')), format: 'center;" onclick="x', indent: '1px" x="', direction: '" x' },
        { type: 'tablecell', colSpan: ['2" onclick="x'], children: [text('cell')] },
        { type: 'html', html: '<script>alert(1)</script>', children: [text('<b>shown as text</b>')] },
        { type: 'relationship', relationTo: 'users', value: { id: 1, email: 'secret@example.org' } },
      ),
      media,
      mediaBaseUrl: 'http://cms.test',
    })
    expect(html).toBe(
      '<img src="http://cms.test/api/media/file/a.jpg" alt="" loading="lazy" decoding="async">' +
        '<h2>h</h2><h2>h</h2><ul><li>li</li></ul><ol start="3"></ol><p>t</p><p>p</p>' +
        'cell&lt;b&gt;shown as text&lt;/b&gt;',
    )
  })

  it('emits only its own tags and attributes, with the XSS corpus in every stored value of every node', () => {
    const values = [...hostileInputCorpus, 1e9, -1, true, null, ['x'], { id: 7 }]
    const nodeTypes = [
      'paragraph',
      'heading',
      'quote',
      'list',
      'listitem',
      'link',
      'autolink',
      'text',
      'tab',
      'upload',
      'relationship',
      'linebreak',
      'horizontalrule',
      'block',
      'html',
    ]
    const keys = [
      'tag',
      'format',
      'indent',
      'direction',
      'listType',
      'start',
      'value',
      'checked',
      'text',
      'style',
      'textStyle',
      'relationTo',
      'fields',
      'url',
      'width',
      'height',
      'alt',
      'src',
    ]
    const children = values.flatMap((v) =>
      nodeTypes.map((type) => ({
        type,
        ...Object.fromEntries(keys.map((k) => [k, v])),
        fields: { url: v, linkType: v, alt: v, newTab: v },
        children: [{ type: 'text', text: String(v), format: 127 }],
      })),
    )
    const html = richTextToHtml({
      data: { root: { type: 'root', children: [{ type: 'list', listType: 'check', children }] } },
      media: new Map([
        ['7', { id: 7, url: '/api/media/file/a.jpg', mimeType: 'image/jpeg', width: 5, height: 5 } as Media],
      ]),
      mediaBaseUrl: 'http://cms.test',
    })
    const allowed: Record<string, string[]> = {
      p: [],
      h2: [],
      h3: [],
      h4: [],
      h5: [],
      h6: [],
      blockquote: [],
      ul: ['class'],
      ol: ['start'],
      li: [],
      br: [],
      hr: [],
      strong: [],
      em: [],
      s: [],
      u: [],
      code: [],
      sub: [],
      sup: [],
      span: [],
      a: ['href', 'rel'],
      img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
      input: ['type', 'disabled', 'checked'],
    }
    const tags = html.match(/<[^>]*>/g) ?? []
    expect(tags.length).toBeGreaterThan(100)
    for (const tag of tags) {
      const match = /^<\/?([a-z0-9]+)((?: [a-z]+(?:="[^"<>]*")?)*)>$/.exec(tag)
      expect(match, tag).not.toBeNull()
      const [, name, attributes] = match as RegExpExecArray
      expect(Object.keys(allowed), tag).toContain(name)
      for (const [, attribute] of (attributes ?? '').matchAll(/ ([a-z]+)/g))
        expect(allowed[name as string], tag).toContain(attribute)
    }
    expect(tags.join('')).not.toMatch(/javascript:|data:text|<script|onerror|onload=/i)
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])
    for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:|tel:|\/(?![/\\]))/)
  })

  it('stops at a depth the CMS never allows instead of walking hostile nesting', () => {
    let node: unknown = text('deep')
    for (let i = 0; i < 5000; i++) node = paragraph(node)
    const html = richTextToHtml({ data: root(node), mediaBaseUrl: '' })
    expect(html).not.toContain('deep')
    // the walk stops 40 levels down (the CMS allows 30) instead of descending 5000 levels
    expect(html.match(/<p>/g)?.length).toBe(40)
  })

  it('returns nothing for empty or malformed values', () => {
    expect(richTextToHtml({ data: null, mediaBaseUrl: '' })).toBe('')
    expect(richTextToHtml({ data: 'text', mediaBaseUrl: '' })).toBe('')
  })
})
