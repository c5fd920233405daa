/** What a unit asks the National Committee's Development Desk for (DESIGN.md "Development Desk"). */
export const SUPPORT_REQUEST_TYPES = [
  'needsAnalysis',
  'trainingPlan',
  'fundraising',
  'campaign',
  'digitalisation',
  'proposalDrafting',
  'other',
] as const

export type SupportRequestType = (typeof SUPPORT_REQUEST_TYPES)[number]
