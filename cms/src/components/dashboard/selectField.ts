import type { Field, SelectField } from 'payload'

/** The select field at `path` (group names, then the field's name) among `fields`, if any. */
export const selectField = (fields: Field[], path: string[]): SelectField | undefined => {
  let current: Field[] = fields
  let field: Field | undefined
  for (const name of path) {
    field = current.find((f) => 'name' in f && f.name === name)
    if (!field) return undefined
    current = 'fields' in field ? (field.fields as Field[]) : []
  }
  return field?.type === 'select' ? field : undefined
}
