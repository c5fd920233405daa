import { describe, expect, it } from 'vitest'

import type { Practice } from '@redcloud/cms/payload-types'

import { practiceToSubmissionState } from './practiceToSubmissionState'
import { submissionRows } from './submissionRows'
import { submissionStateToPractice } from './submissionStateToPractice'
import type { SubmissionState } from './SubmissionState'

const state: SubmissionState = {
  title: '  Phone calls against loneliness ',
  summary: '',
  description: 'Volunteers call.\n\nEvery week.',
  themes: ['3', '12'],
  targetGroups: ['elderly'],
  objectives: 'Fewer people alone\n\n  Weekly contact ',
  'qualityIndicators.0.name': 'People called',
  'qualityIndicators.0.baseline': '0',
  'qualityIndicators.0.target': '1,5',
  'qualityIndicators.0.targetDate': '2027-06-30',
  'qualityIndicators.0.unit': '',
  'qualityIndicators.1.name': '',
  'qualityIndicators.1.baseline': '',
  'qualityIndicators.2.name': 'Volunteers',
  'qualityIndicators.2.baseline': 'many',
  'qualityIndicators.3.indicator': '7',
  'qualityIndicators.3.name': '',
  'costs.amount': '200',
  'costs.currency': 'EUR',
  'costs.period': '',
  'links.0.label': '',
  'links.0.url': '',
  'links.1.label': 'Site',
  'links.1.url': 'https://example.org',
  coverImage: '7',
  attachments: ['8', '65f0c0ffee0000000000abcd'],
  'contact.name': 'Anna',
  'contact.consent': 'true',
  'selfAssessment.measurable': '2',
  'activity.startDate': '2026-01-15',
}

describe('submissionStateToPractice', () => {
  const practice = submissionStateToPractice({ state, idType: 'number' })

  it('trims text and sends empty text as null', () => {
    expect(practice.title).toBe('Phone calls against loneliness')
    expect(practice.summary).toBeNull()
    expect(practice.innovation).toBeNull()
  })

  it('makes rich text, one objective per line, numeric ids on SQLite', () => {
    expect(practice.description?.root.children).toHaveLength(2)
    expect(practice.objectives).toEqual([
      { objective: 'Fewer people alone' },
      { objective: 'Weekly contact' },
    ])
    expect(practice.themes).toEqual([3, 12])
    expect(practice.coverImage).toBe(7)
    // not an id SQLite can have: sent as typed, for the CMS to refuse naming the field
    expect(practice.attachments).toEqual([8, '65f0c0ffee0000000000abcd'])
  })

  it('MongoDB ids stay text, all-digit ObjectIds included', () => {
    const onMongo = submissionStateToPractice({
      state: {
        themes: ['123456789012345678901234', '65f0c0ffee0000000000abcd'],
        coverImage: '000000000000000000000007',
        attachments: ['111111111111111111111111'],
      },
      idType: 'text',
    })
    expect(onMongo.themes).toEqual(['123456789012345678901234', '65f0c0ffee0000000000abcd'])
    expect(onMongo.coverImage).toBe('000000000000000000000007')
    expect(onMongo.attachments).toEqual(['111111111111111111111111'])
  })

  it('keeps filled rows only, numbers parsed and anything else left for the CMS to refuse', () => {
    expect(practice.qualityIndicators).toEqual([
      {
        indicator: null,
        name: 'People called',
        baseline: 0,
        baselineDate: null,
        target: 1.5,
        targetDate: '2027-06-30',
        unit: null,
      },
      {
        indicator: null,
        name: 'Volunteers',
        baseline: 'many',
        baselineDate: null,
        target: null,
        targetDate: null,
        unit: null,
      },
      // a library pick keeps its indicator (the CMS names it)
      {
        indicator: 7,
        name: '',
        baseline: null,
        baselineDate: null,
        target: null,
        targetDate: null,
        unit: null,
      },
    ])
    expect(practice.links).toEqual([{ label: 'Site', url: 'https://example.org' }])
    expect(practice.costs).toEqual({ amount: 200, currency: 'EUR', period: null, notes: null })
  })

  it('sends consent as a boolean and every criterion', () => {
    expect(practice.contact.consent).toBe(true)
    expect(submissionStateToPractice({ state: {}, idType: 'number' }).contact.consent).toBe(false)
    expect(practice.selfAssessment).toMatchObject({ measurable: '2', socialImpact: null, notes: null })
    expect(Object.keys(practice.selfAssessment)).toHaveLength(10)
  })

  it('never carries unit, author, status or workflow', () => {
    const hostile = submissionStateToPractice({
      state: { ...state, unit: '1', author: '2', _status: 'published', 'workflow.stage': 'published' },
      idType: 'number',
    })
    for (const key of ['unit', 'author', '_status', 'workflow', 'originalLanguage'])
      expect(hostile).not.toHaveProperty(key)
  })
})

describe('practiceToSubmissionState', () => {
  it('round-trips what the form sends', () => {
    const practice = submissionStateToPractice({ state, idType: 'number' })
    const back = practiceToSubmissionState({
      ...practice,
      themes: [{ id: 3 } as never, 12],
      activity: { startDate: '2026-01-15T00:00:00.000Z' },
    } as unknown as Partial<Practice>)
    expect(back).toMatchObject({
      title: 'Phone calls against loneliness',
      description: 'Volunteers call.\n\nEvery week.',
      themes: ['3', '12'],
      objectives: 'Fewer people alone\nWeekly contact',
      'qualityIndicators.1.name': 'Volunteers',
      'qualityIndicators.0.target': '1.5',
      'qualityIndicators.0.targetDate': '2027-06-30',
      'qualityIndicators.2.indicator': '7',
      'links.0.url': 'https://example.org',
      coverImage: '7',
      'contact.consent': 'true',
      'selfAssessment.measurable': '2',
      'selfAssessment.socialImpact': '',
      'activity.startDate': '2026-01-15',
    })
    expect(submissionStateToPractice({ state: back, idType: 'number' }).links).toEqual(practice.links)
  })

  it('fills an empty practice with empty values', () => {
    const empty = practiceToSubmissionState({})
    expect(empty.title).toBe('')
    expect(empty.themes).toEqual([])
    expect(empty['contact.consent']).toBe('')
  })
})

describe('submissionRows', () => {
  it('lists filled rows with their form index', () => {
    expect(submissionRows(state, 'links')).toEqual([
      { index: 1, values: { label: 'Site', url: 'https://example.org' } },
    ])
  })
})
