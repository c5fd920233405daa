import type { APIRoute } from 'astro'

import { iconSprite } from '../lib/iconSprite'

export const GET: APIRoute = () =>
  new Response(iconSprite(), { headers: { 'Content-Type': 'image/svg+xml' } })
