/** Currencies a practice's costs can be given in. */
export const CURRENCIES = ['EUR', 'CHF', 'USD', 'GBP'] as const

export type Currency = (typeof CURRENCIES)[number]
