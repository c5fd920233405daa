type Lang = 'en' | 'es' | 'fr' | 'it'

/** For reminders and escalation `comment` carries the days waited; for the digest `title` the list. */
type Vars = { title: string; by: string; stage: string; comment: string; link: string }

type Template = { subject: (v: Vars) => string; text: (v: Vars) => string }

export type MessageKind = 'decision' | 'digest' | 'escalation' | 'reminder' | 'review'

/** The e-mails the workflow sends, in the four languages of RedCloud (English as fallback). */
const messages: Record<Lang, Record<'decision' | 'review', Template>> = {
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

const scheduled: Record<Lang, Record<'digest' | 'escalation' | 'reminder', Template>> = {
  it: {
    reminder: {
      subject: (v) => `Promemoria: «${v.title}» attende da ${v.comment} giorni`,
      text: (v) =>
        `«${v.title}» attende la tua validazione (${v.stage}) da ${v.comment} giorni.\n\n${v.link}`,
    },
    escalation: {
      subject: (v) => `Segnalazione: «${v.title}» ferma da ${v.comment} giorni`,
      text: (v) =>
        `«${v.title}» è ferma in ${v.stage} da ${v.comment} giorni: puoi sollecitare i validatori.\n\n${v.link}`,
    },
    digest: {
      subject: (v) => `RedCloud: ${v.comment} pratiche attendono la tua validazione`,
      text: (v) => `In attesa della tua validazione:\n\n${v.title}`,
    },
  },
  en: {
    reminder: {
      subject: (v) => `Reminder: "${v.title}" has waited ${v.comment} days`,
      text: (v) =>
        `"${v.title}" has been waiting for your review (${v.stage}) for ${v.comment} days.\n\n${v.link}`,
    },
    escalation: {
      subject: (v) => `Escalation: "${v.title}" stuck for ${v.comment} days`,
      text: (v) =>
        `"${v.title}" has been in ${v.stage} for ${v.comment} days: you may want to follow up with its validators.\n\n${v.link}`,
    },
    digest: {
      subject: (v) => `RedCloud: ${v.comment} items wait for your review`,
      text: (v) => `Waiting for your review:\n\n${v.title}`,
    },
  },
  fr: {
    reminder: {
      subject: (v) => `Rappel : « ${v.title} » attend depuis ${v.comment} jours`,
      text: (v) =>
        `« ${v.title} » attend votre validation (${v.stage}) depuis ${v.comment} jours.\n\n${v.link}`,
    },
    escalation: {
      subject: (v) => `Signalement : « ${v.title} » bloquée depuis ${v.comment} jours`,
      text: (v) =>
        `« ${v.title} » est en ${v.stage} depuis ${v.comment} jours : vous pouvez relancer ses validateurs.\n\n${v.link}`,
    },
    digest: {
      subject: (v) => `RedCloud : ${v.comment} pratiques attendent votre validation`,
      text: (v) => `En attente de votre validation :\n\n${v.title}`,
    },
  },
  es: {
    reminder: {
      subject: (v) => `Recordatorio: «${v.title}» espera desde hace ${v.comment} días`,
      text: (v) =>
        `«${v.title}» espera tu validación (${v.stage}) desde hace ${v.comment} días.\n\n${v.link}`,
    },
    escalation: {
      subject: (v) => `Aviso: «${v.title}» detenida desde hace ${v.comment} días`,
      text: (v) =>
        `«${v.title}» está en ${v.stage} desde hace ${v.comment} días: puedes recordárselo a sus validadores.\n\n${v.link}`,
    },
    digest: {
      subject: (v) => `RedCloud: ${v.comment} prácticas esperan tu validación`,
      text: (v) => `Pendientes de tu validación:\n\n${v.title}`,
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
  const template = kind === 'decision' || kind === 'review' ? messages[lang][kind] : scheduled[lang][kind]
  return { subject: template.subject(filled), text: template.text(filled) }
}
