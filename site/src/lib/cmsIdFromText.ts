/**
 * How the CMS's database writes ids in JSON: numbers on SQLite, strings on MongoDB, whose
 * 24-hex ObjectIds can be all digits. Learnt from an id the CMS sent (`idTypeOf`), never from
 * the id's own characters.
 */
export type IdType = 'number' | 'text'

/**
 * An id the page holds as text (a form value, a data attribute) as the CMS wants it in JSON: a
 * number only where the database's ids are numbers. Text that cannot be such a number is sent as
 * it is, for the CMS to refuse with a message naming the field.
 */
export const cmsIdFromText = ({ text, idType }: { text: string; idType: IdType }): number | string =>
  idType === 'number' && /^\d+$/.test(text) ? Number(text) : text
