import type { SupportRequestType, SupportUrgency } from '@redcloud/cms/contract'

export type SeedSupportRequest = {
  unit: string
  title: string
  type: SupportRequestType
  urgency: SupportUrgency
  description: string
  /** Where the demo leaves it: the chain's stage, or accepted with the desk's progress. */
  stage: 'draft' | 'endorsement' | 'acceptance' | 'changes_requested' | 'rejected' | 'inProgress' | 'done'
  /** The comment of the decision that sent it back or declined it. */
  comment?: string
  /** The desk's notes, oldest first (accepted requests). */
  notes?: string[]
  /** Days ago the request was submitted. */
  daysAgo: number
}

/** Demo support requests to the Development Desk, two or so at each stage of their chain. */
export const supportRequests: SeedSupportRequest[] = [
  {
    unit: 'LOM-BG',
    title: 'Raccolta fondi per una nuova ambulanza',
    type: 'fundraising',
    urgency: 'high',
    description:
      'La nostra ambulanza più vecchia ha 14 anni e 480.000 km. Vorremmo una campagna di raccolta fondi con aziende e cittadini della valle: ci serve aiuto per il piano, i materiali e il rapporto con le fondazioni bancarie.',
    stage: 'draft',
    daysAgo: 2,
  },
  {
    unit: 'CAM-SA',
    title: 'Analisi dei bisogni delle frazioni montane',
    type: 'needsAnalysis',
    urgency: 'normal',
    description:
      'Vogliamo capire quali servizi mancano agli anziani soli delle frazioni dell’entroterra. Chiediamo un questionario validato e supporto per l’analisi dei dati.',
    stage: 'endorsement',
    daysAgo: 3,
  },
  {
    unit: 'VEN-VR',
    title: 'Piano di formazione triennale per i nuovi volontari',
    type: 'trainingPlan',
    urgency: 'normal',
    description:
      'Abbiamo accolto 60 nuovi volontari in un anno. Serve un piano di formazione su tre anni (primo soccorso, sociale, emergenze) con formatori condivisi con le unità vicine.',
    stage: 'endorsement',
    daysAgo: 9,
  },
  {
    unit: 'SIC-ME',
    title: 'Digitalizzare turni e presenze',
    type: 'digitalisation',
    urgency: 'high',
    description:
      'I turni sono ancora su fogli Excel condivisi per e-mail. Chiediamo aiuto per scegliere uno strumento, migrare i dati e formare i responsabili di turno.',
    stage: 'acceptance',
    daysAgo: 6,
  },
  {
    unit: 'TOS-SI',
    title: 'Bando regionale per l’inclusione: scrittura del progetto',
    type: 'proposalDrafting',
    urgency: 'high',
    description:
      'Il bando della Regione Toscana sull’inclusione sociale scade tra un mese. Abbiamo l’idea (doposcuola per minori stranieri) ma nessuno ha mai scritto un progetto di questo tipo.',
    stage: 'acceptance',
    daysAgo: 11,
  },
  {
    unit: 'EMR-PR',
    title: 'Campagna sulla donazione del sangue',
    type: 'campaign',
    urgency: 'low',
    description: 'Una campagna per i giovani.',
    stage: 'changes_requested',
    comment:
      'Potete dire a chi vi rivolgete (scuole? università?), in che periodo e con quali forze? Così lo sportello capisce che aiuto serve.',
    daysAgo: 8,
  },
  {
    unit: 'LAZ-LT',
    title: 'Supporto per la comunicazione sui social',
    type: 'campaign',
    urgency: 'normal',
    description:
      'Vorremmo pubblicare con regolarità sui social le nostre attività estive, ma non sappiamo come organizzarci.',
    stage: 'changes_requested',
    comment:
      'Lo sportello può aiutarvi, ma serve sapere quante persone possono dedicarsi alla comunicazione e con che obiettivo: nuovi volontari o donazioni?',
    daysAgo: 15,
  },
  {
    unit: 'PIE-NO',
    title: 'Acquisto di un furgone per la distribuzione',
    type: 'other',
    urgency: 'normal',
    description: 'Chiediamo che il Comitato Nazionale acquisti per noi un furgone refrigerato.',
    stage: 'rejected',
    comment:
      'Lo sportello non finanzia acquisti diretti. Vi segnaliamo i bandi aperti per mezzi di trasporto sociale: potete chiedere supporto per scrivere la domanda (tipo "Scrittura di un progetto").',
    daysAgo: 20,
  },
  {
    unit: 'PIE-TO',
    title: 'Raccolta fondi per il dormitorio invernale',
    type: 'fundraising',
    urgency: 'high',
    description:
      'Il dormitorio invernale apre a dicembre con 30 posti. Mancano 18.000 euro per riscaldamento e pasti: chiediamo un piano di raccolta con crowdfunding e aziende del territorio.',
    stage: 'inProgress',
    notes: [
      'Primo incontro fatto: il piano prevede una campagna di crowdfunding di sei settimane e lettere a 40 aziende.',
      'Pagina di crowdfunding pronta; testi e foto condivisi con il comitato per la revisione.',
    ],
    daysAgo: 30,
  },
  {
    unit: 'VEN-PD',
    title: 'Piano di digitalizzazione di magazzino e turni',
    type: 'digitalisation',
    urgency: 'normal',
    description:
      'Magazzino, turni e comunicazione interna usano tre strumenti diversi che non si parlano. Chiediamo un piano per passare a strumenti comuni, già usati da altre unità venete.',
    stage: 'inProgress',
    notes: [
      'Censimento degli strumenti in uso fatto con i responsabili: proposta di piano in arrivo entro fine mese.',
    ],
    daysAgo: 25,
  },
  {
    unit: 'TOS-PI',
    title: 'Analisi dei bisogni per il servizio di trasporto sociale',
    type: 'needsAnalysis',
    urgency: 'normal',
    description:
      'Ci chiedono sempre più trasporti verso ospedali e centri diurni. Vogliamo capire la domanda reale prima di ampliare il servizio.',
    stage: 'done',
    notes: [
      'Questionario condiviso con i servizi sociali del comune e con i medici di base.',
      'Analisi conclusa: la domanda è concentrata il martedì e il giovedì mattina. Report inviato al comitato, con la proposta di due turni aggiuntivi.',
    ],
    daysAgo: 60,
  },
  {
    unit: 'CAM-NA',
    title: 'Scrittura di un progetto europeo sul primo soccorso nelle scuole',
    type: 'proposalDrafting',
    urgency: 'normal',
    description:
      'Vogliamo partecipare a un bando europeo con due partner stranieri per portare il primo soccorso in 20 scuole medie.',
    stage: 'done',
    notes: [
      'Bozza del progetto rivista insieme: obiettivi e budget riscritti.',
      'Progetto presentato entro la scadenza. Lo sportello resta a disposizione per la rendicontazione se verrà finanziato.',
    ],
    daysAgo: 90,
  },
]
