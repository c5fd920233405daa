import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isContentManager } from '../access/isContentManager'
import { slugField } from '../fields/slugField'
import { notifySite } from '../hooks/notifySite'
import { label } from '../i18n/label'

export const Guides: CollectionConfig = {
  slug: 'guides',
  labels: {
    singular: label('Documento guida', 'Guidance document', 'Document d’orientation', 'Documento guía'),
    plural: label('Documenti guida', 'Guidance documents', 'Documents d’orientation', 'Documentos guía'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'updatedAt'],
    group: label('Aiuto', 'Help', 'Aide', 'Ayuda'),
    description: label(
      'Testi di orientamento come "Che cos’è una buona pratica?".',
      'Guidance such as "What is a best practice?".',
      'Des textes d’orientation comme « Qu’est-ce qu’une bonne pratique ? ».',
      'Textos de orientación como "¿Qué es una buena práctica?".',
    ),
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
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 160,
      label: label('Titolo', 'Title', 'Titre', 'Título'),
    },
    slugField('title'),
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 400,
      label: label('Sintesi', 'Summary', 'Résumé', 'Resumen'),
    },
    {
      name: 'body',
      type: 'richText',
      required: true,
      localized: true,
      label: label('Testo', 'Text', 'Texte', 'Texto'),
    },
    {
      name: 'files',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: label('File allegati', 'Attached files', 'Fichiers joints', 'Archivos adjuntos'),
    },
  ],
}
