/** `POST /api/practices/:id/contact`: how long a message to a practice's author may be. */
export const CONTACT_MESSAGE_LIMITS = { min: 1, max: 2000 } as const
