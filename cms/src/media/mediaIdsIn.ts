import type { Field } from 'payload'

import { idOf } from '../contract/idOf'

export type MediaUse = { id: number | string; path: string }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Upload nodes anywhere in a Lexical document (nested lists, tables, blocks included). */
const uploadsInRichText = (node: unknown, out: (id: unknown) => void): void => {
  if (Array.isArray(node)) {
    for (const child of node) uploadsInRichText(child, out)
    return
  }
  if (!isRecord(node)) return
  if (node.type === 'upload' && node.relationTo === 'media') out(node.value)
  for (const value of Object.values(node)) if (typeof value === 'object') uploadsInRichText(value, out)
}

/**
 * Every upload of the `media` collection a document uses: upload fields (hasMany, localized, in
 * groups, arrays, tabs and blocks) and uploads inside rich text, each with the top-level field
 * it came from. Read with `locale: 'all'` to get every language's choices.
 */
export const mediaIdsIn = ({ data, fields }: { data: unknown; fields: Field[] }): MediaUse[] => {
  const found: MediaUse[] = []
  const walk = (fieldList: Field[], value: unknown, path: null | string): void => {
    if (!isRecord(value)) return
    for (const field of fieldList) {
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          const named = 'name' in tab && tab.name
          walk(tab.fields, named ? value[named] : value, path ?? (named || null))
        }
        continue
      }
      if (!('name' in field)) {
        if ('fields' in field) walk(field.fields, value, path)
        continue
      }
      const own = path ?? field.name
      const raw = value[field.name]
      // Localized values read with locale 'all' come keyed by language.
      const values =
        'localized' in field && field.localized && isRecord(raw) && !('id' in raw)
          ? Object.values(raw)
          : [raw]
      const add = (item: unknown) => {
        if (isRecord(item) && 'relationTo' in item && item.relationTo !== 'media') return
        const id = idOf(isRecord(item) && 'relationTo' in item ? item.value : item)
        if (id !== null) found.push({ id, path: own })
      }
      for (const current of values) {
        if (field.type === 'upload' && [field.relationTo].flat().includes('media')) {
          for (const item of Array.isArray(current) ? current : [current]) add(item)
        } else if (field.type === 'richText') {
          uploadsInRichText(current, add)
        } else if (field.type === 'group') {
          walk(field.fields, current, own)
        } else if (field.type === 'array' && Array.isArray(current)) {
          for (const row of current) walk(field.fields, row, own)
        } else if (field.type === 'blocks' && Array.isArray(current)) {
          for (const row of current) {
            const block = field.blocks.find((b) => isRecord(row) && b.slug === row.blockType)
            if (block) walk(block.fields, row, own)
          }
        }
      }
    }
  }
  walk(fields, data, null)
  return found
}
