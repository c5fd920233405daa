/** What kind of tool a resource of the Development Desk's toolbox is. */
export const RESOURCE_TYPES = ['template', 'guide', 'tool', 'trainingMaterial', 'video'] as const

export type ResourceType = (typeof RESOURCE_TYPES)[number]
