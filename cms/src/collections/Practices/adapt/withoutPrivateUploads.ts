type Node = Record<string, unknown>

/**
 * A Lexical tree without the upload nodes whose file is not public (`isPublic` says which are):
 * an adaptation must not carry a file its readers could not open, nor reveal that it exists.
 */
export const withoutPrivateUploads = ({
  isPublic,
  node,
}: {
  isPublic: (value: unknown) => boolean
  node: Node
}): Node => {
  const children = node.children
  const root = node.root
  const copy: Node = { ...node }
  if (root && typeof root === 'object') copy.root = withoutPrivateUploads({ isPublic, node: root as Node })
  if (Array.isArray(children)) {
    copy.children = children
      .filter((child: unknown) => {
        const c = child as Node | null
        return !(c && typeof c === 'object' && c.type === 'upload' && !isPublic(c.value))
      })
      .map((child: unknown) =>
        child && typeof child === 'object' ? withoutPrivateUploads({ isPublic, node: child as Node }) : child,
      )
  }
  return copy
}
