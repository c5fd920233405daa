type Lang = 'en' | 'es' | 'fr' | 'it'

export type SeedGuideBlock =
  { type: 'heading'; text: string } | { type: 'list'; items: string[] } | { type: 'paragraph'; text: string }

export type SeedGuide = {
  slug: string
  title: Record<Lang, string>
  summary: Record<Lang, string>
  body: Record<Lang, SeedGuideBlock[]>
}

/** Each criterion: its name, what it means, and the question a submitter can ask themselves. */
type Criterion = [name: string, meaning: string, question: string]

const criteria: Record<Lang, Criterion[]> = {
  it: [
    [
      'Obiettivi significativi',
      'La pratica nasce per cambiare qualcosa di concreto nella vita delle persone.',
      'Che cosa sarà diverso, e per chi, quando avremo finito?',
    ],
    [
      'Misurabile con indicatori di qualità',
      'I risultati si misurano: un valore di partenza, un obiettivo, un valore misurato.',
      'Quali numeri mostrano che funziona?',
    ],
    [
      'Una soluzione innovativa',
      'Fa qualcosa di nuovo, o fa meglio qualcosa che già si faceva.',
      'Che cosa facciamo che gli altri non fanno ancora?',
    ],
    [
      'Destinatari precisi',
      'Si sa esattamente a chi si rivolge e come raggiungerlo.',
      'Chi sono, quanti sono, dove li troviamo?',
    ],
    [
      'Uso di nuove tecnologie',
      'La tecnologia è al servizio delle persone, non un fine.',
      'Quale strumento ci fa arrivare più lontano o più in fretta?',
    ],
    [
      'Un bisogno sociale o organizzativo',
      'Risponde a un bisogno reale del territorio o dell’associazione.',
      'Quale bisogno abbiamo osservato, e come lo sappiamo?',
    ],
    [
      'Una proposta di valore innovativa',
      'Offre qualcosa che vale per i destinatari, i volontari e i partner.',
      'Perché qualcuno dovrebbe partecipare o sostenerla?',
    ],
    [
      'Impatto sociale',
      'Lascia un cambiamento che dura oltre l’attività.',
      'Che cosa resta quando il progetto finisce?',
    ],
    [
      'Interesse strategico per il Movimento',
      'È coerente con la strategia della Croce Rossa e replicabile altrove.',
      'Un altro comitato potrebbe rifarla domani?',
    ],
  ],
  en: [
    [
      'Meaningful objectives',
      'The practice exists to change something concrete in people’s lives.',
      'What will be different, and for whom, when we are done?',
    ],
    [
      'Measurable by quality indicators',
      'Results are measured: a baseline, a target, a measured value.',
      'Which numbers show that it works?',
    ],
    [
      'An innovative solution',
      'It does something new, or does better what was already done.',
      'What do we do that others do not do yet?',
    ],
    [
      'A precise target group',
      'It is clear exactly whom it serves and how to reach them.',
      'Who are they, how many, where do we find them?',
    ],
    [
      'Use of new technologies',
      'Technology serves people; it is not the goal.',
      'Which tool takes us further or faster?',
    ],
    [
      'A social or organisational need',
      'It answers a real need of the territory or of the organisation.',
      'Which need did we observe, and how do we know?',
    ],
    [
      'An innovative value proposition',
      'It offers something of value to beneficiaries, volunteers and partners.',
      'Why would anyone take part or support it?',
    ],
    [
      'Social impact',
      'It leaves a change that lasts beyond the activity.',
      'What remains when the project ends?',
    ],
    [
      'Strategic interest for the Movement',
      'It fits the Red Cross strategy and can be replicated elsewhere.',
      'Could another unit do it tomorrow?',
    ],
  ],
  fr: [
    [
      'Des objectifs pertinents',
      'La pratique existe pour changer quelque chose de concret dans la vie des personnes.',
      'Qu’est-ce qui sera différent, et pour qui, à la fin ?',
    ],
    [
      'Mesurable par des indicateurs de qualité',
      'Les résultats se mesurent : une valeur de départ, une cible, une valeur mesurée.',
      'Quels chiffres montrent que cela fonctionne ?',
    ],
    [
      'Une solution innovante',
      'Elle fait quelque chose de nouveau, ou fait mieux ce qui se faisait déjà.',
      'Que faisons-nous que d’autres ne font pas encore ?',
    ],
    [
      'Un public cible précis',
      'On sait exactement à qui elle s’adresse et comment l’atteindre.',
      'Qui sont-ils, combien, où les trouver ?',
    ],
    [
      'L’usage de nouvelles technologies',
      'La technologie sert les personnes ; elle n’est pas le but.',
      'Quel outil nous mène plus loin ou plus vite ?',
    ],
    [
      'Un besoin social ou organisationnel',
      'Elle répond à un besoin réel du territoire ou de l’association.',
      'Quel besoin avons-nous observé, et comment le savons-nous ?',
    ],
    [
      'Une proposition de valeur innovante',
      'Elle apporte quelque chose aux bénéficiaires, aux bénévoles et aux partenaires.',
      'Pourquoi quelqu’un y participerait-il ou la soutiendrait-il ?',
    ],
    [
      'Un impact social',
      'Elle laisse un changement qui dure au-delà de l’activité.',
      'Que reste-t-il quand le projet se termine ?',
    ],
    [
      'Un intérêt stratégique pour le Mouvement',
      'Elle s’inscrit dans la stratégie de la Croix-Rouge et peut être reproduite ailleurs.',
      'Une autre unité pourrait-elle la refaire demain ?',
    ],
  ],
  es: [
    [
      'Objetivos significativos',
      'La práctica existe para cambiar algo concreto en la vida de las personas.',
      '¿Qué será distinto, y para quién, cuando terminemos?',
    ],
    [
      'Medible con indicadores de calidad',
      'Los resultados se miden: un valor inicial, una meta, un valor medido.',
      '¿Qué cifras muestran que funciona?',
    ],
    [
      'Una solución innovadora',
      'Hace algo nuevo, o hace mejor algo que ya se hacía.',
      '¿Qué hacemos que otros aún no hacen?',
    ],
    [
      'Un grupo destinatario preciso',
      'Se sabe exactamente a quién se dirige y cómo llegar a él.',
      '¿Quiénes son, cuántos, dónde los encontramos?',
    ],
    [
      'Uso de nuevas tecnologías',
      'La tecnología está al servicio de las personas; no es el fin.',
      '¿Qué herramienta nos lleva más lejos o más rápido?',
    ],
    [
      'Una necesidad social u organizativa',
      'Responde a una necesidad real del territorio o de la organización.',
      '¿Qué necesidad observamos y cómo lo sabemos?',
    ],
    [
      'Una propuesta de valor innovadora',
      'Ofrece algo valioso a destinatarios, voluntarios y socios.',
      '¿Por qué alguien participaría o la apoyaría?',
    ],
    [
      'Impacto social',
      'Deja un cambio que dura más allá de la actividad.',
      '¿Qué queda cuando termina el proyecto?',
    ],
    [
      'Interés estratégico para el Movimiento',
      'Encaja en la estrategia de la Cruz Roja y puede replicarse en otros lugares.',
      '¿Podría otra unidad hacerla mañana?',
    ],
  ],
}

const intro: Record<Lang, [string, string, string, string]> = {
  it: [
    'Una buona pratica è un’attività già sperimentata da un comitato, che ha dato risultati misurabili e che un altro comitato può replicare.',
    'I nove criteri qui sotto servono tre volte: guidano chi compila il modulo, sono la base dell’autovalutazione e sono ciò su cui i validatori si basano a ogni livello.',
    'Come usare i criteri',
    'Una pratica non deve soddisfarli tutti pienamente: l’autovalutazione dice onestamente dove è forte e dove può crescere.',
  ],
  en: [
    'A best practice is an activity a unit has already tried, that produced measurable results and that another unit can replicate.',
    'The nine criteria below serve three times: they guide whoever fills in the form, they are the basis of the self-assessment, and validators rely on them at every level.',
    'How the criteria are used',
    'A practice need not meet them all fully: the self-assessment says honestly where it is strong and where it can grow.',
  ],
  fr: [
    'Une bonne pratique est une activité déjà expérimentée par une unité, qui a donné des résultats mesurables et qu’une autre unité peut reproduire.',
    'Les neuf critères ci-dessous servent trois fois : ils guident qui remplit le formulaire, fondent l’auto-évaluation et orientent les validateurs à chaque niveau.',
    'Comment les critères sont utilisés',
    'Une pratique n’a pas à les remplir tous pleinement : l’auto-évaluation dit honnêtement où elle est forte et où elle peut progresser.',
  ],
  es: [
    'Una buena práctica es una actividad que una unidad ya ha probado, que ha dado resultados medibles y que otra unidad puede replicar.',
    'Los nueve criterios siguientes sirven tres veces: guían a quien rellena el formulario, son la base de la autoevaluación y en ellos se apoyan los validadores en cada nivel.',
    'Cómo se usan los criterios',
    'Una práctica no tiene que cumplirlos todos plenamente: la autoevaluación dice con honestidad dónde es fuerte y dónde puede crecer.',
  ],
}

const askYourself: Record<Lang, string> = {
  it: 'Chiediti',
  en: 'Ask yourself',
  fr: 'Demandez-vous',
  es: 'Pregúntate',
}

const bestPracticeBody = (lang: Lang): SeedGuideBlock[] => {
  const [what, why, howTitle, how] = intro[lang]
  return [
    { type: 'paragraph', text: what },
    { type: 'paragraph', text: why },
    ...criteria[lang].flatMap(([name, meaning, question]): SeedGuideBlock[] => [
      { type: 'heading', text: name },
      { type: 'paragraph', text: `${meaning} ${askYourself[lang]}: ${question}` },
    ]),
    { type: 'heading', text: howTitle },
    { type: 'paragraph', text: how },
  ]
}

const stages: Record<Lang, string[]> = {
  it: [
    'Bozza: la scrivi e la salvi quante volte vuoi.',
    'Validazione locale, poi regionale, poi nazionale: a ogni livello un validatore approva, chiede modifiche o respinge, sempre con un commento quando non approva.',
    'Modifiche richieste: la correggi e la reinvii; torna al livello che le ha chieste.',
    'Pubblicata: è nel catalogo pubblico. Respinta, ritirata o archiviata: non è visibile al pubblico.',
    'Nessun validatore decide su una pratica che ha scritto, e ogni decisione resta registrata nella cronologia.',
  ],
  en: [
    'Draft: write it and save it as often as you like.',
    'Local, then regional, then national validation: at each level a validator approves, asks for changes or rejects, always with a comment when they do not approve.',
    'Changes requested: fix it and resubmit; it returns to the level that asked.',
    'Published: it is in the public catalogue. Rejected, withdrawn or archived: the public does not see it.',
    'No validator decides on a practice they wrote, and every decision stays recorded in the history.',
  ],
  fr: [
    'Brouillon : écrivez-la et enregistrez-la autant de fois que vous voulez.',
    'Validation locale, puis régionale, puis nationale : à chaque niveau un validateur approuve, demande des modifications ou refuse, toujours avec un commentaire s’il n’approuve pas.',
    'Modifications demandées : corrigez et renvoyez ; elle revient au niveau qui les a demandées.',
    'Publiée : elle est dans le catalogue public. Refusée, retirée ou archivée : le public ne la voit pas.',
    'Aucun validateur ne décide d’une pratique qu’il a écrite, et chaque décision reste enregistrée dans l’historique.',
  ],
  es: [
    'Borrador: escríbela y guárdala cuantas veces quieras.',
    'Validación local, luego regional, luego nacional: en cada nivel un validador aprueba, pide cambios o rechaza, siempre con un comentario si no aprueba.',
    'Cambios solicitados: corrígela y reenvíala; vuelve al nivel que los pidió.',
    'Publicada: está en el catálogo público. Rechazada, retirada o archivada: el público no la ve.',
    'Ningún validador decide sobre una práctica que haya escrito, y cada decisión queda registrada en el historial.',
  ],
}

export const guides: SeedGuide[] = [
  {
    slug: 'what-is-a-best-practice',
    title: {
      it: 'Che cos’è una buona pratica?',
      en: 'What is a best practice?',
      fr: 'Qu’est-ce qu’une bonne pratique ?',
      es: '¿Qué es una buena práctica?',
    },
    summary: {
      it: 'I nove criteri con cui si propone, si autovaluta e si valida una buona pratica.',
      en: 'The nine criteria by which a practice is submitted, self-assessed and validated.',
      fr: 'Les neuf critères selon lesquels une pratique est proposée, auto-évaluée et validée.',
      es: 'Los nueve criterios con los que se propone, autoevalúa y valida una práctica.',
    },
    body: {
      it: bestPracticeBody('it'),
      en: bestPracticeBody('en'),
      fr: bestPracticeBody('fr'),
      es: bestPracticeBody('es'),
    },
  },
  {
    slug: 'how-validation-works',
    title: {
      it: 'Come funziona la validazione',
      en: 'How validation works',
      fr: 'Comment fonctionne la validation',
      es: 'Cómo funciona la validación',
    },
    summary: {
      it: 'Dalla bozza alla pubblicazione: i passaggi e chi decide a ogni livello.',
      en: 'From draft to publication: the steps and who decides at each level.',
      fr: 'Du brouillon à la publication : les étapes et qui décide à chaque niveau.',
      es: 'Del borrador a la publicación: los pasos y quién decide en cada nivel.',
    },
    body: {
      it: [{ type: 'list', items: stages.it }],
      en: [{ type: 'list', items: stages.en }],
      fr: [{ type: 'list', items: stages.fr }],
      es: [{ type: 'list', items: stages.es }],
    },
  },
]
