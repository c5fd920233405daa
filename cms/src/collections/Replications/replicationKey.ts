import { idOf } from '../../contract/idOf'

/** The unique key of a unit's replication of a practice: one per unit and practice. */
export const replicationKey = ({ practice, unit }: { practice: unknown; unit: unknown }): string =>
  `${String(idOf(practice))}:${String(idOf(unit))}`
