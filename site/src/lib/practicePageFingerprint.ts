import crypto from 'node:crypto'

/**
 * A hash of everything a practice page is made from (its practice with replications and
 * adaptations, the language's themes, its related practices in their order): an incremental
 * build renders a page again only when it differs from the live build's. Related lists move
 * when any practice changes (the similarity index weighs the whole catalogue), so ids alone
 * would not do. Code and settings are not in it: changing them triggers a full build.
 */
export const practicePageFingerprint = (parts: {
  practice: unknown
  themesDigest: string
  related: unknown
}): string =>
  crypto
    .createHash('sha256')
    .update(parts.themesDigest)
    .update(JSON.stringify(parts.practice))
    .update(JSON.stringify(parts.related))
    .digest('base64url')
