import { interpolate } from '@redcloud/cms/contract'

/** The search page's status line: how many results (for the query, if any), or "none". */
export const searchStatusText = ({
  count,
  messages,
  q,
}: {
  count: number
  messages: Readonly<Record<string, string>>
  q: string
}): string =>
  count
    ? interpolate((q ? messages.results : messages.resultsFiltered) ?? '', { n: String(count), q })
    : (messages.none ?? '')
