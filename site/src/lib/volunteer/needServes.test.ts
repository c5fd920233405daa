import { describe, expect, it } from 'vitest'

import type { PracticeEntry, ServiceEntry, UnitEntry } from '../types'

import { needServes } from './needServes'

const practices = [
  { cmsId: '4', slug: 'food-bank', title: 'Banco alimentare', contentLocale: 'it' },
] as PracticeEntry[]
const services = [
  { cmsId: '9', unitId: '3', name: 'Night patrol', contentLocale: 'en' },
  { cmsId: '10', unitId: '77', name: 'No page', contentLocale: 'en' },
] as ServiceEntry[]
const units = [{ cmsId: '3', slug: 'milano' }] as UnitEntry[]

describe('needServes', () => {
  it('links the published practice and the service on its unit page, naming the language when not the page’s', () => {
    expect(
      needServes({ need: { practiceId: '4', serviceId: '9' }, practices, services, units, locale: 'en' }),
    ).toEqual([
      { kind: 'practice', name: 'Banco alimentare', href: '/en/practices/food-bank/', lang: 'it' },
      { kind: 'service', name: 'Night patrol', href: '/en/units/milano/#service-9', lang: undefined },
    ])
  })

  it('gives nothing for no link, a practice the site does not show, or a service without a unit page', () => {
    const args = { practices, services, units, locale: 'it' as const }
    expect(needServes({ need: { practiceId: null, serviceId: null }, ...args })).toEqual([])
    expect(needServes({ need: { practiceId: '5', serviceId: '10' }, ...args })).toEqual([])
  })
})
