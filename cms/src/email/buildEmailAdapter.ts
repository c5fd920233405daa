import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import type { settings as Settings } from '../settings'
import { outbox } from './outbox'

/**
 * SMTP when SMTP_HOST is set; otherwise a nodemailer transport that keeps every message in
 * `outbox` (and logs it), so nothing leaves a development machine and tests can read them.
 */
export const buildEmailAdapter = (smtp: (typeof Settings)['smtp']): Promise<EmailAdapter> => {
  const fromAddress = (smtp?.from ?? 'RedCloud <no-reply@redcloud.example.org>').replace(/^.*<|>$/g, '')
  if (smtp) {
    return nodemailerAdapter({
      defaultFromAddress: fromAddress,
      defaultFromName: 'RedCloud',
      transportOptions: {
        host: smtp.host,
        port: smtp.port,
        auth: smtp.user ? { user: smtp.user, pass: smtp.pass } : undefined,
      },
    })
  }
  const transport = nodemailer.createTransport({
    name: 'redcloud-outbox',
    version: '1',
    send: (mail, callback) => {
      const data = mail.data as {
        to?: unknown
        from?: unknown
        subject?: unknown
        text?: unknown
        replyTo?: unknown
      }
      if (process.env.NODE_ENV !== 'test')
        console.info(`[e-mail kept, not sent] to ${String(data.to)}: ${String(data.subject)}`)
      outbox.push({
        to: String(data.to ?? ''),
        from: String(data.from ?? ''),
        subject: String(data.subject ?? ''),
        text: String(data.text ?? ''),
        at: new Date().toISOString(),
        ...(data.replyTo ? { replyTo: String(data.replyTo) } : {}),
      })
      callback(null, {
        envelope: mail.message.getEnvelope(),
        messageId: `<${Date.now()}@redcloud.local>`,
      } as never)
    },
  })
  return nodemailerAdapter({
    defaultFromAddress: fromAddress,
    defaultFromName: 'RedCloud',
    transport,
    skipVerify: true,
  })
}
