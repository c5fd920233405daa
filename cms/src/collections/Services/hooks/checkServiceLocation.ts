import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

/** A place on the map needs both coordinates: one alone would put the marker nowhere real. */
export const checkServiceLocation: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const location = (data?.location ?? originalDoc?.location) as { lat?: unknown; lng?: unknown } | undefined
  const has = (value: unknown) => typeof value === 'number'
  if (location && has(location.lat) !== has(location.lng)) {
    throw new ValidationError({
      collection: 'services',
      errors: [
        {
          path: has(location.lat) ? 'location.lng' : 'location.lat',
          message: 'Give both latitude and longitude, or neither.',
        },
      ],
      req,
    })
  }
  return data
}
