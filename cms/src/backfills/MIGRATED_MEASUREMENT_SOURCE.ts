/** The source note of a measurement made from a practice's old `measured` value. */
export const MIGRATED_MEASUREMENT_SOURCE = "Migrated from the practice's former 'measured' value."
