import type { FundingCallScope, ResourceLanguage, ResourceType } from '@redcloud/cms/contract'

import type { Locale } from '../locales'
import type { PublicFile } from '../types'

/** A funding call in one language, as the site shows it (public fields only). */
export interface FundingCallEntry {
  cmsId: string
  slug: string
  locale: Locale
  contentLocale: Locale
  isFallback: boolean
  title: string
  funder: string
  summary: string
  eligibility: string
  scope: FundingCallScope
  /** Names of the units a regional or local call is for. */
  units: string[]
  amountMin: number | null
  amountMax: number | null
  currency: string
  opensAt: null | string
  /** ISO date-time, UTC. */
  deadline: string
  /** IANA name the deadline is stated in. */
  timeZone: string
  link: null | string
  documents: PublicFile[]
  /** Theme slugs. */
  themes: string[]
  status: 'closed' | 'open'
  updatedAt: string
}

/** A public resource of the toolbox in one language (members-only ones never reach the build). */
export interface ResourceEntry {
  cmsId: string
  slug: string
  locale: Locale
  contentLocale: Locale
  isFallback: boolean
  title: string
  description: string
  type: ResourceType
  language: ResourceLanguage
  themes: string[]
  file: null | PublicFile
  link: null | string
  updatedAt: string
}
