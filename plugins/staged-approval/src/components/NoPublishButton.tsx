/** Items under review are published only by the final approval in the validation panel, never by a button. */
export const NoPublishButton = () => null
