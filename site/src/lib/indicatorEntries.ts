import type { Locale } from './locales'
import type { IndicatorEntry } from './types'

import {
  INDICATOR_AGGREGATIONS,
  INDICATOR_DIRECTIONS,
  type IndicatorAggregation,
  type IndicatorDirection,
} from '@redcloud/cms/contract'

import { idOf } from './idOf'
import { LOCALES } from './locales'
import { localized } from './localized'

/** A library indicator as the CMS's REST API answers it in one language at depth 0 (CONTRACT-12). */
export interface IndicatorDoc {
  id: number | string
  slug?: null | string
  name?: null | string
  definition?: null | string
  unitOfMeasure?: null | string
  direction?: null | string
  aggregation?: null | string
  themes?: unknown[] | null
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
const DIRECTIONS: readonly string[] = INDICATOR_DIRECTIONS
const AGGREGATIONS: readonly string[] = INDICATOR_AGGREGATIONS

/**
 * The indicator library in every language: the name in that language, or in the first
 * language that has it (marked as a fallback); the definition and unit from the same language
 * as the name when it has them, else from the language the name came from. An unknown direction
 * reads as "higher", an unknown aggregation as "none" (never added up). Indicators without a
 * slug or a name in any language are left out.
 */
export const indicatorEntries = ({
  byId,
  defaultLocale,
  themeSlugs,
}: {
  byId: Map<string, Partial<Record<Locale, IndicatorDoc>>>
  defaultLocale: Locale
  /** Theme slugs by CMS id. */
  themeSlugs: Map<string, string>
}): IndicatorEntry[] =>
  LOCALES.flatMap((locale) =>
    [...byId.values()].flatMap((byLocale) => {
      const found = localized(byLocale, locale, (doc) => !!text(doc.name), defaultLocale)
      const slug = text(found?.doc.slug)
      if (!found || !slug) return []
      const { doc, isFallback, contentLocale } = found
      const direction = text(doc.direction)
      const aggregation = text(doc.aggregation)
      return [
        {
          cmsId: String(doc.id),
          slug,
          locale,
          isFallback,
          contentLocale,
          name: text(doc.name),
          definition: text(doc.definition),
          unit: text(doc.unitOfMeasure),
          direction: (DIRECTIONS.includes(direction) ? direction : 'higher') as IndicatorDirection,
          aggregation: (AGGREGATIONS.includes(aggregation) ? aggregation : 'none') as IndicatorAggregation,
          themes: (doc.themes ?? []).map((theme) => themeSlugs.get(idOf(theme) ?? '') ?? '').filter(Boolean),
        },
      ]
    }),
  )
