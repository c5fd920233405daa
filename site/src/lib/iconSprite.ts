import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import type { ThemeIcon } from '@redcloud/cms/contract'

/** Which Lucide icon draws each theme icon name the CMS offers (ISC-licensed, lucide-static). */
export const LUCIDE_FOR_THEME: Record<ThemeIcon, string> = {
  elderly: 'person-standing',
  youth: 'users-round',
  migrants: 'footprints',
  health: 'heart-pulse',
  'first-aid': 'briefcase-medical',
  emergency: 'siren',
  food: 'soup',
  homeless: 'house',
  inclusion: 'handshake',
  environment: 'sprout',
  education: 'book-open',
  digital: 'laptop',
  volunteering: 'hand-heart',
  disability: 'accessibility',
  water: 'droplet',
  shelter: 'tent',
  'mental-health': 'brain',
  gender: 'venus-and-mars',
}

/** Icons the site's chrome uses besides the themes. */
const UI_ICONS = [
  'search',
  'heart',
  'message-circle',
  'printer',
  'map-pin',
  'globe',
  'file-text',
  'external-link',
  'rss',
  'database',
  'award',
  'calendar',
  'download',
]

const require = createRequire(import.meta.url)

const innerSvg = (lucideName: string): string => {
  const file = readFileSync(require.resolve(`lucide-static/icons/${lucideName}.svg`), 'utf8')
  const inner = file.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>[\s\S]*$/, '')
  return inner.replace(/\s*\n\s*/g, '')
}

/** One SVG file holding every icon as a <symbol>, referenced with <use href="/icons.svg#name">. */
export const iconSprite = (): string => {
  const symbols = [
    ...Object.entries(LUCIDE_FOR_THEME).map(([name, lucide]) => [name, lucide]),
    ...UI_ICONS.map((name) => [name, name]),
  ].map(
    ([id, lucide]) =>
      `<symbol id="${id}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${innerSvg(lucide as string)}</symbol>`,
  )
  return `<svg xmlns="http://www.w3.org/2000/svg"><!-- Icons: Lucide (ISC licence) -->${symbols.join('')}</svg>`
}
