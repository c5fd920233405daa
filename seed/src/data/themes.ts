import type { ThemeIcon } from '@redcloud/cms/contract'

export type SeedTheme = {
  slug: string
  icon: ThemeIcon
  colour: string
  name: Record<'en' | 'es' | 'fr' | 'it', string>
  description: Record<'en' | 'es' | 'fr' | 'it', string>
}

const theme = (
  slug: string,
  icon: ThemeIcon,
  colour: string,
  [it, en, fr, es]: [string, string, string, string],
  [dit, den, dfr, des]: [string, string, string, string],
): SeedTheme => ({
  slug,
  icon,
  colour,
  name: { it, en, fr, es },
  description: { it: dit, en: den, fr: dfr, es: des },
})

/** The 14 themes behind the catalogue's icon filters. */
export const themes: SeedTheme[] = [
  theme(
    'elderly',
    'elderly',
    '#8C2D19',
    ['Anziani', 'Older people', 'Personnes âgées', 'Personas mayores'],
    [
      'Compagnia, salute e autonomia delle persone anziane.',
      'Companionship, health and independence of older people.',
      'Compagnie, santé et autonomie des personnes âgées.',
      'Compañía, salud y autonomía de las personas mayores.',
    ],
  ),
  theme(
    'youth',
    'youth',
    '#1F5C99',
    ['Giovani', 'Youth', 'Jeunesse', 'Juventud'],
    [
      'Attività dei e per i giovani: educazione tra pari, partecipazione.',
      'Activities by and for young people: peer education, participation.',
      'Activités par et pour les jeunes : éducation par les pairs, participation.',
      'Actividades de y para jóvenes: educación entre pares, participación.',
    ],
  ),
  theme(
    'migrants',
    'migrants',
    '#0F6E6E',
    ['Migrazioni', 'Migration', 'Migrations', 'Migraciones'],
    [
      'Accoglienza, orientamento e inclusione delle persone migranti.',
      'Reception, guidance and inclusion of migrants.',
      'Accueil, orientation et inclusion des personnes migrantes.',
      'Acogida, orientación e inclusión de personas migrantes.',
    ],
  ),
  theme(
    'health',
    'health',
    '#B3261E',
    ['Salute', 'Health', 'Santé', 'Salud'],
    [
      'Prevenzione, promozione della salute, donazione di sangue.',
      'Prevention, health promotion, blood donation.',
      'Prévention, promotion de la santé, don du sang.',
      'Prevención, promoción de la salud, donación de sangre.',
    ],
  ),
  theme(
    'first-aid',
    'first-aid',
    '#C62828',
    ['Primo soccorso', 'First aid', 'Premiers secours', 'Primeros auxilios'],
    [
      'Formazione e diffusione del primo soccorso nella popolazione.',
      'Training the public in first aid.',
      'Former la population aux premiers secours.',
      'Formación de la población en primeros auxilios.',
    ],
  ),
  theme(
    'emergencies',
    'emergency',
    '#E65100',
    ['Emergenze', 'Emergencies', 'Urgences', 'Emergencias'],
    [
      'Preparazione e risposta a calamità ed emergenze.',
      'Disaster preparedness and response.',
      'Préparation et réponse aux catastrophes.',
      'Preparación y respuesta ante desastres.',
    ],
  ),
  theme(
    'food-poverty',
    'food',
    '#6D4C41',
    ['Povertà alimentare', 'Food poverty', 'Précarité alimentaire', 'Pobreza alimentaria'],
    [
      'Aiuti alimentari, empori solidali, contrasto allo spreco.',
      'Food aid, social markets, fighting food waste.',
      'Aide alimentaire, épiceries solidaires, lutte contre le gaspillage.',
      'Ayuda alimentaria, economatos solidarios, lucha contra el desperdicio.',
    ],
  ),
  theme(
    'homelessness',
    'homeless',
    '#4E342E',
    ['Senza dimora', 'Homelessness', 'Sans-abrisme', 'Sinhogarismo'],
    [
      'Unità di strada, accoglienza notturna, accompagnamento.',
      'Street units, night shelters, accompaniment.',
      'Maraudes, accueil de nuit, accompagnement.',
      'Unidades de calle, albergues nocturnos, acompañamiento.',
    ],
  ),
  theme(
    'social-inclusion',
    'inclusion',
    '#6A1B9A',
    ['Inclusione sociale', 'Social inclusion', 'Inclusion sociale', 'Inclusión social'],
    [
      'Contrasto alla solitudine e all’esclusione, comunità accoglienti.',
      'Tackling loneliness and exclusion, welcoming communities.',
      'Lutter contre la solitude et l’exclusion, communautés accueillantes.',
      'Contra la soledad y la exclusión, comunidades acogedoras.',
    ],
  ),
  theme(
    'environment',
    'environment',
    '#2E7D32',
    ['Ambiente e clima', 'Environment and climate', 'Environnement et climat', 'Medio ambiente y clima'],
    [
      'Adattamento ai cambiamenti climatici, ondate di calore, sostenibilità.',
      'Climate adaptation, heat waves, sustainability.',
      'Adaptation climatique, vagues de chaleur, durabilité.',
      'Adaptación climática, olas de calor, sostenibilidad.',
    ],
  ),
  theme(
    'education',
    'education',
    '#283593',
    ['Educazione', 'Education', 'Éducation', 'Educación'],
    [
      'Scuole, diritto internazionale umanitario, educazione alla salute.',
      'Schools, international humanitarian law, health education.',
      'Écoles, droit international humanitaire, éducation à la santé.',
      'Escuelas, derecho internacional humanitario, educación para la salud.',
    ],
  ),
  theme(
    'digital-innovation',
    'digital',
    '#00838F',
    ['Innovazione digitale', 'Digital innovation', 'Innovation numérique', 'Innovación digital'],
    [
      'Tecnologie al servizio delle persone e dei volontari.',
      'Technology in the service of people and volunteers.',
      'La technologie au service des personnes et des bénévoles.',
      'Tecnología al servicio de las personas y los voluntarios.',
    ],
  ),
  theme(
    'volunteering',
    'volunteering',
    '#AD1457',
    ['Volontariato', 'Volunteering', 'Bénévolat', 'Voluntariado'],
    [
      'Reclutamento, formazione e benessere dei volontari.',
      'Recruiting, training and caring for volunteers.',
      'Recrutement, formation et bien-être des bénévoles.',
      'Captación, formación y bienestar de los voluntarios.',
    ],
  ),
  theme(
    'disability',
    'disability',
    '#37474F',
    ['Disabilità', 'Disability', 'Handicap', 'Discapacidad'],
    [
      'Inclusione e autonomia delle persone con disabilità.',
      'Inclusion and independence of people with disabilities.',
      'Inclusion et autonomie des personnes handicapées.',
      'Inclusión y autonomía de las personas con discapacidad.',
    ],
  ),
]
