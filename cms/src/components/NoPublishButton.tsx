/** Practices are published only by the final approval in the workflow panel, never by a button. */
export const NoPublishButton = () => null
