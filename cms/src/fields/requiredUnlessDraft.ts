import type { Validate } from 'payload'

import { isEmptyValue } from './isEmptyValue'

/**
 * Drafts may be incomplete; anything leaving draft must have the field. `base` is the field
 * type's default validator (a custom `validate` replaces it), run on every non-empty value.
 */
export const requiredUnlessDraft =
  (message: string, base?: Validate): Validate =>
  (value, options) => {
    const isDraft = (options.data as { _status?: string } | undefined)?._status !== 'published'
    if (isEmptyValue(value)) return isDraft ? true : message
    return base ? base(value, options) : true
  }
