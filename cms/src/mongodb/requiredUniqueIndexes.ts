import type { Field, FlattenedField, SanitizedConfig } from 'payload'
import { fieldIsVirtual, fieldShouldBeLocalized } from 'payload/shared'

/** A unique index the app relies on: the MongoDB key paths it covers, in one collection. */
export type RequiredUniqueIndex = {
  /** The Payload collection slug. */
  collection: string
  /** MongoDB key paths, in the order Payload declares them. */
  keys: string[]
  /** What in the config asks for it, for the start-up message. */
  declaredBy: string
}

const CONTAINERS = new Set(['array', 'group', 'tab'])

/**
 * Every unique index the sanitized config asks the MongoDB adapter to build: fields with
 * `unique: true` (in groups, named tabs and arrays too, one index per locale when localized), the
 * collections' `indexes` with `unique`, and an upload collection's `filenameCompoundIndex`. The
 * paths follow @payloadcms/db-mongodb's buildSchema. Versions are left out: the adapter builds
 * their schemas with uniqueness off.
 */
export const requiredUniqueIndexes = (config: SanitizedConfig): RequiredUniqueIndex[] => {
  const locales = config.localization ? config.localization.localeCodes : []
  const required: RequiredUniqueIndex[] = []

  const walk = (slug: string, fields: FlattenedField[], prefix: string, parentIsLocalized: boolean) => {
    for (const field of fields) {
      // The helpers take config fields; a flattened field carries the same flags.
      if (fieldIsVirtual(field as Field)) continue
      const localized =
        locales.length > 0 && fieldShouldBeLocalized({ field: field as Field, parentIsLocalized })
      const paths = localized
        ? locales.map((locale) => `${prefix}${field.name}.${locale}`)
        : [`${prefix}${field.name}`]
      if (CONTAINERS.has(field.type) && 'flattenedFields' in field) {
        for (const path of paths)
          walk(slug, field.flattenedFields, `${path}.`, parentIsLocalized || Boolean(field.localized))
      } else if (field.type === 'blocks') {
        // The adapter builds blocks as mongoose discriminators; nothing here relies on a unique
        // field inside one, and this check would not know which index to look for.
        const uniqueInside = (field.blocks ?? []).some((block) =>
          block.flattenedFields.some((f) => 'unique' in f && f.unique),
        )
        if (uniqueInside)
          throw new Error(
            `${slug}.${prefix}${field.name}: a unique field inside blocks is not supported by the MongoDB start-up check.`,
          )
      } else if ('unique' in field && field.unique) {
        for (const path of paths)
          required.push({ collection: slug, keys: [path], declaredBy: `field ${path}` })
      }
    }
  }

  for (const collection of config.collections) {
    walk(collection.slug, collection.flattenedFields, '', false)
    for (const index of collection.sanitizedIndexes) {
      if (!index.unique) continue
      const keys = index.fields.flatMap(({ localizedPath, path, pathHasLocalized }) =>
        pathHasLocalized && locales.length > 0
          ? locales.map((locale) => localizedPath.replace('<locale>', locale))
          : [path],
      )
      required.push({
        collection: collection.slug,
        keys,
        declaredBy: `index (${index.fields.map((f) => f.path).join(', ')})`,
      })
    }
    const compound = collection.upload ? collection.upload.filenameCompoundIndex : undefined
    if (Array.isArray(compound))
      required.push({
        collection: collection.slug,
        keys: compound,
        declaredBy: `upload filenameCompoundIndex (${compound.join(', ')})`,
      })
  }
  return required
}
