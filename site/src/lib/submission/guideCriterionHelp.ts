import { lexicalToParagraphs } from './lexicalToParagraphs'

type LexicalNode = { type?: unknown; children?: unknown }

/**
 * The sections of a guide's rich text: each heading with the text that follows it up to the next
 * heading. The guide "What is a best practice?" has one section per criterion, in order.
 */
export const guideCriterionHelp = (body: unknown): { heading: string; text: string }[] => {
  const children = (body as { root?: { children?: unknown } } | null)?.root?.children
  if (!Array.isArray(children)) return []
  const sections: { heading: string; nodes: LexicalNode[] }[] = []
  for (const node of children as LexicalNode[]) {
    if (node.type === 'heading') {
      sections.push({ heading: lexicalToParagraphs({ root: { children: [node] } }), nodes: [] })
    } else {
      sections.at(-1)?.nodes.push(node)
    }
  }
  return sections.map(({ heading, nodes }) => ({
    heading,
    text: lexicalToParagraphs({ root: { children: nodes } }),
  }))
}
