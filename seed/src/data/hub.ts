import type { SeedLocale } from './types'

export type SeedChallenge = {
  title: Record<SeedLocale, string>
  problem: Record<SeedLocale, string>
  support: Record<SeedLocale, string>
  /** Days from today (negative: in the past). */
  opensInDays: number
  closesInDays: number
  themes: string[]
}

export type SeedIdea = {
  title: string
  /** Index in `challenges`, or null for the open call. */
  challenge: null | number
  author: string
  team: string[]
  problem: string
  solution: string
  beneficiaries: string
  needs: string
  stage: 'draft' | 'incubation' | 'pilot' | 'submitted'
  mentor?: string
  notes?: { by: string; note: string }[]
  crowdfunding?: { url: string; target: number; raised: number; asked: number }
  showPublicly?: boolean
}

/** The Innovation Hub's demo challenges: one open now, one closed. */
export const challenges: SeedChallenge[] = [
  {
    title: {
      it: 'Nessuno resta solo: prossimità agli anziani',
      en: 'Nobody left alone: closer to older people',
      fr: 'Personne ne reste seul : proches des personnes âgées',
      es: 'Nadie se queda solo: cerca de las personas mayores',
    },
    problem: {
      it: 'Molti anziani vivono soli e lontani dai servizi. Cerchiamo idee che li raggiungano a casa e li aiutino a usare i servizi digitali.',
      en: 'Many older people live alone and far from services. We look for ideas that reach them at home and help them use digital services.',
      fr: 'Beaucoup de personnes âgées vivent seules et loin des services. Nous cherchons des idées qui les atteignent chez elles et les aident à utiliser les services numériques.',
      es: 'Muchas personas mayores viven solas y lejos de los servicios. Buscamos ideas que lleguen a sus casas y les ayuden a usar los servicios digitales.',
    },
    support: {
      it: 'Sei mesi di mentoring, fino a 10.000 € per il pilota, formazione sul project management.',
      en: 'Six months of mentoring, up to €10,000 for the pilot, project management training.',
      fr: "Six mois de mentorat, jusqu'à 10 000 € pour le pilote, une formation à la gestion de projet.",
      es: 'Seis meses de mentoría, hasta 10 000 € para el piloto, formación en gestión de proyectos.',
    },
    opensInDays: -20,
    closesInDays: 40,
    themes: ['elderly', 'digital-innovation'],
  },
  {
    title: {
      it: 'Estate sicura: caldo e acqua',
      en: 'A safe summer: heat and water',
      fr: 'Un été sûr : chaleur et eau',
      es: 'Un verano seguro: calor y agua',
    },
    problem: {
      it: 'Le ondate di calore mettono a rischio le persone fragili. Come avvisarle e raggiungerle in tempo?',
      en: 'Heatwaves put frail people at risk. How do we warn and reach them in time?',
      fr: 'Les vagues de chaleur mettent en danger les personnes fragiles. Comment les prévenir et les rejoindre à temps ?',
      es: 'Las olas de calor ponen en riesgo a las personas frágiles. ¿Cómo avisarlas y llegar a tiempo?',
    },
    support: {
      it: 'Mentoring e un contributo per il materiale.',
      en: 'Mentoring and a contribution to materials.',
      fr: 'Mentorat et une contribution au matériel.',
      es: 'Mentoría y una contribución para el material.',
    },
    opensInDays: -150,
    closesInDays: -60,
    themes: ['emergencies', 'health'],
  },
]

/** The demo ideas, each at the stage it reaches through the Hub's pipeline. */
export const ideas: SeedIdea[] = [
  {
    title: 'Tablet in prestito con volontari "digitali"',
    challenge: 0,
    author: 'volunteer.milano',
    team: ['volunteer.torino'],
    problem: 'Gli anziani soli non riescono a prenotare visite e ritirare referti online.',
    solution:
      'Prestiamo tablet già configurati e un volontario li accompagna a casa per le prime settimane, poi al telefono.',
    beneficiaries: 'Circa 80 anziani soli seguiti dal comitato di Milano nel primo anno.',
    needs: '20 tablet, connessione dati, formazione di 10 volontari.',
    stage: 'incubation',
    mentor: 'validator.milano',
    notes: [
      {
        by: 'validator.milano',
        note: 'Primo incontro: definito il piano del pilota e i criteri per scegliere le famiglie.',
      },
      { by: 'volunteer.milano', note: 'Trovato un fornitore che dona 10 tablet ricondizionati.' },
    ],
    crowdfunding: {
      url: 'https://example.org/crowdfunding/tablet-anziani',
      target: 6000,
      raised: 2350,
      asked: 6000,
    },
  },
  {
    title: 'Sportello di quartiere per le pratiche digitali',
    challenge: null,
    author: 'volunteer.roma',
    team: [],
    problem: 'Molte famiglie straniere non riescono a usare SPID e i portali dei servizi.',
    solution:
      'Uno sportello settimanale nella sede del comitato con volontari che parlano arabo, francese e inglese.',
    beneficiaries: 'Famiglie straniere del quartiere, circa 200 accessi all’anno.',
    needs: 'Due postazioni, una stampante, volontari con lingue.',
    stage: 'pilot',
    mentor: 'validator.roma',
    showPublicly: true,
  },
  {
    title: 'Mappa condivisa dei defibrillatori',
    challenge: 0,
    author: 'volunteer.torino',
    team: [],
    problem: 'Nessuno sa dove sono i defibrillatori accessibili di notte.',
    solution: 'Una mappa aperta aggiornata dai volontari durante i servizi, con gli orari di accesso.',
    beneficiaries: 'Chiunque presti soccorso in città.',
    needs: 'Un volontario con competenze di cartografia.',
    stage: 'submitted',
  },
  {
    title: 'Orti sociali sul tetto della sede',
    challenge: null,
    author: 'volunteer.milano',
    team: [],
    problem: '',
    solution: '',
    beneficiaries: '',
    needs: '',
    stage: 'draft',
  },
]
