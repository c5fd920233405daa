import type { Practice } from '@redcloud/cms/payload-types'

/** Locales RedCloud content is written in. */
export type SeedLocale = 'en' | 'es' | 'fr' | 'it'

/**
 * Where a demo practice stands in the validation chain: a new demo practice reaches it through
 * the staged-approval plugin's Local API, by the decisions of its unit chain's validators.
 */
export type SeedStage =
  | 'changes_requested'
  | 'draft'
  | 'local_review'
  | 'national_review'
  | 'published'
  | 'regional_review'
  | 'rejected'

/** The texts of a practice in one language; the description is a list of paragraphs. */
export type SeedPracticeText = {
  title: string
  summary: string
  description: string[]
  objectives: string[]
  innovation: string
  technologies?: string
  replicability: string
  costNotes?: string
  material?: string
  indicatorNames: string[]
}

export type SeedPractice = {
  /** Stable key: the slug, used to find the practice again when seeding twice. */
  slug: string
  /** Unit code, e.g. 'LOM-MI'. */
  unit: string
  /** Demo account e-mail local part of the author, e.g. 'volunteer.milano'; defaults to the unit's generated author. */
  author?: string
  stage: SeedStage
  /** Comment the validators left when stage is changes_requested or rejected. */
  reviewComment?: string
  originalLanguage: SeedLocale
  /** The original language first; translations in other locales are optional. */
  texts: Partial<Record<SeedLocale, SeedPracticeText>>
  themes: string[] // theme slugs
  targetGroups: NonNullable<Practice['targetGroups']>
  /**
   * Same order as indicatorNames. `library`: the slug of the library indicator the row picks;
   * `measured`: the latest value, the end of the row's demo measurements.
   */
  indicators: { baseline?: number; target?: number; measured?: number; unit?: string; library?: string }[]
  costs?: { amount: number; currency: 'CHF' | 'EUR' | 'GBP' | 'USD'; period: 'monthly' | 'oneOff' | 'yearly' }
  resources: { volunteers: number; staff: number }
  activity: { status: 'completed' | 'ongoing' | 'paused' | 'planned'; startDate: string; endDate?: string }
  links?: { label: string; url: string }[]
  contact: { name: string; role: string; email: string; phone?: string; consent: boolean }
  /** Self-assessment against DESIGN.md's criteria, '0' (not yet) to '3' (fully). */
  selfAssessment: Partial<Record<keyof NonNullable<Practice['selfAssessment']>, '0' | '1' | '2' | '3'>>
}
