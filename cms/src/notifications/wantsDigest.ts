/** Whether an account asked for one daily e-mail instead of one per event (`notificationMode`). */
export const wantsDigest = (user: { notificationMode?: unknown }): boolean =>
  user.notificationMode === 'daily'
