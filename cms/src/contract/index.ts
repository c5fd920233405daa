/**
 * `@redcloud/cms/contract`: what the CMS and the public site must agree on, in one place. Pure
 * values and functions only — no Payload, no Node built-ins, no environment — so the site, the
 * seed, the benchmarks and the tests import it as freely as the CMS does
 * (`contractIsEnvironmentFree.test.ts` checks). Values that depend on the CMS's environment are
 * not here: the site reads them from the CMS (`SiteSettings`, `GET /api/site-settings`).
 */
export { ACCOUNT_STATUSES, type AccountStatus } from './accountStatuses'
export { ACTIVITY_STATUSES, type ActivityStatus } from './activityStatuses'
export { activityStatusLabels } from './activityStatusLabels'
export { assessmentLabels } from './assessmentLabels'
export { COMMENT_MAX_LENGTH } from './commentLimits'
export { COST_PERIODS, type CostPeriod } from './costPeriods'
export { costPeriodLabels } from './costPeriodLabels'
export { CRITERIA, type Criterion } from './criteria'
export { criterionLabels } from './criterionLabels'
export { CURRENCIES, type Currency } from './currencies'
export { interpolate } from './interpolate'
export { idOf } from './idOf'
export { lexicalElement } from './lexicalElement'
export { lexicalRichText, type RichText, type RichTextBlock } from './lexicalRichText'
export { lexicalTextNode } from './lexicalTextNode'
export { LOCALE_NAMES } from './localeNames'
export { LOCALES, type Locale, type Translated } from './locales'
export { parseSiteSettings } from './parseSiteSettings'
export { PASSWORD_POLICY } from './passwordPolicy'
export { passwordProblem } from './passwordProblem'
export { PRACTICE_MAX_ROWS } from './practiceMaxRows'
export { REPLICATION_STATUSES, type ReplicationStatus } from './replicationStatuses'
export { replicationStatusLabels } from './replicationStatusLabels'
export { SITE_SETTINGS_PATH } from './SITE_SETTINGS_PATH'
export type { SiteSettings } from './siteSettings'
export { TARGET_GROUPS, type TargetGroup } from './targetGroups'
export { targetGroupLabels } from './targetGroupLabels'
export { THEME_ICONS, type ThemeIcon } from './themeIcons'
export { UNIT_LEVELS, type UnitLevel } from './unitLevels'
export { ALLOWED_MIME_TYPES } from './uploadTypes'
