import { getCollection } from 'astro:content'

import type { SimilarityIndex } from '@redcloud/cms/similarity/createSimilarityIndex'

import { similarityIndexOfEntries } from '../lib/sharing/similarityIndexOfEntries'

let cached: Promise<SimilarityIndex> | undefined

/** The related-practices index of this build: built once, from every language's practices. */
export const relatedIndex = (): Promise<SimilarityIndex> =>
  (cached ??= getCollection('practices').then((entries) =>
    similarityIndexOfEntries(entries.map((entry) => entry.data)),
  ))
