/** How soon a unit needs the Development Desk's help. */
export const SUPPORT_URGENCIES = ['low', 'normal', 'high'] as const

export type SupportUrgency = (typeof SUPPORT_URGENCIES)[number]
