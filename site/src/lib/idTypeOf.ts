import type { IdType } from './cmsIdFromText'

/** The id type of the CMS's database, read from an id exactly as the CMS sent it in JSON. */
export const idTypeOf = (id: unknown): IdType => (typeof id === 'number' ? 'number' : 'text')
