import type { Payload } from 'payload'

import { preferredLocaleOf } from '../collections/Users/preferredLocaleOf'
import { CALL_ALERT_LIMITS } from '../contract/callAlertLimits'
import { idOf } from '../contract/idOf'
import type { FundingCall, User } from '../payload-types'
import { practiceTitleIn } from '../notifications/practiceTitleIn'
import { notificationText } from '../notifications/notificationText'
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
 * theme once, when its deadline is `daysBefore` days away or nearer. The reminder is claimed first
 * (`funding-call-alerts`, unique key `<user>:<call>`): a second run, or a second instance, finds
 * the key taken and sends nothing; a failed e-mail gives the claim back for the next run.
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
      const key = `${String(person.id)}:${String(call.id)}`
      const taken = await payload.count({
        collection: 'funding-call-alerts',
        where: { key: { equals: key } },
      })
      if (taken.totalDocs > 0) continue
      let claim: { id: number | string }
      try {
        claim = await payload.create({
          collection: 'funding-call-alerts',
          data: { key, user: person.id, call: call.id },
          depth: 0,
        })
      } catch {
        continue // taken meanwhile by another run: the unique key decides
      }
      const locale = preferredLocaleOf(person)
      const title = practiceTitleIn(call as unknown as Record<string, unknown>, locale)
      const deadline = formatDeadline({ deadline: call.deadline, timeZone: call.timeZone, locale })
      const link = `${settings.siteURL}/${locale}/desk/calls/${String(call.slug ?? '')}/`
      try {
        await payload.sendEmail({
          to: person.email,
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
        sent++
      } catch (error) {
        await payload.delete({ collection: 'funding-call-alerts', id: claim.id })
        payload.logger.error({ err: error, key }, 'Funding call alert not sent; retried on the next run')
      }
    }
  }
  return { sent }
}
