import type { Payload } from 'payload'

/**
 * Every global (RedCloud has none of its own; Payload adds `payload-jobs-stats` for scheduled
 * jobs). None keeps versions today: backing those up would need findGlobalVersions too.
 */
export const backedUpGlobals = (payload: Payload): string[] =>
  payload.config.globals.map((global) => {
    if (global.versions)
      throw new Error(`Backups do not cover the versions of the global ${global.slug} yet.`)
    return global.slug
  })
