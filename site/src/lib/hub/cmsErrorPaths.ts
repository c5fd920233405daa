/** The field paths a CMS 400 names (`errors[].data.errors[].path`, or `errors[].path`). */
export const cmsErrorPaths = (body: unknown): string[] => {
  const errors = (body as { errors?: unknown } | null)?.errors
  if (!Array.isArray(errors)) return []
  return errors.flatMap((error: { path?: unknown; data?: { errors?: { path?: unknown }[] } }) => [
    ...(typeof error.path === 'string' ? [error.path] : []),
    ...(error.data?.errors ?? []).flatMap((inner) => (typeof inner.path === 'string' ? [inner.path] : [])),
  ])
}
