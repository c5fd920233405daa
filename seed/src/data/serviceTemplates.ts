import type { TargetGroup } from '@redcloud/cms/contract'

import type { SeedLocale } from './types'

type Texts = Record<SeedLocale, string>

export type SeedServiceTemplate = {
  key: string
  themes: string[]
  targetGroups: TargetGroup[]
  name: Texts
  description: Texts
  schedule: Texts
  /** Where it takes place when not at the unit's office ("{city}" is the unit's city). */
  place?: { address: string; dLat: number; dLng: number }
}

const t = (it: string, en: string, fr: string, es: string): Texts => ({ it, en, fr, es })

/** The services RedCloud's demo units offer, in four languages. */
export const serviceTemplates: SeedServiceTemplate[] = [
  {
    key: 'food-bank',
    themes: ['food-poverty'],
    targetGroups: ['families', 'peopleInPoverty'],
    name: t('Banco alimentare', 'Food bank', 'Banque alimentaire', 'Banco de alimentos'),
    description: t(
      'Distribuzione di pacchi alimentari alle famiglie segnalate dai servizi sociali, con prodotti freschi una volta al mese.',
      'Food parcels for families referred by social services, with fresh produce once a month.',
      'Colis alimentaires pour les familles orientées par les services sociaux, avec des produits frais une fois par mois.',
      'Paquetes de alimentos para las familias derivadas por los servicios sociales, con productos frescos una vez al mes.',
    ),
    schedule: t(
      'Martedì e venerdì 15-18',
      'Tuesday and Friday 3-6 pm',
      'Mardi et vendredi 15h-18h',
      'Martes y viernes 15-18 h',
    ),
    place: { address: 'Magazzino solidale, {city}', dLat: 0.012, dLng: -0.018 },
  },
  {
    key: 'first-aid-courses',
    themes: ['first-aid', 'education'],
    targetGroups: ['generalPublic', 'youth'],
    name: t(
      'Corsi di primo soccorso',
      'First-aid courses',
      'Cours de premiers secours',
      'Cursos de primeros auxilios',
    ),
    description: t(
      'Corsi di 6 ore aperti alla popolazione: manovre salvavita, uso del defibrillatore, disostruzione pediatrica.',
      'Six-hour courses open to everyone: life-saving manoeuvres, using a defibrillator, clearing a child’s airway.',
      'Cours de six heures ouverts à tous : gestes qui sauvent, défibrillateur, désobstruction pédiatrique.',
      'Cursos de seis horas abiertos a todos: maniobras de reanimación, desfibrilador, desobstrucción pediátrica.',
    ),
    schedule: t(
      'Un sabato al mese, 9-15',
      'One Saturday a month, 9 am-3 pm',
      'Un samedi par mois, 9h-15h',
      'Un sábado al mes, 9-15 h',
    ),
  },
  {
    key: 'social-transport',
    themes: ['elderly', 'disability'],
    targetGroups: ['elderly', 'peopleWithDisabilities', 'sickPeople'],
    name: t('Trasporto sociale', 'Social transport', 'Transport social', 'Transporte social'),
    description: t(
      'Accompagnamento in auto attrezzata a visite mediche, terapie e uffici per chi non può spostarsi da solo.',
      'Rides in adapted vehicles to medical visits, treatment and offices for people who cannot travel alone.',
      'Accompagnement en véhicule adapté vers les rendez-vous médicaux, les soins et les administrations.',
      'Acompañamiento en vehículo adaptado a citas médicas, terapias y oficinas para quien no puede desplazarse solo.',
    ),
    schedule: t(
      'Dal lunedì al venerdì, su prenotazione',
      'Monday to Friday, by appointment',
      'Du lundi au vendredi, sur rendez-vous',
      'De lunes a viernes, con cita previa',
    ),
  },
  {
    key: 'street-unit',
    themes: ['homelessness', 'social-inclusion'],
    targetGroups: ['homeless'],
    name: t('Unità di strada', 'Street unit', 'Maraude', 'Unidad de calle'),
    description: t(
      'Uscite serali per incontrare le persone senza dimora: bevande calde, coperte, primo ascolto e orientamento ai servizi.',
      'Evening rounds to meet people sleeping rough: hot drinks, blankets, a first conversation and directions to services.',
      'Tournées du soir auprès des personnes sans abri : boissons chaudes, couvertures, écoute et orientation.',
      'Salidas nocturnas para encontrar a las personas sin hogar: bebidas calientes, mantas, escucha y orientación.',
    ),
    schedule: t(
      'Lunedì, mercoledì e sabato dalle 20',
      'Monday, Wednesday and Saturday from 8 pm',
      'Lundi, mercredi et samedi dès 20h',
      'Lunes, miércoles y sábado desde las 20 h',
    ),
    place: { address: 'Partenza dalla stazione centrale, {city}', dLat: -0.006, dLng: 0.009 },
  },
  {
    key: 'health-checks',
    themes: ['health'],
    targetGroups: ['generalPublic', 'migrants'],
    name: t(
      'Ambulatorio di prossimità',
      'Neighbourhood health point',
      'Point santé de proximité',
      'Punto de salud de barrio',
    ),
    description: t(
      'Misurazione della pressione e della glicemia, consigli sanitari e orientamento al medico di base, senza appuntamento.',
      'Blood pressure and blood sugar checks, health advice and help finding a family doctor, no appointment needed.',
      'Mesure de la tension et de la glycémie, conseils de santé et orientation vers un médecin, sans rendez-vous.',
      'Control de tensión y glucemia, consejos de salud y orientación al médico de cabecera, sin cita.',
    ),
    schedule: t('Giovedì 9-12', 'Thursday 9 am-12 pm', 'Jeudi 9h-12h', 'Jueves 9-12 h'),
    place: { address: 'Piazza del mercato, {city}', dLat: 0.008, dLng: 0.014 },
  },
  {
    key: 'elderly-phone',
    themes: ['elderly'],
    targetGroups: ['elderly'],
    name: t(
      'Telefono amico per anziani',
      'Friendly calls for older people',
      'Appels amicaux aux aînés',
      'Llamadas amigas para mayores',
    ),
    description: t(
      'Volontari telefonano ogni settimana alle persone anziane sole per fare compagnia e raccogliere i loro bisogni.',
      'Volunteers call older people living alone every week to keep them company and hear what they need.',
      'Des bénévoles appellent chaque semaine les aînés isolés pour leur tenir compagnie et recueillir leurs besoins.',
      'Voluntarios llaman cada semana a las personas mayores solas para hacerles compañía y conocer sus necesidades.',
    ),
    schedule: t(
      'Dal lunedì al sabato 10-12',
      'Monday to Saturday 10 am-12 pm',
      'Du lundi au samedi 10h-12h',
      'De lunes a sábado 10-12 h',
    ),
  },
  {
    key: 'language-desk',
    themes: ['migrants', 'social-inclusion'],
    targetGroups: ['migrants', 'families'],
    name: t(
      'Sportello per persone migranti',
      'Help desk for migrants',
      'Guichet pour les personnes migrantes',
      'Oficina para personas migrantes',
    ),
    description: t(
      'Orientamento ai servizi, aiuto con i documenti e corsi di italiano per adulti, con mediatori linguistici.',
      'Guidance to services, help with paperwork and Italian classes for adults, with language mediators.',
      'Orientation vers les services, aide administrative et cours d’italien pour adultes, avec des médiateurs.',
      'Orientación sobre servicios, ayuda con los trámites y clases de italiano para adultos, con mediadores.',
    ),
    schedule: t('Mercoledì 14-18', 'Wednesday 2-6 pm', 'Mercredi 14h-18h', 'Miércoles 14-18 h'),
  },
  {
    key: 'civil-protection',
    themes: ['emergencies', 'volunteering'],
    targetGroups: ['volunteers', 'generalPublic'],
    name: t(
      'Squadra di pronto intervento',
      'Emergency response team',
      'Équipe d’intervention d’urgence',
      'Equipo de respuesta a emergencias',
    ),
    description: t(
      'Volontari formati e mezzi pronti per alluvioni, ondate di calore e ricerca di persone disperse, in raccordo con la Protezione civile.',
      'Trained volunteers and vehicles ready for floods, heatwaves and searches for missing people, with Civil Protection.',
      'Bénévoles formés et véhicules prêts pour les inondations, canicules et recherches de personnes disparues.',
      'Voluntarios formados y vehículos listos para inundaciones, olas de calor y búsqueda de personas desaparecidas.',
    ),
    schedule: t(
      'Reperibilità 24 ore su 24',
      'On call around the clock',
      'Astreinte 24 h/24',
      'Guardia las 24 horas',
    ),
  },
  {
    key: 'homework-club',
    themes: ['youth', 'education'],
    targetGroups: ['children', 'youth'],
    name: t('Doposcuola solidale', 'Homework club', 'Aide aux devoirs', 'Refuerzo escolar solidario'),
    description: t(
      'Aiuto nei compiti e attività educative per bambini e ragazzi delle scuole primarie e medie.',
      'Homework help and educational activities for primary and middle school children.',
      'Aide aux devoirs et activités éducatives pour les enfants du primaire et du collège.',
      'Ayuda con los deberes y actividades educativas para niños de primaria y secundaria.',
    ),
    schedule: t(
      'Lunedì e mercoledì 15-17:30',
      'Monday and Wednesday 3-5:30 pm',
      'Lundi et mercredi 15h-17h30',
      'Lunes y miércoles 15-17:30 h',
    ),
    place: { address: 'Centro civico di quartiere, {city}', dLat: -0.011, dLng: -0.007 },
  },
]
