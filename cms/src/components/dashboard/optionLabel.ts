import type { Field, PayloadRequest } from 'payload'

import { selectField } from './selectField'

/**
 * The label of a select field's option in the admin user's language, read from the collection's
 * own field (so a stage or an action is named as the list and the document name it), or the raw
 * value when the field gives none.
 */
export const optionLabel = ({
  req,
  fields,
  path,
  value,
}: {
  req: PayloadRequest
  fields: Field[]
  path: string[]
  value: string
}): string => {
  const option = selectField(fields, path)?.options.find(
    (o) => (typeof o === 'string' ? o : o.value) === value,
  )
  const label: unknown = typeof option === 'object' ? option.label : undefined
  if (typeof label === 'string') return label
  if (typeof label === 'function')
    return String((label as (args: unknown) => unknown)({ t: req.i18n.t, i18n: req.i18n }))
  if (label && typeof label === 'object') {
    const byLanguage = label as Record<string, string>
    return byLanguage[req.i18n.language] ?? byLanguage.en ?? value
  }
  return value
}
