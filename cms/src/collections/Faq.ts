import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isContentManager } from '../access/isContentManager'
import { notifySite } from '../hooks/notifySite'
import { label } from '../i18n/label'

export const FAQ_CATEGORIES = ['general', 'submitting', 'validation', 'account', 'privacy'] as const

export const Faq: CollectionConfig = {
  slug: 'faq',
  labels: {
    singular: label('Domanda frequente', 'FAQ entry', 'Question fréquente', 'Pregunta frecuente'),
    plural: label('Domande frequenti', 'FAQ', 'Questions fréquentes', 'Preguntas frecuentes'),
  },
  defaultSort: 'order',
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'category', 'order'],
    group: label('Aiuto', 'Help', 'Aide', 'Ayuda'),
  },
  access: {
    create: isContentManager,
    read: anyone,
    update: isContentManager,
    delete: isContentManager,
    readVersions: isContentManager,
  },
  hooks: { afterChange: [notifySite.afterChange], afterDelete: [notifySite.afterDelete] },
  fields: [
    {
      name: 'question',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 240,
      label: label('Domanda', 'Question', 'Question', 'Pregunta'),
    },
    {
      name: 'answer',
      type: 'richText',
      required: true,
      localized: true,
      label: label('Risposta', 'Answer', 'Réponse', 'Respuesta'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'category',
          type: 'select',
          required: true,
          defaultValue: 'general',
          options: [
            { value: 'general', label: label('Generale', 'General', 'Général', 'General') },
            {
              value: 'submitting',
              label: label(
                'Proporre una pratica',
                'Submitting a practice',
                'Proposer une pratique',
                'Proponer una práctica',
              ),
            },
            { value: 'validation', label: label('Validazione', 'Validation', 'Validation', 'Validación') },
            { value: 'account', label: label('Account', 'Account', 'Compte', 'Cuenta') },
            { value: 'privacy', label: label('Privacy', 'Privacy', 'Confidentialité', 'Privacidad') },
          ] satisfies { value: (typeof FAQ_CATEGORIES)[number]; label: unknown }[],
          label: label('Categoria', 'Category', 'Catégorie', 'Categoría'),
        },
        {
          name: 'order',
          type: 'number',
          defaultValue: 0,
          min: 0,
          label: label('Ordine', 'Order', 'Ordre', 'Orden'),
          admin: {
            description: label(
              'Le domande con il numero più basso vengono prima.',
              'Lower numbers come first.',
              'Les numéros les plus bas viennent en premier.',
              'Los números más bajos van primero.',
            ),
          },
        },
      ],
    },
  ],
}
