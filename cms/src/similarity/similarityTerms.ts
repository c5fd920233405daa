import { stopwords } from './stopwords'

/** How long a word's shared beginning is: "volontari", "volontaires" and "volunteers" meet at "volon"/"volun". */
const STEM_LENGTH = 5

/** Lower case, accents and apostrophes gone, letters and digits only. */
export const normalizeForSimilarity = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/**
 * The words of a text as the similarity index compares them, in any of the four languages:
 * normalized, without stop words, each word also as its first letters so that related words
 * across Italian, English, French and Spanish ("distribuzione", "distribution", "distribución")
 * and across inflections ("anziano", "anziani") meet.
 */
export const similarityTerms = (text: string): string[] => {
  const terms: string[] = []
  for (const word of normalizeForSimilarity(text).split(' ')) {
    if (word.length < 2 || stopwords.has(word)) continue
    terms.push(word)
    if (word.length > STEM_LENGTH) terms.push(`${word.slice(0, STEM_LENGTH)}~`)
  }
  return terms
}
