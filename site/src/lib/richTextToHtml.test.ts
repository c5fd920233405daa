import { describe, expect, it } from 'vitest'

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

describe('richTextToHtml', () => {
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

  it('points uploads at the CMS and gives images their alt text', () => {
    const html = richTextToHtml({
      data: root({
        type: 'upload',
        version: 3,
        relationTo: 'media',
        value: {
          url: '/api/media/file/a.jpg',
          alt: 'Volunteers "at work"',
          mimeType: 'image/jpeg',
          width: 800,
          height: 600,
        },
        fields: {},
      }),
      mediaBaseUrl: 'http://cms.test',
    })
    expect(html).toContain('src="http://cms.test/api/media/file/a.jpg"')
    expect(html).toContain('alt="Volunteers &quot;at work&quot;"')
  })

  it('returns nothing for empty or malformed values', () => {
    expect(richTextToHtml({ data: null, mediaBaseUrl: '' })).toBe('')
    expect(richTextToHtml({ data: 'text', mediaBaseUrl: '' })).toBe('')
  })
})
