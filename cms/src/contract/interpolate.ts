/**
 * `text` with every `{name}` placeholder replaced by `vars.name`, for pages and browser scripts
 * alike. Values go in as written (no `$&` patterns); a placeholder without a value stays as it is.
 * (`hasOwnProperty` rather than `Object.hasOwn`, which older browsers lack.)
 */
export const interpolate = (text: string, vars: Readonly<Record<string, number | string>> = {}): string =>
  text.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : match,
  )
