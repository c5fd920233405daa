import { findUnsafeCharacter } from '../fields/findUnsafeCharacter'
import { lexicalNodeShapes } from './lexicalNodeShapes'

export const RICH_TEXT_MAX_DEPTH = 30
export const RICH_TEXT_MAX_NODES = 20000

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Null when `value` is Lexical JSON of the shape the editor stores (see lexicalNodeShapes),
 * otherwise what is wrong and where. Iterative, with a depth and node limit, so hostile
 * nesting costs nothing and is refused. `collections` lists the CMS's collections, for the
 * targets of upload, relationship and internal-link nodes.
 */
export const validateRichTextShape = ({
  value,
  collections,
  maxDepth = RICH_TEXT_MAX_DEPTH,
  maxNodes = RICH_TEXT_MAX_NODES,
}: {
  value: unknown
  collections?: { slug: string; upload: boolean }[]
  maxDepth?: number
  maxNodes?: number
}): null | string => {
  if (
    !isPlainObject(value) ||
    Object.keys(value).some((key) => key !== 'root') ||
    !isPlainObject(value.root)
  ) {
    return 'must be rich text as the editor stores it (an object with a "root" node)'
  }
  if (value.root.type !== 'root') return 'root: the top node must be of type "root"'
  const stack: { node: unknown; path: string; depth: number }[] = [
    { node: value.root, path: 'root', depth: 0 },
  ]
  let count = 0
  while (stack.length) {
    const { node, path, depth } = stack.pop() as (typeof stack)[number]
    if (++count > maxNodes) return `has more than ${maxNodes} nodes`
    if (depth > maxDepth) return `is nested more than ${maxDepth} levels deep`
    if (!isPlainObject(node)) return `${path}: must be a node (an object)`
    const type = node.type
    const shape =
      typeof type === 'string' && Object.hasOwn(lexicalNodeShapes, type) ? lexicalNodeShapes[type] : undefined
    if (!shape) return `${path}: the editor has no node of type ${JSON.stringify(String(type)).slice(0, 40)}`
    if (type === 'root' && depth > 0) return `${path}: only the top node may be of type "root"`
    const where = `${path} (${type})`
    for (const key of shape.required) if (!(key in node)) return `${where}: ${key} is missing`
    for (const [key, fieldValue] of Object.entries(node)) {
      const check = Object.hasOwn(shape.keys, key) ? shape.keys[key] : undefined
      if (!check) return `${where}: unknown key ${JSON.stringify(key).slice(0, 40)}`
      const problem = check(fieldValue)
      if (problem) return `${where}: ${key} ${problem}`
    }
    if ((type === 'text' || type === 'tab') && typeof node.text === 'string') {
      const bad = findUnsafeCharacter({ text: node.text, multiline: true, allowZeroWidth: true })
      if (bad) return `${where}: the text contains ${bad}`
    }
    if (collections && (type === 'upload' || type === 'relationship')) {
      const target = collections.find((c) => c.slug === node.relationTo)
      if (!target || (type === 'upload' && !target.upload)) {
        return `${where}: relationTo must name ${type === 'upload' ? 'an upload collection' : 'a collection'}`
      }
    }
    if (shape.element) {
      const children = node.children as unknown[]
      if (count + stack.length + children.length > maxNodes) return `has more than ${maxNodes} nodes`
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push({ node: children[i], path: `${path}.children[${i}]`, depth: depth + 1 })
      }
    }
  }
  return null
}
