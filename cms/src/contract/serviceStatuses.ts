/** Where a unit's service stands: only active services show on the map and the unit pages. */
export const SERVICE_STATUSES = ['active', 'paused', 'ended'] as const

export type ServiceStatus = (typeof SERVICE_STATUSES)[number]
