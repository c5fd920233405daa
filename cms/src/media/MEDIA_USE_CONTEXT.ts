/** Set on the server's own writes of a file's usage, which the freeze lets through. */
export const MEDIA_USE_CONTEXT = 'redcloudMediaUse'
