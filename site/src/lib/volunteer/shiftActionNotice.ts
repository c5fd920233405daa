import type { translator } from '../translator'

type Answer = { status: number; body: unknown }

/** What "My shifts" says after a sign-up or a cancellation: a notice, or a problem. */
export const shiftActionNotice = ({
  result,
  t,
}: {
  result: Answer
  t: ReturnType<typeof translator>
}): { notice: null | string; problem: null | string } => {
  const answer = (result.body ?? {}) as { status?: string; position?: number }
  if (result.status === 200) {
    const notice =
      answer.status === 'confirmed'
        ? t('volunteer.confirmed')
        : answer.status === 'waitlisted'
          ? t('volunteer.waitlisted', { position: answer.position ?? '?' })
          : t('volunteer.cancelled')
    return { notice, problem: null }
  }
  if (result.status === 409)
    return {
      notice: null,
      problem: JSON.stringify(result.body).includes('(start)')
        ? t('volunteer.started')
        : t('volunteer.already'),
    }
  if (result.status === 404) return { notice: null, problem: t('volunteer.notFound') }
  return { notice: null, problem: t('volunteer.failed', { reason: String(result.status) }) }
}
