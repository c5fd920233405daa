/**
 * How many items wait in each stage, in the chain's order (`stages`), stages without any item
 * left out; a stage the chain does not name (an older configuration) comes last. An item with no
 * stage yet is a draft.
 */
export const countByStage = ({
  items,
  stages,
}: {
  items: readonly { stage?: null | string }[]
  stages: readonly string[]
}): { stage: string; count: number }[] => {
  const counts = new Map<string, number>()
  for (const { stage } of items) counts.set(stage ?? 'draft', (counts.get(stage ?? 'draft') ?? 0) + 1)
  const order = [...stages, ...[...counts.keys()].filter((stage) => !stages.includes(stage)).sort()]
  return order.filter((stage) => counts.has(stage)).map((stage) => ({ stage, count: counts.get(stage) ?? 0 }))
}
