/** Texts of the admin panel's workflow panel and review queue, in RedCloud's four languages. */
const texts = {
  it: {
    title: 'Validazione',
    stage: 'Stato',
    history: 'Cronologia',
    comment: 'Commento',
    commentRequired: 'Commento (obbligatorio per chiedere modifiche, respingere, archiviare)',
    noActions: 'Nessuna azione disponibile per te in questo stato.',
    saveFirst: 'Salva la bozza per avviare la validazione.',
    reload: 'Qualcuno ha appena agito su questa pratica: ricarico.',
    queue: 'In attesa della mia validazione',
    queueEmpty: 'Nulla in attesa della tua validazione.',
    days: 'giorni',
    roles: {
      author: 'autore',
      submitter: 'collega dell’unità',
      validator: 'validatore',
      admin: 'amministratore',
    },
    actions: {
      submit: 'Invia in validazione',
      approve: 'Approva',
      request_changes: 'Chiedi modifiche',
      reject: 'Respingi',
      resubmit: 'Reinvia',
      withdraw: 'Ritira',
      archive: 'Archivia',
      override: 'Forza lo stato',
    },
    stages: {
      draft: 'Bozza',
      local_review: 'Validazione locale',
      regional_review: 'Validazione regionale',
      national_review: 'Validazione nazionale',
      published: 'Pubblicata',
      changes_requested: 'Modifiche richieste',
      rejected: 'Respinta',
      withdrawn: 'Ritirata',
      archived: 'Archiviata',
    },
  },
  en: {
    title: 'Validation',
    stage: 'Stage',
    history: 'History',
    comment: 'Comment',
    commentRequired: 'Comment (required to request changes, reject or archive)',
    noActions: 'No action is open to you at this stage.',
    saveFirst: 'Save the draft to start validation.',
    reload: 'Someone has just acted on this practice: reloading.',
    queue: 'Waiting for my review',
    queueEmpty: 'Nothing is waiting for your review.',
    days: 'days',
    roles: {
      author: 'author',
      submitter: 'colleague in the unit',
      validator: 'validator',
      admin: 'administrator',
    },
    actions: {
      submit: 'Submit for review',
      approve: 'Approve',
      request_changes: 'Request changes',
      reject: 'Reject',
      resubmit: 'Resubmit',
      withdraw: 'Withdraw',
      archive: 'Archive',
      override: 'Override stage',
    },
    stages: {
      draft: 'Draft',
      local_review: 'Local review',
      regional_review: 'Regional review',
      national_review: 'National review',
      published: 'Published',
      changes_requested: 'Changes requested',
      rejected: 'Rejected',
      withdrawn: 'Withdrawn',
      archived: 'Archived',
    },
  },
  fr: {
    title: 'Validation',
    stage: 'Statut',
    history: 'Historique',
    comment: 'Commentaire',
    commentRequired: 'Commentaire (obligatoire pour demander des modifications, refuser ou archiver)',
    noActions: 'Aucune action ne vous est ouverte à ce stade.',
    saveFirst: 'Enregistrez le brouillon pour lancer la validation.',
    reload: 'Quelqu’un vient d’agir sur cette pratique : rechargement.',
    queue: 'En attente de ma validation',
    queueEmpty: 'Rien n’attend votre validation.',
    days: 'jours',
    roles: {
      author: 'auteur',
      submitter: 'collègue de l’unité',
      validator: 'validateur',
      admin: 'administrateur',
    },
    actions: {
      submit: 'Envoyer en validation',
      approve: 'Approuver',
      request_changes: 'Demander des modifications',
      reject: 'Refuser',
      resubmit: 'Renvoyer',
      withdraw: 'Retirer',
      archive: 'Archiver',
      override: 'Forcer le statut',
    },
    stages: {
      draft: 'Brouillon',
      local_review: 'Validation locale',
      regional_review: 'Validation régionale',
      national_review: 'Validation nationale',
      published: 'Publiée',
      changes_requested: 'Modifications demandées',
      rejected: 'Refusée',
      withdrawn: 'Retirée',
      archived: 'Archivée',
    },
  },
  es: {
    title: 'Validación',
    stage: 'Estado',
    history: 'Historial',
    comment: 'Comentario',
    commentRequired: 'Comentario (obligatorio para pedir cambios, rechazar o archivar)',
    noActions: 'No tienes acciones disponibles en este estado.',
    saveFirst: 'Guarda el borrador para iniciar la validación.',
    reload: 'Alguien acaba de actuar sobre esta práctica: recargando.',
    queue: 'Pendiente de mi validación',
    queueEmpty: 'Nada pendiente de tu validación.',
    days: 'días',
    roles: {
      author: 'autor',
      submitter: 'colega de la unidad',
      validator: 'validador',
      admin: 'administrador',
    },
    actions: {
      submit: 'Enviar a validación',
      approve: 'Aprobar',
      request_changes: 'Pedir cambios',
      reject: 'Rechazar',
      resubmit: 'Reenviar',
      withdraw: 'Retirar',
      archive: 'Archivar',
      override: 'Forzar estado',
    },
    stages: {
      draft: 'Borrador',
      local_review: 'Validación local',
      regional_review: 'Validación regional',
      national_review: 'Validación nacional',
      published: 'Publicada',
      changes_requested: 'Cambios solicitados',
      rejected: 'Rechazada',
      withdrawn: 'Retirada',
      archived: 'Archivada',
    },
  },
}

export type WorkflowTexts = (typeof texts)['en']

/** Each stage's name in every language, as Payload labels want them: `{ it: 'Bozza', en: 'Draft', … }`. */
export const stageLabels = (): Record<string, Record<string, string>> => {
  const labels: Record<string, Record<string, string>> = {}
  for (const [language, text] of Object.entries(texts)) {
    for (const [stage, name] of Object.entries(text.stages)) (labels[stage] ??= {})[language] = name
  }
  return labels
}

/** One UI text in every language. */
export const textInAllLanguages = (key: 'stage' | 'title'): Record<string, string> =>
  Object.fromEntries(Object.entries(texts).map(([language, text]) => [language, text[key]]))

export const workflowTexts = (language: string): WorkflowTexts =>
  (texts as Record<string, WorkflowTexts>)[language] ?? texts.en
