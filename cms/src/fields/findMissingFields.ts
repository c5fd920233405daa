import { isEmptyValue } from './isEmptyValue'

/** The fields of `required` (field name → message) that `doc` leaves empty, in that order. */
export const findMissingFields = ({
  doc,
  required,
}: {
  doc: Record<string, unknown>
  required: Readonly<Record<string, string>>
}): { path: string; message: string }[] =>
  Object.entries(required)
    .filter(([path]) => isEmptyValue(doc[path]))
    .map(([path, message]) => ({ path, message }))
