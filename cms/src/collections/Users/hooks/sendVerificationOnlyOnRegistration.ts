import type { CollectionBeforeOperationHook } from 'payload'

/** What POST /api/users/register puts in `req.context` when it creates the account. */
export const SELF_REGISTRATION = 'selfRegistration'

/**
 * Payload e-mails a verification link for every account created once `auth.verify` is on.
 * Accounts made by an administrator, the seed or an import start confirmed (`_verified`
 * defaults to true): only registrations from the site get the link.
 */
export const sendVerificationOnlyOnRegistration: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' || req.context[SELF_REGISTRATION] === true) return args
  return { ...args, disableVerificationEmail: true }
}
