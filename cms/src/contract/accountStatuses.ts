/**
 * Where an account stands: `pending` after self-registration until the unit decides, `active`
 * (may sign in), `rejected` by the unit, `deactivated` by an administrator (never deleted),
 * `erased` at its owner's request (personal fields wiped; its practices and comments stay).
 */
export const ACCOUNT_STATUSES = ['pending', 'active', 'rejected', 'deactivated', 'erased'] as const

export type AccountStatus = (typeof ACCOUNT_STATUSES)[number]
