import type { SeedLocale } from './types'

type Texts = { title: string; summary: string; eligibility?: string }

/** A demo call for proposals; its deadline is counted from the day the demo is seeded. */
export type SeedFundingCall = {
  slug: string
  funder: string
  scope: 'local' | 'national' | 'regional'
  /** Unit codes, for regional and local calls. */
  units?: string[]
  amountMin?: number
  amountMax?: number
  /** Days from the seeding day at 23:59 Rome time (negative: already closed). */
  deadlineInDays: number
  opensDaysAgo?: number
  timeZone?: string
  link: string
  themes: string[]
  texts: Partial<Record<SeedLocale, Texts>> & { it: Texts }
}

/** Real Italian funders, invented calls: some closing soon, some closed, every scope. */
export const fundingCalls: SeedFundingCall[] = [
  {
    slug: 'bando-welfare-di-comunita-2027',
    funder: 'Fondazione Cariplo',
    scope: 'regional',
    units: ['LOM'],
    amountMin: 20000,
    amountMax: 150000,
    deadlineInDays: 6,
    opensDaysAgo: 60,
    link: 'https://www.fondazionecariplo.it/it/bandi/',
    themes: ['social-inclusion', 'elderly'],
    texts: {
      it: {
        title: 'Welfare di comunità 2027',
        summary:
          'Contributi per reti locali che portano servizi di prossimità a persone anziane e famiglie fragili.',
        eligibility:
          'Enti del Terzo Settore con sede in Lombardia, in partenariato con almeno un ente pubblico.',
      },
      en: {
        title: 'Community welfare 2027',
        summary:
          'Grants for local networks bringing neighbourhood services to older people and vulnerable families.',
        eligibility:
          'Third-sector organisations based in Lombardy, partnering with at least one public body.',
      },
      fr: {
        title: 'Protection sociale de proximité 2027',
        summary:
          'Subventions aux réseaux locaux qui apportent des services de proximité aux personnes âgées et familles fragiles.',
      },
      es: {
        title: 'Bienestar comunitario 2027',
        summary:
          'Ayudas a redes locales que llevan servicios de proximidad a personas mayores y familias vulnerables.',
      },
    },
  },
  {
    slug: 'volontariato-in-rete-crt',
    funder: 'Fondazione CRT',
    scope: 'regional',
    units: ['PIE'],
    amountMax: 30000,
    deadlineInDays: 11,
    link: 'https://www.fondazionecrt.it/',
    themes: ['volunteering', 'youth'],
    texts: {
      it: {
        title: 'Volontariato in rete',
        summary:
          'Sostegno alla formazione e al coinvolgimento di giovani volontari nelle associazioni piemontesi.',
        eligibility: 'Organizzazioni di volontariato iscritte al RUNTS con sede in Piemonte o Valle d’Aosta.',
      },
      en: {
        title: 'Volunteering networks',
        summary: 'Support for training and involving young volunteers in associations in Piedmont.',
      },
    },
  },
  {
    slug: 'avviso-terzo-settore-art-72',
    funder: 'Ministero del Lavoro e delle Politiche Sociali',
    scope: 'national',
    amountMin: 250000,
    amountMax: 900000,
    deadlineInDays: 3,
    opensDaysAgo: 45,
    link: 'https://www.lavoro.gov.it/temi-e-priorita/terzo-settore-e-responsabilita-sociale-imprese',
    themes: ['social-inclusion', 'volunteering'],
    texts: {
      it: {
        title: 'Avviso nazionale Terzo Settore (art. 72 CTS)',
        summary:
          'Finanziamento di iniziative e progetti di rilevanza nazionale promossi da reti associative.',
        eligibility:
          'Reti associative nazionali, organizzazioni di volontariato e associazioni di promozione sociale, anche in partenariato.',
      },
      en: {
        title: 'National third-sector notice (art. 72 of the Code)',
        summary:
          'Funding for initiatives and projects of national relevance promoted by associative networks.',
      },
      fr: {
        title: 'Avis national du tiers secteur (art. 72)',
        summary:
          'Financement d’initiatives et de projets d’intérêt national portés par des réseaux associatifs.',
      },
      es: {
        title: 'Convocatoria nacional del tercer sector (art. 72)',
        summary:
          'Financiación de iniciativas y proyectos de relevancia nacional promovidos por redes asociativas.',
      },
    },
  },
  {
    slug: 'poverta-educativa-con-i-bambini',
    funder: 'Con i Bambini – Fondo per il contrasto della povertà educativa minorile',
    scope: 'national',
    amountMin: 100000,
    amountMax: 500000,
    deadlineInDays: 40,
    link: 'https://www.conibambini.org/',
    themes: ['education', 'youth'],
    texts: {
      it: {
        title: 'Comunità educanti: bando adolescenza',
        summary: 'Progetti di comunità educante per ragazze e ragazzi tra 11 e 17 anni in territori fragili.',
        eligibility:
          'Partenariati di almeno tre enti, con un ente del Terzo Settore come capofila e una scuola.',
      },
      en: {
        title: 'Educating communities: adolescence call',
        summary: 'Educating-community projects for 11 to 17-year-olds in disadvantaged areas.',
      },
    },
  },
  {
    slug: 'fondazione-con-il-sud-inclusione-migranti',
    funder: 'Fondazione CON IL SUD',
    scope: 'regional',
    units: ['CAM', 'SIC'],
    amountMax: 350000,
    deadlineInDays: 27,
    link: 'https://www.fondazioneconilsud.it/',
    themes: ['migrants', 'social-inclusion'],
    texts: {
      it: {
        title: 'Bando Migranti: accoglienza e autonomia',
        summary: 'Percorsi di inclusione lavorativa e abitativa per persone migranti nel Mezzogiorno.',
      },
      en: {
        title: 'Migrants call: reception and independence',
        summary: 'Work and housing inclusion pathways for migrants in southern Italy.',
      },
      es: {
        title: 'Convocatoria Migrantes: acogida y autonomía',
        summary:
          'Itinerarios de inclusión laboral y residencial para personas migrantes en el sur de Italia.',
      },
    },
  },
  {
    slug: 'protezione-civile-contributi-volontariato',
    funder: 'Dipartimento della Protezione Civile',
    scope: 'national',
    amountMax: 60000,
    deadlineInDays: 9,
    link: 'https://www.protezionecivile.gov.it/it/',
    themes: ['emergencies', 'first-aid'],
    texts: {
      it: {
        title: 'Contributi per il potenziamento delle organizzazioni di volontariato di protezione civile',
        summary: 'Acquisto di mezzi e attrezzature, formazione dei volontari e attività di prevenzione.',
        eligibility: 'Organizzazioni iscritte all’elenco nazionale del volontariato di protezione civile.',
      },
      en: {
        title: 'Grants to strengthen civil-protection volunteer organisations',
        summary: 'Vehicles and equipment, volunteer training and prevention activities.',
      },
      fr: {
        title: 'Aides au renforcement du bénévolat de protection civile',
        summary: 'Véhicules et équipements, formation des bénévoles et prévention.',
      },
    },
  },
  {
    slug: 'regione-lazio-invecchiamento-attivo',
    funder: 'Regione Lazio',
    scope: 'regional',
    units: ['LAZ'],
    amountMin: 10000,
    amountMax: 40000,
    deadlineInDays: 19,
    link: 'https://www.regione.lazio.it/',
    themes: ['elderly', 'health'],
    texts: {
      it: {
        title: 'Invecchiamento attivo 2027',
        summary: 'Attività motorie, culturali e di socialità per persone over 65 nei comuni del Lazio.',
      },
      en: {
        title: 'Active ageing 2027',
        summary: 'Physical, cultural and social activities for people over 65 in Lazio.',
      },
    },
  },
  {
    slug: 'comune-di-milano-contrasto-poverta-alimentare',
    funder: 'Comune di Milano',
    scope: 'local',
    units: ['LOM-MI'],
    amountMax: 25000,
    deadlineInDays: 13,
    link: 'https://www.comune.milano.it/',
    themes: ['food-poverty'],
    texts: {
      it: {
        title: 'Hub di quartiere contro lo spreco alimentare',
        summary: 'Contributi per la raccolta e redistribuzione di eccedenze alimentari nei quartieri.',
      },
      en: {
        title: 'Neighbourhood food hubs against waste',
        summary: 'Grants for collecting and redistributing surplus food in neighbourhoods.',
      },
    },
  },
  {
    slug: 'compagnia-di-san-paolo-digitale',
    funder: 'Fondazione Compagnia di San Paolo',
    scope: 'national',
    amountMin: 30000,
    amountMax: 120000,
    deadlineInDays: 55,
    link: 'https://www.compagniadisanpaolo.it/',
    themes: ['digital-innovation', 'volunteering'],
    texts: {
      it: {
        title: 'Competenze digitali per il non profit',
        summary: 'Percorsi di digitalizzazione dei processi e formazione di volontari e staff.',
      },
      en: {
        title: 'Digital skills for non-profits',
        summary: 'Digitalising processes and training volunteers and staff.',
      },
      fr: {
        title: 'Compétences numériques pour le non-lucratif',
        summary: 'Numérisation des processus et formation des bénévoles et salariés.',
      },
      es: {
        title: 'Competencias digitales para entidades sin ánimo de lucro',
        summary: 'Digitalización de procesos y formación de voluntariado y personal.',
      },
    },
  },
  {
    slug: 'otto-per-mille-valdese-salute',
    funder: 'Otto per mille della Chiesa Valdese',
    scope: 'national',
    amountMax: 50000,
    deadlineInDays: 34,
    link: 'https://www.ottopermillevaldese.org/',
    themes: ['health', 'homelessness'],
    texts: {
      it: {
        title: 'Salute e marginalità grave',
        summary: 'Interventi sanitari di strada e accompagnamento ai servizi per persone senza dimora.',
      },
      en: {
        title: 'Health and severe marginalisation',
        summary: 'Street health care and guidance to services for homeless people.',
      },
    },
  },
  {
    slug: 'fondazione-cr-firenze-disabilita',
    funder: 'Fondazione CR Firenze',
    scope: 'local',
    units: ['TOS-FI'],
    amountMax: 20000,
    deadlineInDays: -4,
    link: 'https://www.fondazionecrfirenze.it/',
    themes: ['disability'],
    texts: {
      it: {
        title: 'Autonomie possibili: disabilità e tempo libero',
        summary: 'Trasporto accessibile e attività del tempo libero per persone con disabilità.',
      },
      en: {
        title: 'Possible independence: disability and leisure',
        summary: 'Accessible transport and leisure activities for people with disabilities.',
      },
    },
  },
  {
    slug: 'regione-veneto-ambiente-e-clima',
    funder: 'Regione del Veneto',
    scope: 'regional',
    units: ['VEN'],
    amountMin: 5000,
    amountMax: 15000,
    deadlineInDays: -20,
    link: 'https://www.regione.veneto.it/',
    themes: ['environment', 'emergencies'],
    texts: {
      it: {
        title: 'Comunità resilienti al clima',
        summary: 'Piani di preparazione a ondate di calore e alluvioni con il volontariato locale.',
      },
      en: {
        title: 'Climate-resilient communities',
        summary: 'Heatwave and flood preparedness plans with local volunteers.',
      },
    },
  },
  {
    slug: 'unipolis-cultura-della-sicurezza',
    funder: 'Fondazione Unipolis',
    scope: 'national',
    amountMax: 40000,
    deadlineInDays: 1,
    timeZone: 'Europe/Rome',
    link: 'https://www.fondazioneunipolis.org/',
    themes: ['first-aid', 'education'],
    texts: {
      it: {
        title: 'Cultura della sicurezza: primo soccorso nelle scuole',
        summary: 'Corsi di primo soccorso e di educazione alla sicurezza per studenti e docenti.',
      },
      en: {
        title: 'Safety culture: first aid in schools',
        summary: 'First-aid and safety education courses for pupils and teachers.',
      },
    },
  },
]
