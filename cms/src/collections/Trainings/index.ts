import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../../access/publicContentAccess'
import { notifySite } from '../../hooks/notifySite'
import { translated } from '../../i18n/translated'
import { applyForTraining } from './endpoints/applyForTraining'
import { myTrainings } from './endpoints/myTrainings'
import { withdrawFromTraining } from './endpoints/withdrawFromTraining'
import { trainingFields } from './fields'
import { deleteTrainingClaims } from './hooks/deleteTrainingClaims'
import { fillRaisedSeats } from './hooks/fillRaisedSeats'

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
    afterChange: [fillRaisedSeats, notifySite.afterChange],
    afterDelete: [deleteTrainingClaims, notifySite.afterDelete],
  },
  fields: trainingFields,
}
