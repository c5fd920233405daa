import type { VolunteerSkill } from '@redcloud/cms/contract'

type Text = Record<'en' | 'es' | 'fr' | 'it', string>

export type SeedShift = {
  /** Days from today, and the hour (Europe/Rome ≈ UTC+1) it starts. */
  inDays: number
  hour: number
  hours: number
  capacity: number
  skills?: VolunteerSkill[]
  /** Demo accounts who sign up, in order (the capacity rule decides who waits). */
  volunteers?: string[]
}

export type SeedNeed = {
  unit: string
  title: Text
  description: Text
  themes: string[]
  skills: VolunteerSkill[]
  address: string
  location: { lat: number; lng: number }
  /** The slug of a published demo practice the need serves (its page links to it). */
  practice?: string
  shifts: SeedShift[]
}

/** A handful of invented volunteer needs, dated from today (demo only). */
export const needs: SeedNeed[] = [
  {
    unit: 'LOM-MI',
    title: {
      it: 'Distribuzione pacchi alimentari',
      en: 'Food parcel distribution',
      fr: 'Distribution de colis alimentaires',
      es: 'Reparto de paquetes de alimentos',
    },
    description: {
      it: 'Prepariamo e consegniamo i pacchi alle famiglie seguite dal comitato.',
      en: 'We pack and hand out parcels to the families the unit supports.',
      fr: "Nous préparons et remettons les colis aux familles suivies par l'unité.",
      es: 'Preparamos y entregamos los paquetes a las familias que atiende la unidad.',
    },
    themes: ['food-poverty'],
    skills: ['logistics', 'driving'],
    practice: 'emporio-solidale-dignita',
    address: 'Via Pucci 7, 20145 Milano',
    location: { lat: 45.4773, lng: 9.1645 },
    shifts: [
      {
        inDays: 2,
        hour: 8,
        hours: 4,
        capacity: 2,
        skills: ['logistics'],
        volunteers: ['volunteer.milano', 'validator.milano'],
      },
      { inDays: 9, hour: 8, hours: 4, capacity: 6, skills: ['driving'] },
    ],
  },
  {
    unit: 'LOM-BG',
    title: {
      it: 'Assistenza sanitaria alla maratona',
      en: 'First-aid cover at the marathon',
      fr: 'Poste de secours au marathon',
      es: 'Cobertura sanitaria en el maratón',
    },
    description: {
      it: 'Postazioni di primo soccorso lungo il percorso della maratona cittadina.',
      en: "First-aid posts along the city marathon's route.",
      fr: 'Postes de premiers secours le long du parcours du marathon.',
      es: 'Puestos de primeros auxilios a lo largo del recorrido del maratón.',
    },
    themes: ['first-aid'],
    skills: ['firstAid'],
    address: 'Piazza Vittorio Veneto, 24122 Bergamo',
    location: { lat: 45.6947, lng: 9.6698 },
    shifts: [{ inDays: 12, hour: 7, hours: 6, capacity: 10, skills: ['firstAid'] }],
  },
  {
    unit: 'LAZ-RM',
    title: {
      it: 'Unità di strada serale',
      en: 'Evening street outreach',
      fr: 'Maraude du soir',
      es: 'Unidad de calle nocturna',
    },
    description: {
      it: 'Giro serale con bevande calde e ascolto per le persone senza dimora.',
      en: 'An evening round with hot drinks and a listening ear for people sleeping rough.',
      fr: 'Tournée du soir avec boissons chaudes et écoute pour les personnes sans abri.',
      es: 'Ronda nocturna con bebidas calientes y escucha para personas sin hogar.',
    },
    themes: ['homelessness'],
    skills: ['psychosocial', 'languages'],
    address: 'Stazione Termini, 00185 Roma',
    location: { lat: 41.9009, lng: 12.5016 },
    shifts: [
      { inDays: 1, hour: 19, hours: 3, capacity: 1, volunteers: ['volunteer.roma', 'validator.roma'] },
      { inDays: 8, hour: 19, hours: 3, capacity: 4, skills: ['languages'] },
    ],
  },
  {
    unit: 'PIE-TO',
    title: {
      it: 'Sportello digitale per anziani',
      en: 'Digital help desk for older people',
      fr: 'Permanence numérique pour les aînés',
      es: 'Punto de ayuda digital para mayores',
    },
    description: {
      it: 'Aiutiamo le persone anziane a usare lo smartphone e i servizi online.',
      en: 'We help older people use their phones and online public services.',
      fr: 'Nous aidons les aînés à utiliser leur téléphone et les services en ligne.',
      es: 'Ayudamos a las personas mayores a usar el móvil y los servicios en línea.',
    },
    themes: ['elderly', 'digital-innovation'],
    skills: ['digital'],
    address: 'Via Bologna 171, 10154 Torino',
    location: { lat: 45.0703, lng: 7.6869 },
    shifts: [{ inDays: 5, hour: 14, hours: 3, capacity: 3, skills: ['digital'] }],
  },
]
