import type { PracticeEntry, ReplicationEntry } from '../types'

/**
 * The practices of one language with their published adaptations ("Adapt for my unit",
 * `adaptedFrom`) among their origin's replications, as the CMS counts them
 * (cms/src/practices/countReplicatingUnits): a unit once — its confirmed replication carries
 * its adaptation when it has both — and never the origin's own unit. By unit name.
 */
export const withAdaptations = (practices: PracticeEntry[]): PracticeEntry[] => {
  const adaptationsOf = new Map<string, PracticeEntry[]>()
  for (const practice of practices) {
    if (!practice.adaptedFrom || !practice.unit) continue
    adaptationsOf.set(practice.adaptedFrom, [...(adaptationsOf.get(practice.adaptedFrom) ?? []), practice])
  }
  return practices.map((origin) => {
    const adaptations = adaptationsOf.get(origin.cmsId)
    if (!adaptations) return origin
    const replications: ReplicationEntry[] = origin.replications.map((r) => ({ ...r }))
    for (const adapted of adaptations) {
      const unit = adapted.unit!
      if (unit.id === origin.unit?.id) continue
      const adaptation = { id: adapted.cmsId, slug: adapted.slug, title: adapted.title }
      const declared = replications.find((r) => r.unit.id === unit.id)
      if (declared) {
        declared.adaptation ??= adaptation
        continue
      }
      replications.push({
        cmsId: '',
        unit: { id: unit.id, name: unit.name, code: unit.code },
        region: adapted.region,
        status: '',
        startDate: adapted.activity.startDate,
        endDate: adapted.activity.endDate,
        adaptations: '',
        results: '',
        confirmedAt: adapted.publishedAt,
        adaptation,
        measurements: [],
      })
    }
    replications.sort((a, b) => a.unit.name.localeCompare(b.unit.name, origin.locale))
    return { ...origin, replications }
  })
}
