/**
 * The submission form's values, named after the practice's field paths (`costs.amount`,
 * `links.0.url`): text for single fields, lists for multiple choices and attachments.
 */
export type SubmissionState = Record<string, string | string[]>
