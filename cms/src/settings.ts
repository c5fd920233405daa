import { LOCALES, type Locale } from './i18n/label'

const isProduction = process.env.NODE_ENV === 'production'
const isBuilding = process.env.NEXT_PHASE === 'phase-production-build'

const DEVELOPMENT_SECRET = 'redcloud-development-secret-never-use-in-production'

const readSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (isProduction && !isBuilding) {
    throw new Error(
      'PAYLOAD_SECRET is required in production. Set it to a long random string, e.g. the output of `openssl rand -hex 32`.',
    )
  }
  return DEVELOPMENT_SECRET
}

const readDefaultLocale = (): Locale => {
  const value = process.env.DEFAULT_LOCALE ?? 'it'
  if (!(LOCALES as readonly string[]).includes(value)) {
    throw new Error(`DEFAULT_LOCALE must be one of ${LOCALES.join(', ')} (got "${value}").`)
  }
  return value as Locale
}

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim().replace(/\/$/, ''))
    .filter(Boolean)

const port = process.env.PORT ?? '3000'
const serverURL = (process.env.SERVER_URL ?? `http://localhost:${port}`).replace(/\/$/, '')
const siteURL = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/$/, '')

/** Everything RedCloud's CMS reads from the environment, in one place (see README). */
export const settings = {
  isProduction,
  secret: readSecret(),
  serverURL,
  siteURL,
  /** Origins allowed to call the API with credentials (CORS) and to send cookies (CSRF). */
  allowedOrigins: [...new Set([serverURL, siteURL, ...list(process.env.CORS_ORIGINS)])],
  defaultLocale: readDefaultLocale(),
  maxDepth: Number(process.env.API_MAX_DEPTH ?? 3),
  graphQLMaxComplexity: Number(process.env.GRAPHQL_MAX_COMPLEXITY ?? 1000),
  /** Where the public site takes rebuild requests (unset: the site is not told about changes). */
  siteRebuild: process.env.SITE_REBUILD_URL
    ? { url: process.env.SITE_REBUILD_URL, secret: process.env.SITE_REBUILD_SECRET ?? '' }
    : null,
  smtp: process.env.SMTP_HOST
    ? {
        host: process.env.SMTP_HOST,
        port: Number(process.env.SMTP_PORT ?? 587),
        user: process.env.SMTP_USER,
        pass: process.env.SMTP_PASS,
        from: process.env.SMTP_FROM ?? 'RedCloud <no-reply@redcloud.example.org>',
      }
    : null,
}
