import type {
  NumberFieldSingleValidation,
  SelectFieldManyValidation,
  SelectFieldSingleValidation,
  TextFieldSingleValidation,
} from 'payload'

import { number, select, text } from 'payload/shared'

import { isWebAddress } from '../utilities/isWebAddress'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
// International format: optional +, digits, spaces, dots, dashes and one bracketed group.
const PHONE = /^\+?[0-9][0-9 .\-()]{5,22}[0-9]$/

/** A custom `validate` replaces Payload's own, so each of these runs the default text checks (maxLength…) first. */
const withTextDefaults =
  (check: (value: string) => string | true): TextFieldSingleValidation =>
  (value, options) => {
    const base = text(value, options)
    if (base !== true) return base
    if (value === null || value === undefined || value === '') return true
    return check(value)
  }

/** Empty is fine (use `required` for that); otherwise an absolute http(s) URL. */
export const validateUrl = withTextDefaults((value) =>
  isWebAddress(value) ? true : 'Enter a full web address starting with https:// (or http://).',
)

export const validateEmail = withTextDefaults((value) =>
  EMAIL.test(value) ? true : 'Enter a valid e-mail address, like name@example.org.',
)

export const validatePhone = withTextDefaults((value) =>
  PHONE.test(value.trim())
    ? true
    : 'Enter a valid phone number: digits, spaces and an optional leading +, like +39 02 1234 5678.',
)

export const validatePattern = (pattern: RegExp, message: string) =>
  withTextDefaults((value) => (pattern.test(value) ? true : message))

/** Payload turns "many" into NaN and its own check lets NaN through as empty: refuse it. */
export const validateNumber: NumberFieldSingleValidation = (value, options) =>
  typeof value === 'number' && Number.isNaN(value) ? 'Enter a number.' : number(value, options)

/** Payload's own check lets an object (`{ "$ne": "it" }`) through to the database (a 500): refuse it. */
export const validateOption: SelectFieldSingleValidation = (value, options) =>
  value !== null && value !== undefined && typeof value !== 'string'
    ? 'Choose one of the options.'
    : select(value, options)

/** The same for a `hasMany` select: a list of option values (an object or a list of objects is refused). */
export const validateOptions: SelectFieldManyValidation = (value, options) =>
  value !== null &&
  value !== undefined &&
  (!Array.isArray(value) || value.some((item: unknown) => typeof item !== 'string'))
    ? 'Choose from the options.'
    : select(value, options)
