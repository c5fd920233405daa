import type { Field, Validate } from 'payload'

import { richText, text, textarea } from 'payload/shared'

import { validateRichTextShape } from '../richText/validateRichTextShape'
import { findUnsafeCharacter } from './findUnsafeCharacter'

const DEFAULT_VALIDATORS = { text, textarea, richText } as unknown as Record<string, Validate>

const checkText = (value: unknown, type: string): null | string => {
  const values = Array.isArray(value) ? value : [value]
  for (const item of values) {
    if (typeof item !== 'string') continue
    const bad = findUnsafeCharacter({
      text: item,
      multiline: type === 'textarea',
      allowZeroWidth: type === 'textarea',
    })
    if (bad) return `This text contains ${bad}; remove it and save again.`
  }
  return null
}

const checkRichText = (
  value: unknown,
  options: { req?: { payload?: { config?: { collections?: unknown } } } },
) => {
  if (value === null || value === undefined) return null
  const configured = options.req?.payload?.config?.collections
  const collections = Array.isArray(configured)
    ? configured.map((c: { slug: string; upload?: unknown }) => ({ slug: c.slug, upload: !!c.upload }))
    : undefined
  const problem = validateRichTextShape({ value, collections })
  return problem ? `This rich text is not what the editor produces: ${problem}.` : null
}

/** The field's own validation, or the type's default one (a custom `validate` replaces it). */
const originalValidate = (field: Field): Validate => {
  const own = 'validate' in field ? (field.validate as Validate | undefined) : undefined
  if (own) return own
  const fallback = DEFAULT_VALIDATORS[field.type]
  return fallback
    ? (value, options) => fallback(value, { ...field, ...options } as typeof options)
    : () => true
}

const guardField = (field: Field): Field => {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'richText': {
      const validate = originalValidate(field)
      const check =
        field.type === 'richText' ? checkRichText : (value: unknown) => checkText(value, field.type)
      return {
        ...field,
        validate: (value: unknown, options: Parameters<Validate>[1]) =>
          check(value, options as never) ?? validate(value, options),
      } as Field
    }
    case 'array':
    case 'group':
    case 'row':
    case 'collapsible':
      return { ...field, fields: guardTextFields(field.fields) } as Field
    case 'tabs':
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: guardTextFields(tab.fields) })) }
    case 'blocks':
      return {
        ...field,
        blocks: (field.blocks ?? []).map((block) => ({ ...block, fields: guardTextFields(block.fields) })),
      }
    default:
      return field
  }
}

/**
 * Every text, textarea and rich-text field in `fields` (nested ones included) refuses hostile
 * characters and, for rich text, node shapes the editor does not produce, before running the
 * field's own validation (requiredUnlessDraft, maxLength…), which keeps working unchanged.
 */
export const guardTextFields = (fields: Field[]): Field[] => fields.map(guardField)
