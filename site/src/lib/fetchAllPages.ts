import { fetchRetryingRead, READ_RETRY_DELAYS_MS } from './fetchRetryingRead'

export interface FetchAllPagesOptions {
  /** The CMS's base address, e.g. http://localhost:3000 */
  baseUrl: string
  collection: string
  /** Query parameters as Payload's REST API reads them (qs-style keys). */
  query?: Record<string, string>
  /** Documents per request. */
  pageSize?: number
  fetchImpl?: typeof fetch
  /** The waits between attempts when the connection fails (see fetchRetryingRead). */
  retryDelaysMs?: readonly number[]
}

interface PayloadPage<T> {
  docs: T[]
}

/**
 * Reads every document of a collection through the CMS's REST API, a batch of documents per
 * request, as an anonymous caller: the CMS's access control decides what is public. Batches
 * follow the id (`id > last one seen`) rather than page numbers, because an offset makes the
 * database skip every earlier row again and reading grew with the square of the catalogue;
 * no total is counted either. The CMS may hold batches to a smaller maximum (API_MAX_PAGE_SIZE)
 * than asked, so a batch ends the reading only when it is shorter than the longest one seen (or
 * empty). A failed connection is tried again (fetchRetryingRead); fails with a message naming the
 * address when the CMS still cannot be reached, or answers with an error.
 */
export const fetchAllPages = async <T extends { id: number | string }>({
  baseUrl,
  collection,
  query = {},
  pageSize = 100,
  fetchImpl = fetch,
  retryDelaysMs = READ_RETRY_DELAYS_MS,
}: FetchAllPagesOptions): Promise<T[]> => {
  const docs: T[] = []
  let last: T['id'] | undefined
  let longest = 0
  for (;;) {
    const params = new URLSearchParams({ ...query, sort: 'id', limit: String(pageSize), pagination: 'false' })
    if (last !== undefined) params.set('where[id][greater_than]', String(last))
    const url = `${baseUrl}/api/${collection}?${params.toString()}`
    let response: Response
    try {
      response = await fetchRetryingRead(
        fetchImpl,
        url,
        { headers: { accept: 'application/json' } },
        retryDelaysMs,
      )
    } catch (error) {
      const reason =
        error instanceof Error
          ? ((error.cause as Error | undefined)?.message ?? error.message)
          : String(error)
      throw new Error(
        `The CMS at ${baseUrl} cannot be reached (${reason}). Start it, or set CMS_URL to its address.`,
      )
    }
    if (!response.ok) {
      const body = await response.text().catch(() => '')
      throw new Error(`The CMS at ${baseUrl} answered ${response.status} for ${url}: ${body.slice(0, 300)}`)
    }
    const json = (await response.json()) as PayloadPage<T>
    if (!Array.isArray(json.docs)) throw new Error(`The CMS at ${baseUrl} returned no "docs" list for ${url}`)
    docs.push(...json.docs)
    const next = json.docs.at(-1)?.id
    if (json.docs.length < longest || next === undefined || next === last) return docs
    longest = json.docs.length
    last = next
  }
}
