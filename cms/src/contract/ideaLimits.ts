/** Lengths the CMS enforces on challenges, ideas and their follow-up, and the site's form checks ahead. */
export const IDEA_LIMITS = {
  title: 200,
  text: 4000,
  note: 2000,
  team: 10,
  mentors: 5,
  themes: 5,
} as const
