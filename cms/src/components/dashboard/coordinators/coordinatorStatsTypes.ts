import type { MonthSeries } from '../../../stats/publishedPerMonth'
import type { OverdueStage } from '../../../stats/overdueByStage'
import type { StageTime } from '../../../stats/timeAtStages'

/** One collection under review, as the coordinators' dashboard shows it. */
export type CollectionStats = {
  slug: string
  /** Items now in each stage (stages without items left out). */
  stages: { stage: string; count: number }[]
  /** Time taken at each review stage, from the history. */
  times: StageTime[]
  /** Items waiting at a review stage past the reminder. */
  overdue: OverdueStage[]
}

/** Everything the coordinators' dashboard draws, for one caller's part of the society. */
export type CoordinatorStats = {
  scope: 'all' | 'subtree'
  remindAfterDays: number
  collections: CollectionStats[]
  /** The last twelve months, `YYYY-MM`, oldest first. */
  months: string[]
  /** Practices first published per month; `group` is a region's id, '' for none (national). */
  byRegion: MonthSeries[]
  /** The same per theme (`group` is a theme's id). */
  byTheme: MonthSeries[]
  /** Names of the regions and of the themes the series mention, in the caller's language. */
  regionNames: Record<string, string>
  themeNames: Record<string, string>
  /** Recognised practices, or null while practices carry no recognition. */
  recognised: number
  published: number
}
