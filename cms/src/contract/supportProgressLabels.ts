import type { SupportProgress } from './supportProgress'
import type { Translated } from './locales'

export const supportProgressLabels: Record<SupportProgress, Translated> = {
  inProgress: { it: 'In corso', en: 'In progress', fr: 'En cours', es: 'En curso' },
  done: { it: 'Concluso', en: 'Done', fr: 'Terminé', es: 'Concluido' },
}
