import type { CollectionConfig, Field, Validate } from 'payload'

import { relationship, select, text, textarea } from 'payload/shared'

import { authenticated } from '../../access/authenticated'
import { canReadContact } from '../../access/canReadContact'
import { hasRole } from '../../access/hasRole'
import { isAdmin } from '../../access/isAdmin'
import { isAdminField } from '../../access/isAdminField'
import { isOwnPractice } from '../../access/isOwnPractice'
import { readPractices } from '../../access/readPractices'
import { readPracticeVersions } from '../../access/readPracticeVersions'
import { guardHiddenFieldSort } from '../../hooks/guardHiddenFieldSort'
import { notifySite } from '../../hooks/notifySite'
import { requiredUnlessDraft } from '../../fields/requiredUnlessDraft'
import { slugField } from '../../fields/slugField'
import { validateEmail, validateNumber, validatePhone, validateUrl } from '../../fields/validators'
import {
  ACTIVITY_STATUSES,
  activityStatusLabels,
  assessmentLabels,
  COST_PERIODS,
  costPeriodLabels,
  CRITERIA,
  criterionLabels,
  CURRENCIES,
  PRACTICE_MAX_ROWS,
  TARGET_GROUPS,
  targetGroupLabels,
} from '../../contract'
import { label, LOCALES } from '../../i18n/label'
import { rateLimitOperations } from '../../rateLimit/rateLimitOperations'
import { assignAuthorAndUnit } from './hooks/assignAuthorAndUnit'
import { stampPublishedAt } from './hooks/stampPublishedAt'
import { publishedAtField } from './publishedAtField'
import { validateEndDate } from './validateActivityDates'
import { validateCurrency } from './validateCosts'

const nobodyField = () => false

const contactField = (name: string, field: Partial<Field>): Field =>
  ({
    name,
    type: 'text',
    access: { read: canReadContact },
    ...field,
  }) as Field

export const Practices: CollectionConfig = {
  slug: 'practices',
  labels: {
    singular: label('Buona pratica', 'Practice', 'Bonne pratique', 'Buena práctica'),
    plural: label('Buone pratiche', 'Practices', 'Bonnes pratiques', 'Buenas prácticas'),
  },
  admin: {
    useAsTitle: 'title',
    components: {
      edit: {
        PublishButton: '/components/NoPublishButton#NoPublishButton',
        UnpublishButton: '/components/NoPublishButton#NoPublishButton',
      },
    },
    defaultColumns: ['title', 'unit', 'themes', 'workflow.stage', 'updatedAt'],
    group: label('Catalogo', 'Catalogue', 'Catalogue', 'Catálogo'),
    listSearchableFields: ['title', 'summary'],
    description: label(
      'Le buone pratiche e innovazioni sociali delle unità. Salva una bozza quando vuoi: diventa pubblica solo dopo la validazione locale, regionale e nazionale.',
      "The units' best practices and social innovations. Save a draft whenever you like: it becomes public only after local, regional and national validation.",
      'Les bonnes pratiques et innovations sociales des unités. Enregistrez un brouillon quand vous voulez : il ne devient public qu’après validation locale, régionale et nationale.',
      'Las buenas prácticas e innovaciones sociales de las unidades. Guarda un borrador cuando quieras: solo se publica tras la validación local, regional y nacional.',
    ),
  },
  // A copy would carry the contact person's details (consented or not) and the original's
  // content into someone else's draft: replication gets its own flow later.
  disableDuplicate: true,
  versions: {
    drafts: { validate: true },
    maxPerDoc: 50,
  },
  access: {
    create: authenticated,
    read: readPractices,
    update: isOwnPractice,
    delete: isAdmin,
    readVersions: readPracticeVersions,
  },
  hooks: {
    beforeOperation: [
      // Members' writes (the submission form saves each step); staff are not limited.
      rateLimitOperations({
        limits: { create: 'practices', update: 'practices' },
        isExempt: (user) => hasRole(user, 'validator', 'contentManager', 'admin'),
      }),
      (args) => guardHiddenFieldSort(Practices.fields)(args),
    ],
    beforeChange: [assignAuthorAndUnit, stampPublishedAt, notifySite.beforeChange],
    afterChange: [notifySite.afterChange],
    afterDelete: [notifySite.afterDelete],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: label('La pratica', 'The practice', 'La pratique', 'La práctica'),
          fields: [
            {
              name: 'title',
              type: 'text',
              localized: true,
              maxLength: 160,
              label: label('Titolo', 'Title', 'Titre', 'Título'),
              validate: requiredUnlessDraft('Give the practice a title.', text as Validate),
            },
            {
              name: 'summary',
              type: 'textarea',
              localized: true,
              maxLength: 600,
              label: label('In breve', 'Summary', 'En bref', 'Resumen'),
              admin: {
                description: label(
                  'Due o tre frasi: che cosa fate, per chi e con quale risultato.',
                  'Two or three sentences: what you do, for whom, and with what result.',
                  'Deux ou trois phrases : ce que vous faites, pour qui et avec quel résultat.',
                  'Dos o tres frases: qué hacéis, para quién y con qué resultado.',
                ),
              },
              validate: requiredUnlessDraft('Write a short summary.', textarea as Validate),
            },
            {
              name: 'description',
              type: 'richText',
              localized: true,
              label: label('Descrizione', 'Description', 'Description', 'Descripción'),
              validate: requiredUnlessDraft('Describe the practice.'),
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'themes',
                  type: 'relationship',
                  relationTo: 'themes',
                  hasMany: true,
                  maxRows: PRACTICE_MAX_ROWS.themes,
                  label: label('Temi', 'Themes', 'Thèmes', 'Temas'),
                  validate: requiredUnlessDraft('Choose at least one theme.', relationship as Validate),
                },
                {
                  name: 'targetGroups',
                  type: 'select',
                  hasMany: true,
                  options: TARGET_GROUPS.map((value) => ({ value, label: targetGroupLabels[value] })),
                  label: label('Destinatari', 'Target groups', 'Publics cibles', 'Destinatarios'),
                  validate: requiredUnlessDraft('Choose at least one target group.', select as Validate),
                },
              ],
            },
            {
              name: 'objectives',
              type: 'array',
              localized: true,
              maxRows: PRACTICE_MAX_ROWS.objectives,
              label: label('Obiettivi', 'Objectives', 'Objectifs', 'Objetivos'),
              labels: {
                singular: label('Obiettivo', 'Objective', 'Objectif', 'Objetivo'),
                plural: label('Obiettivi', 'Objectives', 'Objectifs', 'Objetivos'),
              },
              fields: [
                {
                  name: 'objective',
                  type: 'text',
                  required: true,
                  maxLength: 300,
                  label: label('Obiettivo', 'Objective', 'Objectif', 'Objetivo'),
                },
              ],
            },
            {
              name: 'innovation',
              type: 'textarea',
              localized: true,
              maxLength: 2000,
              label: label(
                'Che cosa è innovativo',
                'What is innovative',
                'Ce qui est innovant',
                'Qué es innovador',
              ),
            },
            {
              name: 'technologies',
              type: 'textarea',
              localized: true,
              maxLength: 1000,
              label: label(
                'Tecnologie usate',
                'Technologies used',
                'Technologies utilisées',
                'Tecnologías utilizadas',
              ),
            },
            {
              name: 'replicability',
              type: 'textarea',
              localized: true,
              maxLength: 2000,
              label: label(
                'Come replicarla',
                'How to replicate it',
                'Comment la reproduire',
                'Cómo replicarla',
              ),
              admin: {
                description: label(
                  "Che cosa deve sapere un'altra unità per rifarla: tempi, partner, errori da evitare.",
                  'What another unit needs to know to do it again: time, partners, mistakes to avoid.',
                  'Ce qu’une autre unité doit savoir pour la refaire : délais, partenaires, erreurs à éviter.',
                  'Lo que otra unidad necesita saber para repetirla: plazos, socios, errores que evitar.',
                ),
              },
            },
          ],
        },
        {
          label: label(
            'Risultati e risorse',
            'Results and resources',
            'Résultats et ressources',
            'Resultados y recursos',
          ),
          fields: [
            {
              name: 'qualityIndicators',
              type: 'array',
              maxRows: PRACTICE_MAX_ROWS.qualityIndicators,
              label: label(
                'Indicatori di qualità',
                'Quality indicators',
                'Indicateurs de qualité',
                'Indicadores de calidad',
              ),
              labels: {
                singular: label('Indicatore', 'Indicator', 'Indicateur', 'Indicador'),
                plural: label('Indicatori', 'Indicators', 'Indicateurs', 'Indicadores'),
              },
              fields: [
                {
                  name: 'name',
                  type: 'text',
                  required: true,
                  maxLength: 200,
                  localized: true,
                  label: label('Indicatore', 'Indicator', 'Indicateur', 'Indicador'),
                },
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'baseline',
                      type: 'number',
                      validate: validateNumber,
                      label: label('Valore di partenza', 'Baseline', 'Valeur de départ', 'Valor inicial'),
                    },
                    {
                      name: 'target',
                      type: 'number',
                      validate: validateNumber,
                      label: label('Obiettivo', 'Target', 'Cible', 'Meta'),
                    },
                    {
                      name: 'measured',
                      type: 'number',
                      validate: validateNumber,
                      label: label('Misurato', 'Measured', 'Mesuré', 'Medido'),
                    },
                    {
                      name: 'unit',
                      type: 'text',
                      maxLength: 40,
                      label: label(
                        'Unità di misura',
                        'Unit of measure',
                        'Unité de mesure',
                        'Unidad de medida',
                      ),
                    },
                  ],
                },
              ],
            },
            {
              name: 'costs',
              type: 'group',
              label: label('Costi', 'Costs', 'Coûts', 'Costes'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'amount',
                      type: 'number',
                      validate: validateNumber,
                      min: 0,
                      label: label('Importo', 'Amount', 'Montant', 'Importe'),
                    },
                    {
                      name: 'currency',
                      type: 'select',
                      options: [...CURRENCIES],
                      defaultValue: 'EUR',
                      validate: validateCurrency,
                      label: label('Valuta', 'Currency', 'Devise', 'Moneda'),
                    },
                    {
                      name: 'period',
                      type: 'select',
                      options: COST_PERIODS.map((value) => ({ value, label: costPeriodLabels[value] })),
                      label: label('Periodo', 'Period', 'Période', 'Periodo'),
                    },
                  ],
                },
                {
                  name: 'notes',
                  type: 'textarea',
                  localized: true,
                  maxLength: 1000,
                  label: label(
                    'Note sui costi',
                    'Notes on costs',
                    'Notes sur les coûts',
                    'Notas sobre los costes',
                  ),
                },
              ],
            },
            {
              name: 'resources',
              type: 'group',
              label: label(
                'Risorse necessarie',
                'Resources needed',
                'Ressources nécessaires',
                'Recursos necesarios',
              ),
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'volunteers',
                      type: 'number',
                      validate: validateNumber,
                      min: 0,
                      max: 100000,
                      label: label('Volontari', 'Volunteers', 'Bénévoles', 'Voluntarios'),
                    },
                    {
                      name: 'staff',
                      type: 'number',
                      validate: validateNumber,
                      min: 0,
                      max: 100000,
                      label: label('Staff', 'Staff', 'Personnel', 'Personal'),
                    },
                  ],
                },
                {
                  name: 'material',
                  type: 'textarea',
                  localized: true,
                  maxLength: 1000,
                  label: label(
                    'Materiali e mezzi',
                    'Material and equipment',
                    'Matériel et équipement',
                    'Material y equipos',
                  ),
                },
              ],
            },
            {
              name: 'activity',
              type: 'group',
              label: label(
                "Periodo dell'attività",
                'Activity period',
                'Période de l’activité',
                'Periodo de la actividad',
              ),
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'status',
                      type: 'select',
                      options: ACTIVITY_STATUSES.map((value) => ({
                        value,
                        label: activityStatusLabels[value],
                      })),
                      label: label('Stato', 'Status', 'Statut', 'Estado'),
                    },
                    { name: 'startDate', type: 'date', label: label('Inizio', 'Start', 'Début', 'Inicio') },
                    {
                      name: 'endDate',
                      type: 'date',
                      validate: validateEndDate,
                      label: label('Fine', 'End', 'Fin', 'Fin'),
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: label(
            'Materiali e contatti',
            'Material and contact',
            'Documents et contact',
            'Materiales y contacto',
          ),
          fields: [
            {
              name: 'links',
              type: 'array',
              maxRows: PRACTICE_MAX_ROWS.links,
              label: label('Link', 'Links', 'Liens', 'Enlaces'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'label',
                      type: 'text',
                      required: true,
                      maxLength: 120,
                      label: label('Testo', 'Label', 'Libellé', 'Texto'),
                    },
                    {
                      name: 'url',
                      type: 'text',
                      required: true,
                      maxLength: 500,
                      validate: validateUrl,
                      label: 'URL',
                    },
                  ],
                },
              ],
            },
            {
              name: 'coverImage',
              type: 'upload',
              relationTo: 'media',
              label: label(
                'Immagine di copertina',
                'Cover image',
                'Image de couverture',
                'Imagen de portada',
              ),
            },
            {
              name: 'attachments',
              type: 'upload',
              relationTo: 'media',
              hasMany: true,
              maxRows: PRACTICE_MAX_ROWS.attachments,
              label: label('Allegati', 'Attachments', 'Pièces jointes', 'Adjuntos'),
            },
            {
              name: 'contact',
              type: 'group',
              label: label(
                'Persona di contatto',
                'Contact person',
                'Personne de contact',
                'Persona de contacto',
              ),
              admin: {
                description: label(
                  'Nome, e-mail e telefono restano riservati se la persona non acconsente alla pubblicazione.',
                  'Name, e-mail and phone stay private unless the person consents to publishing them.',
                  'Le nom, l’e-mail et le téléphone restent privés sauf si la personne consent à leur publication.',
                  'El nombre, el correo y el teléfono quedan privados salvo que la persona consienta su publicación.',
                ),
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    contactField('name', { maxLength: 120, label: label('Nome', 'Name', 'Nom', 'Nombre') }),
                    contactField('role', { maxLength: 120, label: label('Ruolo', 'Role', 'Rôle', 'Rol') }),
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    contactField('email', { maxLength: 254, validate: validateEmail, label: 'E-mail' }),
                    contactField('phone', {
                      maxLength: 32,
                      validate: validatePhone,
                      label: label('Telefono', 'Phone', 'Téléphone', 'Teléfono'),
                    }),
                  ],
                },
                {
                  name: 'consent',
                  type: 'checkbox',
                  defaultValue: false,
                  label: label(
                    'La persona acconsente alla pubblicazione dei suoi contatti',
                    'The person consents to publishing their contact details',
                    'La personne consent à la publication de ses coordonnées',
                    'La persona consiente la publicación de sus datos de contacto',
                  ),
                },
              ],
            },
          ],
        },
        {
          label: label('Autovalutazione', 'Self-assessment', 'Auto-évaluation', 'Autoevaluación'),
          description: label(
            'Quanto la pratica risponde a ciascun criterio di una buona pratica? Vedi la guida "Che cos’è una buona pratica?".',
            'How far does the practice meet each criterion of a good practice? See the guide "What is a best practice?".',
            'Dans quelle mesure la pratique répond-elle à chaque critère ? Voir le guide « Qu’est-ce qu’une bonne pratique ? ».',
            '¿En qué medida la práctica cumple cada criterio? Véase la guía "¿Qué es una buena práctica?".',
          ),
          fields: [
            {
              name: 'selfAssessment',
              type: 'group',
              label: false,
              fields: [
                ...CRITERIA.map((criterion): Field => ({
                  name: criterion,
                  type: 'select',
                  options: Object.entries(assessmentLabels).map(([value, text]) => ({ value, label: text })),
                  label: criterionLabels[criterion],
                })),
                {
                  name: 'notes',
                  type: 'textarea',
                  localized: true,
                  maxLength: 2000,
                  label: label('Note', 'Notes', 'Notes', 'Notas'),
                },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'workflowPanel',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/WorkflowPanel#WorkflowPanel' } },
    },
    slugField('title'),
    {
      // Merged into Payload's own `_status` field, for its labels; the staged-approval plugin
      // makes it writable by the workflow alone.
      name: '_status',
      type: 'select',
      label: label('Stato', 'Status', 'Statut', 'Estado'),
      options: [
        { value: 'draft', label: label('Bozza', 'Draft', 'Brouillon', 'Borrador') },
        { value: 'published', label: label('Pubblicata', 'Published', 'Publiée', 'Publicada') },
      ],
      admin: { hidden: true },
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      index: true,
      label: label('Unità', 'Unit', 'Unité', 'Unidad'),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        description: label(
          "L'unità di chi propone la pratica.",
          'The unit of the person who submits the practice.',
          "L'unité de la personne qui propose la pratique.",
          'La unidad de quien propone la práctica.',
        ),
      },
      validate: requiredUnlessDraft('A practice belongs to a unit.', relationship as Validate),
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: label('Autore', 'Author', 'Auteur', 'Autor'),
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', readOnly: true },
    },
    publishedAtField,
    {
      name: 'originalLanguage',
      type: 'select',
      options: LOCALES.map((value) => ({ value, label: value.toUpperCase() })),
      defaultValue: ({ req }) =>
        req.locale && req.locale !== 'all' ? req.locale : (process.env.DEFAULT_LOCALE ?? 'it'),
      label: label('Lingua originale', 'Original language', 'Langue originale', 'Idioma original'),
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'likeCount',
          type: 'number',
          defaultValue: 0,
          label: label('Mi piace', 'Likes', 'J’aime', 'Me gusta'),
          access: { create: nobodyField, update: nobodyField },
          admin: { readOnly: true },
        },
        {
          name: 'commentCount',
          type: 'number',
          defaultValue: 0,
          label: label('Commenti', 'Comments', 'Commentaires', 'Comentarios'),
          access: { create: nobodyField, update: nobodyField },
          admin: { readOnly: true },
        },
      ],
    },
  ],
}
