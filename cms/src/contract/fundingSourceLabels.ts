import type { FundingSource } from './fundingSources'
import type { Translated } from './locales'

export const fundingSourceLabels: Record<FundingSource, Translated> = {
  grant: { it: 'Bando o contributo', en: 'Grant', fr: 'Subvention', es: 'Subvención' },
  sponsor: { it: 'Sponsor', en: 'Sponsor', fr: 'Mécène', es: 'Patrocinador' },
  crowdfunding: {
    it: 'Crowdfunding',
    en: 'Crowdfunding',
    fr: 'Financement participatif',
    es: 'Micromecenazgo',
  },
  own: { it: 'Fondi propri', en: 'Own funds', fr: 'Fonds propres', es: 'Fondos propios' },
  other: { it: 'Altro', en: 'Other', fr: 'Autre', es: 'Otro' },
}
