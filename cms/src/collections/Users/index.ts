import type { CollectionConfig, Validate } from 'payload'

import { relationship } from 'payload/shared'

import { hasRole } from '../../access/hasRole'
import { isAdmin } from '../../access/isAdmin'
import { isAdminField } from '../../access/isAdminField'
import { isAdminOrSelf } from '../../access/isAdminOrSelf'
import { isAdminOrSelfField } from '../../access/isAdminOrSelfField'
import { readUsers } from '../../access/readUsers'
import { guardHiddenFieldSort } from '../../hooks/guardHiddenFieldSort'
import { ROLES } from '../../access/roles'
import { label, LOCALES } from '../../i18n/label'
import { settings } from '../../settings'
import { enforcePasswordPolicy } from './hooks/enforcePasswordPolicy'
import { guardLogin } from './hooks/guardLogin'
import { protectFirstUser } from './hooks/protectFirstUser'
import { refuseGraphQLForgotPassword } from './hooks/refuseGraphQLForgotPassword'
import { signMinimalTokens } from './hooks/signMinimalTokens'
import { forgotPassword } from './endpoints/forgotPassword'
import { ssoSession } from './endpoints/ssoSession'

const isProduction = process.env.NODE_ENV === 'production'

const roleLabels = {
  member: label(
    'Socio/a (volontario o staff)',
    'Member (volunteer or staff)',
    'Membre (bénévole ou personnel)',
    'Miembro (voluntario o personal)',
  ),
  validator: label('Validatore', 'Validator', 'Validateur', 'Validador'),
  contentManager: label(
    'Gestore dei contenuti',
    'Content manager',
    'Gestionnaire de contenu',
    'Gestor de contenidos',
  ),
  admin: label('Amministratore', 'Administrator', 'Administrateur', 'Administrador'),
} as const

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: label('Utente', 'User', 'Utilisateur', 'Usuario'),
    plural: label('Utenti', 'Users', 'Utilisateurs', 'Usuarios'),
  },
  auth: {
    // Payload's lockout lets anybody lock anybody out with five wrong passwords, and only real
    // accounts answer "locked": off. guardLogin throttles per e-mail and client address instead.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    useSessions: true,
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
        label(
          'RedCloud: scegli una nuova password',
          'RedCloud: choose a new password',
          'RedCloud : choisissez un nouveau mot de passe',
          'RedCloud: elige una nueva contraseña',
        )[LOCALES.find((locale) => locale === user?.preferredLanguage) ?? settings.defaultLocale],
      generateEmailHTML: ({ token, user } = {}) => {
        const locale = LOCALES.find((l) => l === user?.preferredLanguage) ?? settings.defaultLocale
        const link = `${settings.siteURL}/${locale}/account/reset/?token=${encodeURIComponent(String(token ?? ''))}`
        const intro = label(
          'Qualcuno (speriamo tu) ha chiesto di cambiare la password del tuo account RedCloud. Apri questo link entro un’ora per sceglierne una nuova:',
          'Someone (we hope you) asked to change the password of your RedCloud account. Open this link within an hour to choose a new one:',
          'Quelqu’un (vous, espérons-le) a demandé à changer le mot de passe de votre compte RedCloud. Ouvrez ce lien dans l’heure pour en choisir un nouveau :',
          'Alguien (esperamos que tú) ha pedido cambiar la contraseña de tu cuenta de RedCloud. Abre este enlace antes de una hora para elegir una nueva:',
        )[locale]
        const ignore = label(
          'Se non l’hai chiesto tu, ignora questo messaggio: la password resta la stessa.',
          'If you did not ask for this, ignore this message: your password stays the same.',
          'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste le même.',
          'Si no lo has pedido tú, ignora este mensaje: tu contraseña sigue siendo la misma.',
        )[locale]
        return `<p>${intro}</p><p><a href="${link}">${link}</a></p><p>${ignore}</p>`
      },
    },
  },
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'unit', 'roles', 'preferredLanguage'],
    group: label('Organizzazione', 'Organisation', 'Organisation', 'Organización'),
    description: label(
      'Volontari e staff. Solo gli amministratori cambiano ruoli, unità ed e-mail.',
      'Volunteers and staff. Only administrators change roles, units and e-mail addresses.',
      'Bénévoles et personnel. Seuls les administrateurs changent rôles, unités et e-mails.',
      'Voluntarios y personal. Solo los administradores cambian roles, unidades y correos.',
    ),
    listSearchableFields: ['displayName'],
    // Members and validators manage only their own account (at /admin/account).
    hidden: ({ user }) => !hasRole(user as { roles?: string[] }, 'admin'),
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: isAdmin,
    read: readUsers,
    update: isAdminOrSelf,
    delete: isAdmin,
    readVersions: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [
      guardLogin,
      refuseGraphQLForgotPassword,
      enforcePasswordPolicy,
      (args) => guardHiddenFieldSort(Users.fields)(args),
    ],
    beforeChange: [protectFirstUser],
    afterOperation: [signMinimalTokens],
  },
  endpoints: [forgotPassword, ssoSession],
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
      label: label('Nome visualizzato', 'Display name', 'Nom affiché', 'Nombre visible'),
      admin: {
        description: label(
          'Come ti vedono gli altri: nei commenti e nella cronologia delle validazioni.',
          'How others see you: in comments and in the validation history.',
          'Ce que les autres voient : dans les commentaires et l’historique des validations.',
          'Cómo te ven los demás: en los comentarios y en el historial de validación.',
        ),
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
          label: label('Unità', 'Unit', 'Unité', 'Unidad'),
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
          required: true,
          defaultValue: ['member'],
          options: ROLES.map((value) => ({ value, label: roleLabels[value] })),
          label: label('Ruoli', 'Roles', 'Rôles', 'Roles'),
          access: { create: isAdminField, update: isAdminField },
          admin: {
            description: label(
              'Un validatore valida al livello della propria unità, per le unità sotto di essa.',
              "A validator validates at their unit's level, for the units below it.",
              'Un validateur valide au niveau de son unité, pour les unités en dessous.',
              'Un validador valida al nivel de su unidad, para las unidades que dependen de ella.',
            ),
          },
        },
        {
          name: 'notificationMode',
          type: 'select',
          defaultValue: 'immediate',
          options: [
            { value: 'immediate', label: label('Subito', 'Right away', 'Immédiatement', 'Al momento') },
            {
              value: 'daily',
              label: label('Riepilogo giornaliero', 'Daily digest', 'Résumé quotidien', 'Resumen diario'),
            },
          ],
          label: label(
            'Notifiche e-mail',
            'E-mail notifications',
            'Notifications par e-mail',
            'Notificaciones por correo',
          ),
        },
        {
          name: 'preferredLanguage',
          type: 'select',
          defaultValue: 'it',
          options: LOCALES.map((value) => ({ value, label: value.toUpperCase() })),
          label: label('Lingua preferita', 'Preferred language', 'Langue préférée', 'Idioma preferido'),
        },
      ],
    },
  ],
}
