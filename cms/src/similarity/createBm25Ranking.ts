/** MiniSearch's BM25+ parameters (its defaults), which the similarity index always used. */
const K = 1.2
const B = 0.7
const D = 0.5

type Postings = { docs: number[]; freqs: number[] }

/**
 * The ranking MiniSearch's `search` gives an OR query of distinct terms — BM25+ per field with
 * boosts, each document's score times the number of query terms it matched, best first, ties in
 * the order documents first matched — computed over flat arrays instead of MiniSearch's maps and
 * per-match objects. The site's build asks for every practice's related ones (4 × N queries,
 * each touching a share of all N practices): with MiniSearch that grew with N² and took most of
 * a build at 10 000 practices. `createBm25Ranking.test.ts` holds it equal to MiniSearch's order.
 *
 * Field lengths are counted in distinct terms and their averages kept as a running mean, the same
 * floating-point steps as MiniSearch, so that equal inputs give bit-equal scores.
 */
export const createBm25Ranking = <Field extends string>({
  documents,
  fields,
  boosts,
  tokenize,
}: {
  documents: Record<Field, string>[]
  fields: readonly Field[]
  boosts: Partial<Record<Field, number>>
  tokenize: (text: string) => string[]
}) => {
  const count = documents.length
  const lengths = fields.map(() => new Float64Array(count))
  const averages = fields.map(() => 0)
  const postings = new Map<string, (Postings | undefined)[]>()
  documents.forEach((document, doc) => {
    fields.forEach((field, f) => {
      const tokens = tokenize(document[field])
      const length = new Set(tokens).size
      lengths[f]![doc] = length
      averages[f] = (averages[f]! * doc + length) / (doc + 1)
      for (const term of tokens) {
        let perField = postings.get(term)
        if (!perField) postings.set(term, (perField = fields.map(() => undefined)))
        const list = (perField[f] ??= { docs: [], freqs: [] })
        const last = list.docs.length - 1
        if (list.docs[last] === doc) list.freqs[last]!++
        else {
          list.docs.push(doc)
          list.freqs.push(1)
        }
      }
    })
  })
  const fieldBoosts = fields.map((field) => boosts[field] ?? 1)

  // Scratch space reused by every query (a query runs synchronously, start to end).
  const total = new Float64Array(count)
  const matched = new Int32Array(count)
  const termScore = new Float64Array(count)
  const termStamp = new Int32Array(count)
  let stamp = 0

  /**
   * The `limit` best documents matching any of `terms` (distinct), best first: their positions
   * and scores. Kept in a small sorted list while scoring, not by sorting every match.
   */
  const rank = (terms: readonly string[], limit: number): { doc: number; score: number }[] => {
    if (limit <= 0) return []
    const seen: number[] = []
    for (const term of terms) {
      const perField = postings.get(term)
      if (!perField) continue
      stamp++
      const termDocs: number[] = []
      fields.forEach((_, f) => {
        const list = perField[f]
        if (!list) return
        const matching = list.docs.length
        const idf = Math.log(1 + (count - matching + 0.5) / (matching + 0.5))
        const average = averages[f]!
        const fieldLengths = lengths[f]!
        const boost = fieldBoosts[f]!
        for (let i = 0; i < matching; i++) {
          const doc = list.docs[i]!
          const tf = list.freqs[i]!
          const raw = idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * fieldLengths[doc]!) / average)))
          const weighted = boost * raw
          if (termStamp[doc] === stamp) termScore[doc]! += weighted
          else {
            termStamp[doc] = stamp
            termScore[doc] = weighted
            termDocs.push(doc)
          }
        }
      })
      for (const doc of termDocs) {
        if (matched[doc] === 0) {
          seen.push(doc)
          total[doc] = termScore[doc]!
        } else total[doc]! += termScore[doc]!
        matched[doc]!++
      }
    }
    // Best first; among equal scores, the first matched first (MiniSearch sorts its matches stably).
    const best: { doc: number; score: number }[] = []
    for (const doc of seen) {
      const score = total[doc]! * matched[doc]!
      matched[doc] = 0
      if (best.length >= limit && !(score > best[best.length - 1]!.score)) continue
      let at = best.length
      while (at > 0 && best[at - 1]!.score < score) at--
      best.splice(at, 0, { doc, score })
      if (best.length > limit) best.pop()
    }
    return best
  }

  return { rank }
}
