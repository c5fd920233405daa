import { defineCollection } from 'astro:content'
import { z } from 'astro/zod'

import type {
  FaqEntry,
  GuideEntry,
  IndicatorEntry,
  PracticeEntry,
  ServiceEntry,
  ThemeEntry,
  UnitEntry,
} from './lib/types'

import type { FundingCallEntry, ResourceEntry } from './lib/desk/deskEntries'

import { cmsLoader } from './loaders/cmsLoader'

const isObject = (value: unknown) => typeof value === 'object' && value !== null

export const collections = {
  practices: defineCollection({
    loader: cmsLoader('practices', (d) => d.practices.map((p) => ({ id: `${p.locale}/${p.slug}`, data: p }))),
    schema: z.custom<PracticeEntry>(isObject),
  }),
  themes: defineCollection({
    loader: cmsLoader('themes', (d) => d.themes.map((t) => ({ id: `${t.locale}/${t.slug}`, data: t }))),
    schema: z.custom<ThemeEntry>(isObject),
  }),
  units: defineCollection({
    loader: cmsLoader('units', (d) => d.units.map((u) => ({ id: u.cmsId, data: u }))),
    schema: z.custom<UnitEntry>(isObject),
  }),
  faq: defineCollection({
    loader: cmsLoader('faq', (d) => d.faq.map((f) => ({ id: `${f.locale}/${f.cmsId}`, data: f }))),
    schema: z.custom<FaqEntry>(isObject),
  }),
  guides: defineCollection({
    loader: cmsLoader('guides', (d) => d.guides.map((g) => ({ id: `${g.locale}/${g.slug}`, data: g }))),
    schema: z.custom<GuideEntry>(isObject),
  }),
  services: defineCollection({
    loader: cmsLoader('services', (d) => d.services.map((s) => ({ id: `${s.locale}/${s.cmsId}`, data: s }))),
    schema: z.custom<ServiceEntry>(isObject),
  }),
  indicators: defineCollection({
    loader: cmsLoader('indicators', (d) =>
      d.indicators.map((i) => ({ id: `${i.locale}/${i.slug}`, data: i })),
    ),
    schema: z.custom<IndicatorEntry>(isObject),
  }),
  fundingCalls: defineCollection({
    loader: cmsLoader('fundingCalls', (d) =>
      d.fundingCalls.map((c) => ({ id: `${c.locale}/${c.slug}`, data: c })),
    ),
    schema: z.custom<FundingCallEntry>(isObject),
  }),
  resources: defineCollection({
    loader: cmsLoader('resources', (d) => d.resources.map((r) => ({ id: `${r.locale}/${r.slug}`, data: r }))),
    schema: z.custom<ResourceEntry>(isObject),
  }),
}
