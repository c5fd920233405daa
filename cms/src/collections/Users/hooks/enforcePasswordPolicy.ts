import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'

import { passwordProblem } from '../../../contract/passwordProblem'

/** Payload's own minimum is very short: every way of setting a password passes through here. */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (password === undefined || password === null || password === '') return args
  const problem = typeof password === 'string' ? passwordProblem(password) : 'The password must be text.'
  if (problem) {
    throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message: problem }], req })
  }
  return args
}
