import type { FieldAccess } from 'payload'

/** Field-level: anyone signed in (never an anonymous caller). */
export const isSignedInField: FieldAccess = ({ req }) => Boolean(req.user)
