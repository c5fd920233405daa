import type { PublicFile } from './types'

import { safeUrl } from './safeUrl'

/** A populated upload as a file a visitor can open, or null when it is not populated or unsafe. */
export const toPublicFile = ({
  value,
  mediaBaseUrl,
}: {
  value: unknown
  mediaBaseUrl: string
}): null | PublicFile => {
  if (!value || typeof value !== 'object') return null
  const media = value as Record<string, unknown>
  if (typeof media.url !== 'string') return null
  const url = safeUrl(media.url.startsWith('/') ? mediaBaseUrl + media.url : media.url)
  if (!url) return null
  return {
    url,
    filename: typeof media.filename === 'string' ? media.filename : (url.split('/').pop() ?? ''),
    mimeType: typeof media.mimeType === 'string' ? media.mimeType : 'application/octet-stream',
    filesize: typeof media.filesize === 'number' ? media.filesize : null,
    alt: typeof media.alt === 'string' ? media.alt : '',
    width: typeof media.width === 'number' ? media.width : null,
    height: typeof media.height === 'number' ? media.height : null,
  }
}
