/** Stages at which an idea has mentors, progress notes and funding (incubation onwards). */
export const IDEA_FOLLOW_UP_STAGES = ['incubation', 'pilot', 'published'] as const
