import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'

import { authenticated } from '../../access/authenticated'
import { hasRole } from '../../access/hasRole'
import { isContentManager } from '../../access/isContentManager'
import { label } from '../../i18n/label'
import { assertPublishedPractice } from '../../utilities/assertPublishedPractice'
import { recountPractice } from '../../utilities/recountPractice'

export const COMMENT_MAX_LENGTH = 2000

const visible: Where = { state: { equals: 'visible' } }

const readComments: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'contentManager')) return true
  if (!req.user) return visible
  const own: Where = { author: { equals: req.user.id } }
  return { or: [visible, own] }
}

const isOwnComment: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin', 'contentManager')) return true
  return { author: { equals: req.user.id } }
}

const isModerator: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'contentManager')

export const Comments: CollectionConfig = {
  slug: 'comments',
  labels: {
    singular: label('Commento', 'Comment', 'Commentaire', 'Comentario'),
    plural: label('Commenti', 'Comments', 'Commentaires', 'Comentarios'),
  },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'body',
    defaultColumns: ['body', 'practice', 'authorName', 'state', 'createdAt'],
    group: label('Partecipazione', 'Participation', 'Participation', 'Participación'),
    description: label(
      'I commenti dei volontari. Nascondi quelli inappropriati: spariscono dal sito.',
      "Volunteers' comments. Hide inappropriate ones: they disappear from the site.",
      'Les commentaires des bénévoles. Masquez ceux qui sont inappropriés : ils disparaissent du site.',
      'Los comentarios de los voluntarios. Oculta los inapropiados: desaparecen del sitio.',
    ),
  },
  access: {
    create: authenticated,
    read: readComments,
    update: isOwnComment,
    delete: isOwnComment,
    readVersions: isContentManager,
  },
  hooks: {
    beforeChange: [
      async ({ data, operation, req }) => {
        if (operation !== 'create') return data
        await assertPublishedPractice({ collection: 'comments', practice: data.practice, req })
        if (!req.user) return data
        return { ...data, author: req.user.id, authorName: req.user.displayName, state: 'visible' }
      },
    ],
    afterChange: [
      ({ doc, req }) =>
        recountPractice({ counter: 'commentCount', practice: doc.practice, req }).then(() => doc),
    ],
    afterDelete: [
      ({ doc, req }) =>
        recountPractice({ counter: 'commentCount', practice: doc.practice, req }).then(() => doc),
    ],
  },
  fields: [
    {
      name: 'practice',
      type: 'relationship',
      relationTo: 'practices',
      required: true,
      index: true,
      access: { update: () => false },
      label: label('Pratica', 'Practice', 'Pratique', 'Práctica'),
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: COMMENT_MAX_LENGTH,
      label: label('Testo', 'Text', 'Texte', 'Texto'),
      admin: {
        description: label(
          'Solo testo: nessun HTML.',
          'Plain text only: no HTML.',
          'Texte seul : pas de HTML.',
          'Solo texto: sin HTML.',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'author',
          type: 'relationship',
          relationTo: 'users',
          access: { create: isModerator, update: () => false },
          admin: { readOnly: true },
          label: label('Autore', 'Author', 'Auteur', 'Autor'),
        },
        {
          name: 'authorName',
          type: 'text',
          maxLength: 80,
          access: { create: isModerator, update: () => false },
          admin: { readOnly: true },
          label: label('Nome autore', 'Author name', 'Nom de l’auteur', 'Nombre del autor'),
        },
        {
          name: 'state',
          type: 'select',
          required: true,
          defaultValue: 'visible',
          index: true,
          access: { create: isModerator, update: isModerator },
          options: [
            { value: 'visible', label: label('Visibile', 'Visible', 'Visible', 'Visible') },
            { value: 'hidden', label: label('Nascosto', 'Hidden', 'Masqué', 'Oculto') },
          ],
          label: label('Stato', 'State', 'État', 'Estado'),
        },
      ],
    },
    {
      name: 'reports',
      type: 'array',
      access: { read: isModerator, create: () => false, update: isModerator },
      label: label('Segnalazioni', 'Reports', 'Signalements', 'Denuncias'),
      fields: [
        { name: 'reporter', type: 'relationship', relationTo: 'users' },
        { name: 'reason', type: 'text', maxLength: 300 },
        { name: 'reportedAt', type: 'date' },
      ],
    },
  ],
}
