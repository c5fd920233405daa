import type { Translated } from './locales'
import type { ResourceVisibility } from './resourceVisibilities'

export const resourceVisibilityLabels: Record<ResourceVisibility, Translated> = {
  public: { it: 'Pubblica', en: 'Public', fr: 'Publique', es: 'Pública' },
  members: { it: 'Solo soci', en: 'Members only', fr: 'Membres seulement', es: 'Solo miembros' },
}
