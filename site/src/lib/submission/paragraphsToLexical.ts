import { lexicalRichText } from '@redcloud/cms/contract'
import type { Practice } from '@redcloud/cms/payload-types'

export type RichText = NonNullable<Practice['description']>

/**
 * Plain text from the form's textarea as the Lexical JSON Payload stores: each line that is not
 * empty becomes a paragraph. Null when there is no text.
 */
export const paragraphsToLexical = (text: string): null | RichText => {
  const lines = text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
  return lines.length === 0 ? null : (lexicalRichText(lines) as RichText)
}
