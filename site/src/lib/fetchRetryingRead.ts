/** The waits before the second and the third attempt. */
export const READ_RETRY_DELAYS_MS: readonly number[] = [250, 1000]

/**
 * A read (GET) the build makes of the CMS, tried again when the connection fails — reset, or
 * closed by a server whose keep-alive ran out just as the request went out ("other side
 * closed", seen under load at 10 000 practices, failing a 10-minute build) — but not when the
 * CMS answers, even with an error: that answer is the caller's to judge. The last failure is
 * thrown as it came.
 */
export const fetchRetryingRead = async (
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  delaysMs: readonly number[] = READ_RETRY_DELAYS_MS,
): Promise<Response> => {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchImpl(url, init)
    } catch (error) {
      if (attempt >= delaysMs.length) throw error
      await new Promise((resolve) => setTimeout(resolve, delaysMs[attempt]))
    }
  }
}
