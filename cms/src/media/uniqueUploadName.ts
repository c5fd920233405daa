import crypto from 'crypto'

/** Longest part of the original name kept, in bytes: the whole name stays far below 255. */
const MAX_STEM_BYTES = 120

const randomSuffix = () => crypto.randomBytes(4).toString('hex')

const cutToBytes = (text: string, max: number) => {
  let kept = ''
  for (const character of text) {
    if (Buffer.byteLength(kept + character) > max) break
    kept += character
  }
  return kept
}

/**
 * The name an uploaded file is stored under: the uploader's own name, readable, with a short
 * random part before the extension (`rapporto.pdf` → `rapporto-3f9a2c1b.pdf`). Payload picks a
 * free name by looking at the database and the disk, then writes the file: two uploads of the
 * same name at once both saw it free, and the second overwrote the first's bytes. With the
 * random part their names differ from the start. Payload derives the image sizes' names from
 * this one (`rapporto-3f9a2c1b-320x240.webp`).
 */
export const uniqueUploadName = ({
  name,
  suffix = randomSuffix(),
}: {
  name: string
  suffix?: string
}): string => {
  const dot = name.lastIndexOf('.')
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, '']
  return `${cutToBytes(stem, MAX_STEM_BYTES)}-${suffix}${cutToBytes(extension, 20)}`
}
