import type { Payload } from 'payload'

import { shiftTitleIn } from '../collections/Shifts/shiftTitleIn'
import { preferredLocaleOf } from '../collections/Users/preferredLocaleOf'
import { SEAT_CLAIMS } from '../capacity/SEAT_CLAIMS'
import { idOf } from '../contract/idOf'
import { notificationText } from '../notifications/notificationText'
import { sendOnce } from '../notifications/sendOnce'
import { settings } from '../settings'

const DAY = 24 * 60 * 60 * 1000

/**
 * The day-before reminders: each volunteer confirmed on a shift starting within the next day
 * hears of it once (`sendOnce` on `shift-reminders`, key `<user>:<shift>`).
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
      const person = await payload.findByID({ collection: 'users', id: user, depth: 0, disableErrors: true })
      if (!person?.email || person.accountStatus !== 'active') continue
      const to = person.email
      const locale = preferredLocaleOf(person)
      const req = { payload } as Parameters<typeof shiftTitleIn>[0]['req']
      const told = await sendOnce({
        payload,
        collection: 'shift-reminders',
        key: `${String(user)}:${String(shift.id)}`,
        data: { user, shift: shift.id },
        send: async () => {
          const title = await shiftTitleIn({ req, shift, locale })
          await payload.sendEmail({
            to,
            subject: notificationText(locale, 'shifts:reminderSubject', { title }),
            text: [
              notificationText(locale, 'shifts:reminderBody', { title }),
              '',
              `${settings.siteURL}/${locale}/account/shifts/`,
            ].join('\n'),
          })
        },
      })
      if (told) sent++
    }
  }
  return { sent }
}
