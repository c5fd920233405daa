import type { TextFieldSingleValidation } from 'payload'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
// International format: optional +, digits, spaces, dots, dashes and one bracketed group.
const PHONE = /^\+?[0-9][0-9 .\-()]{5,22}[0-9]$/

/** Empty is fine (use `required` for that); otherwise an absolute http(s) URL. */
export const validateUrl: TextFieldSingleValidation = (value) => {
  if (value === null || value === undefined || value === '') return true
  try {
    const url = new URL(value)
    if (url.protocol === 'http:' || url.protocol === 'https:') return true
  } catch {
    // fall through
  }
  return 'Enter a full web address starting with https:// (or http://).'
}

export const validateEmail: TextFieldSingleValidation = (value) => {
  if (value === null || value === undefined || value === '') return true
  return EMAIL.test(value) ? true : 'Enter a valid e-mail address, like name@example.org.'
}

export const validatePhone: TextFieldSingleValidation = (value) => {
  if (value === null || value === undefined || value === '') return true
  return PHONE.test(value.trim())
    ? true
    : 'Enter a valid phone number: digits, spaces and an optional leading +, like +39 02 1234 5678.'
}
