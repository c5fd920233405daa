import type { Translated } from './locales'
import type { VolunteerSkill } from './volunteerSkills'

export const volunteerSkillLabels: Record<VolunteerSkill, Translated> = {
  firstAid: { it: 'Primo soccorso', en: 'First aid', fr: 'Premiers secours', es: 'Primeros auxilios' },
  driving: { it: 'Guida', en: 'Driving', fr: 'Conduite', es: 'Conducción' },
  logistics: { it: 'Logistica', en: 'Logistics', fr: 'Logistique', es: 'Logística' },
  cooking: { it: 'Cucina', en: 'Cooking', fr: 'Cuisine', es: 'Cocina' },
  languages: { it: 'Lingue straniere', en: 'Languages', fr: 'Langues', es: 'Idiomas' },
  childcare: { it: 'Animazione bambini', en: 'Childcare', fr: 'Animation enfants', es: 'Cuidado infantil' },
  psychosocial: {
    it: 'Supporto psicosociale',
    en: 'Psychosocial support',
    fr: 'Soutien psychosocial',
    es: 'Apoyo psicosocial',
  },
  digital: { it: 'Competenze digitali', en: 'Digital skills', fr: 'Numérique', es: 'Competencias digitales' },
  communication: { it: 'Comunicazione', en: 'Communication', fr: 'Communication', es: 'Comunicación' },
  manualWork: { it: 'Lavori manuali', en: 'Manual work', fr: 'Travaux manuels', es: 'Trabajo manual' },
}
