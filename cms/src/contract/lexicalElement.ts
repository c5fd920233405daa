/** A Lexical element node (root, paragraph, heading, list, …) as Payload's editor stores it. */
export const lexicalElement = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})
