import type { Translated } from './label'
import type { ACTIVITY_STATUSES, CRITERIA, TARGET_GROUPS } from '../utilities/practiceOptions'

import { label } from './label'

export const targetGroupLabels: Record<(typeof TARGET_GROUPS)[number], Translated> = {
  elderly: label('Persone anziane', 'Elderly people', 'Personnes âgées', 'Personas mayores'),
  children: label('Bambini', 'Children', 'Enfants', 'Niños'),
  youth: label('Giovani', 'Young people', 'Jeunes', 'Jóvenes'),
  families: label('Famiglie', 'Families', 'Familles', 'Familias'),
  migrants: label('Persone migranti', 'Migrants', 'Personnes migrantes', 'Personas migrantes'),
  peopleWithDisabilities: label(
    'Persone con disabilità',
    'People with disabilities',
    'Personnes handicapées',
    'Personas con discapacidad',
  ),
  homeless: label('Persone senza dimora', 'Homeless people', 'Personnes sans abri', 'Personas sin hogar'),
  peopleInPoverty: label(
    'Persone in povertà',
    'People in poverty',
    'Personnes en situation de pauvreté',
    'Personas en situación de pobreza',
  ),
  women: label('Donne', 'Women', 'Femmes', 'Mujeres'),
  sickPeople: label('Persone malate', 'People who are ill', 'Personnes malades', 'Personas enfermas'),
  volunteers: label('Volontari', 'Volunteers', 'Bénévoles', 'Voluntarios'),
  generalPublic: label('Popolazione generale', 'General public', 'Grand public', 'Población general'),
}

export const criterionLabels: Record<(typeof CRITERIA)[number], Translated> = {
  meaningfulObjectives: label(
    'Obiettivi significativi',
    'Meaningful objectives',
    'Objectifs pertinents',
    'Objetivos significativos',
  ),
  measurable: label(
    'Misurabile con indicatori di qualità',
    'Measurable by quality indicators',
    'Mesurable par des indicateurs de qualité',
    'Medible con indicadores de calidad',
  ),
  innovativeSolution: label(
    'Soluzione innovativa',
    'An innovative solution',
    'Une solution innovante',
    'Una solución innovadora',
  ),
  preciseTargetGroup: label(
    'Destinatari precisi',
    'A precise target group',
    'Un public cible précis',
    'Un grupo destinatario preciso',
  ),
  newTechnologies: label(
    'Uso di nuove tecnologie',
    'Use of new technologies',
    'Usage de nouvelles technologies',
    'Uso de nuevas tecnologías',
  ),
  socialNeed: label(
    'Risponde a un bisogno sociale o organizzativo',
    'Answers a social or organisational need',
    'Répond à un besoin social ou organisationnel',
    'Responde a una necesidad social u organizativa',
  ),
  valueProposition: label(
    'Proposta di valore innovativa',
    'An innovative value proposition',
    'Une proposition de valeur innovante',
    'Una propuesta de valor innovadora',
  ),
  socialImpact: label('Impatto sociale', 'Social impact', 'Impact social', 'Impacto social'),
  strategicInterest: label(
    'Interesse strategico per il Movimento',
    'Strategic interest for the Movement',
    'Intérêt stratégique pour le Mouvement',
    'Interés estratégico para el Movimiento',
  ),
}

export const activityStatusLabels: Record<(typeof ACTIVITY_STATUSES)[number], Translated> = {
  planned: label('In programma', 'Planned', 'Prévue', 'Prevista'),
  ongoing: label('In corso', 'Ongoing', 'En cours', 'En curso'),
  completed: label('Conclusa', 'Completed', 'Terminée', 'Terminada'),
  paused: label('Sospesa', 'Paused', 'Suspendue', 'Suspendida'),
}

export const assessmentLabels = {
  '0': label('Non ancora', 'Not yet', 'Pas encore', 'Todavía no'),
  '1': label('In parte', 'Partly', 'En partie', 'En parte'),
  '2': label('In buona parte', 'Largely', 'En grande partie', 'En gran parte'),
  '3': label('Pienamente', 'Fully', 'Pleinement', 'Plenamente'),
} as const
