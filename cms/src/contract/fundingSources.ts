/** Where an incubated idea's money comes from (or is asked from). */
export const FUNDING_SOURCES = ['grant', 'sponsor', 'crowdfunding', 'own', 'other'] as const

export type FundingSource = (typeof FUNDING_SOURCES)[number]
