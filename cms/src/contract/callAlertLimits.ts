/** How many days before a call's deadline a subscriber may ask to be told (`users.callAlerts.daysBefore`). */
export const CALL_ALERT_LIMITS = { minDays: 1, maxDays: 60, defaultDays: 7, maxThemes: 20 } as const
