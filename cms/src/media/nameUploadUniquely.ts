import type { CollectionBeforeOperationHook } from 'payload'

import { uniqueUploadName } from './uniqueUploadName'

/** Gives every new file (a new upload, or a file replaced) a name no other upload can take. */
export const nameUploadUniquely: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file) {
    req.file = { ...req.file, name: uniqueUploadName({ name: req.file.name }) }
  }
  return args
}
