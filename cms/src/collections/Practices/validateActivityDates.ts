import type { Validate } from 'payload'

import { date } from 'payload/shared'

export const validateEndDate: Validate = (value, options) => {
  const start = (options.siblingData as { startDate?: null | string }).startDate
  if (value && start && new Date(value as string) < new Date(start)) {
    return 'The end date cannot come before the start date.'
  }
  return (date as Validate)(value, options)
}
