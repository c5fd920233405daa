import { transition } from '@redcloud/plugin-staged-approval'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createLocalReq } from 'payload'

import { idOf } from '../src/contract/idOf'
import { findServiceGaps } from '../src/serviceGaps/findServiceGaps'
import { createTestPayload, type TestContext } from './helpers/createTestPayload'
import { demoUser, unitId } from './helpers/demoUsers'

let ctx: TestContext

beforeAll(async () => {
  ctx = await createTestPayload()
})
afterAll(async () => {
  await ctx?.payload.destroy()
})

const gapsFor = async (name: string, theme: number | string) => {
  const user = await demoUser(ctx.payload, name)
  const req = await createLocalReq({ user }, ctx.payload)
  return findServiceGaps({ req, user, theme })
}
const themeId = async (slug: string) =>
  (await ctx.payload.find({ collection: 'themes', where: { slug: { equals: slug } }, limit: 1 })).docs[0]!.id

describe('the gap view: where a theme has no active service and no published practice', () => {
  it('is for validators (their subtree) and admins (everything), nobody else', async () => {
    const theme = await themeId('homelessness')
    expect(await gapsFor('volunteer.milano', theme)).toBeNull()
    const lombardia = await gapsFor('validator.lombardia', theme)
    expect(lombardia!.scopeSize).toBe(5)
    for (const unit of lombardia!.units) expect(unit.code.startsWith('LOM')).toBe(true)
    const admin = await gapsFor('admin', theme)
    expect(admin!.scopeSize).toBe(await ctx.payload.count({ collection: 'units' }).then((r) => r.totalDocs))
    expect(admin!.units.length).toBeGreaterThanOrEqual(lombardia!.units.length)
  })

  it('a confirmed active service fills a gap; a draft does not', async () => {
    // A theme Milan has nothing in yet, in the demo data.
    const { docs: themes } = await ctx.payload.find({ collection: 'themes', limit: 0, depth: 0 })
    let theme: number | string | undefined
    for (const candidate of themes) {
      const gaps = await gapsFor('validator.lombardia', candidate.id)
      if (gaps!.units.some((unit) => unit.code === 'LOM-MI')) {
        theme = candidate.id
        break
      }
    }
    expect(theme, 'a theme Milan has nothing in').toBeDefined()
    if (theme === undefined) return
    const volunteer = await demoUser(ctx.payload, 'volunteer.milano')
    const created = await ctx.payload.create({
      collection: 'services',
      data: {
        name: 'Sportello digitale',
        description: 'Aiuto con SPID e app.',
        status: 'active',
        themes: [theme as number],
      },
      draft: true,
      user: volunteer,
      overrideAccess: false,
    })
    expect((await gapsFor('validator.lombardia', theme))!.units.map((u) => u.code)).toContain('LOM-MI')
    const req = await createLocalReq({}, ctx.payload)
    await transition({
      payload: ctx.payload,
      req,
      collection: 'services',
      id: created.id,
      action: 'submit',
      user: volunteer,
      notify: false,
    })
    const validator = await demoUser(ctx.payload, 'validator.milano')
    await transition({
      payload: ctx.payload,
      req,
      collection: 'services',
      id: created.id,
      action: 'approve',
      user: validator,
      notify: false,
    })
    const after = await gapsFor('validator.lombardia', theme)
    expect(after!.units.map((u) => u.code)).not.toContain('LOM-MI')
    expect(after!.regions.map((u) => u.code)).not.toContain('LOM')
    expect(String(idOf(created.unit))).toBe(String(await unitId(ctx.payload, 'LOM-MI')))
  })
})
