import type { Locale } from '../../../contract/locales'

/**
 * The member import's texts in the four languages: the invitation e-mail and the admin panel's
 * import block (cms/src/components/MemberImport.tsx). `{name}`, `{days}`, `{count}` are filled in.
 */
export const memberImportTexts = {
  it: {
    invitationSubject: 'RedCloud: il tuo account ti aspetta',
    invitationIntro:
      'Ciao {name}, un amministratore ha creato per te un account su RedCloud, la piattaforma delle buone pratiche della Croce Rossa. Scegli la tua password con questo link:',
    invitationExpiry:
      'Il link vale {days} giorni. Dopo, chiedine uno nuovo dalla pagina "Password dimenticata?".',
    title: 'Importa membri da CSV',
    help: 'Colonne: name, email, unit (codice dell’unità), roles (member, validator, contentManager; separati da |), language (it, en, fr, es). Prima una prova che non scrive nulla, poi l’importazione: ogni nuova persona riceve un invito per scegliere la password.',
    file: 'File CSV',
    dryRun: 'Prova (non scrive nulla)',
    run: 'Importa {count} membri',
    line: 'Riga',
    email: 'E-mail',
    status: 'Esito',
    messages: 'Note',
    created: 'creato',
    'would-create': 'da creare',
    skipped: 'saltato',
    error: 'errore',
    summary: 'Da creare o creati: {created}, saltati: {skipped}, errori: {error}.',
    failed: 'Non è stato possibile:',
    working: 'In corso…',
  },
  en: {
    invitationSubject: 'RedCloud: your account is waiting for you',
    invitationIntro:
      'Hello {name}, an administrator made you an account on RedCloud, the Red Cross best practices platform. Choose your password with this link:',
    invitationExpiry:
      'The link works for {days} days. After that, ask for a new one on the "Forgot your password?" page.',
    title: 'Import members from CSV',
    help: 'Columns: name, email, unit (the unit’s code), roles (member, validator, contentManager; separated by |), language (it, en, fr, es). First a dry run that writes nothing, then the import: each new person is e-mailed an invitation to choose a password.',
    file: 'CSV file',
    dryRun: 'Dry run (writes nothing)',
    run: 'Import {count} members',
    line: 'Line',
    email: 'E-mail',
    status: 'Result',
    messages: 'Notes',
    created: 'created',
    'would-create': 'to create',
    skipped: 'skipped',
    error: 'error',
    summary: 'To create or created: {created}, skipped: {skipped}, errors: {error}.',
    failed: 'That did not work:',
    working: 'Working…',
  },
  fr: {
    invitationSubject: 'RedCloud : votre compte vous attend',
    invitationIntro:
      'Bonjour {name}, un administrateur vous a créé un compte sur RedCloud, la plateforme des bonnes pratiques de la Croix-Rouge. Choisissez votre mot de passe avec ce lien :',
    invitationExpiry:
      'Le lien est valable {days} jours. Ensuite, demandez-en un nouveau depuis la page « Mot de passe oublié ? ».',
    title: 'Importer des membres depuis un CSV',
    help: 'Colonnes : name, email, unit (le code de l’unité), roles (member, validator, contentManager ; séparés par |), language (it, en, fr, es). D’abord un essai qui n’écrit rien, puis l’import : chaque nouvelle personne reçoit une invitation à choisir son mot de passe.',
    file: 'Fichier CSV',
    dryRun: 'Essai (n’écrit rien)',
    run: 'Importer {count} membres',
    line: 'Ligne',
    email: 'E-mail',
    status: 'Résultat',
    messages: 'Remarques',
    created: 'créé',
    'would-create': 'à créer',
    skipped: 'ignoré',
    error: 'erreur',
    summary: 'À créer ou créés : {created}, ignorés : {skipped}, erreurs : {error}.',
    failed: 'Cela n’a pas fonctionné :',
    working: 'En cours…',
  },
  es: {
    invitationSubject: 'RedCloud: tu cuenta te espera',
    invitationIntro:
      'Hola {name}, un administrador te ha creado una cuenta en RedCloud, la plataforma de buenas prácticas de la Cruz Roja. Elige tu contraseña con este enlace:',
    invitationExpiry:
      'El enlace vale {days} días. Después, pide uno nuevo en la página «¿Olvidaste tu contraseña?».',
    title: 'Importar miembros desde CSV',
    help: 'Columnas: name, email, unit (el código de la unidad), roles (member, validator, contentManager; separados por |), language (it, en, fr, es). Primero una prueba que no escribe nada, luego la importación: cada persona nueva recibe una invitación para elegir su contraseña.',
    file: 'Archivo CSV',
    dryRun: 'Prueba (no escribe nada)',
    run: 'Importar {count} miembros',
    line: 'Línea',
    email: 'Correo',
    status: 'Resultado',
    messages: 'Notas',
    created: 'creado',
    'would-create': 'por crear',
    skipped: 'omitido',
    error: 'error',
    summary: 'Por crear o creados: {created}, omitidos: {skipped}, errores: {error}.',
    failed: 'No ha funcionado:',
    working: 'En curso…',
  },
} satisfies Record<Locale, Record<string, string>>

export type MemberImportText = keyof (typeof memberImportTexts)['en']

/** The texts of one language (the admin panel's, or an account's), English when unknown. */
export const memberImportTextsFor = (language: string) =>
  memberImportTexts[(language in memberImportTexts ? language : 'en') as Locale]
