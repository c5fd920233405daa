/** One `measured` value of a practice's indicator row from before measurements, as read from the database. */
export type MeasuredValue = {
  practice: number | string
  /** The row's key (its array row id). */
  key: string
  value: number
  activityEndDate?: null | string
  publishedAt?: null | string
  unit?: null | number | string
  author?: null | number | string
}
