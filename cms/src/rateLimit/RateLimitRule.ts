/** One limit: at most `max` hits per `windowMs`. */
export type RateLimitRule = { max: number; windowMs: number }
