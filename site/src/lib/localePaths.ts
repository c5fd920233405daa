import { LOCALES } from './locales'

/** getStaticPaths for a page that exists once per language. */
export const localePaths = () => LOCALES.map((locale) => ({ params: { locale } }))
