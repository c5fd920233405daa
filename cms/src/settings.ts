import { isTimeZone } from './contract/isTimeZone'
import { LOCALES, type Locale } from './contract/locales'
import { parseRateLimit } from './rateLimit/parseRateLimit'

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

const readShiftTimeZone = (): string => {
  const value = process.env.SHIFT_TIME_ZONE || 'Europe/Rome'
  if (!isTimeZone(value)) {
    throw new Error(`SHIFT_TIME_ZONE must be a time-zone name like Europe/Rome (got "${value}").`)
  }
  return value
}

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim().replace(/\/$/, ''))
    .filter(Boolean)

const rateLimit = (name: string, fallback: string) =>
  parseRateLimit({ name, value: process.env[name] ?? fallback })

const positiveNumber = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number (got "${process.env[name]}").`)
  }
  return value
}

/**
 * Whether this instance runs Payload's jobs (the workflow's daily reminders, escalation and
 * digests): exactly one CMS instance may, so every other one says false. Strictly true or false:
 * a typo must not silently make a second instance send everyone's digest again.
 */
const readJobsAutoRun = (): boolean => {
  if (process.env.REDCLOUD_JOBS !== undefined) {
    throw new Error(
      'REDCLOUD_JOBS is no longer read: set JOBS_AUTORUN=false on every CMS instance but the one that runs the daily jobs.',
    )
  }
  const value = process.env.JOBS_AUTORUN ?? 'true'
  if (value !== 'true' && value !== 'false') {
    throw new Error(`JOBS_AUTORUN must be true or false (got "${value}").`)
  }
  return value === 'true'
}

const SSO_PROVISION_MODES = ['off', 'pending', 'active'] as const
export type SsoProvisionMode = (typeof SSO_PROVISION_MODES)[number]

/**
 * Whether single sign-on creates the account of someone it does not know yet (off: only existing
 * accounts sign in), and from which claim it takes the unit code. Checked here so that a typo
 * stops the CMS instead of silently turning provisioning off, or on without a unit.
 */
const readSsoProvisioning = (): { mode: SsoProvisionMode; unitClaim: null | string } => {
  const mode = process.env.SSO_PROVISION || 'off'
  if (!(SSO_PROVISION_MODES as readonly string[]).includes(mode)) {
    throw new Error(`SSO_PROVISION must be one of ${SSO_PROVISION_MODES.join(', ')} (got "${mode}").`)
  }
  const unitClaim = process.env.SSO_UNIT_CLAIM?.trim() || null
  if (unitClaim !== null && !/^[\x21-\x7e]{1,200}$/.test(unitClaim)) {
    throw new Error(`SSO_UNIT_CLAIM must be a claim name without spaces (got "${unitClaim}").`)
  }
  if (mode === 'off') return { mode, unitClaim }
  if (!unitClaim) {
    throw new Error(
      `SSO_PROVISION=${mode} needs SSO_UNIT_CLAIM: the name of the identity provider's claim that holds the unit code (e.g. "unit").`,
    )
  }
  if (!process.env.SSO_SHARED_SECRET) {
    throw new Error(`SSO_PROVISION=${mode} needs SSO_SHARED_SECRET: without it single sign-on is off.`)
  }
  return { mode: mode as SsoProvisionMode, unitClaim }
}

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
  /** Most documents one REST or GraphQL page may hold; `limit=0` and `pagination=false` get this many. */
  maxPageSize: positiveNumber('API_MAX_PAGE_SIZE', 100),
  /** Most conditions (and/or branches included) one `where` may hold. */
  maxWhereConditions: positiveNumber('API_MAX_WHERE_CONDITIONS', 30),
  /** Largest request body that is not a file upload (uploads have their own limit). */
  maxJsonBodyBytes: positiveNumber('API_MAX_BODY_KB', 1024) * 1024,
  /** RedCloud itself does not use GraphQL: off unless a deployment needs it. */
  graphQL: {
    enabled: process.env.GRAPHQL_ENABLED === 'true',
    maxComplexity: positiveNumber('GRAPHQL_MAX_COMPLEXITY', 1000),
    maxDepth: positiveNumber('GRAPHQL_MAX_DEPTH', 8),
    maxAliases: positiveNumber('GRAPHQL_MAX_ALIASES', 10),
    timeoutMs: positiveNumber('GRAPHQL_TIMEOUT_SECONDS', 10) * 1000,
  },
  /** Where the public site takes rebuild requests (unset: the site is not told about changes). */
  siteRebuild: process.env.SITE_REBUILD_URL
    ? { url: process.env.SITE_REBUILD_URL, secret: process.env.SITE_REBUILD_SECRET ?? '' }
    : null,
  /**
   * The secret the site's server sends to open a session after single sign-on
   * (POST /api/users/sso-session); null: single sign-on is off.
   */
  ssoSharedSecret: process.env.SSO_SHARED_SECRET || null,
  /**
   * Whether single sign-on may open sessions for administrators and content managers; off, the
   * shared secret alone can never act as one of them.
   */
  ssoAllowAdmin: process.env.SSO_ALLOW_ADMIN === 'true',
  /**
   * Accounts created at a first single sign-on (SSO_PROVISION: `off`, `pending` or `active`),
   * members of the unit whose code is in the claim SSO_UNIT_CLAIM.
   */
  ssoProvisioning: readSsoProvisioning(),
  /** Behind exactly one reverse proxy (Caddy in docker-compose) that sets X-Forwarded-For. */
  trustProxy: process.env.TRUST_PROXY === 'true',
  /**
   * Per account (or e-mail address, for password reset; per e-mail address and client address,
   * for login); null: no limit.
   */
  rateLimits: {
    login: rateLimit('RATE_LIMIT_LOGIN', '10/15m'),
    /** Sign-in attempts per e-mail address from all addresses: beyond it answers slow down, never refuse. */
    loginEmail: rateLimit('RATE_LIMIT_LOGIN_EMAIL', '30/h'),
    forgotPassword: rateLimit('RATE_LIMIT_FORGOT_PASSWORD', '5/h'),
    /** Registrations on the site, per e-mail address asked for (and per client address). */
    register: rateLimit('RATE_LIMIT_REGISTER', '5/h'),
    comments: rateLimit('RATE_LIMIT_COMMENTS', '10/10m'),
    likes: rateLimit('RATE_LIMIT_LIKES', '60/10m'),
    practices: rateLimit('RATE_LIMIT_PRACTICES', '120/h'),
    submissions: rateLimit('RATE_LIMIT_SUBMISSIONS', '20/h'),
    uploads: rateLimit('RATE_LIMIT_UPLOADS', '30/h'),
    /** Downloads of one's own data and erasure requests (a password check), per account. */
    accountData: rateLimit('RATE_LIMIT_ACCOUNT_DATA', '10/h'),
    /** Messages relayed to practice authors (POST /api/practices/:id/contact), per sender. */
    contact: rateLimit('RATE_LIMIT_CONTACT', '5/h'),
  },
  /** A client address (an office behind one NAT, a mobile carrier) gets this many accounts' worth. */
  rateLimitAddressFactor: positiveNumber('RATE_LIMIT_ADDRESS_FACTOR', 5),
  /** What one member's uploads may add up to (staff are exempt). */
  uploadQuota: {
    maxBytes: positiveNumber('UPLOAD_QUOTA_BYTES', 200 * 1024 * 1024),
    maxFiles: positiveNumber('UPLOAD_QUOTA_FILES', 200),
  },
  /** Whether this instance schedules and runs the daily jobs (one instance only when scaled out). */
  jobsAutoRun: readJobsAutoRun(),
  /** How long after writing a comment its author may still edit it. */
  commentEditWindowMs: positiveNumber('COMMENT_EDIT_WINDOW_MINUTES', 15) * 60_000,
  /**
   * The mean score (0-3) a practice's latest regional and national scores must each reach for
   * the national validator to recognise it at publication.
   */
  recognitionThreshold: positiveNumber('RECOGNITION_THRESHOLD', 2),
  /**
   * The time zone every shift's times are shown in: the site's pages (it reads it from
   * GET /api/site-settings) and the e-mails. Calendars (ICS) carry UTC times.
   */
  shiftTimeZone: readShiftTimeZone(),
  /** Largest upload, in bytes (the site learns it from GET /api/site-settings). */
  uploadMaxBytes: positiveNumber('UPLOAD_MAX_BYTES', 10 * 1024 * 1024),
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
