import type { PayloadRequest } from 'payload'

import { interpolate } from '../../contract/interpolate'
import { translated } from '../../i18n/translated'
import type { en } from '../../i18n/languages/en'

type DashboardKey = keyof (typeof en)['dashboard']

/** A dashboard text in the admin user's language, with `{name}` placeholders filled in. */
export const dashboardText =
  (req: PayloadRequest) =>
  (key: DashboardKey, values: Record<string, number | string> = {}): string => {
    const texts = translated(`dashboard:${key}`)
    const text = texts[req.i18n.language as keyof typeof texts] ?? texts.en
    return interpolate(text, values)
  }
