import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'

export const PASSWORD_MIN_LENGTH = 12

/** Why a password is too weak, or null when it is acceptable. */
export const passwordProblem = (password: string): null | string => {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`
  }
  if (password.length > 256) return 'The password must be at most 256 characters long.'
  if (!/[a-zA-Z]/.test(password) || !/[^a-zA-Z]/.test(password)) {
    return 'The password must mix letters with digits, spaces or symbols.'
  }
  return null
}

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
