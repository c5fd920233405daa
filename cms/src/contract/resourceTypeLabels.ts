import type { Translated } from './locales'
import type { ResourceType } from './resourceTypes'

export const resourceTypeLabels: Record<ResourceType, Translated> = {
  template: { it: 'Modello', en: 'Template', fr: 'Modèle', es: 'Plantilla' },
  guide: { it: 'Guida', en: 'Guide', fr: 'Guide', es: 'Guía' },
  tool: { it: 'Strumento', en: 'Tool', fr: 'Outil', es: 'Herramienta' },
  trainingMaterial: {
    it: 'Materiale formativo',
    en: 'Training material',
    fr: 'Support de formation',
    es: 'Material formativo',
  },
  video: { it: 'Video', en: 'Video', fr: 'Vidéo', es: 'Vídeo' },
}
