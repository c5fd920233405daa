import type { PayloadRequest } from 'payload'

/**
 * The requests whose transition made a replication public for the first time: set inside the
 * transition (duringTransition), read after its commit (afterTransition) to send the e-mails.
 * Not req.context: nested Local API calls replace it with a copy.
 */
export const firstConfirmations = new WeakSet<PayloadRequest>()
