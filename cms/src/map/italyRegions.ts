import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import { italyMap, type ItalyMap } from '../contract'

let cached: ItalyMap | undefined

/** Italy's regions for the gap view, read from `@svg-maps/italy` once per process (the site reads its own at build). */
export const italyRegions = (): ItalyMap =>
  (cached ??= italyMap(
    readFileSync(createRequire(import.meta.url).resolve('@svg-maps/italy/index.js'), 'utf8'),
  ))
