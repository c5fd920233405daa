import type { Field } from 'payload'

/** Whether documents with these fields can use an upload (upload fields, rich text). */
export const usesMedia = (fields: Field[]): boolean =>
  fields.some((field) => {
    if (field.type === 'richText') return true
    if (field.type === 'upload') return [field.relationTo].flat().includes('media')
    if (field.type === 'tabs') return field.tabs.some((tab) => usesMedia(tab.fields))
    if (field.type === 'blocks') return (field.blocks ?? []).some((block) => usesMedia(block.fields))
    return 'fields' in field && usesMedia(field.fields)
  })
