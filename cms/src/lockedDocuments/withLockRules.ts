import type { SanitizedConfig } from 'payload'

import { guardLock } from './guardLock'
import { guardUnlock } from './guardUnlock'

const LOCKS = 'payload-locked-documents'

/**
 * Payload adds its document-lock collection while sanitizing the config, after every plugin
 * ran, with "any signed-in user" access: so its rules go onto the sanitized config. A lock
 * names its owner and an existing document they may edit (else anyone could forge locks that
 * make others' saves fail with 423).
 */
export const withLockRules = async (incoming: Promise<SanitizedConfig>): Promise<SanitizedConfig> => {
  const config = await incoming
  const locks = config.collections.find(({ slug }) => slug === LOCKS)
  if (!locks) return config
  locks.hooks.beforeValidate = [guardLock, ...(locks.hooks.beforeValidate ?? [])]
  locks.hooks.beforeDelete = [guardUnlock, ...(locks.hooks.beforeDelete ?? [])]
  return config
}
