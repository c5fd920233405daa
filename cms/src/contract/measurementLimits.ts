/** Limits of a measurement the site's form shows or checks ahead. */
export const MEASUREMENT_LIMITS = {
  /** Characters of the source note. */
  sourceMaxLength: 500,
} as const
