import type { Translated } from './locales'
import type { ServiceStatus } from './serviceStatuses'

export const serviceStatusLabels: Record<ServiceStatus, Translated> = {
  active: { it: 'Attivo', en: 'Active', fr: 'Actif', es: 'Activo' },
  paused: { it: 'Sospeso', en: 'Paused', fr: 'Suspendu', es: 'Suspendido' },
  ended: { it: 'Concluso', en: 'Ended', fr: 'Terminé', es: 'Finalizado' },
}
