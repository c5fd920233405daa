import { textsIn } from './texts'

/** One text in every language of the merged translations, as Payload's labels take them. */
export const everyLanguage = (
  translations: Record<string, unknown>,
  pick: (texts: ReturnType<typeof textsIn>) => string,
): Record<string, string> =>
  Object.fromEntries(Object.entries(translations).map(([language, all]) => [language, pick(textsIn(all))]))
