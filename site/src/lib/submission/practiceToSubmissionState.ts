import { CRITERIA } from '@redcloud/cms/contract'
import type { Practice } from '@redcloud/cms/payload-types'

import { idOf } from '../idOf'
import type { SubmissionState } from './SubmissionState'
import { lexicalToParagraphs } from './lexicalToParagraphs'

const str = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'string' ? value : String(value)

/** A stored date (ISO timestamp) as a date input's value. */
const day = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 10) : '')

/** A stored practice (any depth) as the form's values: the inverse of submissionStateToPractice. */
export const practiceToSubmissionState = (practice: Partial<Practice>): SubmissionState => {
  const state: SubmissionState = {
    title: str(practice.title),
    summary: str(practice.summary),
    description: lexicalToParagraphs(practice.description),
    themes: (practice.themes ?? []).map(idOf).filter((value): value is string => value !== null),
    targetGroups: [...(practice.targetGroups ?? [])],
    objectives: (practice.objectives ?? []).map((row) => row.objective).join('\n'),
    innovation: str(practice.innovation),
    technologies: str(practice.technologies),
    replicability: str(practice.replicability),
    'costs.amount': str(practice.costs?.amount),
    'costs.currency': str(practice.costs?.currency),
    'costs.period': str(practice.costs?.period),
    'costs.notes': str(practice.costs?.notes),
    'resources.volunteers': str(practice.resources?.volunteers),
    'resources.staff': str(practice.resources?.staff),
    'resources.material': str(practice.resources?.material),
    'activity.status': str(practice.activity?.status),
    'activity.startDate': day(practice.activity?.startDate),
    'activity.endDate': day(practice.activity?.endDate),
    coverImage: idOf(practice.coverImage) ?? '',
    attachments: (practice.attachments ?? []).map(idOf).filter((value): value is string => value !== null),
    'contact.name': str(practice.contact?.name),
    'contact.role': str(practice.contact?.role),
    'contact.email': str(practice.contact?.email),
    'contact.phone': str(practice.contact?.phone),
    'contact.consent': practice.contact?.consent ? 'true' : '',
    'selfAssessment.notes': str(practice.selfAssessment?.notes),
  }
  for (const criterion of CRITERIA) {
    state[`selfAssessment.${criterion}`] = str(practice.selfAssessment?.[criterion])
  }
  ;(practice.qualityIndicators ?? []).forEach((row, index) => {
    const library = typeof row.indicator === 'object' && row.indicator !== null ? row.indicator : null
    const pick = library ? library.id : row.indicator
    state[`qualityIndicators.${index}.indicator`] = pick === null || pick === undefined ? '' : String(pick)
    state[`qualityIndicators.${index}.name`] = str(row.name ?? library?.name)
    state[`qualityIndicators.${index}.baseline`] = str(row.baseline)
    state[`qualityIndicators.${index}.baselineDate`] = str(row.baselineDate?.slice(0, 10))
    state[`qualityIndicators.${index}.target`] = str(row.target)
    state[`qualityIndicators.${index}.targetDate`] = str(row.targetDate?.slice(0, 10))
    state[`qualityIndicators.${index}.unit`] = str(row.unit)
  })
  ;(practice.links ?? []).forEach((row, index) => {
    state[`links.${index}.label`] = str(row.label)
    state[`links.${index}.url`] = str(row.url)
  })
  return state
}
