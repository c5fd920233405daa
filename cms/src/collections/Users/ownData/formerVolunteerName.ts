import type { Locale } from '../../../contract'

const PHRASES: Record<Locale, (unit: string) => string> = {
  it: (unit) => `ex volontario/a di ${unit}`,
  en: (unit) => `a former volunteer of ${unit}`,
  fr: (unit) => `ancien·ne bénévole de ${unit}`,
  es: (unit) => `exvoluntario/a de ${unit}`,
}

const WITHOUT_UNIT: Record<Locale, string> = {
  it: 'ex volontario/a',
  en: 'a former volunteer',
  fr: 'ancien·ne bénévole',
  es: 'exvoluntario/a',
}

/**
 * What an erased account is called wherever its name was shown (comments, the validation
 * history, the account itself): one stored text, in the platform's default language, at most
 * 80 characters (the longest name a comment or an account keeps).
 */
export const formerVolunteerName = ({ locale, unitName }: { locale: Locale; unitName?: null | string }) => {
  const name = unitName ? PHRASES[locale](unitName) : WITHOUT_UNIT[locale]
  return name.length <= 80 ? name : `${name.slice(0, 79)}…`
}
