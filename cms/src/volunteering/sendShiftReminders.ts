import type { Payload } from 'payload'

import { shiftTitleIn } from '../collections/Shifts/shiftTitleIn'
import { preferredLocaleOf } from '../collections/Users/preferredLocaleOf'
import { SEAT_CLAIMS } from '../capacity/SEAT_CLAIMS'
import { idOf } from '../contract/idOf'
import { notificationText } from '../notifications/notificationText'
import { settings } from '../settings'

const DAY = 24 * 60 * 60 * 1000

/**
 * The day-before reminders: each volunteer confirmed on a shift starting within the next day
 * hears of it once. The reminder is claimed first (`shift-reminders`, unique key
 * `<user>:<shift>`): a second run or instance finds the key taken and sends nothing; a failed
 * e-mail gives the claim back for the next run.
 */
export const sendShiftReminders = async ({
  payload,
  now = new Date(),
}: {
  payload: Payload
  now?: Date
}): Promise<{ sent: number }> => {
  const { docs: shifts } = await payload.find({
    collection: 'shifts',
    where: {
      and: [
        { start: { greater_than: now.toISOString() } },
        { start: { less_than_equal: new Date(now.getTime() + DAY).toISOString() } },
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  let sent = 0
  for (const shift of shifts) {
    const { docs: claims } = await payload.find({
      collection: SEAT_CLAIMS,
      where: {
        and: [
          { itemCollection: { equals: 'shifts' } },
          { item: { equals: String(shift.id) } },
          { status: { equals: 'accepted' } },
        ],
      },
      depth: 0,
      limit: 0,
      pagination: false,
    })
    for (const claim of claims) {
      const user = idOf(claim.user)
      if (user === null) continue
      const key = `${String(user)}:${String(shift.id)}`
      const taken = await payload.count({ collection: 'shift-reminders', where: { key: { equals: key } } })
      if (taken.totalDocs > 0) continue
      const person = await payload.findByID({ collection: 'users', id: user, depth: 0, disableErrors: true })
      if (!person?.email || person.accountStatus !== 'active') continue
      let reminder: { id: number | string }
      try {
        reminder = await payload.create({
          collection: 'shift-reminders',
          data: { key, user: user as number, shift: shift.id },
          depth: 0,
        })
      } catch {
        continue // taken meanwhile by another run: the unique key decides
      }
      const locale = preferredLocaleOf(person)
      const req = { payload } as Parameters<typeof shiftTitleIn>[0]['req']
      const title = await shiftTitleIn({ req, shift, locale })
      try {
        await payload.sendEmail({
          to: person.email,
          subject: notificationText(locale, 'shifts:reminderSubject', { title }),
          text: [
            notificationText(locale, 'shifts:reminderBody', { title }),
            '',
            `${settings.siteURL}/${locale}/account/shifts/`,
          ].join('\n'),
        })
        sent++
      } catch (error) {
        await payload.delete({ collection: 'shift-reminders', id: reminder.id })
        payload.logger.error({ err: error, key }, 'Shift reminder not sent; retried on the next run')
      }
    }
  }
  return { sent }
}
