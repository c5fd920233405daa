import type { PayloadRequest } from 'payload'

import type { PromotionMessage } from '../../capacity/tellPromoted'
import { notificationText } from '../../notifications/notificationText'
import { settings } from '../../settings'
import { shiftTitleIn } from './shiftTitleIn'

/** The e-mail that tells a volunteer they moved up from the shift's waitlist (`tellPromoted`). */
export const shiftPromotionMessage =
  ({ req, shift }: { req: PayloadRequest; shift: number | string }): PromotionMessage =>
  async (locale) => {
    const stored = await req.payload.findByID({
      collection: 'shifts',
      id: shift,
      depth: 0,
      req,
      overrideAccess: true,
    })
    const vars = { title: await shiftTitleIn({ req, shift: stored, locale }) }
    return {
      subject: notificationText(locale, 'shifts:promotedSubject', vars),
      text: [
        notificationText(locale, 'shifts:promotedBody', vars),
        '',
        `${settings.siteURL}/${locale}/account/shifts/`,
      ].join('\n'),
    }
  }
