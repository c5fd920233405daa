import type { GlobalBeforeOperationHook } from 'payload'

import { badInput } from './badInput'

/** A global's update takes a JSON object; anything else failed deep inside Payload (500). */
export const validateGlobalInput: GlobalBeforeOperationHook = ({ args, operation }) => {
  const { data } = args as { data?: unknown }
  if (operation === 'update' && (typeof data !== 'object' || data === null || Array.isArray(data))) {
    throw badInput('The request body must be a JSON object (Content-Type: application/json).')
  }
  return args
}
