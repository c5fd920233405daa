import type { CostPeriod } from './costPeriods'
import type { Translated } from './locales'

export const costPeriodLabels: Record<CostPeriod, Translated> = {
  oneOff: { it: 'Una tantum', en: 'One-off', fr: 'Ponctuel', es: 'Único' },
  monthly: { it: 'Al mese', en: 'Per month', fr: 'Par mois', es: 'Al mes' },
  yearly: { it: "All'anno", en: 'Per year', fr: 'Par an', es: 'Al año' },
}
