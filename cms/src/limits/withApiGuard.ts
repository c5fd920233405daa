import { settings } from '../settings'
import { guardApiRequest } from './guardApiRequest'

/** Wraps a Next.js API route handler so every request passes guardApiRequest first. */
export const withApiGuard =
  <Rest extends unknown[]>(handler: (request: Request, ...rest: Rest) => Promise<Response> | Response) =>
  async (request: Request, ...rest: Rest): Promise<Response> => {
    const guarded = await guardApiRequest({
      request,
      maxBodyBytes: settings.maxJsonBodyBytes,
      maxPageSize: settings.maxPageSize,
    })
    return guarded instanceof Response ? guarded : handler(guarded, ...rest)
  }
