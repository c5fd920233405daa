import type { Locale } from '../lib/locales'
import type { IndicatorDoc } from '../lib/indicatorEntries'
import type { MeasurementDoc } from '../lib/groupMeasurements'
import type { IndicatorEntry, MeasurementPoint, ReplicationMeasurement } from '../lib/types'

import { fetchAllPages } from '../lib/fetchAllPages'
import { groupMeasurements } from '../lib/groupMeasurements'
import { groupReplicationMeasurements } from '../lib/groupReplicationMeasurements'
import { indicatorEntries } from '../lib/indicatorEntries'
import { readPerLocale } from './readPerLocale'

const MEASUREMENT_FIELDS = ['practice', 'replication', 'indicatorKey', 'date', 'value', 'source', '_status']

/**
 * The indicator library in every language and the published measurements of the published
 * practices (`practiceIds`), as an anonymous visitor reads them: never a measurement's author.
 * Replications' measurements come apart, by replication (the CMS answers them only once the
 * replication is confirmed).
 */
export const fetchImpactData = async ({
  baseUrl,
  defaultLocale,
  themeSlugs,
  practiceIds,
  onlyThesePractices = false,
}: {
  baseUrl: string
  defaultLocale: Locale
  themeSlugs: Map<string, string>
  practiceIds: Set<string>
  /** Read only these practices' measurements (a scoped read) rather than all, then keep theirs. */
  onlyThesePractices?: boolean
}): Promise<{
  indicators: IndicatorEntry[]
  measurements: Map<string, Map<string, MeasurementPoint[]>>
  replicationMeasurements: Map<string, ReplicationMeasurement[]>
}> => {
  const [indicatorsById, measurementDocs] = await Promise.all([
    readPerLocale<IndicatorDoc>({ baseUrl, collection: 'indicators', query: { depth: '0' } }),
    onlyThesePractices && practiceIds.size === 0
      ? []
      : fetchAllPages<MeasurementDoc>({
          baseUrl,
          collection: 'measurements',
          query: {
            depth: '0',
            'where[_status][equals]': 'published',
            ...(onlyThesePractices ? { 'where[practice][in]': [...practiceIds].join(',') } : {}),
            ...Object.fromEntries(MEASUREMENT_FIELDS.map((f) => [`select[${f}]`, 'true'])),
          },
        }),
  ])
  return {
    indicators: indicatorEntries({ byId: indicatorsById, defaultLocale, themeSlugs }),
    measurements: groupMeasurements({ docs: measurementDocs, practiceIds }),
    replicationMeasurements: groupReplicationMeasurements({ docs: measurementDocs, practiceIds }),
  }
}
