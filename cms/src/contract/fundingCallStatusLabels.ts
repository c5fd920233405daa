import type { FundingCallStatus } from './fundingCallStatuses'
import type { Translated } from './locales'

export const fundingCallStatusLabels: Record<FundingCallStatus, Translated> = {
  open: { it: 'Aperto', en: 'Open', fr: 'Ouvert', es: 'Abierta' },
  closed: { it: 'Chiuso', en: 'Closed', fr: 'Clos', es: 'Cerrada' },
}
