/** Lengths the CMS enforces on a support request and the site's form checks ahead. */
export const SUPPORT_REQUEST_LIMITS = {
  title: 200,
  description: 4000,
  note: 2000,
  attachments: 5,
  notes: 100,
} as const
