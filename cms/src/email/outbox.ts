/** An e-mail kept by the development transport instead of being sent. */
export type KeptEmail = {
  to: string
  from: string
  subject: string
  text: string
  at: string
  replyTo?: string
}

const store = globalThis as typeof globalThis & { __redcloudOutbox?: KeptEmail[] }

/**
 * Without SMTP settings (development, tests, the demo) e-mails land here, and in the log, so
 * tests can read exactly what was sent. Shared through globalThis: one list per process.
 */
export const outbox: KeptEmail[] = (store.__redcloudOutbox ??= [])
