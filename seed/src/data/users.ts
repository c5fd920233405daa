import type { VolunteerSkill } from '@redcloud/cms/contract'

export type SeedUser = {
  /** Local part of `<name>@redcloud.example.org`. */
  name: string
  displayName: string
  unit: string
  roles: ('admin' | 'contentManager' | 'deskOfficer' | 'hubReviewer' | 'member' | 'validator')[]
  preferredLanguage: 'en' | 'es' | 'fr' | 'it'
  /** Only for registrations still waiting for their unit (e-mail confirmed); others are active. */
  accountStatus?: 'pending'
  /** Posts volunteer needs for their unit and reads its rosters. */
  coordinator?: boolean
  skills?: VolunteerSkill[]
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
    // The National Committee's Development Desk: accepts support requests and follows them up.
    name: 'desk.officer',
    displayName: 'Valentina Russo (Sportello Sviluppo)',
    unit: 'CRI',
    roles: ['deskOfficer', 'member'],
    preferredLanguage: 'it',
  },
  {
    // The Innovation Hub's reviewers: they take ideas through screening, incubation and pilot.
    name: 'hub.reviewer',
    displayName: 'Francesca Leone (Innovation Hub)',
    unit: 'CRI',
    roles: ['hubReviewer', 'member'],
    preferredLanguage: 'it',
  },
  {
    name: 'hub.reviewer2',
    displayName: 'Tomás Herrera (Innovation Hub)',
    unit: 'CRI',
    roles: ['hubReviewer', 'member'],
    preferredLanguage: 'es',
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
    skills: ['logistics', 'cooking'],
  },
  {
    name: 'volunteer.roma',
    displayName: 'Amir Haddad',
    unit: 'LAZ-RM',
    roles: ['member'],
    preferredLanguage: 'fr',
    coordinator: true,
    skills: ['languages', 'psychosocial'],
  },
  {
    name: 'volunteer.torino',
    displayName: 'Lucía Romero',
    unit: 'PIE-TO',
    roles: ['member'],
    preferredLanguage: 'es',
  },
]

/**
 * Volunteers who registered on the site and confirmed their address: they wait for a validator
 * of their unit (or above it) to approve them. No practices are theirs.
 */
export const pendingRegistrations: SeedUser[] = [
  {
    name: 'registered.bergamo',
    displayName: 'Davide Rota',
    unit: 'LOM-BG',
    roles: ['member'],
    preferredLanguage: 'it',
    accountStatus: 'pending',
  },
  {
    name: 'registered.roma',
    displayName: 'Nadia Benali',
    unit: 'LAZ-RM',
    roles: ['member'],
    preferredLanguage: 'fr',
    accountStatus: 'pending',
  },
  {
    name: 'registered.torino',
    displayName: 'Carmen Ortiz',
    unit: 'PIE-TO',
    roles: ['member'],
    preferredLanguage: 'es',
    accountStatus: 'pending',
  },
]
