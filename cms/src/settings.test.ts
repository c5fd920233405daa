import { afterEach, describe, expect, it, vi } from 'vitest'

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
  vi.resetModules()
})

const load = async (env: Record<string, string | undefined>) => {
  vi.resetModules()
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  return (await import('./settings')).settings
}

describe('settings from the environment', () => {
  it('development works with no environment at all', async () => {
    const settings = await load({
      NODE_ENV: 'development',
      PAYLOAD_SECRET: undefined,
      DEFAULT_LOCALE: undefined,
      PORT: undefined,
      SERVER_URL: undefined,
    })
    expect(settings.secret.length).toBeGreaterThan(20)
    expect(settings.defaultLocale).toBe('it')
    expect(settings.serverURL).toBe('http://localhost:3000')
  })

  it('production refuses to start without PAYLOAD_SECRET, with a message that says what to do', async () => {
    await expect(
      load({ NODE_ENV: 'production', PAYLOAD_SECRET: undefined, NEXT_PHASE: undefined }),
    ).rejects.toThrow(/PAYLOAD_SECRET is required in production.*openssl rand/)
  })

  it('the production build itself does not need the secret', async () => {
    const settings = await load({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: undefined,
      NEXT_PHASE: 'phase-production-build',
    })
    expect(settings.secret).toBeTruthy()
  })

  it('origins are an explicit list, never a wildcard; the default locale is checked', async () => {
    const settings = await load({
      SERVER_URL: 'https://redcloud.example.org/',
      SITE_URL: 'https://redcloud.example.org',
      CORS_ORIGINS: 'https://intranet.example.org, https://x.example.org/',
    })
    expect(settings.allowedOrigins).toEqual([
      'https://redcloud.example.org',
      'https://intranet.example.org',
      'https://x.example.org',
    ])
    await expect(load({ DEFAULT_LOCALE: 'de' })).rejects.toThrow(
      /DEFAULT_LOCALE must be one of it, en, fr, es/,
    )
  })

  it('JOBS_AUTORUN is true or false (true by default); the old REDCLOUD_JOBS is refused, not ignored', async () => {
    expect((await load({ JOBS_AUTORUN: undefined, REDCLOUD_JOBS: undefined })).jobsAutoRun).toBe(true)
    expect((await load({ JOBS_AUTORUN: 'false', REDCLOUD_JOBS: undefined })).jobsAutoRun).toBe(false)
    await expect(load({ JOBS_AUTORUN: 'off', REDCLOUD_JOBS: undefined })).rejects.toThrow(
      'JOBS_AUTORUN must be true or false (got "off").',
    )
    await expect(load({ JOBS_AUTORUN: undefined, REDCLOUD_JOBS: 'off' })).rejects.toThrow(
      /REDCLOUD_JOBS is no longer read: set JOBS_AUTORUN=false/,
    )
  })

  it('SSO_PROVISION is off, pending or active (off by default) and needs SSO_UNIT_CLAIM and SSO_SHARED_SECRET', async () => {
    const none = { SSO_PROVISION: undefined, SSO_UNIT_CLAIM: undefined, SSO_SHARED_SECRET: undefined }
    expect((await load(none)).ssoProvisioning).toEqual({ mode: 'off', unitClaim: null })
    const on = { SSO_SHARED_SECRET: 'x'.repeat(32), SSO_UNIT_CLAIM: ' cri_unit ' }
    for (const mode of ['pending', 'active'] as const) {
      expect((await load({ ...on, SSO_PROVISION: mode })).ssoProvisioning).toEqual({
        mode,
        unitClaim: 'cri_unit',
      })
    }
    await expect(load({ ...on, SSO_PROVISION: 'yes' })).rejects.toThrow(
      'SSO_PROVISION must be one of off, pending, active (got "yes").',
    )
    await expect(load({ ...on, SSO_PROVISION: 'active', SSO_UNIT_CLAIM: undefined })).rejects.toThrow(
      /SSO_PROVISION=active needs SSO_UNIT_CLAIM/,
    )
    await expect(load({ ...on, SSO_PROVISION: 'pending', SSO_UNIT_CLAIM: 'unit code' })).rejects.toThrow(
      /SSO_UNIT_CLAIM must be a claim name without spaces/,
    )
    await expect(load({ ...on, SSO_PROVISION: 'pending', SSO_SHARED_SECRET: undefined })).rejects.toThrow(
      /SSO_PROVISION=pending needs SSO_SHARED_SECRET/,
    )
  })

  it('only an instance with JOBS_AUTORUN=true has a cron that queues and runs the daily workflow job', async () => {
    const settings = await load({ NODE_ENV: 'development', JOBS_AUTORUN: 'true', REDCLOUD_JOBS: undefined })
    const { autoRun } = (await (await import('./payload.config')).default).jobs
    const crons = async () => (typeof autoRun === 'function' ? await autoRun({} as never) : autoRun)
    expect(await crons()).toEqual([{ cron: '*/15 * * * *', queue: 'workflow' }])
    // The same module the config reads, as JOBS_AUTORUN=false leaves it (parsed in the test above).
    settings.jobsAutoRun = false
    expect(await crons()).toEqual([])
  })
})
