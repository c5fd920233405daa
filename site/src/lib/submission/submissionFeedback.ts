export interface SubmissionHistoryEvent {
  at?: unknown
  action?: unknown
  from?: unknown
  to?: unknown
  comment?: unknown
  by?: unknown
}

/**
 * The validators' comments a volunteer needs to read: when changes were requested or the
 * practice was rejected, the comments of those decisions, newest first.
 */
export const submissionFeedback = ({
  history,
  stage,
}: {
  history: SubmissionHistoryEvent[]
  stage: string
}): { at: string; action: string; by: string; comment: string }[] => {
  if (stage !== 'changes_requested' && stage !== 'rejected') return []
  return history
    .filter(
      (event) =>
        (event.action === 'request_changes' || event.action === 'reject') &&
        typeof event.comment === 'string' &&
        event.comment.trim() !== '',
    )
    .map((event) => ({
      at: String(event.at ?? ''),
      action: String(event.action),
      by: typeof event.by === 'string' ? event.by : '',
      comment: String(event.comment),
    }))
    .reverse()
}
