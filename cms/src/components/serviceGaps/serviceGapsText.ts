import type { PayloadRequest } from 'payload'

import { interpolate } from '../../contract/interpolate'
import { translated } from '../../i18n/translated'
import type { en } from '../../i18n/languages/en'

type GapKey = keyof (typeof en)['serviceGaps']

/** A gap-view text in the admin user's language, with `{name}` placeholders filled in. */
export const serviceGapsText =
  (req: PayloadRequest) =>
  (key: GapKey, values: Record<string, number | string> = {}): string => {
    const texts = translated(`serviceGaps:${key}`)
    return interpolate(texts[req.i18n.language as keyof typeof texts] ?? texts.en, values)
  }
