import type { Field } from 'payload'

import {
  RESOURCE_LANGUAGES,
  RESOURCE_TYPES,
  RESOURCE_VISIBILITIES,
  resourceLanguageLabels,
  resourceTypeLabels,
  resourceVisibilityLabels,
} from '../../contract'
import { slugField } from '../../fields/slugField'
import { validateOption, validateUrl } from '../../fields/validators'
import { translated } from '../../i18n/translated'

/** A template, guide, tool, training material or video of the Development Desk's toolbox. */
export const resourceFields: Field[] = [
  {
    name: 'title',
    type: 'text',
    required: true,
    localized: true,
    maxLength: 200,
    label: translated('resources:title'),
  },
  slugField('title'),
  {
    name: 'description',
    type: 'textarea',
    localized: true,
    maxLength: 1500,
    label: translated('resources:description'),
  },
  {
    type: 'row',
    fields: [
      {
        name: 'type',
        type: 'select',
        validate: validateOption,
        required: true,
        defaultValue: 'template',
        index: true,
        options: RESOURCE_TYPES.map((value) => ({ value, label: resourceTypeLabels[value] })),
        label: translated('resources:type'),
      },
      {
        name: 'language',
        type: 'select',
        validate: validateOption,
        defaultValue: 'it',
        options: RESOURCE_LANGUAGES.map((value) => ({ value, label: resourceLanguageLabels[value] })),
        label: translated('resources:language'),
        admin: { description: translated('resources:languageHelp') },
      },
    ],
  },
  {
    name: 'file',
    type: 'upload',
    relationTo: 'media',
    label: translated('resources:file'),
    admin: { description: translated('resources:fileHelp') },
  },
  {
    name: 'link',
    type: 'text',
    maxLength: 2000,
    validate: validateUrl,
    label: translated('resources:link'),
  },
  {
    name: 'themes',
    type: 'relationship',
    relationTo: 'themes',
    hasMany: true,
    maxRows: 6,
    index: true,
    label: translated('resources:themes'),
  },
  {
    name: 'visibility',
    type: 'select',
    validate: validateOption,
    required: true,
    defaultValue: 'members',
    index: true,
    options: RESOURCE_VISIBILITIES.map((value) => ({ value, label: resourceVisibilityLabels[value] })),
    label: translated('resources:visibility'),
    admin: { position: 'sidebar', description: translated('resources:visibilityHelp') },
  },
]
