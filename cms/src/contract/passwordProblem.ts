import { PASSWORD_POLICY } from './passwordPolicy'

/** Why a password is too weak, or null when it is acceptable. */
export const passwordProblem = (password: string): null | string => {
  const { minLength, maxLength } = PASSWORD_POLICY
  if (password.length < minLength) return `The password must be at least ${minLength} characters long.`
  if (password.length > maxLength) return `The password must be at most ${maxLength} characters long.`
  if (!/[a-zA-Z]/.test(password) || !/[^a-zA-Z]/.test(password)) {
    return 'The password must mix letters with digits, spaces or symbols.'
  }
  return null
}
