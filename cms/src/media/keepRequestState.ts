import type { PayloadRequest } from 'payload'

/**
 * Runs Local API calls that ask for their own locale or context on the caller's request (to stay
 * in its transaction) and puts the request's own back afterwards: Payload writes both onto the
 * request it is given, and the rest of the caller's operation would otherwise run in them.
 */
export const keepRequestState = async <T>(req: PayloadRequest, run: () => Promise<T>): Promise<T> => {
  const { context, fallbackLocale, locale } = req
  try {
    return await run()
  } finally {
    req.context = context
    req.fallbackLocale = fallbackLocale
    req.locale = locale
  }
}
