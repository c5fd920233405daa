import { translated } from '../../i18n/translated'
import { settings } from '../../settings'
import { preferredLocaleOf } from './preferredLocaleOf'

type VerifyArgs = { token?: string; user?: { preferredLanguage?: unknown } } | undefined

/**
 * Payload's verification e-mail (sent when someone registers on the site), in the person's
 * language, linking to the public site's confirmation page instead of the admin panel.
 */
export const verifyEmailMessage = {
  generateEmailSubject: (args: VerifyArgs) =>
    translated('users:verifySubject')[preferredLocaleOf(args?.user)],
  generateEmailHTML: (args: VerifyArgs) => {
    const locale = preferredLocaleOf(args?.user)
    const link = `${settings.siteURL}/${locale}/account/verify/?token=${encodeURIComponent(String(args?.token ?? ''))}`
    const intro = translated('users:verifyIntro')[locale]
    const next = translated('users:verifyNext')[locale]
    return `<p>${intro}</p><p><a href="${link}">${link}</a></p><p>${next}</p>`
  },
}
