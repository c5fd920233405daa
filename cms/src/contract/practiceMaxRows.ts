/** Most rows a practice's lists hold (the CMS refuses more; the site's form offers this many). */
export const PRACTICE_MAX_ROWS = {
  themes: 6,
  objectives: 12,
  qualityIndicators: 12,
  links: 10,
  attachments: 10,
} as const
