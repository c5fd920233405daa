import type { CollectionConfig, Validate } from 'payload'

import { relationship } from 'payload/shared'

import { hasRole } from '../../access/hasRole'
import { isAdmin } from '../../access/isAdmin'
import { isAdminField } from '../../access/isAdminField'
import { isAdminOrSelf } from '../../access/isAdminOrSelf'
import { isAdminOrSelfField } from '../../access/isAdminOrSelfField'
import { nobody } from '../../access/nobody'
import { readUsers } from '../../access/readUsers'
import { guardHiddenFieldSort } from '../../hooks/guardHiddenFieldSort'
import { ROLES } from '../../access/roles'
import { LOCALES } from '../../contract'
import { translated } from '../../i18n/translated'
import { settings } from '../../settings'
import { enforcePasswordPolicy } from './hooks/enforcePasswordPolicy'
import { guardLogin } from './hooks/guardLogin'
import { protectFirstUser } from './hooks/protectFirstUser'
import { refuseGraphQLForgotPassword } from './hooks/refuseGraphQLForgotPassword'
import { signMinimalTokens } from './hooks/signMinimalTokens'
import { endSessionsOfClosedAccounts } from './hooks/endSessionsOfClosedAccounts'
import { refuseInactiveLogin } from './hooks/refuseInactiveLogin'
import { resetWithoutSession } from './hooks/resetWithoutSession'
import { sendVerificationOnlyOnRegistration } from './hooks/sendVerificationOnlyOnRegistration'
import { accountDecision } from './endpoints/accountDecision'
import { forgotPassword } from './endpoints/forgotPassword'
import { importMembers } from './endpoints/importMembers'
import { pendingAccounts } from './endpoints/pendingAccounts'
import { register } from './endpoints/register'
import { ssoSession } from './endpoints/ssoSession'
import { eraseAccountOnRequest } from './endpoints/eraseAccountOnRequest'
import { eraseMyAccount } from './endpoints/eraseMyAccount'
import { exportMyData } from './endpoints/exportMyData'
import { accountFields } from './fields/accountFields'
import { callAlertsField } from './fields/callAlertsField'
import { validateOption, validateOptions } from '../../fields/validators'
import { volunteerFields } from './fields/volunteerFields'
import { verifyEmailMessage } from './verifyEmailMessage'

const isProduction = process.env.NODE_ENV === 'production'

const roleLabels = {
  member: translated('users:roleMember'),
  validator: translated('users:roleValidator'),
  contentManager: translated('users:roleContentManager'),
  deskOfficer: translated('users:roleDeskOfficer'),
  hubReviewer: translated('users:roleHubReviewer'),
  admin: translated('users:roleAdmin'),
} as const

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: translated('users:singular'),
    plural: translated('users:plural'),
  },
  auth: {
    // Payload's lockout lets anybody lock anybody out with five wrong passwords, and only real
    // accounts answer "locked": off. guardLogin throttles per e-mail and client address instead.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    useSessions: true,
    // Registrations from the site confirm their e-mail address (the link opens the site's page);
    // every other account starts confirmed (sendVerificationOnlyOnRegistration).
    verify: verifyEmailMessage,
    cookies: {
      secure: isProduction && process.env.COOKIE_INSECURE !== 'true',
      sameSite: 'Lax',
    },
    forgotPassword: {
      expiration: 60 * 60 * 1000,
      // Payload's own throttle writes outside the operation's transaction, which SQLite refuses
      // while that transaction is open ("database is locked": a 500 for known e-mails only, so
      // an oracle). RATE_LIMIT_FORGOT_PASSWORD throttles per e-mail address instead
      // (endpoints/forgotPassword, which answers before the work is done).
      minRequestInterval: 0,
      // The link opens the public site's reset page, in the person's preferred language.
      generateEmailSubject: ({ user } = {}) =>
        translated('users:passwordResetSubject')[
          LOCALES.find((locale) => locale === user?.preferredLanguage) ?? settings.defaultLocale
        ],
      generateEmailHTML: ({ token, user } = {}) => {
        const locale = LOCALES.find((l) => l === user?.preferredLanguage) ?? settings.defaultLocale
        const link = `${settings.siteURL}/${locale}/account/reset/?token=${encodeURIComponent(String(token ?? ''))}`
        const intro = translated('users:passwordResetIntro')[locale]
        const ignore = translated('users:passwordResetIgnore')[locale]
        return `<p>${intro}</p><p><a href="${link}">${link}</a></p><p>${ignore}</p>`
      },
    },
  },
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'unit', 'roles', 'preferredLanguage'],
    group: translated('groups:organisation'),
    description: translated('users:collectionHelp'),
    listSearchableFields: ['displayName'],
    // Members and validators manage only their own account (at /admin/account).
    hidden: ({ user }) => !hasRole(user as { roles?: string[] }, 'admin'),
    components: { beforeList: ['/components/MemberImport#MemberImport'] },
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: isAdmin,
    read: readUsers,
    update: isAdminOrSelf,
    // Accounts are deactivated (accountStatus), never deleted: their practices, comments and
    // decisions keep their author.
    delete: nobody,
    readVersions: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [
      guardLogin,
      refuseGraphQLForgotPassword,
      enforcePasswordPolicy,
      sendVerificationOnlyOnRegistration,
      resetWithoutSession.beforeOperation,
      (args) => guardHiddenFieldSort(Users.fields)(args),
    ],
    beforeChange: [protectFirstUser],
    beforeLogin: [refuseInactiveLogin],
    afterChange: [endSessionsOfClosedAccounts],
    afterOperation: [resetWithoutSession.afterOperation, signMinimalTokens],
  },
  endpoints: [
    forgotPassword,
    ssoSession,
    register,
    pendingAccounts,
    accountDecision,
    importMembers,
    exportMyData,
    eraseMyAccount,
    eraseAccountOnRequest,
  ],
  fields: [
    {
      name: 'email',
      type: 'email',
      access: {
        read: isAdminOrSelfField,
        create: isAdminField,
        update: isAdminField,
      },
    },
    {
      name: 'displayName',
      type: 'text',
      required: true,
      maxLength: 80,
      label: translated('users:displayName'),
      admin: {
        description: translated('users:displayNameHelp'),
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'unit',
          type: 'relationship',
          relationTo: 'units',
          index: true,
          label: translated('users:unit'),
          access: { create: isAdminField, update: isAdminField },
          validate: ((value, options) =>
            value || hasRole(options.siblingData as { roles?: string[] }, 'admin')
              ? (relationship as Validate)(value, options)
              : 'Every user except administrators belongs to a unit.') satisfies Validate,
        },
        {
          name: 'roles',
          type: 'select',
          hasMany: true,
          validate: validateOptions,
          required: true,
          defaultValue: ['member'],
          options: ROLES.map((value) => ({ value, label: roleLabels[value] })),
          label: translated('users:roles'),
          access: { create: isAdminField, update: isAdminField },
          admin: {
            description: translated('users:rolesHelp'),
          },
        },
        {
          name: 'notificationMode',
          type: 'select',
          validate: validateOption,
          defaultValue: 'immediate',
          options: [
            { value: 'immediate', label: translated('users:notificationModeImmediate') },
            {
              value: 'daily',
              label: translated('users:notificationModeDaily'),
            },
          ],
          label: translated('users:notificationMode'),
        },
        {
          name: 'preferredLanguage',
          type: 'select',
          validate: validateOption,
          defaultValue: 'it',
          options: LOCALES.map((value) => ({ value, label: value.toUpperCase() })),
          label: translated('users:preferredLanguage'),
        },
      ],
    },
    ...accountFields,
    callAlertsField,
    ...volunteerFields,
  ],
}
