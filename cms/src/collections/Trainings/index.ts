import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../../access/publicContentAccess'
import { deleteClaimsOf } from '../../capacity/deleteClaimsOf'
import { fillRaisedSeatsOf } from '../../capacity/fillRaisedSeatsOf'
import { tellPromoted } from '../../capacity/tellPromoted'
import { notifySite } from '../../hooks/notifySite'
import { translated } from '../../i18n/translated'
import { applyForTraining } from './endpoints/applyForTraining'
import { myTrainings } from './endpoints/myTrainings'
import { withdrawFromTraining } from './endpoints/withdrawFromTraining'
import { trainingFields } from './fields'
import { trainingPromotionMessage } from './trainingPromotionMessage'

/**
 * DESIGN.md "Innovation Hub": trainings and advanced tools members apply for. Content managers
 * keep them; anyone reads them and their free places (`seats` − `seatsTaken`); who applied lives
 * in `seat-claims`, private (cms/src/capacity).
 */
export const Trainings: CollectionConfig = {
  slug: 'trainings',
  labels: {
    singular: translated('trainings:singular'),
    plural: translated('trainings:plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'startsAt', 'applicationDeadline', 'seats', 'seatsTaken'],
    group: translated('groups:hub'),
    description: translated('trainings:collectionHelp'),
  },
  access: publicContentAccess,
  endpoints: [applyForTraining, withdrawFromTraining, myTrainings],
  hooks: {
    afterChange: [
      fillRaisedSeatsOf({
        collection: 'trainings',
        seatsField: 'seats',
        tell: ({ req, item, promoted }) =>
          tellPromoted({ req, promoted, message: trainingPromotionMessage({ req, training: item }) }),
      }),
      notifySite.afterChange,
    ],
    afterDelete: [deleteClaimsOf('trainings'), notifySite.afterDelete],
  },
  fields: trainingFields,
}
