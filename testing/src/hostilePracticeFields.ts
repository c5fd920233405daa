import type { Field } from 'payload'

import { Practices } from '@redcloud/cms/collections/Practices'
import { hostileInputCorpus } from './hostileInputCorpus'

type Doc = Record<string, unknown>

/**
 * Every text, textarea, rich-text and array field of a practice (workflow aside), filled with the
 * hostile input corpus, read from the collection's own fields so a new field is covered too.
 * `richText` gives the value of rich-text fields.
 */
export const hostilePracticeFields = ({
  locale,
  richText,
}: {
  locale: string
  richText: (locale: string) => unknown
}) => {
  let n = 0
  // cut to the field's maximum without splitting a surrogate pair (a lone half is refused)
  const cut = (value: string, max = 10_000) => value.slice(0, max).replace(/[\uD800-\uDBFF]$/, '')
  const pick = (max?: number) => cut(`${hostileInputCorpus[n++ % hostileInputCorpus.length]}`, max)
  const fill = (fields: Field[]): Doc => {
    const data: Doc = {}
    for (const field of fields) {
      if (field.type === 'tabs') for (const tab of field.tabs) Object.assign(data, fill(tab.fields))
      else if (field.type === 'row' || field.type === 'collapsible') Object.assign(data, fill(field.fields))
      else if (!('name' in field) || field.name === 'workflow') continue
      else if (field.type === 'group') data[field.name] = fill(field.fields)
      else if (field.type === 'array') data[field.name] = [fill(field.fields), fill(field.fields)]
      else if (field.type === 'text') data[field.name] = pick(field.maxLength)
      else if (field.type === 'textarea')
        data[field.name] = cut(hostileInputCorpus.join('\n'), field.maxLength)
      else if (field.type === 'richText') data[field.name] = richText(locale)
    }
    return data
  }
  return fill(Practices.fields)
}
