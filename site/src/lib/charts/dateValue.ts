/** A date ("YYYY-MM-DD" or a full ISO time) as milliseconds since 1970 UTC; NaN when it is not one. */
export const dateValue = (date: string): number =>
  Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date)
