/** Texts of the admin dashboard's list of registrations waiting for approval, in four languages. */
const texts = {
  it: {
    title: 'Registrazioni in attesa di approvazione',
    empty: 'Nessuna registrazione in attesa.',
    since: 'registrato/a il',
    comment: 'Commento (facoltativo, inviato alla persona)',
    approve: 'Approva',
    reject: 'Respingi',
    approved: 'Approvato/a: ora può accedere come membro.',
    rejected: 'Registrazione respinta.',
    failed: 'Non è stato possibile:',
  },
  en: {
    title: 'Registrations waiting for approval',
    empty: 'No registration is waiting.',
    since: 'registered on',
    comment: 'Comment (optional, sent to the person)',
    approve: 'Approve',
    reject: 'Reject',
    approved: 'Approved: they can now sign in as a member.',
    rejected: 'Registration rejected.',
    failed: 'That did not work:',
  },
  fr: {
    title: 'Inscriptions en attente d’approbation',
    empty: 'Aucune inscription en attente.',
    since: 'inscrit le',
    comment: 'Commentaire (facultatif, envoyé à la personne)',
    approve: 'Approuver',
    reject: 'Refuser',
    approved: 'Approuvé : la personne peut se connecter comme membre.',
    rejected: 'Inscription refusée.',
    failed: 'Cela n’a pas fonctionné :',
  },
  es: {
    title: 'Registros pendientes de aprobación',
    empty: 'No hay registros pendientes.',
    since: 'registrado el',
    comment: 'Comentario (opcional, se envía a la persona)',
    approve: 'Aprobar',
    reject: 'Rechazar',
    approved: 'Aprobado: ya puede iniciar sesión como miembro.',
    rejected: 'Registro rechazado.',
    failed: 'No ha funcionado:',
  },
}

export type RegistrationTexts = (typeof texts)['en']

/** The texts in the admin panel's language (English when it is none of the four). */
export const registrationTexts = (language: string): RegistrationTexts =>
  (texts as Record<string, RegistrationTexts>)[language] ?? texts.en
