import type { FundingCallEntry } from './deskEntries'

/** A funding call entry for the desk's unit tests, with `overrides` on top. */
export const fixtureCall = (overrides: Partial<FundingCallEntry> = {}): FundingCallEntry => ({
  cmsId: '7',
  slug: 'bando-volontariato',
  locale: 'it',
  contentLocale: 'it',
  isFallback: false,
  title: 'Bando Volontariato',
  funder: 'Fondazione Cariplo',
  summary: 'Sostegno ai progetti di volontariato.',
  eligibility: '',
  scope: 'national',
  units: [],
  amountMin: null,
  amountMax: null,
  currency: 'EUR',
  opensAt: null,
  deadline: '2027-03-31T21:59:00.000Z',
  timeZone: 'Europe/Rome',
  link: null,
  documents: [],
  themes: [],
  status: 'open',
  updatedAt: '2026-11-30T10:00:00.000Z',
  ...overrides,
})
