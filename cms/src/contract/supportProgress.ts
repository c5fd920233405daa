/** Where an accepted support request stands: the desk works on it, then closes it. */
export const SUPPORT_PROGRESS = ['inProgress', 'done'] as const

export type SupportProgress = (typeof SUPPORT_PROGRESS)[number]
