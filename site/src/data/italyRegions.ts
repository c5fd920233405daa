import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import { italyMap, type ItalyMap } from '@redcloud/cms/contract'

let cached: ItalyMap | undefined

/** Italy's regions for the map pages, read from `@svg-maps/italy` once per build (the projection and simplification are the contract's). */
export const italyRegions = (): ItalyMap =>
  (cached ??= italyMap(
    readFileSync(createRequire(import.meta.url).resolve('@svg-maps/italy/index.js'), 'utf8'),
  ))
