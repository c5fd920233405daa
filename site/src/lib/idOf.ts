import { idOf as cmsIdOf } from '@redcloud/cms/contract'

/** The CMS's `idOf`, as a string: the site keys its maps by id, numbers on SQLite and strings on MongoDB alike. */
export const idOf = (value: unknown): null | string => {
  const id = cmsIdOf(value)
  return id === null ? null : String(id)
}
