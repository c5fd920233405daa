/** Lengths a password must keep to; it must also mix letters with something else (passwordProblem). */
export const PASSWORD_POLICY = { minLength: 12, maxLength: 256 } as const
