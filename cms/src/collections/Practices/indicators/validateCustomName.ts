import type { Validate } from 'payload'

import { text } from 'payload/shared'

import { idOf } from '../../../contract/idOf'
import { isEmptyValue } from '../../../fields/isEmptyValue'
import { customIndicatorNameMessage } from './customIndicatorNameMessage'

/**
 * A row of the practice's own (no library indicator) needs a name before it leaves draft, like
 * the fields of `requiredForReview` (the workflow's submission check asks for it too); a
 * library row takes its name from the library.
 */
export const validateCustomName: Validate = (value, options) => {
  if (!isEmptyValue(value)) return (text as Validate)(value, options)
  const custom = idOf((options.siblingData as { indicator?: unknown } | undefined)?.indicator) === null
  const isDraft = (options.data as { _status?: string } | undefined)?._status !== 'published'
  return custom && !isDraft ? customIndicatorNameMessage : true
}
