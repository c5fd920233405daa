import type { Plugin } from 'payload'

import { guardTextFields } from './guardTextFields'

/**
 * Applies guardTextFields to every collection and global, plugins' included: it is the last
 * plugin, so a collection added later is guarded without anyone remembering to.
 */
export const guardTextInput: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    fields: guardTextFields(collection.fields),
  })),
  globals: (config.globals ?? []).map((global) => ({ ...global, fields: guardTextFields(global.fields) })),
})
