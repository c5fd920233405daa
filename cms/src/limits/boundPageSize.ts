const isLimitKey = (key: string) =>
  key === 'limit' || key.startsWith('limit[') || /^joins\[.*\]\[limit\]$/.test(key)

/**
 * Rewrites a read's query string so no page holds more than `maxPageSize` documents: a `limit`
 * that is missing stays Payload's default (10), one that is not a whole number from 1 to
 * `maxPageSize` (`0` and `-1` mean "everything" to Payload) becomes `maxPageSize`, and
 * `pagination=false` without a limit gets one. Join limits (`joins[field][limit]`) likewise.
 */
export const boundPageSize = ({ search, maxPageSize }: { search: URLSearchParams; maxPageSize: number }) => {
  const bounded = new URLSearchParams()
  let hasLimit = false
  for (const [key, value] of search) {
    if (!isLimitKey(key)) {
      bounded.append(key, value)
      continue
    }
    if (key.startsWith('limit')) {
      if (hasLimit) continue
      hasLimit = true
    }
    const limit = /^\d+$/.test(value) ? Number(value) : 0
    const name = key.startsWith('limit') ? 'limit' : key
    bounded.set(name, String(limit >= 1 && limit <= maxPageSize ? limit : maxPageSize))
  }
  if (!hasLimit && bounded.get('pagination') === 'false') bounded.set('limit', String(maxPageSize))
  return bounded
}
