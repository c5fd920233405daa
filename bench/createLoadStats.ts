/** What one kind of request did: latencies (ms) of its answers, counts by status, failures. */
type KindStats = { ms: number[]; statuses: Map<number, number>; failures: number; lastFailure?: string }

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!

const pad = (text: string | number, width: number) => String(text).padStart(width)

/**
 * Collects the answers of a load run per kind of request (`site page`, `like`…) and prints a
 * table: requests, throughput, p50/p95/p99 and every status seen. A failure is an answer that
 * never came (network error, timeout); a 5xx is counted by its status.
 */
export const createLoadStats = () => {
  const kinds = new Map<string, KindStats>()
  const of = (kind: string) => {
    let stats = kinds.get(kind)
    if (!stats) kinds.set(kind, (stats = { ms: [], statuses: new Map(), failures: 0 }))
    return stats
  }
  return {
    record: (kind: string, ms: number, status: number) => {
      const stats = of(kind)
      stats.ms.push(ms)
      stats.statuses.set(status, (stats.statuses.get(status) ?? 0) + 1)
    },
    fail: (kind: string, error: unknown) => {
      const stats = of(kind)
      stats.failures++
      stats.lastFailure = error instanceof Error ? error.message : String(error)
    },
    /** Answers with status >= 500, and failures, over every kind. */
    serverErrors: () => {
      let count = 0
      for (const stats of kinds.values()) {
        count += stats.failures
        for (const [status, n] of stats.statuses) if (status >= 500) count += n
      }
      return count
    },
    table: (seconds: number) => {
      const lines = [
        `${'kind'.padEnd(22)}${pad('requests', 9)}${pad('req/s', 8)}${pad('p50 ms', 8)}${pad('p95 ms', 8)}${pad('p99 ms', 8)}  statuses`,
      ]
      let total = 0
      for (const [kind, stats] of [...kinds].sort(([a], [b]) => a.localeCompare(b))) {
        const sorted = [...stats.ms].sort((a, b) => a - b)
        total += sorted.length
        const statuses = [...stats.statuses]
          .sort(([a], [b]) => a - b)
          .map(([status, n]) => `${status}×${n}`)
          .concat(stats.failures ? [`failed×${stats.failures} (${stats.lastFailure})`] : [])
          .join(' ')
        lines.push(
          `${kind.padEnd(22)}${pad(sorted.length, 9)}${pad((sorted.length / seconds).toFixed(1), 8)}` +
            `${pad(Math.round(percentile(sorted, 50)), 8)}${pad(Math.round(percentile(sorted, 95)), 8)}` +
            `${pad(Math.round(percentile(sorted, 99)), 8)}  ${statuses}`,
        )
      }
      lines.push(`${'all'.padEnd(22)}${pad(total, 9)}${pad((total / seconds).toFixed(1), 8)}`)
      return lines.join('\n')
    },
  }
}
