import type { StagedApprovalTexts } from './languages/en'

/** The namespace of the plugin's keys in Payload's translations. */
export const NAMESPACE = 'stagedApproval'

export type Texts = Partial<StagedApprovalTexts> & Record<string, string>

/** The plugin's texts within one language's translations (the app's overrides merged in). */
export const textsIn = (translations: unknown): Texts =>
  ((translations as null | Record<string, unknown>)?.[NAMESPACE] ?? {}) as Texts

/** Fills `{{name}}` from `vars`. */
export const fill = (template: string, vars: Record<string, number | string>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''))

/**
 * A stage's one name, for the admin panel and the e-mails alike: the collection's own
 * (`<collection>.stage_<stage>`), else the plugin-wide one (`stage_<stage>`), else the stage.
 */
export const stageName = (texts: Texts, stage: string, collection?: string): string =>
  (collection ? texts[`${collection}.stage_${stage}`] : undefined) ?? texts[`stage_${stage}`] ?? stage

/** A key's text, else `fallback`. */
export const text = (texts: Texts, key: string, fallback = key): string => texts[key] ?? fallback
