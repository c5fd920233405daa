/** Set on `req.context` by the adapt endpoint: only it may write `adaptedFrom`, at creation. */
export const ADAPTING_CONTEXT = 'redcloudAdaptingPractice'
