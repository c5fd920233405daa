import type { IndicatorImpact } from '../lib/aggregateIndicators'
import type { Locale } from '../lib/locales'

import { aggregateIndicators } from '../lib/aggregateIndicators'
import { translator } from '../lib/translator'
import { indicatorsFor } from './indicatorsFor'
import { practicesFor } from './practicesFor'
import { themesFor } from './themesFor'

/** The library indicators that add up, across the published practices, in one language. */
export const impactFor = async (locale: Locale): Promise<IndicatorImpact[]> =>
  aggregateIndicators({
    indicators: await indicatorsFor(locale),
    practices: await practicesFor(locale),
    themeNames: new Map((await themesFor(locale)).map((theme) => [theme.slug, theme.name])),
    nationalLabel: translator(locale)('impact.national'),
  })
