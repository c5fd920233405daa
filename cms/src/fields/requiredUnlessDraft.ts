import type { Validate } from 'payload'

const isEmpty = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0)

/**
 * Drafts may be incomplete; anything leaving draft must have the field. Wraps an optional
 * format validator that runs whenever there is a value.
 */
export const requiredUnlessDraft =
  (message: string, format?: Validate): Validate =>
  (value, options) => {
    const isDraft = (options.data as { _status?: string } | undefined)?._status !== 'published'
    if (isEmpty(value)) return isDraft ? true : message
    return format ? format(value, options) : true
  }
