import fs from 'fs'
import path from 'path'

import { wireSize } from './wireSize'

export type Resource = { url: string; kind: 'css' | 'html' | 'js'; rawBytes: number; wireBytes: number }

export type PageWeight = {
  page: string
  /** What the page loads on first view: its HTML, stylesheets, scripts and their static imports. */
  resources: Resource[]
  wireBytes: number
  /** Modules the page loads later, on demand (`import()`), not counted in `wireBytes`. */
  onDemand: string[]
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((value) => value !== undefined)

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'`]([^"'`]+)["'`]/g
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g
const CSS_IMPORT = /@import\s+(?:url\()?["']?([^"')\s]+)/g

/**
 * The weight over the wire of one built page as a browser loads it on first view: the HTML, the
 * stylesheets it links, its module scripts and everything they import statically (followed
 * recursively), each gzipped at level 9. Images, icons and fonts are left out; `import()` calls
 * are listed as on-demand loads.
 */
export const pageWeight = ({ clientDir, page }: { clientDir: string; page: string }): PageWeight => {
  const file = (url: string) => path.join(clientDir, decodeURIComponent(new URL(url, 'http://x/').pathname))
  const htmlFile = page.endsWith('/') ? file(`${page}index.html`) : file(page)
  const html = fs.readFileSync(htmlFile)
  const resources: Resource[] = [
    { url: page, kind: 'html', rawBytes: html.length, wireBytes: wireSize(html) },
  ]
  const onDemand = new Set<string>()
  const seen = new Set<string>()

  const scanScript = (source: string, base: string) => {
    for (const match of source.matchAll(STATIC_IMPORT)) add(new URL(match[1]!, base).pathname, 'js')
    for (const match of source.matchAll(DYNAMIC_IMPORT)) onDemand.add(new URL(match[1]!, base).pathname)
  }
  const add = (url: string, kind: 'css' | 'js') => {
    if (seen.has(url) || /^(https?:)?\/\//.test(url)) return
    seen.add(url)
    const data = fs.readFileSync(file(url))
    resources.push({ url, kind, rawBytes: data.length, wireBytes: wireSize(data) })
    const text = data.toString('utf8')
    const base = new URL(url, 'http://x/').href
    if (kind === 'js') scanScript(text, base)
    else for (const match of text.matchAll(CSS_IMPORT)) add(new URL(match[1]!, base).pathname, 'css')
  }

  const text = html.toString('utf8')
  const pageBase = new URL(page, 'http://x/').href
  for (const match of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', body = ''] = match
    const type = attribute(`<script ${attributes}>`, 'type')
    if (type && !/module|javascript/i.test(type)) continue
    const src = attribute(`<script ${attributes}>`, 'src')
    if (src) add(new URL(src, pageBase).pathname, 'js')
    else scanScript(body, pageBase)
  }
  for (const [tag] of text.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel')?.toLowerCase() ?? ''
    const href = attribute(tag, 'href')
    if (!href) continue
    if (rel.split(/\s+/).includes('stylesheet')) add(new URL(href, pageBase).pathname, 'css')
    else if (rel === 'modulepreload') add(new URL(href, pageBase).pathname, 'js')
  }
  for (const match of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    for (const css of match[1]!.matchAll(CSS_IMPORT)) add(new URL(css[1]!, pageBase).pathname, 'css')

  return {
    page,
    resources,
    wireBytes: resources.reduce((sum, resource) => sum + resource.wireBytes, 0),
    onDemand: [...onDemand],
  }
}
