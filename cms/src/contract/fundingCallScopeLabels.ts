import type { FundingCallScope } from './fundingCallScopes'
import type { Translated } from './locales'

export const fundingCallScopeLabels: Record<FundingCallScope, Translated> = {
  national: { it: 'Nazionale', en: 'National', fr: 'National', es: 'Nacional' },
  regional: { it: 'Regionale', en: 'Regional', fr: 'Régional', es: 'Regional' },
  local: { it: 'Locale', en: 'Local', fr: 'Local', es: 'Local' },
}
