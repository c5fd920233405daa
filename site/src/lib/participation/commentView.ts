/** A comment as the CMS's REST API returns it to the site (depth 0). */
export interface CommentDoc {
  id: number | string
  body?: unknown
  author?: unknown
  authorName?: unknown
  authorUnitName?: unknown
  createdAt?: unknown
}

/** What the practice page shows of a comment, and what the person looking may do with it. */
export interface CommentView {
  id: string
  body: string
  authorName: string
  unitName: string
  createdAt: string
  isOwn: boolean
  canEdit: boolean
  canReport: boolean
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/**
 * A comment for display: texts only (the page puts them in with textContent, never as HTML);
 * own comments may be edited within the CMS's edit window and deleted, others' reported.
 */
export const commentView = ({
  doc,
  userId,
  now,
  editWindowMs,
}: {
  doc: CommentDoc
  userId: null | string
  now: number
  editWindowMs: number
}): CommentView => {
  const author =
    doc.author && typeof doc.author === 'object' ? (doc.author as { id?: unknown }).id : doc.author
  const isOwn = userId !== null && author !== undefined && author !== null && String(author) === userId
  const writtenAt = Date.parse(text(doc.createdAt))
  return {
    id: String(doc.id),
    body: text(doc.body),
    authorName: text(doc.authorName),
    unitName: text(doc.authorUnitName),
    createdAt: text(doc.createdAt),
    isOwn,
    canEdit: isOwn && !Number.isNaN(writtenAt) && now - writtenAt < editWindowMs,
    canReport: userId !== null && !isOwn,
  }
}
