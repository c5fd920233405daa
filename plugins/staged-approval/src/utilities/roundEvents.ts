import { stepOfStage, type ChainStep } from './stages'

/**
 * The events of the current review round, oldest first: from the last time the item entered
 * review from outside it; none when it never did.
 */
export const roundEvents = ({
  events,
  chain,
}: {
  events: Record<string, unknown>[]
  chain: ChainStep[]
}): Record<string, unknown>[] => {
  const inReview = (stage: unknown) => typeof stage === 'string' && stepOfStage(stage, chain) !== null
  const sorted = [...events].sort((a, b) => Number(a.revision) - Number(b.revision))
  let start = -1
  sorted.forEach((event, index) => {
    if (inReview(event.to) && !inReview(event.from)) start = index
  })
  return start === -1 ? [] : sorted.slice(start)
}
