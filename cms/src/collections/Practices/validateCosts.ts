import type { Validate } from 'payload'

/** A cost needs a currency, and an amount of zero or more. */
export const validateCurrency: Validate = (value, { siblingData }) => {
  const amount = (siblingData as { amount?: null | number }).amount
  if (amount !== null && amount !== undefined && !value) return 'Choose the currency of the amount.'
  return true
}
