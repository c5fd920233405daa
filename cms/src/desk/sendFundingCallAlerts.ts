import type { Payload } from 'payload'

import { preferredLocaleOf } from '../collections/Users/preferredLocaleOf'
import { CALL_ALERT_LIMITS } from '../contract/callAlertLimits'
import { idOf } from '../contract/idOf'
import type { FundingCall, User } from '../payload-types'
import { practiceTitleIn } from '../notifications/practiceTitleIn'
import { notificationText } from '../notifications/notificationText'
import { sendOnce } from '../notifications/sendOnce'
import { settings } from '../settings'
import { formatDeadline } from '../contract/formatDeadline'

const DAY = 24 * 60 * 60 * 1000

const ids = (values: unknown) =>
  (Array.isArray(values) ? values : [])
    .map((value) => idOf(value))
    .filter((id) => id !== null)
    .map(String)

/**
 * The daily call alerts: each active person subscribed to a theme hears of each open call of that
 * theme once, when its deadline is `daysBefore` days away or nearer (`sendOnce` on
 * `funding-call-alerts`, key `<user>:<call>`).
 */
export const sendFundingCallAlerts = async ({
  payload,
  now = new Date(),
}: {
  payload: Payload
  now?: Date
}): Promise<{ sent: number }> => {
  const calls = (
    await payload.find({
      collection: 'funding-calls',
      where: {
        and: [
          { status: { equals: 'open' } },
          { deadline: { greater_than: now.toISOString() } },
          {
            deadline: {
              less_than_equal: new Date(now.getTime() + CALL_ALERT_LIMITS.maxDays * DAY).toISOString(),
            },
          },
        ],
      },
      locale: 'all',
      depth: 0,
      limit: 0,
      pagination: false,
    })
  ).docs as unknown as (FundingCall & { title: Record<string, string> })[]
  const themes = [...new Set(calls.flatMap((call) => ids(call.themes)))]
  if (themes.length === 0) return { sent: 0 }
  const people = (
    await payload.find({
      collection: 'users',
      where: { and: [{ accountStatus: { equals: 'active' } }, { 'callAlerts.themes': { in: themes } }] },
      depth: 0,
      limit: 0,
      pagination: false,
    })
  ).docs as User[]
  let sent = 0
  for (const person of people) {
    if (!person.email) continue
    const wanted = new Set(ids(person.callAlerts?.themes))
    const days = person.callAlerts?.daysBefore ?? CALL_ALERT_LIMITS.defaultDays
    for (const call of calls) {
      const due = new Date(call.deadline).getTime() - days * DAY <= now.getTime()
      if (!due || !ids(call.themes).some((theme) => wanted.has(theme))) continue
      const to = person.email
      const locale = preferredLocaleOf(person)
      const title = practiceTitleIn(call as unknown as Record<string, unknown>, locale)
      const deadline = formatDeadline({ deadline: call.deadline, timeZone: call.timeZone, locale })
      const link = `${settings.siteURL}/${locale}/desk/calls/${String(call.slug ?? '')}/`
      const told = await sendOnce({
        payload,
        collection: 'funding-call-alerts',
        key: `${String(person.id)}:${String(call.id)}`,
        data: { user: person.id, call: call.id },
        send: async () => {
          await payload.sendEmail({
            to,
            subject: notificationText(locale, 'desk:alertSubject', { title }),
            text: [
              notificationText(locale, 'desk:alertIntro', { title, funder: call.funder, deadline }),
              '',
              link,
              '',
              notificationText(locale, 'desk:alertFooter', {
                link: `${settings.siteURL}/${locale}/account/alerts/`,
              }),
            ].join('\n'),
          })
        },
      })
      if (told) sent++
    }
  }
  return { sent }
}
