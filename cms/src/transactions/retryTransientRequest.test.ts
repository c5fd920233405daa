import { describe, expect, it } from 'vitest'

import { isRepeatedAttempt } from './repeatedAttempts'
import { MAX_TRANSACTION_ATTEMPTS, RETRYABLE_HEADER, retryDelayMs } from './retryPolicy'
import { retryTransientRequest } from './retryTransientRequest'

const transient = () =>
  Response.json(
    { errors: [{ message: 'busy' }] },
    { status: 503, headers: { 'Retry-After': '1', [RETRYABLE_HEADER]: '1' } },
  )

const post = (body: string, contentType = 'application/json') =>
  new Request('http://localhost/api/likes', {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body,
  })

describe('retryTransientRequest', () => {
  it('runs the request again, with the same body each time, until it stops conflicting', async () => {
    const bodies: string[] = []
    const repeats: boolean[] = []
    const pauses: number[] = []
    const response = await retryTransientRequest({
      request: post('{"practice":1}'),
      send: async (request) => {
        bodies.push(await request.text())
        repeats.push(isRepeatedAttempt(request))
        return bodies.length < 3 ? transient() : Response.json({ ok: true }, { status: 201 })
      },
      sleep: async (ms) => pauses.push(ms),
    })
    expect(response.status).toBe(201)
    expect(bodies).toEqual(['{"practice":1}', '{"practice":1}', '{"practice":1}'])
    expect(pauses).toHaveLength(2)
    // rate limits count the caller's request once: only its first attempt is not a repeat
    expect(repeats).toEqual([false, true, true])
  })

  it(`stops after ${MAX_TRANSACTION_ATTEMPTS} attempts with the 503, its Retry-After, without the internal marker`, async () => {
    let attempts = 0
    const response = await retryTransientRequest({
      request: post('{}'),
      send: () => (attempts++, transient()),
      sleep: async () => {},
    })
    expect(attempts).toBe(MAX_TRANSACTION_ATTEMPTS)
    expect(response.status).toBe(503)
    expect(response.headers.get('Retry-After')).toBe('1')
    expect(response.headers.has(RETRYABLE_HEADER)).toBe(false)
    expect(await response.json()).toEqual({ errors: [{ message: 'busy' }] })
  })

  it('answers without the marker are never repeated (a 500, a 409, a success)', async () => {
    for (const status of [500, 409, 200]) {
      let attempts = 0
      const response = await retryTransientRequest({
        request: post('{}'),
        send: () => (attempts++, new Response(null, { status })),
      })
      expect(response.status).toBe(status)
      expect(attempts).toBe(1)
    }
  })

  it('multipart bodies (not buffered) are sent once', async () => {
    let attempts = 0
    const response = await retryTransientRequest({
      request: post('--x--', 'multipart/form-data; boundary=x'),
      send: () => (attempts++, transient()),
      sleep: async () => {},
    })
    expect(attempts).toBe(1)
    expect(response.status).toBe(503)
    expect(response.headers.has(RETRYABLE_HEADER)).toBe(false)
  })

  it('the pause doubles per attempt and is jittered', () => {
    expect(retryDelayMs(1, () => 0)).toBe(10)
    expect(retryDelayMs(1, () => 1)).toBe(30)
    expect(retryDelayMs(3, () => 0.5)).toBe(80)
  })
})
