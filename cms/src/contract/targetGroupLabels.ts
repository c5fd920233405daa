import type { Translated } from './locales'
import type { TargetGroup } from './targetGroups'

export const targetGroupLabels: Record<TargetGroup, Translated> = {
  elderly: { it: 'Persone anziane', en: 'Elderly people', fr: 'Personnes âgées', es: 'Personas mayores' },
  children: { it: 'Bambini', en: 'Children', fr: 'Enfants', es: 'Niños' },
  youth: { it: 'Giovani', en: 'Young people', fr: 'Jeunes', es: 'Jóvenes' },
  families: { it: 'Famiglie', en: 'Families', fr: 'Familles', es: 'Familias' },
  migrants: { it: 'Persone migranti', en: 'Migrants', fr: 'Personnes migrantes', es: 'Personas migrantes' },
  peopleWithDisabilities: {
    it: 'Persone con disabilità',
    en: 'People with disabilities',
    fr: 'Personnes handicapées',
    es: 'Personas con discapacidad',
  },
  homeless: {
    it: 'Persone senza dimora',
    en: 'Homeless people',
    fr: 'Personnes sans abri',
    es: 'Personas sin hogar',
  },
  peopleInPoverty: {
    it: 'Persone in povertà',
    en: 'People in poverty',
    fr: 'Personnes en situation de pauvreté',
    es: 'Personas en situación de pobreza',
  },
  women: { it: 'Donne', en: 'Women', fr: 'Femmes', es: 'Mujeres' },
  sickPeople: {
    it: 'Persone malate',
    en: 'People who are ill',
    fr: 'Personnes malades',
    es: 'Personas enfermas',
  },
  volunteers: { it: 'Volontari', en: 'Volunteers', fr: 'Bénévoles', es: 'Voluntarios' },
  generalPublic: {
    it: 'Popolazione generale',
    en: 'General public',
    fr: 'Grand public',
    es: 'Población general',
  },
}
