export type SeedFaq = {
  key: string
  category: 'account' | 'general' | 'privacy' | 'submitting' | 'validation'
  order: number
  question: Record<'en' | 'es' | 'fr' | 'it', string>
  answer: Record<'en' | 'es' | 'fr' | 'it', string[]>
}

/** FAQ entries in the four languages; each answer is a list of paragraphs. */
export const faq: SeedFaq[] = [
  {
    key: 'what-is-redcloud',
    category: 'general',
    order: 1,
    question: {
      it: 'Che cos’è RedCloud?',
      en: 'What is RedCloud?',
      fr: 'Qu’est-ce que RedCloud ?',
      es: '¿Qué es RedCloud?',
    },
    answer: {
      it: [
        'RedCloud è la piattaforma dove volontari e staff della Croce Rossa condividono buone pratiche e innovazioni sociali tra comitati.',
        'Ogni pratica pubblicata è stata validata dal livello locale, regionale e nazionale.',
      ],
      en: [
        'RedCloud is where Red Cross volunteers and staff share best practices and social innovations between units.',
        'Every published practice has been validated at local, regional and national level.',
      ],
      fr: [
        'RedCloud est la plateforme où bénévoles et personnel de la Croix-Rouge partagent bonnes pratiques et innovations sociales entre unités.',
        'Chaque pratique publiée a été validée aux niveaux local, régional et national.',
      ],
      es: [
        'RedCloud es la plataforma donde voluntarios y personal de la Cruz Roja comparten buenas prácticas e innovaciones sociales entre unidades.',
        'Cada práctica publicada ha sido validada a nivel local, regional y nacional.',
      ],
    },
  },
  {
    key: 'who-can-submit',
    category: 'submitting',
    order: 2,
    question: {
      it: 'Chi può proporre una buona pratica?',
      en: 'Who can submit a practice?',
      fr: 'Qui peut proposer une pratique ?',
      es: '¿Quién puede proponer una práctica?',
    },
    answer: {
      it: [
        'Ogni volontario o dipendente con un account RedCloud. La pratica appartiene automaticamente al comitato del tuo account.',
      ],
      en: [
        'Any volunteer or staff member with a RedCloud account. The practice automatically belongs to the unit of your account.',
      ],
      fr: [
        'Tout bénévole ou salarié disposant d’un compte RedCloud. La pratique appartient automatiquement à l’unité de votre compte.',
      ],
      es: [
        'Cualquier voluntario o empleado con una cuenta de RedCloud. La práctica pertenece automáticamente a la unidad de tu cuenta.',
      ],
    },
  },
  {
    key: 'how-to-submit',
    category: 'submitting',
    order: 3,
    question: {
      it: 'Come propongo una pratica?',
      en: 'How do I submit a practice?',
      fr: 'Comment proposer une pratique ?',
      es: '¿Cómo propongo una práctica?',
    },
    answer: {
      it: [
        'Accedi, crea una nuova buona pratica e compila le schede: descrizione, risultati e risorse, materiali e contatti, autovalutazione.',
        'Puoi salvare una bozza tutte le volte che vuoi; quando è completa, inviala in validazione.',
      ],
      en: [
        'Sign in, create a new practice and fill in the tabs: description, results and resources, material and contact, self-assessment.',
        'Save a draft as often as you like; when it is complete, send it for validation.',
      ],
      fr: [
        'Connectez-vous, créez une nouvelle pratique et remplissez les onglets : description, résultats et ressources, documents et contact, auto-évaluation.',
        'Enregistrez un brouillon aussi souvent que vous le souhaitez ; une fois complète, envoyez-la en validation.',
      ],
      es: [
        'Inicia sesión, crea una nueva práctica y completa las pestañas: descripción, resultados y recursos, materiales y contacto, autoevaluación.',
        'Guarda un borrador cuantas veces quieras; cuando esté completa, envíala a validación.',
      ],
    },
  },
  {
    key: 'good-practice',
    category: 'submitting',
    order: 4,
    question: {
      it: 'Che cosa rende buona una pratica?',
      en: 'What makes a practice a good one?',
      fr: 'Qu’est-ce qui fait une bonne pratique ?',
      es: '¿Qué hace buena a una práctica?',
    },
    answer: {
      it: [
        'Obiettivi significativi, risultati misurabili con indicatori, una soluzione innovativa, destinatari precisi e un impatto sociale. La guida "Che cos’è una buona pratica?" spiega i nove criteri.',
      ],
      en: [
        'Meaningful objectives, results measured by indicators, an innovative solution, a precise target group and social impact. The guide "What is a best practice?" explains the nine criteria.',
      ],
      fr: [
        'Des objectifs pertinents, des résultats mesurés par des indicateurs, une solution innovante, un public précis et un impact social. Le guide « Qu’est-ce qu’une bonne pratique ? » explique les neuf critères.',
      ],
      es: [
        'Objetivos significativos, resultados medidos con indicadores, una solución innovadora, un grupo destinatario preciso e impacto social. La guía "¿Qué es una buena práctica?" explica los nueve criterios.',
      ],
    },
  },
  {
    key: 'validation-levels',
    category: 'validation',
    order: 5,
    question: {
      it: 'Chi valida la mia pratica?',
      en: 'Who validates my practice?',
      fr: 'Qui valide ma pratique ?',
      es: '¿Quién valida mi práctica?',
    },
    answer: {
      it: [
        'Prima i validatori del tuo comitato locale, poi quelli del comitato regionale, infine quelli nazionali. Se la proposta viene da un comitato regionale, parte dal livello regionale.',
        'Nessuno valida una pratica che ha scritto.',
      ],
      en: [
        'First the validators of your local unit, then those of the regional committee, finally the national ones. A regional committee’s proposal starts at regional level.',
        'Nobody validates a practice they wrote.',
      ],
      fr: [
        'D’abord les validateurs de votre unité locale, puis ceux du comité régional, enfin ceux du niveau national. Une proposition d’un comité régional commence au niveau régional.',
        'Personne ne valide une pratique qu’il a écrite.',
      ],
      es: [
        'Primero los validadores de tu unidad local, luego los del comité regional y por último los nacionales. Una propuesta de un comité regional empieza en el nivel regional.',
        'Nadie valida una práctica que haya escrito.',
      ],
    },
  },
  {
    key: 'how-long',
    category: 'validation',
    order: 6,
    question: {
      it: 'Quanto tempo richiede la validazione?',
      en: 'How long does validation take?',
      fr: 'Combien de temps dure la validation ?',
      es: '¿Cuánto tarda la validación?',
    },
    answer: {
      it: [
        'Di solito qualche settimana. I validatori ricevono promemoria quando una pratica attende troppo a lungo, e il livello superiore viene avvisato.',
      ],
      en: [
        'Usually a few weeks. Validators get reminders when a practice waits too long, and the next level is told.',
      ],
      fr: [
        'En général quelques semaines. Les validateurs reçoivent des rappels quand une pratique attend trop longtemps, et le niveau supérieur est prévenu.',
      ],
      es: [
        'Normalmente unas semanas. Los validadores reciben recordatorios cuando una práctica espera demasiado, y se avisa al nivel superior.',
      ],
    },
  },
  {
    key: 'changes-requested',
    category: 'validation',
    order: 7,
    question: {
      it: 'Mi hanno chiesto delle modifiche: che cosa faccio?',
      en: 'I was asked for changes: what now?',
      fr: 'On m’a demandé des modifications : que faire ?',
      es: 'Me han pedido cambios: ¿qué hago?',
    },
    answer: {
      it: [
        'Leggi il commento del validatore, modifica la pratica e inviala di nuovo: torna al livello che ha chiesto le modifiche.',
      ],
      en: [
        'Read the validator’s comment, edit the practice and resubmit it: it returns to the level that asked for the changes.',
      ],
      fr: [
        'Lisez le commentaire du validateur, modifiez la pratique et renvoyez-la : elle revient au niveau qui a demandé les modifications.',
      ],
      es: [
        'Lee el comentario del validador, edita la práctica y reenvíala: vuelve al nivel que pidió los cambios.',
      ],
    },
  },
  {
    key: 'rejected',
    category: 'validation',
    order: 8,
    question: {
      it: 'Perché una pratica viene respinta?',
      en: 'Why is a practice rejected?',
      fr: 'Pourquoi une pratique est-elle refusée ?',
      es: '¿Por qué se rechaza una práctica?',
    },
    answer: {
      it: [
        'Quando non risponde ai criteri di una buona pratica o duplica un’attività già pubblicata. Il validatore spiega sempre il motivo.',
      ],
      en: [
        'When it does not meet the criteria of a good practice or repeats an activity already published. The validator always gives the reason.',
      ],
      fr: [
        'Quand elle ne répond pas aux critères d’une bonne pratique ou répète une activité déjà publiée. Le validateur donne toujours la raison.',
      ],
      es: [
        'Cuando no cumple los criterios de una buena práctica o repite una actividad ya publicada. El validador siempre explica el motivo.',
      ],
    },
  },
  {
    key: 'languages',
    category: 'general',
    order: 9,
    question: {
      it: 'In quali lingue posso scrivere?',
      en: 'Which languages can I write in?',
      fr: 'Dans quelles langues puis-je écrire ?',
      es: '¿En qué idiomas puedo escribir?',
    },
    answer: {
      it: [
        'Italiano, inglese, francese e spagnolo. Scrivi nella tua lingua: se una traduzione manca, il sito mostra l’originale e lo segnala.',
      ],
      en: [
        'Italian, English, French and Spanish. Write in your own language: where a translation is missing, the site shows the original and says so.',
      ],
      fr: [
        'Italien, anglais, français et espagnol. Écrivez dans votre langue : s’il manque une traduction, le site affiche l’original et le signale.',
      ],
      es: [
        'Italiano, inglés, francés y español. Escribe en tu idioma: si falta una traducción, el sitio muestra el original y lo indica.',
      ],
    },
  },
  {
    key: 'contact-consent',
    category: 'privacy',
    order: 10,
    question: {
      it: 'I contatti della persona di riferimento sono pubblici?',
      en: 'Are the contact person’s details public?',
      fr: 'Les coordonnées de la personne de contact sont-elles publiques ?',
      es: '¿Son públicos los datos de la persona de contacto?',
    },
    answer: {
      it: [
        'Solo se la persona ha dato il consenso alla pubblicazione. Senza consenso nome, e-mail e telefono restano visibili solo al suo comitato e ai validatori.',
      ],
      en: [
        'Only if the person consented to publishing them. Without consent, name, e-mail and phone stay visible only to their unit and the validators.',
      ],
      fr: [
        'Seulement si la personne a consenti à leur publication. Sans consentement, nom, e-mail et téléphone ne sont visibles que par son unité et les validateurs.',
      ],
      es: [
        'Solo si la persona ha consentido su publicación. Sin consentimiento, nombre, correo y teléfono solo los ven su unidad y los validadores.',
      ],
    },
  },
  {
    key: 'who-sees-drafts',
    category: 'privacy',
    order: 11,
    question: {
      it: 'Chi vede le mie bozze?',
      en: 'Who sees my drafts?',
      fr: 'Qui voit mes brouillons ?',
      es: '¿Quién ve mis borradores?',
    },
    answer: {
      it: [
        'Tu, le persone del tuo comitato, i validatori dei livelli sopra il tuo comitato e gli amministratori. Nessuno al di fuori dell’associazione.',
      ],
      en: [
        'You, the people of your unit, the validators above your unit and the administrators. Nobody outside the organisation.',
      ],
      fr: [
        'Vous, les personnes de votre unité, les validateurs au-dessus de votre unité et les administrateurs. Personne hors de l’association.',
      ],
      es: [
        'Tú, las personas de tu unidad, los validadores por encima de tu unidad y los administradores. Nadie fuera de la organización.',
      ],
    },
  },
  {
    key: 'forgot-password',
    category: 'account',
    order: 12,
    question: {
      it: 'Ho dimenticato la password.',
      en: 'I forgot my password.',
      fr: 'J’ai oublié mon mot de passe.',
      es: 'He olvidado mi contraseña.',
    },
    answer: {
      it: [
        'Nella pagina di accesso scegli "Password dimenticata?": ricevi un link valido un’ora. Dopo cinque tentativi sbagliati l’account si blocca per 15 minuti.',
      ],
      en: [
        'On the sign-in page choose "Forgot password?": you receive a link valid for one hour. After five wrong attempts the account locks for 15 minutes.',
      ],
      fr: [
        'Sur la page de connexion, choisissez « Mot de passe oublié ? » : vous recevez un lien valable une heure. Après cinq essais erronés, le compte est bloqué 15 minutes.',
      ],
      es: [
        'En la página de acceso elige "¿Olvidaste tu contraseña?": recibes un enlace válido durante una hora. Tras cinco intentos fallidos la cuenta se bloquea 15 minutos.',
      ],
    },
  },
  {
    key: 'comments-likes',
    category: 'general',
    order: 13,
    question: {
      it: 'Posso commentare o mettere “mi piace”?',
      en: 'Can I comment or like a practice?',
      fr: 'Puis-je commenter ou aimer une pratique ?',
      es: '¿Puedo comentar o dar “me gusta”?',
    },
    answer: {
      it: [
        'Sì, sulle pratiche pubblicate, dopo aver effettuato l’accesso. Un solo “mi piace” per persona; i commenti inappropriati vengono nascosti dalla redazione.',
      ],
      en: [
        'Yes, on published practices, once signed in. One like per person; inappropriate comments are hidden by the editors.',
      ],
      fr: [
        'Oui, sur les pratiques publiées, une fois connecté. Un seul « j’aime » par personne ; les commentaires inappropriés sont masqués par la rédaction.',
      ],
      es: [
        'Sí, en las prácticas publicadas, tras iniciar sesión. Un solo “me gusta” por persona; la redacción oculta los comentarios inapropiados.',
      ],
    },
  },
  {
    key: 'replicate',
    category: 'general',
    order: 14,
    question: {
      it: 'Come replico una pratica nel mio comitato?',
      en: 'How do I replicate a practice in my unit?',
      fr: 'Comment reproduire une pratique dans mon unité ?',
      es: '¿Cómo replico una práctica en mi unidad?',
    },
    answer: {
      it: [
        'Leggi la sezione "Come replicarla", stampa la scheda e, se i contatti sono pubblici, scrivi alla persona di riferimento.',
      ],
      en: [
        'Read the "How to replicate it" section, print the sheet and, if the contact details are public, write to the contact person.',
      ],
      fr: [
        'Lisez la section « Comment la reproduire », imprimez la fiche et, si les coordonnées sont publiques, écrivez à la personne de contact.',
      ],
      es: [
        'Lee la sección "Cómo replicarla", imprime la ficha y, si los datos de contacto son públicos, escribe a la persona de contacto.',
      ],
    },
  },
]
