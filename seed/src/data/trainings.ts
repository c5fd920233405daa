import type { TrainingKind } from '@redcloud/cms/contract'

import type { SeedLocale } from './types'
import type { SeedUser } from './users'

type Texts = Record<SeedLocale, string>

export type SeedTraining = {
  key: string
  kind: TrainingKind
  title: Texts
  description: Texts
  /** Days from the seeding day (negative: already past). */
  startsInDays: number
  durationHours: number
  deadlineInDays: number
  seats: number
  place?: string
  online?: boolean
  link?: string
  /** Unit codes; empty for everyone. */
  eligibleUnits?: string[]
  eligibleRoles?: SeedUser['roles']
  /** How many demo members apply, in order (more than `seats`: a waitlist). */
  applicants: number
}

/** The Innovation Hub's demo trainings and tools; the first is full, with a waitlist. */
export const trainings: SeedTraining[] = [
  {
    key: 'first-aid-trainers',
    kind: 'training',
    title: {
      it: 'Corso formatori di primo soccorso',
      en: 'First aid trainer course',
      fr: 'Formation de formateurs aux premiers secours',
      es: 'Curso de formadores en primeros auxilios',
    },
    description: {
      it: 'Tre giornate per diventare formatori di primo soccorso per la popolazione: didattica per adulti, simulazioni, valutazione. Requisito: certificazione di primo soccorso in corso di validità.',
      en: 'Three days to become a first aid trainer for the public: adult teaching, simulations, assessment. Requires a valid first aid certificate.',
      fr: 'Trois jours pour devenir formateur aux premiers secours pour la population : pédagogie pour adultes, simulations, évaluation. Certificat de premiers secours valide requis.',
      es: 'Tres días para ser formador de primeros auxilios para la población: didáctica para adultos, simulaciones, evaluación. Requiere certificado de primeros auxilios vigente.',
    },
    startsInDays: 24,
    durationHours: 56,
    deadlineInDays: 10,
    seats: 4,
    place: 'Comitato Regionale Lombardia, Via Pucci 7, Milano',
    applicants: 7,
  },
  {
    key: 'fundraising-workshop',
    kind: 'training',
    title: {
      it: 'Laboratorio di raccolta fondi locale',
      en: 'Local fundraising workshop',
      fr: 'Atelier de collecte de fonds locale',
      es: 'Taller de captación de fondos local',
    },
    description: {
      it: 'Come progettare una campagna di raccolta fondi per il proprio comitato: pubblici, messaggi, donazioni ricorrenti, rendicontazione ai donatori.',
      en: 'Designing a fundraising campaign for your unit: audiences, messages, recurring gifts, reporting back to donors.',
      fr: 'Concevoir une campagne de collecte pour votre unité : publics, messages, dons réguliers, compte rendu aux donateurs.',
      es: 'Diseñar una campaña de captación para tu unidad: públicos, mensajes, donaciones periódicas, rendición de cuentas a los donantes.',
    },
    startsInDays: 35,
    durationHours: 6,
    deadlineInDays: 28,
    seats: 20,
    online: true,
    link: 'https://meet.redcloud.example.org/raccolta-fondi',
    applicants: 3,
  },
  {
    key: 'digital-tools',
    kind: 'training',
    title: {
      it: 'Strumenti digitali per il volontariato',
      en: 'Digital tools for volunteering',
      fr: 'Outils numériques pour le bénévolat',
      es: 'Herramientas digitales para el voluntariado',
    },
    description: {
      it: 'Turni condivisi, moduli online, videochiamate e archivi sicuri: gli strumenti gratuiti che semplificano la vita di un comitato, con esercizi pratici.',
      en: 'Shared rotas, online forms, video calls and secure storage: the free tools that make a unit’s life easier, with hands-on exercises.',
      fr: 'Plannings partagés, formulaires en ligne, visioconférences et stockage sécurisé : les outils gratuits qui simplifient la vie d’une unité, avec des exercices pratiques.',
      es: 'Turnos compartidos, formularios en línea, videollamadas y almacenamiento seguro: las herramientas gratuitas que facilitan la vida de una unidad, con ejercicios prácticos.',
    },
    startsInDays: 14,
    durationHours: 3,
    deadlineInDays: 12,
    seats: 30,
    online: true,
    link: 'https://meet.redcloud.example.org/strumenti-digitali',
    applicants: 4,
  },
  {
    key: 'psychosocial-support',
    kind: 'training',
    title: {
      it: 'Supporto psicosociale nelle emergenze',
      en: 'Psychosocial support in emergencies',
      fr: 'Soutien psychosocial en situation d’urgence',
      es: 'Apoyo psicosocial en emergencias',
    },
    description: {
      it: 'Primo aiuto psicologico, ascolto attivo e cura di sé per i volontari che intervengono dopo alluvioni, incendi e terremoti.',
      en: 'Psychological first aid, active listening and self-care for volunteers responding to floods, fires and earthquakes.',
      fr: 'Premiers secours psychologiques, écoute active et prendre soin de soi pour les bénévoles intervenant après inondations, incendies et séismes.',
      es: 'Primeros auxilios psicológicos, escucha activa y autocuidado para voluntarios que intervienen tras inundaciones, incendios y terremotos.',
    },
    startsInDays: 45,
    durationHours: 16,
    deadlineInDays: 30,
    seats: 15,
    place: 'Comitato di Roma, Via Ramazzini 31, Roma',
    eligibleUnits: ['LAZ'],
    applicants: 1,
  },
  {
    key: 'validators-scoring',
    kind: 'training',
    title: {
      it: 'Valutare una buona pratica: i nove criteri',
      en: 'Assessing a good practice: the nine criteria',
      fr: 'Évaluer une bonne pratique : les neuf critères',
      es: 'Evaluar una buena práctica: los nueve criterios',
    },
    description: {
      it: 'Per i validatori: come applicare i nove criteri e la scala 0-3 in modo coerente tra comitati, con casi reali del catalogo.',
      en: 'For validators: applying the nine criteria and the 0-3 scale consistently across units, with real cases from the catalogue.',
      fr: 'Pour les validateurs : appliquer les neuf critères et l’échelle 0-3 de façon cohérente entre unités, avec des cas réels du catalogue.',
      es: 'Para validadores: aplicar los nueve criterios y la escala 0-3 de forma coherente entre unidades, con casos reales del catálogo.',
    },
    startsInDays: 20,
    durationHours: 2,
    deadlineInDays: 18,
    seats: 25,
    online: true,
    link: 'https://meet.redcloud.example.org/criteri',
    eligibleRoles: ['validator'],
    applicants: 2,
  },
  {
    key: 'mapping-tool',
    kind: 'tool',
    title: {
      it: 'Licenza per lo strumento di mappatura dei bisogni',
      en: 'Licence for the needs-mapping tool',
      fr: 'Licence de l’outil de cartographie des besoins',
      es: 'Licencia de la herramienta de mapeo de necesidades',
    },
    description: {
      it: 'Un anno di accesso allo strumento avanzato di mappatura dei bisogni del territorio, con affiancamento iniziale. Un numero limitato di licenze per comitato.',
      en: 'One year of access to the advanced tool for mapping local needs, with initial coaching. A limited number of licences.',
      fr: 'Un an d’accès à l’outil avancé de cartographie des besoins du territoire, avec un accompagnement initial. Nombre de licences limité.',
      es: 'Un año de acceso a la herramienta avanzada de mapeo de necesidades del territorio, con acompañamiento inicial. Número limitado de licencias.',
    },
    startsInDays: 7,
    durationHours: 1,
    deadlineInDays: 21,
    seats: 5,
    online: true,
    applicants: 2,
  },
  {
    key: 'logistics-course',
    kind: 'training',
    title: {
      it: 'Logistica dei centri di raccolta',
      en: 'Running collection centres',
      fr: 'Logistique des centres de collecte',
      es: 'Logística de los centros de recogida',
    },
    description: {
      it: 'Ricevere, smistare e distribuire beni donati: magazzino, tracciabilità, sicurezza. Candidature chiuse.',
      en: 'Receiving, sorting and handing out donated goods: storage, traceability, safety. Applications closed.',
      fr: 'Recevoir, trier et distribuer les dons : stockage, traçabilité, sécurité. Candidatures closes.',
      es: 'Recibir, clasificar y distribuir donaciones: almacén, trazabilidad, seguridad. Solicitudes cerradas.',
    },
    startsInDays: 5,
    durationHours: 8,
    deadlineInDays: -2,
    seats: 12,
    place: 'Comitato di Torino, Via Bologna 171, Torino',
    applicants: 0,
  },
]
