/** What an idea must have before it leaves draft (field name → what to tell its team). */
export const ideaRequiredForReview = {
  title: 'Give the idea a title.',
  problem: 'Describe the problem the idea solves.',
  solution: 'Describe the solution.',
  beneficiaries: 'Say who benefits.',
} as const
