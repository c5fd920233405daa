import type { ReplicationStatus } from '@redcloud/cms/contract'

export type SeedReplication = {
  /** The origin practice's slug. */
  practice: string
  /** The replicating unit's code. */
  unit: string
  status: ReplicationStatus
  startDate?: string
  endDate?: string
  adaptations: { it: string; en: string }
  results?: { it: string; en: string }
  /** Confirmed by the unit's validator (public); else waiting for confirmation. */
  confirmed: boolean
  /** The replicating unit's figure for the origin's first indicator, confirmed by its validator. */
  measured?: { date: string; value: number; source: string }
}

/**
 * Demo replications across units and statuses. Milano and Roma never replicate here: the
 * journey and the tests have Roma replicate a Milano practice themselves.
 */
export const replications: SeedReplication[] = [
  {
    practice: 'unita-di-strada-notturna-milano',
    unit: 'LOM-BG',
    status: 'running',
    startDate: '2026-01-15',
    adaptations: {
      it: 'Due uscite a settimana invece di quattro, con i volontari del gruppo giovani.',
      en: 'Two rounds a week instead of four, with the youth group’s volunteers.',
    },
    confirmed: true,
    measured: { date: '2026-06-30', value: 22, source: 'Schede delle uscite serali' },
  },
  {
    practice: 'unita-di-strada-notturna-milano',
    unit: 'PIE-TO',
    status: 'completed',
    startDate: '2025-11-01',
    endDate: '2026-03-31',
    adaptations: {
      it: 'Solo nei mesi invernali, con il piano freddo del Comune.',
      en: 'Winter months only, with the city’s cold-weather plan.',
    },
    results: {
      it: '1.240 contatti, 85 persone accompagnate ai dormitori.',
      en: '1,240 contacts, 85 people accompanied to shelters.',
    },
    confirmed: true,
    measured: { date: '2026-03-31', value: 28, source: 'Registro del piano freddo' },
  },
  {
    practice: 'unita-di-strada-notturna-milano',
    unit: 'TOS-FI',
    status: 'planned',
    startDate: '2026-12-01',
    adaptations: {
      it: 'Partenza con un solo mezzo in centro storico.',
      en: 'Starting with a single vehicle in the old town.',
    },
    confirmed: false,
  },
  {
    practice: 'caffe-linguistico-roma',
    unit: 'SIC-PA',
    status: 'running',
    startDate: '2026-02-10',
    adaptations: {
      it: 'Incontri in biblioteca comunale, anche in arabo e tigrino.',
      en: 'Meetings at the public library, in Arabic and Tigrinya too.',
    },
    confirmed: true,
  },
  {
    practice: 'caffe-linguistico-roma',
    unit: 'CAM-NA',
    status: 'started',
    startDate: '2026-09-01',
    adaptations: {
      it: 'Con le scuole serali del quartiere.',
      en: 'With the neighbourhood’s evening schools.',
    },
    confirmed: true,
  },
  {
    practice: 'pronto-nonno-compagnia-telefonica',
    unit: 'EMR-BO',
    status: 'completed',
    startDate: '2025-06-01',
    endDate: '2026-05-31',
    adaptations: {
      it: 'Telefonate anche il sabato, turni da due ore.',
      en: 'Calls on Saturdays too, two-hour shifts.',
    },
    results: { it: '310 anziani chiamati ogni settimana.', en: '310 older people called every week.' },
    confirmed: true,
  },
  {
    practice: 'custodi-sociali-torino',
    unit: 'VEN-VR',
    status: 'stopped',
    startDate: '2025-10-01',
    endDate: '2026-02-15',
    adaptations: {
      it: 'Solo in due quartieri, senza il Comune.',
      en: 'In two districts only, without the city.',
    },
    results: {
      it: 'Interrotta: mancavano volontari nei giorni feriali.',
      en: 'Stopped: not enough volunteers on weekdays.',
    },
    confirmed: true,
  },
  {
    practice: 'donazione-sangue-universita',
    unit: 'LAZ-LT',
    status: 'running',
    startDate: '2026-03-01',
    adaptations: {
      it: 'Con il polo universitario di Latina e l’AVIS provinciale.',
      en: 'With the Latina university campus and the provincial blood donors’ association.',
    },
    confirmed: true,
  },
  {
    practice: 'napoli-ambulatorio-solidale',
    unit: 'TOS-PI',
    status: 'started',
    startDate: '2026-10-01',
    adaptations: {
      it: 'Ambulatorio aperto due sere a settimana nella sede del comitato.',
      en: 'Clinic open two evenings a week at the unit’s premises.',
    },
    confirmed: true,
  },
  {
    practice: 'bologna-alloggi-emergenza-freddo',
    unit: 'LOM-VA',
    status: 'planned',
    adaptations: { it: 'Con le parrocchie della città.', en: 'With the city’s parishes.' },
    confirmed: false,
  },
  {
    practice: 'emporio-solidale-dignita',
    unit: 'SIC-CT',
    status: 'running',
    startDate: '2026-04-01',
    adaptations: {
      it: 'Tessera a punti gestita dai servizi sociali.',
      en: 'Points card managed by the social services.',
    },
    confirmed: true,
  },
  {
    practice: 'firenze-sport-integrato',
    unit: 'PIE-NO',
    status: 'completed',
    startDate: '2025-09-01',
    endDate: '2026-06-30',
    adaptations: { it: 'Basket invece del calcio.', en: 'Basketball instead of football.' },
    results: { it: '42 ragazzi, 3 tornei.', en: '42 young people, 3 tournaments.' },
    confirmed: true,
  },
]
