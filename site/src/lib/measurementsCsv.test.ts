import { describe, expect, it } from 'vitest'

import type { OpenDataPractice } from './openDataRecords'

import { measurementsCsv } from './measurementsCsv'

const indicator = (overrides: Partial<OpenDataPractice['qualityIndicators'][number]>) => ({
  indicator: null,
  custom: true,
  name: '',
  unit: '',
  baseline: null,
  baselineDate: null,
  target: null,
  targetDate: null,
  measurements: [],
  ...overrides,
})

describe('measurementsCsv', () => {
  it('has one row per measurement, naming a library indicator by slug and a custom one by name', () => {
    const csv = measurementsCsv([
      {
        id: '7',
        slug: 'caffe',
        qualityIndicators: [
          indicator({
            indicator: 'people-reached',
            custom: false,
            name: 'Persone raggiunte',
            unit: 'persone',
            measurements: [
              { date: '2024-06-01', value: 20, source: 'Registro presenze' },
              { date: '2025-01-01', value: 35.5, source: '=HYPERLINK("x")' },
            ],
          }),
          indicator({
            name: 'Telefonate, "amiche"',
            unit: 'chiamate',
            measurements: [{ date: '2025-02-01', value: -3, source: '' }],
          }),
          indicator({ name: 'Unmeasured' }),
        ],
        replications: [
          {
            id: '12',
            unit: { name: 'Comitato di Roma', code: 'LAZ-RM' },
            measurements: [
              {
                indicator: 'people-reached',
                custom: false,
                name: 'Persone raggiunte',
                unit: 'persone',
                date: '2025-03-31',
                value: 14,
                source: '',
              },
            ],
          },
        ],
      } as unknown as OpenDataPractice,
    ])
    expect(csv.split('\r\n')).toEqual([
      'practice_id,practice_slug,indicator,custom_indicator,unit,date,value,source,licence,replication_id,replicating_unit',
      '7,caffe,people-reached,,persone,2024-06-01,20,Registro presenze,CC BY 4.0,,',
      `7,caffe,people-reached,,persone,2025-01-01,35.5,"'=HYPERLINK(""x"")",CC BY 4.0,,`,
      '7,caffe,,"Telefonate, ""amiche""",chiamate,2025-02-01,-3,,CC BY 4.0,,',
      '7,caffe,people-reached,,persone,2025-03-31,14,,CC BY 4.0,12,LAZ-RM',
      '',
    ])
  })
})
