import { APIError } from 'payload'

/** The 409 of a second claim by one person on one item, naming the existing claim. */
export const duplicateClaimError = ({
  existing,
  status,
}: {
  existing: null | number | string
  status: null | string
}): APIError =>
  new APIError(
    existing === null
      ? 'You have already applied for this.'
      : `You have already applied for this (application ${String(existing)}, ${String(status)}): withdraw it first to apply again.`,
    409,
    { existing, status },
    true,
  )
