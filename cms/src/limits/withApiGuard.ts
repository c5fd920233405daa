import { accessLog } from '../logging/accessLog'
import { settings } from '../settings'
import { retryTransientRequest } from '../transactions/retryTransientRequest'
import { guardApiRequest } from './guardApiRequest'

/**
 * Wraps a Next.js API route handler so every request passes guardApiRequest first, and is run
 * again when its transaction lost a transient conflict (retryTransientRequest). Each request
 * leaves one access-log line.
 */
export const withApiGuard = <Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Promise<Response> | Response,
) => {
  const answer = async (request: Request, rest: Rest): Promise<Response> => {
    const guarded = await guardApiRequest({
      request,
      maxBodyBytes: settings.maxJsonBodyBytes,
      maxPageSize: settings.maxPageSize,
    })
    if (guarded instanceof Response) return guarded
    return retryTransientRequest({ request: guarded, send: (attempt) => handler(attempt, ...rest) })
  }
  return async (request: Request, ...rest: Rest): Promise<Response> => {
    const started = performance.now()
    const response = await answer(request, rest)
    accessLog({ request, status: response.status, ms: Math.round(performance.now() - started) })
    return response
  }
}
