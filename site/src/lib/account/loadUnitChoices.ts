import { cmsUrl } from '../cmsUrl'
import { fetchAllPages } from '../fetchAllPages'
import { unitChoices, type UnitGroup, type UnitRow } from './unitChoices'

/**
 * The units the registration form offers, read from the CMS as an anonymous visitor (units are
 * public); null when the CMS cannot be reached, so the page can say so.
 */
export const loadUnitChoices = async (
  labels: { nationalLabel: string; otherLabel: string },
  {
    env = process.env,
    fetchImpl = fetch,
  }: { env?: Record<string, string | undefined>; fetchImpl?: typeof fetch } = {},
): Promise<null | UnitGroup[]> => {
  try {
    const units = await fetchAllPages<UnitRow>({
      baseUrl: cmsUrl(env),
      collection: 'units',
      query: { depth: '0', 'select[name]': 'true', 'select[level]': 'true', 'select[parent]': 'true' },
      fetchImpl,
    })
    return unitChoices(units, labels)
  } catch {
    return null
  }
}
