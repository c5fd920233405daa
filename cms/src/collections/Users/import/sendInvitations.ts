import type { Payload } from 'payload'

import { LOCALES } from '../../../contract/locales'
import { settings } from '../../../settings'
import { memberImportTexts } from './memberImportTexts'
import { INVITATION_DAYS, type Invitation } from './writeMembers'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** The invitation e-mail of one imported person, in their language. */
export const invitationMessage = (invitation: Invitation) => {
  const locale = LOCALES.find((l) => l === invitation.language) ?? settings.defaultLocale
  const texts = memberImportTexts[locale]
  const link = `${settings.siteURL}/${locale}/account/reset/?token=${encodeURIComponent(invitation.token)}`
  const intro = texts.invitationIntro.replace('{name}', escapeHtml(invitation.name))
  const expiry = texts.invitationExpiry.replace('{days}', String(INVITATION_DAYS))
  return {
    to: invitation.email,
    subject: texts.invitationSubject,
    html: `<p>${intro}</p><p><a href="${link}">${link}</a></p><p>${expiry}</p>`,
  }
}

/**
 * Sends the invitations one after the other, after the import has answered: the import never
 * waits on the mail server. A failure is logged and the others go on; the person can still ask
 * for a link at /<locale>/account/forgot/.
 */
export const sendInvitations = async ({
  payload,
  invitations,
}: {
  payload: Payload
  invitations: Invitation[]
}): Promise<void> => {
  for (const invitation of invitations) {
    try {
      await payload.sendEmail(invitationMessage(invitation))
    } catch (err) {
      payload.logger.error({ err, msg: 'Could not send a member import invitation' })
    }
  }
}
