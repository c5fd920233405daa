type LexicalNode = { type?: unknown; text?: unknown; children?: unknown }

const inline = (node: LexicalNode): string => {
  if (node.type === 'linebreak') return '\n'
  if (typeof node.text === 'string') return node.text
  return Array.isArray(node.children) ? (node.children as LexicalNode[]).map(inline).join('') : ''
}

const blocks = (node: LexicalNode): string[] => {
  const children = Array.isArray(node.children) ? (node.children as LexicalNode[]) : []
  if (node.type === 'list') return [children.map((item) => `- ${inline(item)}`).join('\n')]
  if (node.type === 'root') return children.flatMap(blocks)
  return [inline(node)]
}

/**
 * Rich text (Lexical JSON, as stored) as the plain text the form edits: one paragraph, heading or
 * list per block, separated by blank lines; formatting is dropped.
 */
export const lexicalToParagraphs = (value: unknown): string => {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root || typeof root !== 'object') return ''
  return blocks({ ...root, type: 'root' })
    .map((block) => block.trim())
    .filter(Boolean)
    .join('\n\n')
}
