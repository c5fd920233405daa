import { transition } from '@redcloud/plugin-staged-approval'
import type { Payload, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import { CRITERIA } from '@redcloud/cms/contract'

import type { SeedPractice } from './data/types'

import { demoTimes } from './demoTimes'

type Id = number | string
type Action = Parameters<typeof transition>[0]['action']

const LEVELS = ['local', 'regional', 'national'] as const

/** Demo practices whose validators' mean score reaches this are recognised at publication. */
const RECOGNISED_DEMO_MEAN = 2.5

/** The validators' demo scores: the practice's own self-assessment (1 where it has none). */
const scoresOf = (practice: SeedPractice): Record<string, number> =>
  Object.fromEntries(
    CRITERIA.map((criterion) => [criterion, Number(practice.selfAssessment[criterion] ?? '1')]),
  )

/** The unit code of each level above a practice's unit: LOM-MI → local LOM-MI, regional LOM, national CRI. */
const chainOf = (unitCode: string): Partial<Record<(typeof LEVELS)[number], string>> =>
  unitCode === 'CRI'
    ? { national: 'CRI' }
    : unitCode.includes('-')
      ? { local: unitCode, regional: unitCode.split('-')[0], national: 'CRI' }
      : { regional: unitCode, national: 'CRI' }

/**
 * Takes a new demo practice from draft to its stage through the staged-approval plugin's Local
 * API, each step by the account that may take it (its author, the validators of its unit's
 * chain), so the history holds real events. E-mails are not sent for demo data.
 */
export const walkWorkflow = async ({
  payload,
  practice,
  id,
  author,
  validatorOf,
}: {
  payload: Payload
  practice: SeedPractice
  id: Id
  author: TypedUser
  /** The demo validator of a unit (by code). */
  validatorOf: (unitCode: string) => TypedUser
}): Promise<void> => {
  if (practice.stage === 'draft') return
  // One request for the whole walk, so the unit lookups the CMS caches on it are made once.
  const req = await createLocalReq({}, payload)
  const scores = scoresOf(practice)
  const mean = Object.values(scores).reduce((sum, value) => sum + value, 0) / CRITERIA.length
  const chain = chainOf(practice.unit)
  const levels = LEVELS.filter((level) => chain[level])
  const validator = (level: (typeof LEVELS)[number]) => validatorOf(chain[level] as string)

  // The steps first, then their dates: the demo's history spreads over days and weeks.
  const steps: { action: Action; user: TypedUser; comment?: string; extra?: object }[] = [
    { action: 'submit', user: author },
  ]
  const target = practice.stage
  if (target === 'changes_requested' || target === 'rejected') {
    const first = levels[0] as (typeof LEVELS)[number]
    steps.push({
      action: target === 'rejected' ? 'reject' : 'request_changes',
      user: validator(first),
      comment: practice.reviewComment,
    })
  } else {
    for (const level of levels) {
      if (target === `${level}_review`) break
      // Validators score at every level (required at regional and national); the national one
      // recognises the best demo practices.
      const recognise = level === 'national' && mean >= RECOGNISED_DEMO_MEAN
      steps.push({
        action: 'approve',
        user: validator(level),
        extra: { scores, ...(recognise ? { flags: { recognise } } : {}) },
      })
    }
  }
  const times = demoTimes(practice, steps.length)
  for (const [n, { action, user, comment, extra }] of steps.entries())
    await transition({
      payload,
      req,
      collection: 'practices',
      id,
      action,
      user,
      comment,
      notify: false,
      at: times[n],
      ...extra,
    })
}
