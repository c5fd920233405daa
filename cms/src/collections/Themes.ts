import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isContentManager } from '../access/isContentManager'
import { slugField } from '../fields/slugField'
import { validatePattern } from '../fields/validators'
import { notifySite } from '../hooks/notifySite'
import { label } from '../i18n/label'
import { THEME_ICONS } from '../contract/themeIcons'

export const Themes: CollectionConfig = {
  slug: 'themes',
  labels: {
    singular: label('Tema', 'Theme', 'Thème', 'Tema'),
    plural: label('Temi', 'Themes', 'Thèmes', 'Temas'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'icon', 'colour', 'slug'],
    group: label('Catalogo', 'Catalogue', 'Catalogue', 'Catálogo'),
    description: label(
      'I temi danno le icone con cui si filtrano le buone pratiche sul sito.',
      'Themes give the icons people filter practices by on the site.',
      'Les thèmes donnent les icônes qui filtrent les pratiques sur le site.',
      'Los temas dan los iconos con los que se filtran las prácticas en el sitio.',
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
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 80,
      label: label('Nome', 'Name', 'Nom', 'Nombre'),
    },
    slugField('name'),
    {
      type: 'row',
      fields: [
        {
          name: 'icon',
          type: 'select',
          required: true,
          options: THEME_ICONS.map((value) => ({ value, label: value })),
          label: label('Icona', 'Icon', 'Icône', 'Icono'),
        },
        {
          name: 'colour',
          type: 'text',
          required: true,
          defaultValue: '#cc0000',
          label: label('Colore', 'Colour', 'Couleur', 'Color'),
          validate: validatePattern(/^#[0-9a-fA-F]{6}$/, 'Use a colour like #CC0000.'),
        },
      ],
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 600,
      label: label('Descrizione', 'Description', 'Description', 'Descripción'),
    },
  ],
}
