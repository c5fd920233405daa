import path from 'path'
import { fileURLToPath } from 'url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { fr } from '@payloadcms/translations/languages/fr'
import { it } from '@payloadcms/translations/languages/it'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { canRunJobs } from './access/canRunJobs'
import { collections } from './collections'
import { Users } from './collections/Users'
import { dashboardConfig } from './components/dashboard/dashboardConfig'
import { createLogger } from './logging/createLogger'
import { buildDatabaseAdapter } from './database'
import { buildEmailAdapter } from './email/buildEmailAdapter'
import { keepPublicErrorMessages } from './errors/keepPublicErrorMessages'
import { guardTextInput } from './fields/guardTextInput'
import { LOCALE_NAMES } from './contract/localeNames'
import { LOCALES } from './contract/locales'
import { boundQueries } from './limits/boundQueries'
import { graphQLBoundsRule } from './limits/graphQLBoundsRule'
import { withLockRules } from './lockedDocuments/withLockRules'
import { mediaUsePlugin } from './media/mediaUsePlugin'
import { activityDigestTask } from './notifications/activityDigestTask'
import { closeFundingCallsTask } from './desk/closeFundingCallsTask'
import { fundingCallAlertsTask } from './desk/fundingCallAlertsTask'
import { shiftRemindersTask } from './volunteering/shiftRemindersTask'
import { onInit } from './onInit'
import { withPreferenceRules } from './preferences/withPreferenceRules'
import { workflowPlugin } from './workflow'
import { settings } from './settings'
import { siteSettingsEndpoint } from './siteSettings/siteSettingsEndpoint'
import { transactionConflictAnswer } from './transactions/transactionConflictAnswer'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const config = buildConfig({
  serverURL: settings.serverURL,
  secret: settings.secret,
  telemetry: false,
  admin: {
    user: Users.slug,
    avatar: 'default',
    meta: {
      titleSuffix: ' · RedCloud',
      description: 'RedCloud: validation and publication of best practices between Red Cross units',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }],
    },
    importMap: { baseDir: dirname },
    components: {
      graphics: { Logo: '/components/brand/Logo#Logo', Icon: '/components/brand/Icon#Icon' },
      // the staged-approval plugin adds its review queue after this block
      beforeDashboard: ['/components/PendingRegistrations#PendingRegistrations'],
      views: {
        // Carta dei Servizi: where a theme has no service and no practice (validators, admins).
        serviceGaps: {
          Component: '/components/serviceGaps/ServiceGapsView#ServiceGapsView',
          path: '/service-gaps',
        },
      },
    },
    dashboard: dashboardConfig,
  },
  collections,
  db: buildDatabaseAdapter(),
  editor: lexicalEditor(),
  email: buildEmailAdapter(settings.smtp),
  i18n: {
    supportedLanguages: { it, en, fr, es },
    fallbackLanguage: settings.defaultLocale,
  },
  localization: {
    locales: LOCALES.map((code) => ({ code, label: LOCALE_NAMES[code] })),
    defaultLocale: settings.defaultLocale,
    fallback: true,
  },
  cors: settings.allowedOrigins,
  csrf: settings.allowedOrigins,
  maxDepth: settings.maxDepth,
  defaultDepth: 1,
  graphQL: {
    disable: !settings.graphQL.enabled,
    maxComplexity: settings.graphQL.maxComplexity,
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
    validationRules: ({ variableValues }) => [
      graphQLBoundsRule({
        ...settings.graphQL,
        maxPageSize: settings.maxPageSize,
        variables: variableValues,
      }),
    ],
  },
  endpoints: [siteSettingsEndpoint],
  hooks: { afterError: [keepPublicErrorMessages, transactionConflictAnswer] },
  upload: {
    limits: { fileSize: settings.uploadMaxBytes },
    abortOnLimit: true,
    responseOnLimit: `The file is larger than ${Math.round(settings.uploadMaxBytes / 1024 / 1024)} MB.`,
  },
  sharp,
  logger: createLogger({ level: process.env.PAYLOAD_LOG_LEVEL }),
  onInit,
  // The rest come last so that they see every collection's final fields.
  plugins: [
    workflowPlugin,
    mediaUsePlugin,
    guardTextInput,
    boundQueries({ maxWhereConditions: settings.maxWhereConditions }),
  ],
  jobs: {
    access: { run: canRunJobs, queue: canRunJobs, cancel: canRunJobs },
    // Queues (at the plugin's cron) and runs the workflow's daily reminders, escalation and
    // digests in the CMS process. Only where JOBS_AUTORUN is true: with no cron at all the other
    // instances neither queue the daily job nor run it. Tests run it by hand.
    autoRun: () =>
      settings.jobsAutoRun && process.env.NODE_ENV !== 'test'
        ? [{ cron: '*/15 * * * *', queue: 'workflow' }]
        : [],
    tasks: [activityDigestTask, closeFundingCallsTask, fundingCallAlertsTask, shiftRemindersTask],
  },
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
})

// Payload adds its lock and preference collections only while sanitizing: their rules go on afterwards.
export default withPreferenceRules(withLockRules(config))
