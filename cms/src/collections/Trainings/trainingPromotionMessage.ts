import type { PayloadRequest } from 'payload'

import type { PromotionMessage } from '../../capacity/tellPromoted'
import { notificationText } from '../../notifications/notificationText'
import { practiceTitleIn } from '../../notifications/practiceTitleIn'
import { settings } from '../../settings'

/** The e-mail that tells an applicant they got a seat off the training's waitlist (`tellPromoted`). */
export const trainingPromotionMessage =
  ({ req, training }: { req: PayloadRequest; training: number | string }): PromotionMessage =>
  async (locale) => {
    const stored = await req.payload.findByID({
      collection: 'trainings',
      id: training,
      locale: 'all',
      depth: 0,
      req,
      overrideAccess: true,
    })
    const vars = { title: practiceTitleIn(stored as unknown as Record<string, unknown>, locale) }
    return {
      subject: notificationText(locale, 'trainings:promotedSubject', vars),
      text: [
        notificationText(locale, 'trainings:promotedBody', vars),
        '',
        `${settings.siteURL}/${locale}/hub/trainings/${String(training)}/`,
      ].join('\n'),
    }
  }
