import React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'

const session = vi.hoisted(() => ({ user: null as null | { roles: string[] }, language: 'en' }))
vi.mock('@payloadcms/ui', () => ({
  useAuth: () => ({ user: session.user }),
  useTranslation: () => ({ i18n: { language: session.language } }),
}))

const { MemberImport } = await import('./MemberImport')

const render = (roles: null | string[], language: string) => {
  session.user = roles ? { roles } : null
  session.language = language
  return renderToStaticMarkup(React.createElement(MemberImport))
}

describe('MemberImport (above the users list)', () => {
  it('shows administrators the file picker and the dry run, in their language', () => {
    const html = render(['admin'], 'fr')
    expect(html).toContain('Importer des membres depuis un CSV')
    expect(html).toContain('type="file"')
    expect(html).toContain('Essai (n’écrit rien)')
    // nothing to import before a dry run
    expect(html).not.toContain('Importer 0')
  })

  it('shows nothing to anyone else', () => {
    expect(render(['validator', 'contentManager'], 'it')).toBe('')
    expect(render(null, 'it')).toBe('')
  })
})
