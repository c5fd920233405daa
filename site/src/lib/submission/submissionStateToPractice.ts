import { CRITERIA } from '@redcloud/cms/contract'

import { cmsIdFromText, type IdType } from '../cmsIdFromText'
import type { SubmissionState } from './SubmissionState'
import { paragraphsToLexical } from './paragraphsToLexical'
import { submissionRows } from './submissionRows'

const text = (state: SubmissionState, name: string): null | string => {
  const value = state[name]
  const trimmed = typeof value === 'string' ? value.trim() : ''
  return trimmed === '' ? null : trimmed
}

const list = (state: SubmissionState, name: string): string[] => {
  const value = state[name]
  if (Array.isArray(value)) return value.filter(Boolean)
  return typeof value === 'string' && value !== '' ? [value] : []
}

/** A number, or the text as typed when it is not one, so the CMS says what is wrong with it. */
const number = (value: string | undefined): null | number | string => {
  const trimmed = (value ?? '').trim()
  if (trimmed === '') return null
  const parsed = Number(trimmed.replace(',', '.'))
  return Number.isFinite(parsed) ? parsed : trimmed
}

/**
 * The form's values as the practice JSON the CMS takes, ids in the type of the CMS's database
 * (`idType`, from an id the CMS sent). Unit, author, status and workflow are never part of it:
 * the CMS takes them from the account and the workflow.
 */
export const submissionStateToPractice = ({ state, idType }: { state: SubmissionState; idType: IdType }) => {
  const id = (text: string) => cmsIdFromText({ text, idType })
  const description = paragraphsToLexical(typeof state.description === 'string' ? state.description : '')
  const cover = text(state, 'coverImage')
  return {
    title: text(state, 'title'),
    summary: text(state, 'summary'),
    description,
    themes: list(state, 'themes').map(id),
    targetGroups: list(state, 'targetGroups'),
    objectives: (typeof state.objectives === 'string' ? state.objectives : '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((objective) => ({ objective })),
    innovation: text(state, 'innovation'),
    technologies: text(state, 'technologies'),
    replicability: text(state, 'replicability'),
    // A row keeps its library pick (a hidden field); its key is carried over by the CMS.
    qualityIndicators: submissionRows(state, 'qualityIndicators').map(({ values }) => ({
      indicator: values.indicator?.trim() ? id(values.indicator.trim()) : null,
      name: values.name?.trim() ?? '',
      baseline: number(values.baseline),
      baselineDate: values.baselineDate?.trim() || null,
      target: number(values.target),
      targetDate: values.targetDate?.trim() || null,
      unit: values.unit?.trim() || null,
    })),
    costs: {
      amount: number(state['costs.amount'] as string | undefined),
      currency: text(state, 'costs.currency'),
      period: text(state, 'costs.period'),
      notes: text(state, 'costs.notes'),
    },
    resources: {
      volunteers: number(state['resources.volunteers'] as string | undefined),
      staff: number(state['resources.staff'] as string | undefined),
      material: text(state, 'resources.material'),
    },
    activity: {
      status: text(state, 'activity.status'),
      startDate: text(state, 'activity.startDate'),
      endDate: text(state, 'activity.endDate'),
    },
    links: submissionRows(state, 'links').map(({ values }) => ({
      label: values.label?.trim() ?? '',
      url: values.url?.trim() ?? '',
    })),
    coverImage: cover === null ? null : id(cover),
    attachments: list(state, 'attachments').map(id),
    contact: {
      name: text(state, 'contact.name'),
      role: text(state, 'contact.role'),
      email: text(state, 'contact.email'),
      phone: text(state, 'contact.phone'),
      consent: state['contact.consent'] === 'true',
    },
    selfAssessment: {
      ...Object.fromEntries(
        CRITERIA.map((criterion) => [criterion, text(state, `selfAssessment.${criterion}`)]),
      ),
      notes: text(state, 'selfAssessment.notes'),
    },
  }
}
