import { idOf } from '../../../contract/idOf'
import type { Locale } from '../../../contract/locales'
import { isWebAddress } from '../../../utilities/isWebAddress'
import { withoutPrivateUploads } from './withoutPrivateUploads'

type Doc = Record<string, unknown>

const isObject = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A localized value read with `locale: 'all'`, in one language. */
const inLanguage = (value: unknown, language: Locale): unknown =>
  isObject(value) ? value[language] : undefined

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined

/**
 * The language an adaptation is written in: the caller's when the origin has its title in it,
 * else the origin's own.
 */
export const adaptationLanguage = ({ language, origin }: { language: Locale; origin: Doc }): Locale =>
  text(inLanguage(origin.title, language))
    ? language
    : ((origin.originalLanguage as Locale | undefined) ?? language)

/**
 * What "Adapt for my unit" copies from a published practice read with `locale: 'all'`, in one
 * language: what it does and how (texts, themes, target groups, indicators (their catalogue
 * indicator, name, unit, baseline and target; never keys, dates or measurements), costs, resources, links, public files). Never the contact person, author,
 * unit, counters, workflow, scores, recognition, slug, activity dates or self-assessment: the
 * new practice is the adapting unit's own. Array rows lose their ids (they are new rows).
 */
export const adaptedPracticeData = ({
  language,
  origin,
  publicMedia,
}: {
  language: Locale
  origin: Doc
  publicMedia: ReadonlySet<string>
}): Doc => {
  const isPublic = (value: unknown) => {
    const id = idOf(value)
    return id !== null && publicMedia.has(String(id))
  }
  const objectives = inLanguage(origin.objectives, language)
  const costs = isObject(origin.costs) ? origin.costs : {}
  const resources = isObject(origin.resources) ? origin.resources : {}
  const description = inLanguage(origin.description, language)
  return {
    title: text(inLanguage(origin.title, language)),
    summary: text(inLanguage(origin.summary, language)),
    description: isObject(description) ? withoutPrivateUploads({ node: description, isPublic }) : undefined,
    objectives: Array.isArray(objectives)
      ? objectives
          .filter(isObject)
          .map((row) => ({ objective: text(row.objective) }))
          .filter((row) => row.objective)
      : [],
    innovation: text(inLanguage(origin.innovation, language)),
    technologies: text(inLanguage(origin.technologies, language)),
    replicability: text(inLanguage(origin.replicability, language)),
    themes: Array.isArray(origin.themes) ? origin.themes.map(idOf).filter((id) => id !== null) : [],
    targetGroups: Array.isArray(origin.targetGroups)
      ? origin.targetGroups.filter((group) => typeof group === 'string')
      : [],
    qualityIndicators: Array.isArray(origin.qualityIndicators)
      ? origin.qualityIndicators.filter(isObject).map((row) => ({
          // The catalogue indicator, so the adaptation measures the same thing; a new key, no dates.
          ...(idOf(row.indicator) === null ? {} : { indicator: idOf(row.indicator) }),
          name: text(inLanguage(row.name, language)),
          baseline: num(row.baseline),
          target: num(row.target),
          unit: text(row.unit),
        }))
      : [],
    costs: {
      amount: num(costs.amount),
      currency: text(costs.currency),
      period: text(costs.period),
      notes: text(inLanguage(costs.notes, language)),
    },
    resources: {
      volunteers: num(resources.volunteers),
      staff: num(resources.staff),
      material: text(inLanguage(resources.material, language)),
    },
    links: Array.isArray(origin.links)
      ? origin.links
          .filter(isObject)
          .map((row) => ({ label: text(row.label), url: text(row.url) }))
          // A link the field would refuse now (stored before its check, or written around it) stays behind.
          .filter((row) => row.url !== undefined && isWebAddress(row.url))
      : [],
    coverImage: isPublic(origin.coverImage) ? idOf(origin.coverImage) : undefined,
    attachments: Array.isArray(origin.attachments) ? origin.attachments.filter(isPublic).map(idOf) : [],
    originalLanguage: language,
  }
}
