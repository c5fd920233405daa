import type { Validate } from 'payload'

export const validateEndDate: Validate = (value, { siblingData }) => {
  const start = (siblingData as { startDate?: null | string }).startDate
  if (value && start && new Date(value as string) < new Date(start)) {
    return 'The end date cannot come before the start date.'
  }
  return true
}
