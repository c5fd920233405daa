import type { Locale } from '../locales'
import type { PracticeEntry, ServiceEntry, UnitEntry } from '../types'

/** A practice or service a need serves, as its page links to it. */
export interface NeedServesLink {
  kind: 'practice' | 'service'
  name: string
  href: string
  /** The language the name is in when it is not the page's. */
  lang: Locale | undefined
}

/**
 * The published practice and the public service a need is linked to (either, both or none), with
 * their pages: a practice's own page, a service's place on its unit's page. A link to something
 * the site does not show (a draft practice, an unconfirmed service) gives nothing.
 */
export const needServes = ({
  need,
  practices,
  services,
  units,
  locale,
}: {
  need: { practiceId: null | string; serviceId: null | string }
  practices: PracticeEntry[]
  services: ServiceEntry[]
  units: UnitEntry[]
  locale: Locale
}): NeedServesLink[] => {
  const links: NeedServesLink[] = []
  const practice = need.practiceId ? practices.find((p) => p.cmsId === need.practiceId) : undefined
  if (practice)
    links.push({
      kind: 'practice',
      name: practice.title,
      href: `/${locale}/practices/${practice.slug}/`,
      lang: practice.contentLocale !== locale ? practice.contentLocale : undefined,
    })
  const service = need.serviceId ? services.find((s) => s.cmsId === need.serviceId) : undefined
  const unit = service ? units.find((u) => u.cmsId === service.unitId) : undefined
  if (service && unit?.slug)
    links.push({
      kind: 'service',
      name: service.name,
      href: `/${locale}/units/${unit.slug}/#service-${service.cmsId}`,
      lang: service.contentLocale !== locale ? service.contentLocale : undefined,
    })
  return links
}
