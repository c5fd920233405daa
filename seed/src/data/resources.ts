import type { SeedLocale } from './types'

type Texts = { title: string; description: string }

/** A demo resource of the Development Desk's toolbox (links only: the demo ships no files). */
export type SeedResource = {
  slug: string
  type: 'guide' | 'template' | 'tool' | 'trainingMaterial' | 'video'
  language: 'en' | 'es' | 'fr' | 'it' | 'other'
  visibility: 'members' | 'public'
  link: string
  themes: string[]
  texts: Partial<Record<SeedLocale, Texts>> & { it: Texts }
}

const r = (
  slug: string,
  type: SeedResource['type'],
  language: SeedResource['language'],
  visibility: SeedResource['visibility'],
  link: string,
  themes: string[],
  it: Texts,
  en?: Texts,
): SeedResource => ({ slug, type, language, visibility, link, themes, texts: en ? { it, en } : { it } })

/** Templates, guides, tools, training material and videos, in several languages, public and members-only. */
export const resources: SeedResource[] = [
  r(
    'modello-budget-di-progetto',
    'template',
    'it',
    'public',
    'https://www.italianonprofit.it/risorse/',
    ['volunteering'],
    {
      title: 'Modello di budget di progetto',
      description:
        'Foglio di calcolo con voci di costo, cofinanziamento e quote di personale, pronto per i principali bandi.',
    },
    {
      title: 'Project budget template',
      description: 'Spreadsheet with cost items, co-funding and staff shares, ready for the main calls.',
    },
  ),
  r(
    'quadro-logico-guida',
    'guide',
    'it',
    'public',
    'https://www.csvnet.it/',
    ['volunteering', 'social-inclusion'],
    {
      title: 'Il quadro logico in dieci passi',
      description: 'Come passare dal bisogno agli obiettivi, alle attività e agli indicatori di un progetto.',
    },
    {
      title: 'The logical framework in ten steps',
      description: 'From the need to objectives, activities and indicators of a project.',
    },
  ),
  r(
    'ifrc-project-planning-guide',
    'guide',
    'en',
    'public',
    'https://www.ifrc.org/document/project-programme-planning-guidance-manual',
    ['emergencies'],
    {
      title: 'Manuale IFRC di pianificazione di progetti e programmi',
      description: 'La guida della Federazione Internazionale per pianificare progetti con il quadro logico.',
    },
    {
      title: 'IFRC project and programme planning manual',
      description: 'The International Federation’s guide to planning projects with a logical framework.',
    },
  ),
  r(
    'ifrc-monitoring-evaluation',
    'guide',
    'en',
    'members',
    'https://www.ifrc.org/document/monitoring-and-evaluation-guide',
    ['volunteering'],
    {
      title: 'Guida IFRC al monitoraggio e alla valutazione',
      description: 'Indicatori, raccolta dati e rapporti di valutazione: la guida completa per i comitati.',
    },
    {
      title: 'IFRC monitoring and evaluation guide',
      description: 'Indicators, data collection and evaluation reports: the full guide for branches.',
    },
  ),
  r(
    'lettera-di-partenariato',
    'template',
    'it',
    'members',
    'https://www.cri.it/',
    ['social-inclusion'],
    {
      title: 'Lettera di partenariato (modello)',
      description:
        'Modello di lettera di adesione dei partner, con gli impegni tipici richiesti dalle fondazioni.',
    },
    {
      title: 'Partnership letter (template)',
      description:
        'Template letter of support from partners, with the commitments foundations usually ask for.',
    },
  ),
  r(
    'piano-comunicazione-raccolta-fondi',
    'tool',
    'it',
    'members',
    'https://www.cri.it/',
    ['volunteering'],
    {
      title: 'Piano di comunicazione per la raccolta fondi',
      description: 'Calendario editoriale e strumenti per campagne di raccolta fondi locali.',
    },
    {
      title: 'Fundraising communication plan',
      description: 'Editorial calendar and tools for local fundraising campaigns.',
    },
  ),
  r(
    'corso-progettazione-europea',
    'trainingMaterial',
    'it',
    'members',
    'https://www.cri.it/',
    ['education'],
    {
      title: 'Corso base di progettazione europea',
      description: 'Le slide e gli esercizi del corso per referenti di progettazione dei comitati.',
    },
    {
      title: 'Introduction to EU project design',
      description: 'Slides and exercises of the course for branch project leads.',
    },
  ),
  r(
    'video-scrivere-un-progetto',
    'video',
    'it',
    'public',
    'https://www.youtube.com/@CroceRossaItaliana',
    ['volunteering'],
    {
      title: 'Video: scrivere un progetto vincente',
      description: 'Venti minuti sugli errori più comuni nelle domande di finanziamento.',
    },
    {
      title: 'Video: writing a winning proposal',
      description: 'Twenty minutes on the most common mistakes in funding applications.',
    },
  ),
  r(
    'guide-financement-associations',
    'guide',
    'fr',
    'public',
    'https://www.associations.gouv.fr/',
    ['volunteering'],
    {
      title: 'Guida francese al finanziamento delle associazioni',
      description: 'Panoramica delle fonti di finanziamento pubbliche e private (in francese).',
    },
    {
      title: 'French guide to funding associations',
      description: 'Overview of public and private funding sources (in French).',
    },
  ),
  r(
    'manual-voluntariado-cruz-roja',
    'trainingMaterial',
    'es',
    'public',
    'https://www.cruzroja.es/',
    ['volunteering', 'youth'],
    {
      title: 'Manuale di accoglienza dei volontari (Croce Rossa Spagnola)',
      description: 'Materiale formativo per accogliere e accompagnare nuovi volontari (in spagnolo).',
    },
    {
      title: 'Volunteer welcome manual (Spanish Red Cross)',
      description: 'Training material to welcome and guide new volunteers (in Spanish).',
    },
  ),
  r(
    'checklist-rendicontazione',
    'tool',
    'it',
    'public',
    'https://www.italianonprofit.it/risorse/',
    ['volunteering'],
    {
      title: 'Checklist di rendicontazione',
      description: 'I documenti da conservare per rendicontare un contributo senza sorprese.',
    },
    {
      title: 'Grant reporting checklist',
      description: 'Documents to keep to report on a grant without surprises.',
    },
  ),
  r(
    'analisi-dei-bisogni-questionario',
    'template',
    'it',
    'members',
    'https://www.cri.it/',
    ['social-inclusion', 'elderly'],
    {
      title: 'Questionario per l’analisi dei bisogni del territorio',
      description: 'Domande e griglia di lettura per mappare i bisogni prima di progettare.',
    },
    {
      title: 'Local needs assessment questionnaire',
      description: 'Questions and a reading grid to map needs before designing a project.',
    },
  ),
  r(
    'digital-toolkit-ngo',
    'tool',
    'en',
    'public',
    'https://www.techsoup.org/',
    ['digital-innovation'],
    {
      title: 'Kit di strumenti digitali per il non profit',
      description:
        'Software gratuiti o scontati per gestione volontari, contabilità e comunicazione (in inglese).',
    },
    {
      title: 'Digital toolkit for non-profits',
      description: 'Free or discounted software for volunteer management, accounting and communication.',
    },
  ),
  r(
    'webinar-crowdfunding',
    'video',
    'it',
    'members',
    'https://www.cri.it/',
    ['volunteering'],
    {
      title: 'Webinar: il crowdfunding per i comitati',
      description: 'Registrazione del webinar nazionale con esempi di campagne riuscite.',
    },
    {
      title: 'Webinar: crowdfunding for branches',
      description: 'Recording of the national webinar with examples of successful campaigns.',
    },
  ),
  r(
    'piano-formativo-pluriennale',
    'template',
    'it',
    'members',
    'https://www.cri.it/',
    ['education', 'volunteering'],
    {
      title: 'Piano formativo pluriennale (modello)',
      description: 'Struttura di un piano di formazione su tre anni per volontari e dipendenti.',
    },
    {
      title: 'Multi-year training plan (template)',
      description: 'Structure of a three-year training plan for volunteers and staff.',
    },
  ),
  r(
    'sphere-handbook',
    'guide',
    'other',
    'public',
    'https://spherestandards.org/handbook/',
    ['emergencies', 'homelessness'],
    {
      title: 'Manuale Sphere: standard minimi umanitari',
      description: 'Gli standard minimi della risposta umanitaria, in molte lingue.',
    },
    {
      title: 'Sphere Handbook: minimum humanitarian standards',
      description: 'The minimum standards of humanitarian response, in many languages.',
    },
  ),
  r(
    'guia-subvenciones-es',
    'guide',
    'es',
    'members',
    'https://www.cruzroja.es/',
    ['migrants'],
    {
      title: 'Guida ai finanziamenti per progetti con persone migranti',
      description: 'Esperienze e fonti di finanziamento raccolte dalla Croce Rossa Spagnola (in spagnolo).',
    },
    {
      title: 'Funding guide for projects with migrants',
      description: 'Experiences and funding sources gathered by the Spanish Red Cross (in Spanish).',
    },
  ),
]
