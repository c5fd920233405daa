/** Whether a text is an absolute http(s) address: what a link field accepts (validateUrl). */
export const isWebAddress = (value: string): boolean => {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}
