import type { MeasuredValue } from './MeasuredValue'

const asDate = (value: null | string | undefined) =>
  value && !Number.isNaN(new Date(value).getTime()) ? new Date(value).toISOString() : null

/** The date a migrated `measured` value gets: the activity's end, else the publication, else now. */
export const measurementDate = (measured: MeasuredValue, stamp: string): string =>
  asDate(measured.activityEndDate) ?? asDate(measured.publishedAt) ?? stamp
