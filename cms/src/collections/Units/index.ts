import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { isAdmin } from '../../access/isAdmin'
import {
  validateEmail,
  validateNumber,
  validatePattern,
  validatePhone,
  validateUrl,
} from '../../fields/validators'
import { label } from '../../i18n/label'
import type { UNIT_LEVELS } from '../../contract/unitLevels'
import { notifySite } from '../../hooks/notifySite'
import { preventOrphans } from './hooks/preventOrphans'
import { validateUnitTree } from './hooks/validateUnitTree'

export const Units: CollectionConfig = {
  slug: 'units',
  labels: {
    singular: label('Unità', 'Unit', 'Unité', 'Unidad'),
    plural: label('Unità', 'Units', 'Unités', 'Unidades'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'level', 'parent', 'code'],
    group: label('Organizzazione', 'Organisation', 'Organisation', 'Organización'),
    description: label(
      'Il comitato nazionale, i comitati regionali e i comitati locali. Ogni unità sta esattamente un livello sotto la sua unità madre.',
      'The national committee, the regional committees and the local units. Every unit sits exactly one level below its parent.',
      'Le comité national, les comités régionaux et les unités locales. Chaque unité se trouve exactement un niveau sous son unité parente.',
      'El comité nacional, los comités regionales y las unidades locales. Cada unidad está exactamente un nivel por debajo de su unidad madre.',
    ),
    listSearchableFields: ['name', 'code'],
  },
  access: {
    create: isAdmin,
    read: anyone,
    update: isAdmin,
    delete: isAdmin,
    readVersions: isAdmin,
  },
  hooks: {
    beforeChange: [validateUnitTree],
    beforeDelete: [preventOrphans],
    afterChange: [notifySite.afterChange],
    afterDelete: [notifySite.afterDelete],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      label: label('Nome', 'Name', 'Nom', 'Nombre'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'level',
          type: 'select',
          required: true,
          index: true,
          options: [
            { value: 'national', label: label('Nazionale', 'National', 'National', 'Nacional') },
            { value: 'regional', label: label('Regionale', 'Regional', 'Régional', 'Regional') },
            { value: 'local', label: label('Locale', 'Local', 'Local', 'Local') },
          ] satisfies { value: (typeof UNIT_LEVELS)[number]; label: unknown }[],
          label: label('Livello', 'Level', 'Niveau', 'Nivel'),
        },
        {
          name: 'parent',
          type: 'relationship',
          relationTo: 'units',
          index: true,
          label: label('Unità madre', 'Parent unit', 'Unité parente', 'Unidad madre'),
          admin: {
            description: label(
              'Vuota solo per il comitato nazionale.',
              'Empty only for the national committee.',
              'Vide seulement pour le comité national.',
              'Vacía solo para el comité nacional.',
            ),
          },
        },
        {
          name: 'code',
          type: 'text',
          unique: true,
          required: true,
          maxLength: 32,
          label: label('Codice', 'Code', 'Code', 'Código'),
          validate: validatePattern(
            /^[A-Z0-9][A-Z0-9-]*$/,
            'Use capital letters, digits and dashes, like LOM-MI.',
          ),
        },
      ],
    },
    {
      name: 'address',
      type: 'text',
      maxLength: 240,
      label: label('Indirizzo', 'Address', 'Adresse', 'Dirección'),
    },
    {
      name: 'location',
      type: 'group',
      label: label('Posizione', 'Location', 'Position', 'Ubicación'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'lat',
              type: 'number',
              validate: validateNumber,
              min: -90,
              max: 90,
              label: label('Latitudine', 'Latitude', 'Latitude', 'Latitud'),
            },
            {
              name: 'lng',
              type: 'number',
              validate: validateNumber,
              min: -180,
              max: 180,
              label: label('Longitudine', 'Longitude', 'Longitude', 'Longitud'),
            },
          ],
        },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      label: label('Contatti della sede', 'Office contact', 'Contact du siège', 'Contacto de la sede'),
      admin: {
        description: label(
          "Recapiti pubblici dell'unità, non di una persona.",
          "The unit's public office contacts, not a person's.",
          "Les coordonnées publiques de l'unité, pas celles d'une personne.",
          'Los datos públicos de la unidad, no de una persona.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'email', type: 'text', maxLength: 254, validate: validateEmail, label: 'E-mail' },
            {
              name: 'phone',
              type: 'text',
              maxLength: 32,
              validate: validatePhone,
              label: label('Telefono', 'Phone', 'Téléphone', 'Teléfono'),
            },
            {
              name: 'website',
              type: 'text',
              maxLength: 500,
              validate: validateUrl,
              label: label('Sito web', 'Website', 'Site web', 'Sitio web'),
            },
          ],
        },
      ],
    },
  ],
}
