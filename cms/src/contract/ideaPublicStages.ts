/** Stages from which an idea's team may show it on the public site (pilot, and scaled). */
export const IDEA_PUBLIC_STAGES = ['pilot', 'published'] as const
