import net from 'net'

/** One message as the CMS sent it over SMTP: recipients and the raw text after DATA. */
export type CapturedMail = { to: string[]; raw: string }

export type TestMailServer = {
  port: number
  messages: CapturedMail[]
  /** The message's text with its transfer encodings undone (quoted-printable, base64 parts). */
  decoded: (mail: CapturedMail) => string
  stop: () => Promise<void>
}

const decodeQuotedPrintable = (text: string) =>
  text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

/** Every MIME part that is base64, decoded (the mailer picks it for some bodies). */
const decodeBase64Parts = (raw: string) =>
  raw
    .split(/\r\n\r\n/)
    .filter((part) => part.length > 20 && /^[A-Za-z0-9+/=\r\n]+$/.test(part.trim()))
    .map((part) => Buffer.from(part.replace(/\s+/g, ''), 'base64').toString('utf8'))
    .join('\n')

/**
 * The smallest SMTP server the CMS's mailer (nodemailer, plain, no authentication) talks to, on
 * 127.0.0.1: it keeps every message so an end-to-end test reads what a person would receive.
 */
export const startTestMailServer = async (): Promise<TestMailServer> => {
  const messages: CapturedMail[] = []
  const server = net.createServer((socket) => {
    let buffer = ''
    let inData = false
    let to: string[] = []
    socket.write('220 redcloud-test-mail ESMTP\r\n')
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8')
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n')
          if (end === -1) return
          messages.push({ to, raw: buffer.slice(0, end).replace(/^\.\./gm, '.') })
          buffer = buffer.slice(end + 5)
          inData = false
          to = []
          socket.write('250 OK: kept\r\n')
          continue
        }
        const lineEnd = buffer.indexOf('\r\n')
        if (lineEnd === -1) return
        const line = buffer.slice(0, lineEnd)
        buffer = buffer.slice(lineEnd + 2)
        const command = line.slice(0, 4).toUpperCase()
        if (command === 'EHLO' || command === 'HELO') socket.write('250 redcloud-test-mail\r\n')
        else if (command === 'RCPT') {
          to.push(/<([^>]*)>/.exec(line)?.[1] ?? '')
          socket.write('250 OK\r\n')
        } else if (command === 'DATA') {
          inData = true
          socket.write('354 End data with <CR><LF>.<CR><LF>\r\n')
        } else if (command === 'QUIT') {
          socket.end('221 Bye\r\n')
          return
        } else socket.write('250 OK\r\n')
      }
    })
    socket.on('error', () => {})
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address !== 'object') throw new Error('The test mail server has no port.')
  return {
    port: address.port,
    messages,
    decoded: (mail) => `${decodeQuotedPrintable(mail.raw)}\n${decodeBase64Parts(mail.raw)}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
