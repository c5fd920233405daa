import { afterEach, describe, expect, it, vi } from 'vitest'

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
  vi.resetModules()
})

const addressOf = async (trustProxy: string | undefined, forwarded?: string) => {
  vi.resetModules()
  if (trustProxy === undefined) delete process.env.TRUST_PROXY
  else process.env.TRUST_PROXY = trustProxy
  const { clientAddress } = await import('./clientAddress')
  const headers = new Headers(forwarded === undefined ? {} : { 'X-Forwarded-For': forwarded })
  return clientAddress({ req: { headers } })
}

describe('clientAddress', () => {
  it('ignores X-Forwarded-For unless the proxy is trusted (anybody can write the header)', async () => {
    expect(await addressOf(undefined, '203.0.113.9')).toBeNull()
    expect(await addressOf('false', '203.0.113.9')).toBeNull()
  })

  it('behind the trusted proxy takes the last entry, the one the proxy wrote', async () => {
    expect(await addressOf('true', '203.0.113.9')).toBe('203.0.113.9')
    expect(await addressOf('true', '10.0.0.1, 203.0.113.9')).toBe('203.0.113.9')
    expect(await addressOf('true')).toBeNull()
  })
})
