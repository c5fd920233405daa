export interface SubmissionFieldError {
  path: string
  message: string
}

/**
 * The errors in a CMS error answer: per field (`errors[].data.errors[{ path, message }]`, from a
 * 400 on save or on submit) and general ones (`errors[].message` with no field, e.g. a 403 or 409).
 */
export const submissionFieldErrors = (
  body: unknown,
): { fields: SubmissionFieldError[]; general: string[] } => {
  const fields: SubmissionFieldError[] = []
  const general: string[] = []
  const errors = (body as { errors?: unknown } | null)?.errors
  if (!Array.isArray(errors)) return { fields, general }
  for (const error of errors as { message?: unknown; data?: { errors?: unknown } }[]) {
    const nested = Array.isArray(error?.data?.errors) ? (error.data.errors as Record<string, unknown>[]) : []
    const named = nested.filter(
      (item) => typeof item.path === 'string' && typeof item.message === 'string',
    ) as unknown as SubmissionFieldError[]
    if (named.length > 0) fields.push(...named.map(({ path, message }) => ({ path, message })))
    else if (typeof error?.message === 'string') general.push(error.message)
  }
  return { fields, general }
}
