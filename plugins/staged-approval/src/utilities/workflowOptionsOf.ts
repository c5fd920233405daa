import type { Payload } from 'payload'

import type { SanitizedOptions } from '../types'

/** Where the plugin keeps its sanitized options in the Payload config, for the Local API. */
export const OPTIONS_KEY = 'stagedApproval'

/**
 * The plugin's options as it resolved them (every default filled in: chains, reminders…), or
 * null when the plugin is not part of this Payload config: for the app's own reports and scripts.
 */
export const workflowOptionsOf = (payload: Payload): null | SanitizedOptions =>
  ((payload.config.custom as Record<string, unknown> | undefined)?.[OPTIONS_KEY] as
    SanitizedOptions | undefined) ?? null
