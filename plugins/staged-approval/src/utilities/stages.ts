/**
 * One step of a collection's chain, as the plugin works with it: the step's name (a level, or a
 * pipeline step) and the stage an item waits in while that step decides.
 */
export type ChainStep = { name: string; stage: string }

/** A chain of levels: each level's review stage is `<level>_review`. */
export const levelSteps = (levels: string[]): ChainStep[] =>
  levels.map((name) => ({ name, stage: `${name}_review` }))

/** A pipeline: each step's stage is named after the step. */
export const pipelineSteps = (names: string[]): ChainStep[] => names.map((name) => ({ name, stage: name }))

export const FIXED_STAGES = [
  'draft',
  'published',
  'changes_requested',
  'rejected',
  'withdrawn',
  'archived',
] as const

export const allStages = (chain: ChainStep[]): string[] => [
  'draft',
  ...chain.map(({ stage }) => stage),
  'published',
  'changes_requested',
  'rejected',
  'withdrawn',
  'archived',
]

/** The stage in which `step` decides, or null when the chain has no such step. */
export const stageOfStep = (step: string, chain: ChainStep[]): null | string =>
  chain.find(({ name }) => name === step)?.stage ?? null

/** The step that decides in a stage, or null for any stage outside review. */
export const stepOfStage = (stage: string, chain: ChainStep[]): null | string =>
  chain.find((step) => step.stage === stage)?.name ?? null

/** Where approval at `step` leads: the next step's stage, or publication after the last. */
export const afterApproval = (step: string, chain: ChainStep[]): string => {
  const next = chain[chain.findIndex(({ name }) => name === step) + 1]
  return next ? next.stage : 'published'
}
