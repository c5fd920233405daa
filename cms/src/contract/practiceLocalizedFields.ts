/**
 * The practice fields that hold one value per language, as paths through groups and arrays
 * (`qualityIndicators.name`: each indicator's name). The site reads practices once in every
 * language (`locale=all`) and takes each language's values out with `documentInLocale`;
 * `cms/test/practiceLocalizedFields.test.ts` checks this list against the collection's fields.
 */
export const PRACTICE_LOCALIZED_FIELDS = [
  'title',
  'summary',
  'description',
  'objectives',
  'innovation',
  'technologies',
  'replicability',
  'qualityIndicators.name',
  'costs.notes',
  'resources.material',
  'selfAssessment.notes',
] as const
