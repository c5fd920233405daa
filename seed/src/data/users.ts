export type SeedUser = {
  /** Local part of `<name>@redcloud.example.org`. */
  name: string
  displayName: string
  unit: string
  roles: ('admin' | 'contentManager' | 'member' | 'validator')[]
  preferredLanguage: 'en' | 'es' | 'fr' | 'it'
}

export const DEMO_EMAIL_DOMAIN = 'redcloud.example.org'

/** Demo accounts, each in the unit its name says. */
export const users: SeedUser[] = [
  {
    name: 'admin',
    displayName: 'Amministrazione RedCloud',
    unit: 'CRI',
    roles: ['admin', 'member'],
    preferredLanguage: 'it',
  },
  {
    name: 'editor',
    displayName: 'Giulia Ferri (redazione)',
    unit: 'CRI',
    roles: ['contentManager', 'member'],
    preferredLanguage: 'it',
  },
  {
    name: 'validator.national',
    displayName: 'Marco Bellini',
    unit: 'CRI',
    roles: ['validator', 'member'],
    preferredLanguage: 'it',
  },
  {
    name: 'validator.lombardia',
    displayName: 'Chiara Colombo',
    unit: 'LOM',
    roles: ['validator', 'member'],
    preferredLanguage: 'it',
  },
  {
    name: 'validator.lazio',
    displayName: 'Paolo De Santis',
    unit: 'LAZ',
    roles: ['validator', 'member'],
    preferredLanguage: 'it',
  },
  {
    name: 'validator.milano',
    displayName: 'Elena Brambilla',
    unit: 'LOM-MI',
    roles: ['validator', 'member'],
    preferredLanguage: 'it',
  },
  {
    name: 'validator.roma',
    displayName: 'Luca Marchetti',
    unit: 'LAZ-RM',
    roles: ['validator', 'member'],
    preferredLanguage: 'en',
  },
  {
    name: 'volunteer.milano',
    displayName: 'Sara Galli',
    unit: 'LOM-MI',
    roles: ['member'],
    preferredLanguage: 'it',
  },
  {
    name: 'volunteer.roma',
    displayName: 'Amir Haddad',
    unit: 'LAZ-RM',
    roles: ['member'],
    preferredLanguage: 'fr',
  },
  {
    name: 'volunteer.torino',
    displayName: 'Lucía Romero',
    unit: 'PIE-TO',
    roles: ['member'],
    preferredLanguage: 'es',
  },
]
