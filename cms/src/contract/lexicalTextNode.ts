/** A Lexical text node as Payload's editor stores it (`format` is the bold/italic/… bit set). */
export const lexicalTextNode = (text: string, format = 0) => ({
  type: 'text',
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text,
  version: 1,
})
