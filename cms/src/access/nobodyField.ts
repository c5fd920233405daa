import type { FieldAccess } from 'payload'

/** Field-level: nobody through the API (the server sets the field). */
export const nobodyField: FieldAccess = () => false
