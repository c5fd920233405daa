/**
 * Why a file cannot be uploaded, checked before it is sent: a type the CMS refuses (or not an
 * image, for the cover), an empty file, or more than `maxBytes`. Null when it may go.
 */
export const checkSubmissionUpload = ({
  file,
  allowedTypes,
  maxBytes,
  isImageOnly = false,
}: {
  file: { type: string; size: number }
  allowedTypes: readonly string[]
  maxBytes: number
  isImageOnly?: boolean
}): 'empty' | 'size' | 'type' | null => {
  if (!allowedTypes.includes(file.type) || (isImageOnly && !file.type.startsWith('image/'))) return 'type'
  if (file.size === 0) return 'empty'
  if (file.size > maxBytes) return 'size'
  return null
}
