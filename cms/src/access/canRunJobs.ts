import type { PayloadRequest } from 'payload'

import { hasRole } from './hasRole'

/**
 * Who may run Payload's jobs queue over HTTP (`GET /api/payload-jobs/run` and
 * `/handle-schedules`), and queue or cancel jobs where a caller is checked: admins only.
 * Payload's default lets any signed-in account run every queued job (digests, reminders, alerts)
 * whenever it likes, on whichever instance it reaches.
 */
export const canRunJobs = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin')
