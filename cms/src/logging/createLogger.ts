import { destination as pinoDestination, pino, type Logger, type LoggerOptions } from 'pino'
import pinoPretty from 'pino-pretty'

const ERROR = 50

/** The HTTP status an error object carries, if any (Payload's APIError and its kin). */
const statusOf = (value: unknown): number | undefined => {
  const err = (value as { err?: unknown } | null)?.err ?? value
  const status = (err as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/**
 * Payload's logger for RedCloud. Answers the client caused (4xx: a missing session, a page that
 * does not exist, a refused field) are routine: they go out at info, as one line with the
 * message and the status, not as an error with its stack. Everything else is unchanged.
 *
 * On a terminal the lines are coloured for people; anywhere else (a file, a container's log
 * collector) each entry is one JSON line with no colour codes.
 */
export const createLogger = ({
  level = 'info',
  pretty = Boolean(process.stdout.isTTY),
  destination,
}: {
  level?: string
  pretty?: boolean
  destination?: NodeJS.WritableStream
} = {}): Logger => {
  const options: LoggerOptions = {
    name: 'payload',
    level,
    enabled: process.env.DISABLE_LOGGING !== 'true',
    hooks: {
      logMethod(args, method, methodLevel) {
        const status = statusOf(args[0])
        if (methodLevel >= ERROR && status !== undefined && status >= 400 && status < 500) {
          const err = (args[0] as { err?: { message?: string; name?: string } }).err ?? args[0]
          const message = (err as { message?: string }).message ?? 'Client error'
          this.info({ status, error: (err as { name?: string }).name }, message)
          return
        }
        method.apply(this, args)
      },
    },
  }
  if (pretty)
    return pino(
      options,
      pinoPretty({ colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' }),
    )
  return pino(options, destination ?? pinoDestination({ dest: 1, sync: false }))
}
