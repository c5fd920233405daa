import { isDocumentId } from './isDocumentId'
import { isSafeLinkUrl } from './isSafeLinkUrl'

/** A check on one stored value: null when fine, otherwise what is wrong with it. */
export type ValueCheck = (value: unknown) => null | string

export interface NodeShape {
  /** Every key the node may carry, with its check; any other key is refused. */
  keys: Record<string, ValueCheck>
  required: string[]
  /** Element nodes carry `children`; leaves may not. */
  element: boolean
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isScalar = (value: unknown) => value === null || ['boolean', 'number', 'string'].includes(typeof value)

const oneOf =
  (...allowed: unknown[]): ValueCheck =>
  (value) =>
    allowed.includes(value) ? null : `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`
const integer =
  (min: number, max: number): ValueCheck =>
  (value) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max
      ? null
      : `must be a whole number from ${min} to ${max}`
const shortString =
  (max: number): ValueCheck =>
  (value) =>
    typeof value === 'string' && value.length <= max ? null : `must be text of at most ${max} characters`
const boolean: ValueCheck = (value) => (typeof value === 'boolean' ? null : 'must be true or false')
const documentId: ValueCheck = (value) =>
  isDocumentId(value) ? null : 'must be the id of a document (a number or a string), not an object'
const slug: ValueCheck = (value) =>
  typeof value === 'string' && /^[a-z][a-z0-9_-]{0,63}$/.test(value) ? null : 'must be a collection name'
/** Payload's node state (`$`) and an upload's extra fields: a flat object of plain values. */
const flatObject: ValueCheck = (value) =>
  value === null || value === undefined || (isPlainObject(value) && Object.values(value).every(isScalar))
    ? null
    : 'must be an object of plain values'

const linkFields: ValueCheck = (value) => {
  if (!isPlainObject(value)) return 'must be an object'
  const allowed = new Set(['url', 'newTab', 'linkType', 'doc'])
  const unknown = Object.keys(value).find((key) => !allowed.has(key))
  if (unknown) return `has an unknown key "${unknown}"`
  if (value.newTab !== undefined && value.newTab !== null && typeof value.newTab !== 'boolean') {
    return 'newTab must be true or false'
  }
  if (value.linkType === 'internal') {
    const doc = value.doc
    if (!isPlainObject(doc) || slug(doc.relationTo) || documentId(doc.value)) {
      return 'doc must name a collection and the id of one of its documents'
    }
    return null
  }
  if (value.linkType !== undefined && value.linkType !== 'custom')
    return 'linkType must be "custom" or "internal"'
  if (value.doc !== undefined && value.doc !== null) return 'doc is only for internal links'
  return isSafeLinkUrl(value.url)
    ? null
    : 'url must be an http(s), mailto or tel address or a relative path, without spaces'
}

const COMMON: Record<string, ValueCheck> = {
  type: shortString(32),
  version: integer(0, 100),
  $: flatObject,
}
const ELEMENT: Record<string, ValueCheck> = {
  ...COMMON,
  children: (value) => (Array.isArray(value) ? null : 'must be a list of nodes'),
  direction: oneOf(null, 'ltr', 'rtl'),
  format: oneOf('', 'left', 'start', 'center', 'right', 'end', 'justify'),
  indent: integer(0, 30),
  textFormat: integer(0, 0xffff),
  textStyle: shortString(500),
}
const TEXT: Record<string, ValueCheck> = {
  ...COMMON,
  // The characters themselves are checked like every other text field's (findUnsafeCharacter).
  text: (value) => (typeof value === 'string' ? null : 'must be text'),
  format: integer(0, 0xffff),
  detail: integer(0, 0xff),
  mode: oneOf('normal', 'token', 'segmented'),
  style: shortString(500),
}
const element = (extra: Record<string, ValueCheck> = {}, required: string[] = []): NodeShape => ({
  keys: { ...ELEMENT, ...extra },
  required: ['type', 'children', ...required],
  element: true,
})
const leaf = (keys: Record<string, ValueCheck>, required: string[] = []): NodeShape => ({
  keys: { ...COMMON, ...keys },
  required: ['type', ...required],
  element: false,
})
const BLOCK_FORMAT = ELEMENT.format as ValueCheck

/**
 * The nodes the editor (Payload's default Lexical features) stores, key by key. Upload and
 * relationship nodes hold only the id of what they show: the site renders them from the
 * document itself, never from values a client stored in the node.
 */
export const lexicalNodeShapes: Record<string, NodeShape> = {
  root: element(),
  paragraph: element(),
  quote: element(),
  heading: element({ tag: oneOf('h1', 'h2', 'h3', 'h4', 'h5', 'h6') }, ['tag']),
  list: element(
    { listType: oneOf('bullet', 'number', 'check'), start: integer(0, 100000), tag: oneOf('ul', 'ol') },
    ['listType', 'tag'],
  ),
  listitem: element({ value: integer(0, 100000), checked: boolean }),
  link: element({ fields: linkFields, id: shortString(64) }, ['fields']),
  autolink: element({ fields: linkFields }, ['fields']),
  text: leaf(TEXT, ['text']),
  tab: leaf(TEXT, ['text']),
  linebreak: leaf({}),
  horizontalrule: leaf({}),
  upload: leaf(
    { format: BLOCK_FORMAT, id: shortString(64), relationTo: slug, value: documentId, fields: flatObject },
    ['relationTo', 'value'],
  ),
  relationship: leaf({ format: BLOCK_FORMAT, relationTo: slug, value: documentId }, ['relationTo', 'value']),
}
