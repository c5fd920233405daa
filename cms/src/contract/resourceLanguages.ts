/** The language a resource is written in: one of the site's, or another one. */
export const RESOURCE_LANGUAGES = ['it', 'en', 'fr', 'es', 'other'] as const

export type ResourceLanguage = (typeof RESOURCE_LANGUAGES)[number]
