/** How often a practice's costs recur. */
export const COST_PERIODS = ['oneOff', 'monthly', 'yearly'] as const

export type CostPeriod = (typeof COST_PERIODS)[number]
