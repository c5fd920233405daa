import { createMemoryRateLimitStore } from './createMemoryRateLimitStore'

/** The process-wide counter store (see RateLimitStore for running several instances). */
export const sharedRateLimitStore = createMemoryRateLimitStore()
