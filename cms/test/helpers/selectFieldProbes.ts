import type { Field, RadioField, SanitizedCollectionConfig, SelectField } from 'payload'

/** A select or radio field somewhere in a collection, and a body that puts `value` into it. */
export type SelectFieldProbe = {
  collection: string
  /** The path Payload's validation errors name (`costs.0.period`). */
  path: string
  hasMany: boolean
  /** The option values, in order. */
  options: string[]
  /** Whether the field has access rules of its own (a value may then be dropped, not refused). */
  guarded: boolean
  body: (value: unknown) => Record<string, unknown>
  /** The field as the running configuration has it (its `validate` is Payload's own when it has none). */
  field: RadioField | SelectField
}

type Segment = { name: string; row?: Record<string, unknown> }

const bodyAt = (segments: Segment[], leaf: string, value: unknown): Record<string, unknown> => {
  let inner: Record<string, unknown> = { [leaf]: value }
  for (const segment of [...segments].reverse())
    inner = { [segment.name]: segment.row ? [{ ...segment.row, ...inner }] : inner }
  return inner
}

/**
 * Every select and radio field of every collection of the running configuration (plugins'
 * fields included), through groups, tabs, rows, collapsibles, arrays and blocks: a test that
 * walks it cannot go stale when a collection gains a field.
 */
export const selectFieldProbes = (collections: SanitizedCollectionConfig[]): SelectFieldProbe[] => {
  const probes: SelectFieldProbe[] = []
  const walk = (
    collection: string,
    fields: Field[],
    segments: Segment[],
    paths: string[],
    guarded: boolean,
  ) => {
    for (const field of fields) {
      const ownAccess =
        guarded || ('access' in field && Boolean(field.access?.create || field.access?.update))
      switch (field.type) {
        case 'select':
        case 'radio': {
          const leaf = field.name
          probes.push({
            collection,
            path: [...paths, leaf].join('.'),
            hasMany: field.type === 'select' && Boolean(field.hasMany),
            options: field.options.map((option) => (typeof option === 'string' ? option : option.value)),
            guarded: ownAccess,
            body: (value) => bodyAt(segments, leaf, value),
            field,
          })
          break
        }
        case 'group':
          if ('name' in field && field.name)
            walk(
              collection,
              field.fields,
              [...segments, { name: field.name }],
              [...paths, field.name],
              ownAccess,
            )
          else walk(collection, field.fields, segments, paths, ownAccess)
          break
        case 'row':
        case 'collapsible':
          walk(collection, field.fields, segments, paths, ownAccess)
          break
        case 'tabs':
          for (const tab of field.tabs)
            if ('name' in tab && tab.name)
              walk(collection, tab.fields, [...segments, { name: tab.name }], [...paths, tab.name], ownAccess)
            else walk(collection, tab.fields, segments, paths, ownAccess)
          break
        case 'array':
          walk(
            collection,
            field.fields,
            [...segments, { name: field.name, row: {} }],
            [...paths, field.name, '0'],
            ownAccess,
          )
          break
        case 'blocks':
          for (const block of field.blocks)
            walk(
              collection,
              block.fields,
              [...segments, { name: field.name, row: { blockType: block.slug } }],
              [...paths, field.name, '0'],
              ownAccess,
            )
          break
        default:
      }
    }
  }
  for (const config of collections) walk(config.slug, config.fields, [], [], false)
  return probes
}
