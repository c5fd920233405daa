import { textsOf } from './mergeTranslations'
import { fill, stageName, text } from './texts'

export type EmailKind = 'decision' | 'digest' | 'escalation' | 'reminder' | 'review'

const KEYS: Record<EmailKind, [string, string]> = {
  decision: ['emailDecisionSubject', 'emailDecisionText'],
  review: ['emailReviewSubject', 'emailReviewText'],
  reminder: ['emailReminderSubject', 'emailReminderText'],
  escalation: ['emailEscalationSubject', 'emailEscalationText'],
  digest: ['emailDigestSubject', 'emailDigestText'],
}

const lower = (value: string, language: string) => {
  try {
    return value.toLocaleLowerCase(language)
  } catch {
    return value.toLowerCase()
  }
}

/**
 * One e-mail in the recipient's language, from the same keys the admin panel reads: a stage is
 * called by its one name (in lower case, as it stands mid-sentence).
 */
export const renderEmail = ({
  collection,
  config,
  kind,
  language,
  vars,
}: {
  collection?: string
  config: { i18n?: { translations?: unknown } }
  kind: EmailKind
  language: string
  vars: {
    title?: string
    by?: string
    stage?: string
    comment?: string
    link?: string
    days?: number
    count?: number
    list?: string
  }
}): { subject: string; text: string } => {
  const texts = textsOf(config, language)
  const filled = {
    ...vars,
    stage: vars.stage ? lower(stageName(texts, vars.stage, collection), language) : '',
    comment: vars.comment
      ? fill(text(texts, 'emailComment', '\n\n{{comment}}'), { comment: vars.comment })
      : '',
  }
  const [subject, body] = KEYS[kind]
  return { subject: fill(text(texts, subject), filled), text: fill(text(texts, body), filled) }
}
