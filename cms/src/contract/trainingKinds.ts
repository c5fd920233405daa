/** What members apply for in the Innovation Hub: a training, or an advanced tool. */
export const TRAINING_KINDS = ['training', 'tool'] as const

export type TrainingKind = (typeof TRAINING_KINDS)[number]
