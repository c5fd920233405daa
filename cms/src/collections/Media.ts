import path from 'path'
import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { authenticated } from '../access/authenticated'
import { hasRole } from '../access/hasRole'
import { isAdminField } from '../access/isAdminField'
import { isContentManager } from '../access/isContentManager'
import { isContentManagerField } from '../access/isContentManagerField'
import { isUploaderOrContentManager } from '../access/isUploaderOrContentManager'
import { readMedia } from '../access/readMedia'
import { guardHiddenFieldSort } from '../hooks/guardHiddenFieldSort'
import { translated } from '../i18n/translated'
import { answerMissingFile } from '../media/answerMissingFile'
import { enforceUploadQuota } from '../media/enforceUploadQuota'
import { freezeMediaInPublicUse } from '../media/freezeMediaInPublicUse'
import { nameUploadUniquely } from '../media/nameUploadUniquely'
import { rateLimitOperations } from '../rateLimit/rateLimitOperations'
import { dataDir } from '../utilities/dataDir'
import { ALLOWED_MIME_TYPES } from '../contract/uploadTypes'

const nobodyField = () => false

const assignUploader: CollectionBeforeChangeHook = ({ data, operation, req }) =>
  operation === 'create' && req.user ? { ...data, uploadedBy: req.user.id } : data

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: translated('media:singular'),
    plural: translated('media:plural'),
  },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'],
    group: translated('groups:catalogue'),
    description: translated('media:collectionHelp'),
  },
  access: {
    create: authenticated,
    read: readMedia,
    update: isUploaderOrContentManager,
    delete: isUploaderOrContentManager,
    readVersions: isContentManager,
  },
  hooks: {
    beforeOperation: [
      rateLimitOperations({
        limits: { create: 'uploads', update: 'uploads' },
        isExempt: (user) => hasRole(user, 'validator', 'contentManager', 'admin'),
      }),
      enforceUploadQuota,
      freezeMediaInPublicUse,
      (args) => guardHiddenFieldSort(Media.fields)(args),
      nameUploadUniquely,
    ],
    beforeChange: [assignUploader],
  },
  upload: {
    staticDir: path.join(dataDir, 'media'),
    handlers: [answerMissingFile({ staticDir: path.join(dataDir, 'media') })],
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
      label: translated('media:alt'),
      admin: {
        description: translated('media:altHelp'),
      },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { create: isAdminField, update: isAdminField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // Kept by the server (media/syncMediaUse): whether a public item uses the file, and which
      // items use it, with their unit, for the people who review them.
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar' },
      label: translated('media:public'),
    },
    {
      name: 'usedBy',
      type: 'array',
      access: { read: isContentManagerField, create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar' },
      label: translated('media:usedBy'),
      fields: [
        { name: 'item', type: 'text', required: true, index: true },
        { name: 'unit', type: 'relationship', relationTo: 'units', index: true },
        { name: 'live', type: 'checkbox', defaultValue: false },
      ],
    },
  ],
}
