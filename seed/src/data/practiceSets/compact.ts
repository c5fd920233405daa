import { CRITERIA } from '@redcloud/cms/contract'

import type { SeedLocale, SeedPractice, SeedPracticeText, SeedStage } from '../types'

/**
 * One indicator: name, baseline, target, measured, unit of measure, and the slug of the library
 * indicator it stands for (then the name and unit are only the demo's notes: the library names it).
 */
export type Indicator = [
  name: string,
  baseline: number | null,
  target: number,
  measured: number | null,
  unit: string,
  library?: string,
]

/** A translation: the same texts in another language (indicator names in the same order). */
export type Translation = {
  title: string
  summary: string
  description: string[]
  objectives: string[]
  innovation: string
  replicability: string
  indicatorNames: string[]
}

/** A practice written compactly; `toSeedPractice` expands it into the seed's shape. */
export type Compact = {
  slug: string
  unit: string
  stage?: SeedStage
  reviewComment?: string
  author?: string
  themes: string[]
  targets: SeedPractice['targetGroups']
  title: string
  summary: string
  description: string[]
  objectives: string[]
  innovation: string
  technologies?: string
  replicability: string
  indicators: Indicator[]
  cost?: [amount: number, period: 'monthly' | 'oneOff' | 'yearly', notes: string]
  resources: [volunteers: number, staff: number, material: string]
  activity: [status: 'completed' | 'ongoing' | 'paused' | 'planned', start: string, end?: string]
  contact: [name: string, role: string, consent: boolean, phone?: string]
  /** Nine digits 0–3, one per criterion in DESIGN.md's order. */
  assessment: string
  links?: { label: string; url: string }[]
  translations?: Partial<Record<Exclude<SeedLocale, 'it'>, Translation>>
}

const emailOf = (name: string) =>
  `${name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/\s+/g, '.')}@cri-demo.example.org`

export const toSeedPractice = (c: Compact): SeedPractice => {
  const it: SeedPracticeText = {
    title: c.title,
    summary: c.summary,
    description: c.description,
    objectives: c.objectives,
    innovation: c.innovation,
    technologies: c.technologies,
    replicability: c.replicability,
    costNotes: c.cost?.[2],
    material: c.resources[2],
    indicatorNames: c.indicators.map(([name]) => name),
  }
  const texts: SeedPractice['texts'] = { it }
  for (const [locale, text] of Object.entries(c.translations ?? {}) as [SeedLocale, Translation][]) {
    texts[locale] = { ...text }
  }
  return {
    slug: c.slug,
    unit: c.unit,
    author:
      c.author ??
      (c.unit === 'LOM-MI' ? 'volunteer.milano' : c.unit === 'LAZ-RM' ? 'volunteer.roma' : undefined),
    stage: c.stage ?? 'published',
    reviewComment: c.reviewComment,
    originalLanguage: 'it',
    texts,
    themes: c.themes,
    targetGroups: c.targets,
    indicators: c.indicators.map(([, baseline, target, measured, unit, library]) => ({
      ...(baseline === null ? {} : { baseline }),
      target,
      ...(measured === null ? {} : { measured }),
      ...(library ? { library } : { unit }),
    })),
    costs: c.cost ? { amount: c.cost[0], currency: 'EUR', period: c.cost[1] } : undefined,
    resources: { volunteers: c.resources[0], staff: c.resources[1] },
    activity: {
      status: c.activity[0],
      startDate: c.activity[1],
      ...(c.activity[2] ? { endDate: c.activity[2] } : {}),
    },
    links: c.links,
    contact: {
      name: c.contact[0],
      role: c.contact[1],
      email: emailOf(c.contact[0]),
      ...(c.contact[3] ? { phone: c.contact[3] } : {}),
      consent: c.contact[2],
    },
    selfAssessment: Object.fromEntries(
      CRITERIA.map((criterion, index) => [criterion, (c.assessment[index] ?? '1') as '0' | '1' | '2' | '3']),
    ),
  }
}
