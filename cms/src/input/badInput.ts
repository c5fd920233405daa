import { APIError } from 'payload'

/** A 400 whose message says what was wrong with the request (public in production too). */
export const badInput = (message: string): APIError => new APIError(message, 400, null, true)
