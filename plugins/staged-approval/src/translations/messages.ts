type Lang = 'en' | 'es' | 'fr' | 'it'

type Vars = { title: string; by: string; stage: string; comment: string; link: string }

export type MessageKind = 'decision' | 'review'

/** The e-mails the workflow sends, in the four languages of RedCloud (English as fallback). */
const messages: Record<
  Lang,
  Record<MessageKind, { subject: (v: Vars) => string; text: (v: Vars) => string }>
> = {
  it: {
    decision: {
      subject: (v) => `«${v.title}»: ${v.stage}`,
      text: (v) =>
        `${v.by} ha preso una decisione su «${v.title}». Stato attuale: ${v.stage}.${v.comment ? `\n\nCommento: ${v.comment}` : ''}\n\n${v.link}`,
    },
    review: {
      subject: (v) => `Da validare: «${v.title}»`,
      text: (v) => `«${v.title}» attende la tua validazione (${v.stage}).\n\n${v.link}`,
    },
  },
  en: {
    decision: {
      subject: (v) => `"${v.title}": ${v.stage}`,
      text: (v) =>
        `${v.by} made a decision on "${v.title}". It is now ${v.stage}.${v.comment ? `\n\nComment: ${v.comment}` : ''}\n\n${v.link}`,
    },
    review: {
      subject: (v) => `To review: "${v.title}"`,
      text: (v) => `"${v.title}" is waiting for your review (${v.stage}).\n\n${v.link}`,
    },
  },
  fr: {
    decision: {
      subject: (v) => `« ${v.title} » : ${v.stage}`,
      text: (v) =>
        `${v.by} a pris une décision sur « ${v.title} ». Statut actuel : ${v.stage}.${v.comment ? `\n\nCommentaire : ${v.comment}` : ''}\n\n${v.link}`,
    },
    review: {
      subject: (v) => `À valider : « ${v.title} »`,
      text: (v) => `« ${v.title} » attend votre validation (${v.stage}).\n\n${v.link}`,
    },
  },
  es: {
    decision: {
      subject: (v) => `«${v.title}»: ${v.stage}`,
      text: (v) =>
        `${v.by} ha tomado una decisión sobre «${v.title}». Estado actual: ${v.stage}.${v.comment ? `\n\nComentario: ${v.comment}` : ''}\n\n${v.link}`,
    },
    review: {
      subject: (v) => `Para validar: «${v.title}»`,
      text: (v) => `«${v.title}» espera tu validación (${v.stage}).\n\n${v.link}`,
    },
  },
}

const stageNames: Record<Lang, Record<string, string>> = {
  it: {
    draft: 'bozza',
    published: 'pubblicata',
    changes_requested: 'modifiche richieste',
    rejected: 'respinta',
    withdrawn: 'ritirata',
    archived: 'archiviata',
    local_review: 'validazione locale',
    regional_review: 'validazione regionale',
    national_review: 'validazione nazionale',
  },
  en: {
    draft: 'draft',
    published: 'published',
    changes_requested: 'changes requested',
    rejected: 'rejected',
    withdrawn: 'withdrawn',
    archived: 'archived',
    local_review: 'local review',
    regional_review: 'regional review',
    national_review: 'national review',
  },
  fr: {
    draft: 'brouillon',
    published: 'publiée',
    changes_requested: 'modifications demandées',
    rejected: 'refusée',
    withdrawn: 'retirée',
    archived: 'archivée',
    local_review: 'validation locale',
    regional_review: 'validation régionale',
    national_review: 'validation nationale',
  },
  es: {
    draft: 'borrador',
    published: 'publicada',
    changes_requested: 'cambios solicitados',
    rejected: 'rechazada',
    withdrawn: 'retirada',
    archived: 'archivada',
    local_review: 'validación local',
    regional_review: 'validación regional',
    national_review: 'validación nacional',
  },
}

export const renderMessage = ({
  kind,
  language,
  vars,
}: {
  kind: MessageKind
  language: string
  vars: Omit<Vars, 'stage'> & { stage: string }
}) => {
  const lang: Lang = language in messages ? (language as Lang) : 'en'
  const filled = { ...vars, stage: stageNames[lang][vars.stage] ?? vars.stage }
  return { subject: messages[lang][kind].subject(filled), text: messages[lang][kind].text(filled) }
}
