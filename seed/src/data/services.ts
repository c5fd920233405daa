import type { ServiceStatus } from '@redcloud/cms/contract'

import { serviceTemplates, type SeedServiceTemplate } from './serviceTemplates'
import { units, type SeedUnit } from './units'

export type SeedService = {
  /** Natural key: unit code and template key. */
  key: string
  unit: string
  template: SeedServiceTemplate
  status: ServiceStatus
  /** Where the demo walk leaves it: most are confirmed. */
  stage: 'confirmation' | 'draft' | 'published'
  place?: { address: string; lat: number; lng: number }
}

const cityOf = (unit: SeedUnit) =>
  unit.address
    .split(/\d{5}\s+/)
    .pop()
    ?.trim() ?? unit.name

/**
 * 3 to 6 services per unit (regional and national units 3), chosen and placed
 * deterministically, so seeding twice gives the same data.
 */
export const services: SeedService[] = units.flatMap((unit, u) => {
  const count = unit.level === 'local' ? 3 + (u % 4) : 3
  return Array.from({ length: count }, (_, i) => {
    const template = serviceTemplates[(u * 2 + i) % serviceTemplates.length] as SeedServiceTemplate
    const n = u * 6 + i
    const place = template.place && {
      address: template.place.address.replace('{city}', cityOf(unit)),
      lat: Math.round((unit.lat + template.place.dLat) * 1e4) / 1e4,
      lng: Math.round((unit.lng + template.place.dLng) * 1e4) / 1e4,
    }
    return {
      key: `${unit.code}:${template.key}`,
      unit: unit.code,
      template,
      status: n % 13 === 5 ? 'ended' : n % 9 === 4 ? 'paused' : 'active',
      stage: n % 11 === 7 ? 'draft' : n % 7 === 3 ? 'confirmation' : 'published',
      ...(place ? { place } : {}),
    } satisfies SeedService
  })
})
