import { translated } from '../i18n/translated'
import { sentOnceRecords } from '../notifications/sentOnceRecords'

/** One record per call reminder sent (`<user>:<call>`): the daily `fundingCallAlerts` task's. */
export const FundingCallAlerts = sentOnceRecords({
  slug: 'funding-call-alerts',
  labels: { singular: translated('desk:alertSingular'), plural: translated('desk:alertPlural') },
  group: translated('groups:desk'),
  description: translated('desk:alertHelp'),
  userLabel: translated('desk:alertUser'),
  about: { name: 'call', relationTo: 'funding-calls', required: true, label: translated('desk:alertCall') },
})
