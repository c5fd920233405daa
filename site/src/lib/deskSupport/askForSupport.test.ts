import { describe, expect, it } from 'vitest'

import { askForSupport } from './askForSupport'

const ask = { title: 'Raccolta fondi', type: 'fundraising', description: 'Ambulanza', urgency: 'high' }

describe('askForSupport', () => {
  it('creates the request, then submits it at its first revision', async () => {
    const calls: { path: string; body?: unknown }[] = []
    const result = await askForSupport({
      token: 't',
      locale: 'it',
      ask,
      fetchCms: async ({ path, body }) => {
        calls.push({ path, body })
        return calls.length === 1
          ? { status: 201, body: { doc: { id: 5, workflow: { revision: 0 } } } }
          : { status: 200, body: {} }
      },
    })
    expect(result).toEqual({ kind: 'submitted', id: '5' })
    expect(calls[0]).toEqual({
      path: 'support-requests?depth=0',
      body: { title: 'Raccolta fondi', type: 'fundraising', urgency: 'high', description: 'Ambulanza' },
    })
    expect(calls[1]).toEqual({ path: 'support-requests/5/workflow', body: { action: 'submit', revision: 0 } })
  })

  it('names the field the CMS refused; checks lengths before calling', async () => {
    const refused = await askForSupport({
      token: 't',
      locale: 'it',
      ask,
      fetchCms: async () => ({ status: 400, body: { errors: [{ data: { errors: [{ path: 'type' }] } }] } }),
    })
    expect(refused).toEqual({ kind: 'invalid', field: 'type' })
    const never = async () => {
      throw new Error('no call expected')
    }
    expect(
      await askForSupport({ token: 't', locale: 'it', ask: { ...ask, title: ' ' }, fetchCms: never }),
    ).toEqual({ kind: 'invalid', field: 'title' })
    expect(
      await askForSupport({
        token: 't',
        locale: 'it',
        ask: { ...ask, description: 'x'.repeat(4001) },
        fetchCms: never,
      }),
    ).toEqual({
      kind: 'invalid',
      field: 'description',
    })
  })
})
