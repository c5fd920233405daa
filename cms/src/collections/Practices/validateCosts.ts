import type { Validate } from 'payload'

import { validateOption } from '../../fields/validators'

/** A cost needs a currency, and an amount of zero or more. */
export const validateCurrency: Validate = (value, options) => {
  const amount = (options.siblingData as { amount?: null | number }).amount
  if (amount !== null && amount !== undefined && !value) return 'Choose the currency of the amount.'
  return (validateOption as Validate)(value, options)
}
