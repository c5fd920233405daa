import path from 'path'
import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { authenticated } from '../access/authenticated'
import { isAdminField } from '../access/isAdminField'
import { isContentManager } from '../access/isContentManager'
import { isUploaderOrContentManager } from '../access/isUploaderOrContentManager'
import { label } from '../i18n/label'
import { dataDir } from '../utilities/dataDir'
import { ALLOWED_MIME_TYPES } from '../utilities/uploadLimits'

const assignUploader: CollectionBeforeChangeHook = ({ data, operation, req }) =>
  operation === 'create' && req.user ? { ...data, uploadedBy: req.user.id } : data

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: label('File', 'File', 'Fichier', 'Archivo'),
    plural: label('File e immagini', 'Files and images', 'Fichiers et images', 'Archivos e imágenes'),
  },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'],
    group: label('Catalogo', 'Catalogue', 'Catalogue', 'Catálogo'),
    description: label(
      'Immagini (JPEG, PNG, WebP, GIF) e documenti (PDF, Office, OpenDocument, CSV) fino a 10 MB.',
      'Images (JPEG, PNG, WebP, GIF) and documents (PDF, Office, OpenDocument, CSV) up to 10 MB.',
      'Images (JPEG, PNG, WebP, GIF) et documents (PDF, Office, OpenDocument, CSV) jusqu’à 10 Mo.',
      'Imágenes (JPEG, PNG, WebP, GIF) y documentos (PDF, Office, OpenDocument, CSV) hasta 10 MB.',
    ),
  },
  access: {
    create: authenticated,
    read: anyone,
    update: isUploaderOrContentManager,
    delete: isUploaderOrContentManager,
    readVersions: isContentManager,
  },
  hooks: {
    beforeChange: [assignUploader],
  },
  upload: {
    staticDir: path.join(dataDir, 'media'),
    mimeTypes: [...ALLOWED_MIME_TYPES],
    // Re-encoding the original through sharp drops EXIF data, GPS position included.
    formatOptions: { format: 'webp', options: { quality: 82 } },
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
      { name: 'card', width: 640, height: 400, position: 'centre' },
      { name: 'wide', width: 1280 },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      maxLength: 240,
      label: label('Testo alternativo', 'Alternative text', 'Texte alternatif', 'Texto alternativo'),
      admin: {
        description: label(
          "Che cosa mostra l'immagine, per chi non la vede.",
          'What the image shows, for people who cannot see it.',
          "Ce que montre l'image, pour qui ne la voit pas.",
          'Qué muestra la imagen, para quien no la ve.',
        ),
      },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { create: isAdminField, update: isAdminField },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
