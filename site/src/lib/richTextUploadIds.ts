import { idOf } from './idOf'

const MAX_DEPTH = 40

/** The ids of the documents upload nodes in Lexical rich text point at (populated or not). */
export const richTextUploadIds = (data: unknown): string[] => {
  const ids: string[] = []
  const walk = (node: unknown, depth: number) => {
    if (depth > MAX_DEPTH || typeof node !== 'object' || node === null) return
    const { type, value, children } = node as { type?: unknown; value?: unknown; children?: unknown }
    if (type === 'upload') {
      const id = idOf(value)
      if (id !== null) ids.push(id)
    }
    if (Array.isArray(children)) for (const child of children) walk(child, depth + 1)
  }
  walk((data as { root?: unknown } | null)?.root, 0)
  return ids
}
