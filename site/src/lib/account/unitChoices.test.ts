import { describe, expect, it } from 'vitest'

import { unitChoices } from './unitChoices'

const labels = { nationalLabel: 'National', otherLabel: 'Other' }

describe('unitChoices', () => {
  it('groups the tree by region, national first, each sorted by name', () => {
    const groups = unitChoices(
      [
        { id: 5, name: 'Comitato di Roma', level: 'local', parent: 3 },
        { id: 2, name: 'Lombardia', level: 'regional', parent: 1 },
        { id: 1, name: 'Croce Rossa Italiana', level: 'national', parent: null },
        { id: 4, name: 'Comitato di Milano', level: 'local', parent: { id: 2 } },
        { id: 6, name: 'Comitato di Bergamo', level: 'local', parent: 2 },
        { id: 3, name: 'Lazio', level: 'regional', parent: 1 },
        { id: 7, name: 'Comitato senza regione', level: 'local', parent: 99 },
      ],
      labels,
    )
    expect(groups).toEqual([
      { label: 'National', options: [{ value: '1', label: 'Croce Rossa Italiana' }] },
      {
        label: 'Lazio',
        options: [
          { value: '3', label: 'Lazio' },
          { value: '5', label: 'Comitato di Roma' },
        ],
      },
      {
        label: 'Lombardia',
        options: [
          { value: '2', label: 'Lombardia' },
          { value: '6', label: 'Comitato di Bergamo' },
          { value: '4', label: 'Comitato di Milano' },
        ],
      },
      { label: 'Other', options: [{ value: '7', label: 'Comitato senza regione' }] },
    ])
  })

  it('keeps MongoDB ids as they are', () => {
    const id = '000000000000000000000007'
    expect(unitChoices([{ id, name: 'X', level: 'national' }], labels)[0]?.options[0]?.value).toBe(id)
  })
})
