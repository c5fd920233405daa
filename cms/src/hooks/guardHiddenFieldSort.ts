import type { CollectionBeforeOperationHook, Field, FieldAccess } from 'payload'

import { APIError } from 'payload'

type Protected = { path: string; access: FieldAccess }

/** The dotted paths of every field (in groups, rows, tabs) that has its own read access. */
export const protectedPaths = (fields: Field[], prefix = ''): Protected[] =>
  fields.flatMap((field): Protected[] => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        protectedPaths(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix),
      )
    }
    if (field.type === 'row' || field.type === 'collapsible') return protectedPaths(field.fields, prefix)
    if (!('name' in field)) return []
    const path = `${prefix}${field.name}`
    const read = 'access' in field ? field.access?.read : undefined
    const own: Protected[] = read ? [{ path, access: read }] : []
    if (field.type === 'group' || field.type === 'array')
      return [...own, ...protectedPaths(field.fields, `${path}.`)]
    return own
  })

/**
 * Payload refuses `where` on a field the caller may not read, but not `sort`: sorting by a hidden
 * e-mail would reveal it one character at a time. Reject such sorts for callers without access.
 */
export const guardHiddenFieldSort =
  (fields: Field[]): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'read') return args
    const sort = (args as { sort?: string | string[] }).sort
    if (!sort) return args
    const keys = (Array.isArray(sort) ? sort : String(sort).split(',')).map((key) =>
      key.trim().replace(/^-/, ''),
    )
    const guarded = protectedPaths(fields)
    for (const key of keys) {
      const match = guarded.find(({ path }) => key === path || key.startsWith(`${path}.`))
      if (match && !(await match.access({ req }))) {
        throw new APIError(`You cannot sort by "${key}".`, 400, undefined, true)
      }
    }
    return args
  }
