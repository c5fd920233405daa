import type { Compact } from './compact'

export const lombardia: Compact[] = [
  {
    slug: 'pronto-nonno-compagnia-telefonica',
    unit: 'LOM-MI',
    themes: ['elderly', 'social-inclusion'],
    targets: ['elderly'],
    title: 'Pronto Nonno: compagnia telefonica per anziani soli',
    summary:
      'Due telefonate a settimana da parte di volontari formati per 180 anziani che vivono soli a Milano, con segnalazione dei bisogni ai servizi sociali.',
    description: [
      'Durante la pandemia il Comitato di Milano ha ricevuto centinaia di richieste da anziani che non parlavano con nessuno per giorni. Pronto Nonno nasce per rompere questa solitudine con una voce amica e regolare.',
      'Ogni anziano viene abbinato a un volontario fisso che chiama due volte a settimana, sempre negli stessi giorni. Le telefonate durano in media venti minuti e seguono una traccia leggera: salute, spesa, farmaci, umore.',
      'Quando emerge un bisogno (una spesa, un farmaco, una visita) il volontario lo registra nella scheda condivisa e la centrale operativa attiva il servizio giusto, interno o dei servizi sociali del Comune.',
    ],
    objectives: [
      "Ridurre l'isolamento degli anziani soli",
      'Intercettare bisogni sanitari e sociali prima che diventino emergenze',
      'Coinvolgere volontari che non possono fare attività in presenza',
    ],
    innovation:
      'Il volontario fisso e la scheda condivisa trasformano una telefonata di cortesia in un presidio di prossimità che segnala i bisogni in tempo reale.',
    technologies: 'Centralino VoIP con numeri mascherati, scheda condivisa su foglio di calcolo protetto.',
    replicability:
      "Servono un referente, una formazione di quattro ore sull'ascolto attivo e un accordo con i servizi sociali per le segnalazioni. Si parte bene con 20 anziani e 10 volontari.",
    indicators: [
      ['Anziani seguiti con continuità', 40, 200, 182, 'persone', 'elderly-in-regular-contact'],
      ['Bisogni segnalati e presi in carico', null, 150, 171, 'segnalazioni'],
      ['Anziani che si dicono meno soli (questionario)', 0, 70, 78, '%'],
    ],
    cost: [4200, 'yearly', 'Centralino VoIP e formazione dei volontari.'],
    resources: [45, 1, 'Telefoni, cuffie, una postazione in sede.'],
    activity: ['ongoing', '2020-04-01'],
    contact: ['Giovanna Riva', 'Referente attività sociali', true, '+39 02 5555 0101'],
    assessment: '332311323',
    translations: {
      en: {
        title: 'Hello Grandpa: telephone companionship for older people living alone',
        summary:
          'Two calls a week from trained volunteers for 180 older people living alone in Milan, with their needs passed on to social services.',
        description: [
          'During the pandemic the Milan unit received hundreds of calls from older people who had not spoken to anyone for days. Hello Grandpa was created to break that loneliness with a friendly, regular voice.',
          'Each older person is paired with the same volunteer, who calls twice a week on fixed days. Calls last about twenty minutes and follow a light outline: health, shopping, medicines, mood.',
          "When a need comes up the volunteer records it in a shared sheet and the operations room activates the right service, our own or the city's social services.",
        ],
        objectives: [
          'Reduce the isolation of older people living alone',
          'Spot health and social needs before they become emergencies',
          'Involve volunteers who cannot take part in person',
        ],
        innovation:
          'A fixed volunteer and a shared sheet turn a courtesy call into a neighbourhood safety net that reports needs in real time.',
        replicability:
          'You need a coordinator, a four-hour training on active listening and an agreement with social services. Start with 20 older people and 10 volunteers.',
        indicatorNames: [
          'Older people followed continuously',
          'Needs reported and taken up',
          'Older people who feel less lonely (survey)',
        ],
      },
      fr: {
        title: 'Allô Papi : compagnie téléphonique pour les personnes âgées isolées',
        summary:
          'Deux appels par semaine de bénévoles formés pour 180 personnes âgées vivant seules à Milan, avec signalement des besoins aux services sociaux.',
        description: [
          "Pendant la pandémie, l'unité de Milan a reçu des centaines d'appels de personnes âgées qui ne parlaient à personne depuis des jours. Allô Papi est né pour rompre cette solitude.",
          'Chaque personne âgée est associée au même bénévole, qui appelle deux fois par semaine à jours fixes, une vingtaine de minutes.',
          'Quand un besoin apparaît, le bénévole le note dans une fiche partagée et la salle opérationnelle active le bon service.',
        ],
        objectives: [
          "Réduire l'isolement des personnes âgées",
          "Repérer les besoins avant l'urgence",
          'Impliquer des bénévoles qui ne peuvent pas se déplacer',
        ],
        innovation:
          'Un bénévole attitré et une fiche partagée transforment un appel de courtoisie en veille de proximité.',
        replicability:
          "Il faut un référent, une formation de quatre heures à l'écoute active et un accord avec les services sociaux.",
        indicatorNames: [
          'Personnes âgées suivies',
          'Besoins signalés et pris en charge',
          'Personnes se sentant moins seules (enquête)',
        ],
      },
    },
  },
  {
    slug: 'unita-di-strada-notturna-milano',
    unit: 'LOM-MI',
    themes: ['homelessness', 'health'],
    targets: ['homeless'],
    title: 'Unità di strada notturna con ambulatorio mobile',
    summary:
      'Tre uscite notturne a settimana con un furgone attrezzato: bevande calde, coperte, medicazioni e orientamento ai servizi per le persone senza dimora.',
    description: [
      'A Milano oltre 2.600 persone dormono in strada. Le unità di strada del Comitato le incontrano dove sono, alla Stazione Centrale, a Porta Garibaldi e sotto i portici del centro.',
      'Il furgone porta un piccolo ambulatorio: un infermiere volontario fa medicazioni e misura i parametri, mentre gli altri volontari distribuiscono pasti caldi e ascoltano.',
      'Ogni incontro è registrato in forma anonima, così da seguire nel tempo le persone più fragili e accompagnarle verso dormitori e servizi sanitari.',
    ],
    objectives: [
      'Garantire cure di base a chi vive in strada',
      'Creare fiducia con le persone più isolate',
      'Accompagnare verso i servizi di accoglienza',
    ],
    innovation:
      "L'ambulatorio mobile porta la prima assistenza sanitaria direttamente in strada, dove i servizi tradizionali non arrivano.",
    technologies: 'App di registrazione anonima degli incontri su tablet.',
    replicability:
      "Serve un mezzo attrezzato, almeno un infermiere e un accordo con i dormitori cittadini. Le prime uscite si possono fare con un'auto e uno zaino sanitario.",
    indicators: [
      ['Contatti per notte', 35, 60, 64, 'persone', 'homeless-contacts-per-night'],
      ['Medicazioni eseguite in un anno', 300, 800, 912, 'medicazioni'],
      ['Persone accompagnate in accoglienza', 20, 80, 66, 'persone'],
    ],
    cost: [38000, 'yearly', 'Carburante, manutenzione del furgone, materiale sanitario e pasti.'],
    resources: [70, 2, 'Furgone attrezzato, coperte, kit igiene, materiale sanitario.'],
    activity: ['ongoing', '2018-11-01'],
    contact: ['Davide Fumagalli', 'Coordinatore unità di strada', false, '+39 02 5555 0102'],
    assessment: '322322232',
  },
  {
    slug: 'emporio-solidale-dignita',
    unit: 'LOM-BG',
    themes: ['food-poverty', 'social-inclusion'],
    targets: ['families', 'peopleInPoverty'],
    title: 'Emporio solidale: la spesa con dignità',
    summary:
      'Un piccolo supermercato dove le famiglie in difficoltà scelgono i prodotti con una tessera a punti, invece di ricevere un pacco uguale per tutti.',
    description: [
      "Il pacco alimentare tradizionale non tiene conto di allergie, culture e preferenze, e spesso finisce in parte sprecato. L'emporio restituisce alle famiglie la libertà di scegliere.",
      'Le famiglie segnalate dai servizi sociali ricevono una tessera con punti mensili proporzionati al numero di componenti e fanno la spesa accompagnate da un volontario.',
      "Accanto all'emporio funziona uno sportello che aiuta a compilare domande di sostegno e a cercare lavoro.",
    ],
    objectives: [
      'Garantire cibo adeguato alle famiglie in povertà',
      'Ridurre lo spreco alimentare',
      "Accompagnare le famiglie verso l'autonomia",
    ],
    innovation:
      "La tessera a punti trasforma l'aiuto in una scelta, e lo sportello collega il cibo a un percorso di uscita dalla povertà.",
    technologies: 'Gestionale di magazzino con lettore di codici a barre e tessere a punti.',
    replicability:
      'Servono un locale di 60 mq, accordi con la grande distribuzione per le eccedenze e un gruppo di volontari per i turni.',
    indicators: [
      ['Famiglie servite al mese', 90, 160, 171, 'famiglie', 'families-supported'],
      ['Eccedenze recuperate', 8, 20, 23, 'tonnellate/anno'],
      ['Famiglie uscite dal sostegno in un anno', 5, 20, 17, 'famiglie'],
    ],
    cost: [26000, 'yearly', 'Affitto, utenze, acquisto di prodotti freschi.'],
    resources: [55, 1, 'Scaffali, frigoriferi, bilancia, furgone per il ritiro.'],
    activity: ['ongoing', '2019-03-01'],
    contact: ['Chiara Locatelli', 'Responsabile emporio', true, '+39 035 555 0111'],
    assessment: '323222332',
  },
  {
    slug: 'piccoli-soccorritori-scuole-primarie',
    unit: 'LOM-BS',
    themes: ['first-aid', 'education', 'youth'],
    targets: ['children'],
    title: 'Piccoli soccorritori: il primo soccorso nelle scuole primarie',
    summary:
      'Quattro incontri per classe in cui bambini di 8-10 anni imparano a chiamare il 112, a mettere in sicurezza un compagno e a riconoscere un pericolo.',
    description: [
      'Molte emergenze domestiche vedono un bambino come primo testimone. Insegnare presto i gesti semplici salva vite e toglie la paura.',
      "I volontari formatori usano giochi di ruolo, un manichino pediatrico e un fumetto creato dal Comitato. L'ultimo incontro è una simulazione con le famiglie.",
      "Gli insegnanti ricevono un kit per ripetere le attività durante l'anno.",
    ],
    objectives: [
      'Insegnare a chiamare correttamente i soccorsi',
      'Diffondere la cultura della sicurezza nelle famiglie',
      'Avvicinare i bambini alla Croce Rossa',
    ],
    innovation:
      "Il fumetto e la simulazione con le famiglie portano il primo soccorso fuori dall'aula, fino a casa.",
    replicability:
      'Bastano due formatori per classe e il kit didattico, che il Comitato condivide gratuitamente.',
    indicators: [
      ['Classi coinvolte per anno scolastico', 12, 40, 46, 'classi'],
      ['Bambini che simulano correttamente una chiamata al 112', 30, 85, 89, '%'],
    ],
    cost: [3500, 'yearly', 'Stampa dei fumetti e manutenzione dei manichini.'],
    resources: [18, 0, 'Manichini pediatrici, fumetti, schede didattiche.'],
    activity: ['ongoing', '2017-09-15'],
    contact: ['Marta Bonetti', 'Formatrice di primo soccorso', true],
    assessment: '332211232',
  },
  {
    slug: 'cassette-calore-ondate-di-caldo',
    unit: 'LOM-VA',
    themes: ['environment', 'elderly', 'health'],
    targets: ['elderly', 'sickPeople'],
    title: 'Estate sicura: visite e rinfresco durante le ondate di calore',
    summary:
      "Con l'allerta caldo i volontari visitano gli anziani fragili segnalati dal medico di base, portano acqua e ventilatori e controllano che stiano bene.",
    description: [
      'Le ondate di calore sono sempre più frequenti e colpiscono soprattutto gli anziani soli. Varese ha costruito con i medici di base un elenco di persone a rischio.',
      "Quando la Protezione civile dirama l'allerta, le squadre fanno visite brevi: misurano la temperatura della casa, controllano idratazione e terapie, lasciano un vademecum.",
      'Nei casi più seri viene attivato il medico o il 112.',
    ],
    objectives: [
      'Prevenire ricoveri e decessi legati al caldo',
      'Costruire una rete con i medici di base',
      'Sensibilizzare le famiglie',
    ],
    innovation:
      "L'elenco condiviso con i medici permette di intervenire entro 24 ore dall'allerta sulle persone davvero a rischio.",
    technologies: 'Termometri ambientali connessi prestati alle case più calde.',
    replicability:
      "Servono l'accordo con i medici di base e squadre di due volontari con auto. Il vademecum è disponibile in quattro lingue.",
    indicators: [
      ["Anziani raggiunti entro 24 ore dall'allerta", 50, 95, 92, '%'],
      ['Visite per estate', 200, 600, 640, 'visite'],
    ],
    cost: [6000, 'yearly', 'Ventilatori, acqua, termometri, carburante.'],
    resources: [40, 0, 'Auto, ventilatori, termometri ambientali.'],
    activity: ['ongoing', '2021-06-01'],
    contact: ['Luca Ferrario', 'Coordinatore area salute', false],
    assessment: '322322332',
  },
  {
    slug: 'rete-regionale-radio-emergenze-lombardia',
    unit: 'LOM',
    themes: ['emergencies', 'digital-innovation'],
    targets: ['volunteers', 'generalPublic'],
    title: 'Rete radio regionale per le emergenze',
    summary:
      'Una rete di ponti radio digitali che tiene in contatto i comitati lombardi anche quando telefoni e internet cadono.',
    description: [
      "Durante l'alluvione del 2014 le comunicazioni tra i comitati si interruppero per ore. Il Comitato Regionale ha costruito una rete radio digitale indipendente dalle reti commerciali.",
      "Dodici ponti radio coprono la regione; ogni comitato locale ha una stazione base e operatori formati. Una volta al mese si svolge un'esercitazione.",
      'La rete trasmette anche la posizione dei mezzi, visibile sulla mappa della sala operativa regionale.',
    ],
    objectives: [
      'Garantire comunicazioni in ogni emergenza',
      'Formare operatori radio in ogni comitato',
      'Coordinare i mezzi in tempo reale',
    ],
    innovation:
      'La radio digitale con localizzazione unisce comunicazione e coordinamento su una rete che non dipende da nessuno.',
    technologies: 'Radio DMR, ponti radio, localizzazione GPS dei mezzi, mappa web della sala operativa.',
    replicability:
      'Investimento iniziale importante; si può iniziare con le stazioni base nei comitati e un solo ponte radio.',
    indicators: [
      ['Comitati collegati', 30, 100, 100, '%'],
      ['Operatori radio formati', 60, 250, 263, 'operatori', 'people-trained'],
    ],
    cost: [120000, 'oneOff', "Ponti radio, apparati e installazione; 8.000 euro l'anno di manutenzione."],
    resources: [260, 2, 'Radio, ponti radio, sala operativa.'],
    activity: ['completed', '2016-01-01', '2019-12-31'],
    contact: ['Roberto Galbiati', 'Responsabile telecomunicazioni', true, '+39 02 5555 0120'],
    assessment: '321233323',
  },
  {
    slug: 'nonni-digitali-tablet',
    unit: 'LOM-MI',
    themes: ['elderly', 'digital-innovation', 'youth'],
    targets: ['elderly', 'youth'],
    title: 'Nonni digitali: i giovani insegnano tablet e servizi online',
    summary:
      'Giovani volontari insegnano agli over 70 a usare tablet, videochiamate, SPID e fascicolo sanitario, in piccoli gruppi nelle sedi di quartiere.',
    description: [
      'Prenotare una visita o vedere i nipoti lontani oggi passa dallo schermo. Molti anziani ne restano esclusi e dipendono dagli altri per ogni pratica.',
      "Corsi di sei incontri, un giovane ogni due anziani: si parte dall'accensione del tablet e si arriva a prenotare un esame con lo SPID.",
      "I tablet sono prestati per la durata del corso e, per chi non ne ha uno, c'è un comodato di sei mesi.",
    ],
    objectives: [
      'Ridurre il divario digitale degli anziani',
      "Rendere autonomi nell'accesso ai servizi pubblici",
      'Creare legami tra generazioni',
    ],
    innovation:
      "Lo scambio tra generazioni rende l'apprendimento leggero e crea relazioni che continuano oltre il corso.",
    technologies: 'Tablet in comodato, guide illustrate stampabili.',
    replicability:
      'Servono una sala con Wi-Fi, alcuni tablet e giovani volontari; le guide sono pronte per essere riusate.',
    indicators: [
      ['Anziani che completano il corso', 30, 120, 134, 'persone'],
      ['Anziani che usano lo SPID da soli dopo tre mesi', 10, 60, 58, '%'],
    ],
    cost: [9000, 'yearly', 'Tablet, connettività, stampa delle guide.'],
    resources: [30, 0, 'Tablet, router, proiettore.'],
    activity: ['ongoing', '2022-02-01'],
    contact: ['Francesca Colombo', 'Referente giovani', true],
    assessment: '332332322',
    translations: {
      en: {
        title: 'Digital grandparents: young people teach tablets and online services',
        summary:
          'Young volunteers teach people over 70 to use tablets, video calls, digital identity and health records, in small groups in neighbourhood offices.',
        description: [
          'Booking a medical visit or seeing grandchildren far away now goes through a screen. Many older people are left out and depend on others for everything.',
          'Six-session courses, one young volunteer for every two learners: from switching the tablet on to booking a test with a digital identity.',
          'Tablets are lent for the course and, for those who have none, for six months afterwards.',
        ],
        objectives: [
          'Narrow the digital divide for older people',
          'Give independent access to public services',
          'Build links between generations',
        ],
        innovation:
          'Learning across generations keeps it light and creates relationships that last beyond the course.',
        replicability:
          'You need a room with Wi-Fi, a few tablets and young volunteers; the guides are ready to reuse.',
        indicatorNames: [
          'Older people completing the course',
          'Older people using their digital identity alone after three months',
        ],
      },
      es: {
        title: 'Abuelos digitales: los jóvenes enseñan tabletas y servicios en línea',
        summary:
          'Jóvenes voluntarios enseñan a mayores de 70 años a usar tabletas, videollamadas, identidad digital y la historia clínica electrónica.',
        description: [
          'Pedir cita médica o ver a los nietos lejos pasa hoy por una pantalla, y muchos mayores quedan excluidos.',
          'Cursos de seis sesiones, un joven por cada dos mayores: desde encender la tableta hasta reservar una prueba en línea.',
          'Las tabletas se prestan durante el curso y, a quien no tiene, durante seis meses.',
        ],
        objectives: [
          'Reducir la brecha digital de los mayores',
          'Dar acceso autónomo a los servicios públicos',
          'Crear vínculos entre generaciones',
        ],
        innovation:
          'El intercambio entre generaciones hace el aprendizaje ligero y crea relaciones duraderas.',
        replicability:
          'Basta una sala con Wi-Fi, algunas tabletas y voluntarios jóvenes; las guías están listas.',
        indicatorNames: [
          'Mayores que completan el curso',
          'Mayores que usan la identidad digital solos a los tres meses',
        ],
      },
    },
  },
  {
    slug: 'sportello-migranti-orientamento-bergamo',
    unit: 'LOM-BG',
    themes: ['migrants', 'social-inclusion'],
    targets: ['migrants', 'families'],
    title: 'Sportello di orientamento per persone migranti',
    summary:
      'Consulenze gratuite su permessi, sanità, scuola e lavoro in sei lingue, con mediatori culturali volontari.',
    description: [
      'Chi arriva in Italia si perde facilmente tra questure, ASL e uffici comunali. Lo sportello offre un punto unico di orientamento.',
      'Due pomeriggi a settimana mediatori e volontari formati ricevono senza appuntamento, aiutano a compilare moduli e accompagnano agli uffici quando serve.',
      'Lo sportello collabora con avvocati volontari per i casi più complessi.',
    ],
    objectives: [
      "Facilitare l'accesso ai diritti e ai servizi",
      'Prevenire situazioni di irregolarità',
      'Valorizzare i mediatori provenienti dalle comunità',
    ],
    innovation: 'I mediatori sono ex utenti dello sportello, formati e diventati volontari.',
    replicability: 'Servono un locale, mediatori formati e una rete con avvocati e uffici pubblici.',
    indicators: [
      ['Persone orientate in un anno', 300, 700, 745, 'persone', 'people-reached'],
      ['Lingue disponibili', 3, 6, 6, 'lingue'],
    ],
    cost: [7000, 'yearly', 'Formazione dei mediatori e materiale informativo tradotto.'],
    resources: [22, 1, 'Ufficio, computer, stampante, materiali multilingue.'],
    activity: ['ongoing', '2016-05-01'],
    contact: ['Samira El Amrani', 'Mediatrice culturale', false],
    assessment: '312322222',
  },
  {
    slug: 'autoprotezione-alluvioni-lombardia',
    unit: 'LOM-MI',
    stage: 'local_review',
    themes: ['emergencies', 'environment'],
    targets: ['generalPublic', 'families'],
    title: 'Condomini preparati: autoprotezione dalle alluvioni',
    summary:
      'Incontri nei condomini delle zone a rischio esondazione del Seveso per preparare un piano familiare di emergenza.',
    description: [
      "Il Seveso esonda più volte l'anno nei quartieri nord di Milano. Molte famiglie non sanno come comportarsi quando arriva l'allerta.",
      "I volontari incontrano gli inquilini nei cortili, spiegano l'allerta e aiutano ogni famiglia a scrivere il proprio piano.",
      'Ai condomini più esposti viene consegnato un kit con paratie leggere e torce.',
    ],
    objectives: [
      'Ridurre i danni alle persone durante le esondazioni',
      'Diffondere il piano familiare di emergenza',
    ],
    innovation: 'Il lavoro porta a porta nei condomini raggiunge chi non partecipa agli incontri pubblici.',
    replicability:
      'Basta una mappa delle zone a rischio e un gruppo di volontari formati in protezione civile.',
    indicators: [
      ['Famiglie con un piano di emergenza', 0, 500, 210, 'famiglie', 'households-with-emergency-plan'],
      ['Condomini raggiunti', 0, 60, 24, 'condomini'],
    ],
    cost: [5000, 'yearly', 'Kit per i condomini e stampa dei materiali.'],
    resources: [25, 0, 'Kit di autoprotezione, volantini.'],
    activity: ['ongoing', '2024-10-01'],
    contact: ['Paolo Sala', 'Volontario di protezione civile', false],
    assessment: '212312222',
  },
  {
    slug: 'biblioteca-giochi-ospedale-pediatrico',
    unit: 'LOM-MI',
    stage: 'changes_requested',
    reviewComment:
      "Bella iniziativa: aggiungete gli indicatori misurati dell'ultimo anno e il costo dei giochi, poi reinviate.",
    themes: ['health', 'youth'],
    targets: ['children', 'sickPeople'],
    title: "Ludoteca in corsia all'ospedale pediatrico",
    summary:
      "Volontari animano una ludoteca nei reparti pediatrici per alleviare l'attesa e la paura dei bambini ricoverati.",
    description: [
      'Il ricovero è un momento difficile per i bambini e le famiglie. La ludoteca porta giochi, letture e laboratori nei reparti.',
      'I volontari, formati con il personale sanitario, lavorano in coppia tre pomeriggi a settimana.',
    ],
    objectives: ["Ridurre l'ansia dei bambini ricoverati", 'Offrire una pausa ai genitori'],
    innovation:
      'La ludoteca si sposta nei reparti con un carrello attrezzato anche per i bambini che non possono lasciare il letto.',
    replicability: "Serve un accordo con l'ospedale e una formazione sanitaria di base per i volontari.",
    indicators: [['Bambini coinvolti al mese', null, 150, null, 'bambini']],
    resources: [16, 0, 'Carrello con giochi e libri sanificabili.'],
    activity: ['ongoing', '2023-01-15'],
    contact: ['Alessia Brambilla', 'Volontaria', false],
    assessment: '211201221',
  },
  {
    slug: 'merenda-solidale-bozza',
    unit: 'LOM-MI',
    stage: 'draft',
    themes: ['food-poverty', 'youth'],
    targets: ['children', 'families'],
    title: 'Merenda solidale nel doposcuola',
    summary: 'Merende sane per i bambini del doposcuola di quartiere, preparate con le eccedenze dei forni.',
    description: [
      'Bozza in preparazione: descriviamo come recuperiamo il pane e i prodotti da forno invenduti.',
    ],
    objectives: ['Garantire una merenda sana ogni pomeriggio'],
    innovation: 'Da completare.',
    replicability: 'Da completare.',
    indicators: [['Merende distribuite a settimana', null, 200, null, 'merende']],
    resources: [6, 0, 'Contenitori per alimenti.'],
    activity: ['planned', '2026-01-10'],
    contact: ['Sara Galli', 'Volontaria', false],
    assessment: '100100100',
  },
]
