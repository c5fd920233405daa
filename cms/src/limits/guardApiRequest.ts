import { boundPageSize } from './boundPageSize'
import { errorResponse } from './errorResponse'
import { jsonDepth } from './jsonDepth'
import { readBoundedBody } from './readBoundedBody'

/** Deeper than any document RedCloud stores (rich text included); recursion past it costs. */
const MAX_JSON_DEPTH = 100

const isOverriddenGet = (request: Request) =>
  request.method === 'POST' &&
  [
    request.headers.get('X-Payload-HTTP-Method-Override'),
    request.headers.get('X-HTTP-Method-Override'),
  ].includes('GET')

const invalidJsonParameter = (search: URLSearchParams) =>
  ['where', 'data'].find((name) => {
    const value = search.get(name)
    if (!value) return false
    try {
      JSON.parse(value)
      return false
    } catch {
      return true
    }
  })

/**
 * What every request to the REST and GraphQL API passes before Payload sees it: a body that is
 * not a file upload is read only up to `maxBodyBytes` (413 past it, Content-Length or not), and
 * a read gets its page size bounded (see boundPageSize). Returns the request to hand on, or the
 * error answer. Multipart bodies keep Payload's own upload limits.
 */
export const guardApiRequest = async ({
  request,
  maxBodyBytes,
  maxPageSize,
}: {
  request: Request
  maxBodyBytes: number
  maxPageSize: number
}): Promise<Request | Response> => {
  const tooLarge = () =>
    errorResponse({
      message: `The request body is larger than ${Math.round(maxBodyBytes / 1024)} kB.`,
      status: 413,
    })
  const contentType = request.headers.get('Content-Type') ?? ''
  if (contentType.toLowerCase().startsWith('multipart/')) return request
  let body: Uint8Array<ArrayBuffer> | undefined
  if (request.body) {
    if (Number(request.headers.get('Content-Length') ?? 0) > maxBodyBytes) return tooLarge()
    const read = await readBoundedBody({ request, maxBytes: maxBodyBytes })
    if (!read) return tooLarge()
    body = read
    if (contentType.includes('json') && jsonDepth(new TextDecoder().decode(body)) > MAX_JSON_DEPTH) {
      return errorResponse({
        message: `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`,
        status: 400,
      })
    }
  }

  const url = new URL(request.url)
  let method = request.method
  const headers = new Headers(request.headers)
  if (isOverriddenGet(request) && contentType === 'application/x-www-form-urlencoded' && body) {
    // Payload turns this into a GET with the body as query string: bound that query too.
    url.search = new TextDecoder().decode(body)
    method = 'GET'
    body = undefined
    headers.delete('Content-Type')
    headers.delete('Content-Length')
    headers.delete('X-Payload-HTTP-Method-Override')
    headers.delete('X-HTTP-Method-Override')
  }
  if ([...url.searchParams.values()].some((value) => jsonDepth(value) > MAX_JSON_DEPTH)) {
    return errorResponse({
      message: `A query parameter nests deeper than ${MAX_JSON_DEPTH} levels.`,
      status: 400,
    })
  }
  const invalid = invalidJsonParameter(url.searchParams)
  if (invalid) return errorResponse({ message: `"${invalid}" is not valid JSON.`, status: 400 })
  // A JSON-bodied override stays a POST here, but Payload reads its page size from the URL.
  if (method === 'GET' || isOverriddenGet(request)) {
    url.search = boundPageSize({ search: url.searchParams, maxPageSize }).toString()
  }
  return new Request(url, {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' ? undefined : body,
    signal: request.signal,
  })
}
