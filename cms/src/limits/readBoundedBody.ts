/**
 * Reads a request body, giving up (null) as soon as it passes `maxBytes`: a chunked body has no
 * Content-Length to check first, so only counting while reading bounds it.
 */
export const readBoundedBody = async ({
  request,
  maxBytes,
}: {
  request: Request
  maxBytes: number
}): Promise<Uint8Array<ArrayBuffer> | null> => {
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}
