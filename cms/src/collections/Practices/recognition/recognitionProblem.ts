import type { Criterion } from '../../../contract/criteria'

type Event = Record<string, unknown>
export type RecognitionProblem =
  | { kind: 'belowThreshold'; level: 'national' | 'regional'; mean: number }
  | { kind: 'noScores'; level: 'national' | 'regional' }

const meanOf = (scores: Partial<Record<Criterion, number>>): number => {
  const values = Object.values(scores).filter((value): value is number => typeof value === 'number')
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length
}

const scoresOf = (event: Event | undefined): null | Record<string, number> =>
  event && event.scores && typeof event.scores === 'object' ? (event.scores as Record<string, number>) : null

/** The latest event decided in `stage` that carries scores, searching `events` from the end. */
const latestScored = (events: Event[], stage: string): Event | undefined =>
  [...events].reverse().find((event) => event.from === stage && scoresOf(event))

/**
 * Why a practice cannot be recognised at its national approval, or null when it can: the
 * national mean (this decision's scores) and the latest regional mean must each reach the
 * threshold. The regional scores are the current review round's; a round that went straight back
 * to national review (changes asked there, then resubmitted) uses the latest regional scores of
 * the practice's history. A practice that never went through regional review (a national unit's)
 * has only the national mean to reach.
 */
export const recognitionProblem = ({
  history,
  round,
  scores,
  threshold,
}: {
  /** Every event of the practice, oldest first. */
  history: Event[]
  /** The current review round's events before this decision, oldest first. */
  round: Event[]
  /** This national decision's scores. */
  scores: null | Record<string, number>
  threshold: number
}): null | RecognitionProblem => {
  if (!scores) return { kind: 'noScores', level: 'national' }
  const national = meanOf(scores)
  if (national < threshold) return { kind: 'belowThreshold', level: 'national', mean: national }
  const wentRegional = history.some(
    (event) => event.from === 'regional_review' || event.to === 'regional_review',
  )
  if (!wentRegional) return null
  const regionalScores = scoresOf(
    latestScored(round, 'regional_review') ?? latestScored(history, 'regional_review'),
  )
  if (!regionalScores) return { kind: 'noScores', level: 'regional' }
  const regional = meanOf(regionalScores)
  return regional < threshold ? { kind: 'belowThreshold', level: 'regional', mean: regional } : null
}
