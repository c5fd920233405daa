import { createClient } from '@libsql/client'
import { lexicalElement as element, lexicalTextNode as text } from '@redcloud/cms/contract'
import fs from 'fs'
import os from 'os'
import path from 'path'

import { XSS_BEACON } from '@redcloud/testing/hostileInputCorpus'

export type ForgedDatabase = {
  /** The forged copy of the database (in a folder of its own, for the caller to remove). */
  file: string
  /** The published practice whose description was forged, in every language. */
  slug: string
  /** The public image the forged upload node points at, and its real width. */
  filename: string
  width: number
}

/**
 * A copy of the demo database with rich-text nodes the CMS would refuse, written straight into
 * the tables: a forged upload (the finding: width breaking out of the attribute, on the English
 * translation only), a forged id outside the public media, and node values the old converters
 * wrote into markup.
 */
export const forgeRichTextInDatabase = async ({
  template,
  marker,
}: {
  template: string
  marker: string
}): Promise<ForgedDatabase> => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'redcloud-forged-')), 'forged.db')
  fs.copyFileSync(template, file)
  const db = createClient({ url: `file:${file}` })
  const row = (
    await db.execute(`SELECT p.id, p.slug FROM practices p
      JOIN practices_locales l ON l._parent_id = p.id AND l._locale = 'en'
      WHERE p._status = 'published' LIMIT 1`)
  ).rows[0]
  if (!row) throw new Error('No published practice with an English translation in the seed')
  // The seed has no uploads: one public image, the practice's cover, for the forged node to point at.
  const filename = 'forged-check.png'
  const media = (
    await db.execute({
      sql: `INSERT INTO media (filename, mime_type, width, height, url) VALUES (?, 'image/png', 640, 480, ?) RETURNING id`,
      args: [filename, `/api/media/file/${filename}`],
    })
  ).rows[0]!.id as number
  await db.execute({
    sql: `UPDATE practices SET cover_image_id = ? WHERE id = ?`,
    args: [media, Number(row.id)],
  })
  const payload = `1" onerror="window.__xss=1;fetch('/${XSS_BEACON}')" x="`
  const nodes = [
    {
      type: 'upload',
      version: 3,
      relationTo: 'media',
      fields: {},
      value: {
        id: media,
        url: `/${XSS_BEACON}.png`,
        mimeType: 'image/png',
        width: payload,
        height: 1,
        alt: payload,
      },
    },
    { type: 'upload', version: 3, relationTo: 'media', fields: { alt: payload }, value: 987654 },
    element('heading', [text('h')], { tag: `h2 onmouseover="window.__xss=1"` }),
    element('list', [element('listitem', [text('li')], { value: payload, checked: payload })], {
      listType: payload,
      tag: 'ul',
    }),
    element('paragraph', [{ ...text('t'), format: payload }], { format: payload, indent: payload }),
    {
      type: 'html',
      version: 1,
      html: `<img src=x onerror="window.__xss=1">`,
      children: [text('only this text')],
    },
    element('paragraph', [
      element('link', [text('link')], { fields: { url: `javascript:window.__xss=1`, linkType: 'custom' } }),
    ]),
  ]
  const description = JSON.stringify({ root: element('root', nodes) })
  await db.execute({
    sql: `UPDATE practices_locales SET description = ? WHERE _parent_id = ?`,
    args: [description, Number(row.id)],
  })
  // and a FAQ entry of its own, answered with the same nodes
  const faq = (await db.execute(`INSERT INTO faq (category, "order") VALUES ('general', 0) RETURNING id`))
    .rows[0]!.id as number
  await db.execute({
    sql: `INSERT INTO faq_locales (question, answer, _locale, _parent_id) VALUES (?, ?, 'en', ?)`,
    args: [`Forged answer ${marker}`, description, faq],
  })
  db.close()
  return { file, slug: String(row.slug), filename, width: 640 }
}
