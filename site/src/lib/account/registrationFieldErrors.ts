import type { translator } from '../translator'

export const REGISTRATION_FIELDS = ['name', 'email', 'password', 'unit', 'language', 'acceptTerms'] as const

export type RegistrationField = (typeof REGISTRATION_FIELDS)[number]

/**
 * The registration form's message for each field the CMS refused (it names them by path), in
 * the page's language; paths the form does not have are left out.
 */
export const registrationFieldErrors = ({
  fields,
  minLength,
  t,
}: {
  fields: string[]
  minLength: number
  t: ReturnType<typeof translator>
}): Partial<Record<RegistrationField, string>> => {
  const errors: Partial<Record<RegistrationField, string>> = {}
  for (const field of REGISTRATION_FIELDS) {
    if (fields.includes(field)) errors[field] = t(`register.invalid.${field}`, { min: minLength })
  }
  return errors
}
