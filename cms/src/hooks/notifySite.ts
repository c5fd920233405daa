import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import { notifySiteAfterCommit } from './notifySiteAfterCommit'

type Doc = { id: number | string; _status?: null | string }

const hasDrafts = (collection: SanitizedCollectionConfig) => Boolean(collection.versions?.drafts)

const isPublished = (doc: Doc | undefined) => doc?._status === 'published'

/** Whether the live (non-draft) version of a document is published now, inside this request's transaction. */
const isLive = async ({
  collection,
  id,
  req,
}: {
  collection: SanitizedCollectionConfig
  id: Doc['id']
  req: PayloadRequest
}) => {
  const live = await req.payload.findByID({
    collection: collection.slug,
    id,
    draft: false,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  return isPublished((live as Doc | null) ?? undefined)
}

const wasLiveKey = (collection: SanitizedCollectionConfig, id: Doc['id']) =>
  `notifySite:wasLive:${collection.slug}:${String(id)}`

/**
 * Tells the public site to rebuild after a change it shows. Collections without drafts: every
 * change. Collections with drafts (practices): a publication, a published revision replacing the
 * live one, or the live version leaving (archive, unpublish, delete); saving a draft, even of a
 * published document, and moving through review change nothing public.
 *
 * Whether the live version was published before an update is read in `beforeChange`: the
 * `previousDoc` of `afterChange` is the latest version, a draft revision when one is pending.
 */
export const notifySite: {
  beforeChange: CollectionBeforeChangeHook
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} = {
  beforeChange: async ({ collection, data, operation, originalDoc, req }) => {
    const id = (originalDoc as Doc | undefined)?.id
    if (operation === 'update' && id !== undefined && hasDrafts(collection) && data._status !== 'published') {
      // read first: a nested Local API call replaces req.context with a copy
      const wasLive = await isLive({ collection, id, req })
      req.context[wasLiveKey(collection, id)] = wasLive
    }
    return data
  },
  afterChange: async ({ collection, doc, req }) => {
    const current = doc as Doc
    if (!hasDrafts(collection)) {
      notifySiteAfterCommit({
        req,
        reason: `${collection.slug} ${current.id} changed`,
        change: { collection: collection.slug, id: current.id },
      })
    } else if (isPublished(current)) {
      notifySiteAfterCommit({
        req,
        reason: `${collection.slug} ${current.id} published`,
        change: { collection: collection.slug, id: current.id },
      })
    } else if (
      req.context[wasLiveKey(collection, current.id)] === true &&
      !(await isLive({ collection, id: current.id, req }))
    ) {
      notifySiteAfterCommit({
        req,
        reason: `${collection.slug} ${current.id} no longer published`,
        change: { collection: collection.slug, id: current.id },
      })
    }
    return doc
  },
  afterDelete: ({ collection, doc, req }) => {
    if (!hasDrafts(collection) || isPublished(doc as Doc)) {
      notifySiteAfterCommit({
        req,
        reason: `${collection.slug} ${(doc as Doc).id} deleted`,
        change: { collection: collection.slug, id: (doc as Doc).id },
      })
    }
    return doc
  },
}
