import type { AfterErrorHook } from 'payload'

/** Failures that only bad input causes, recognised by what the libraries say. */
const INPUT_FAILURES: { test: (error: Error) => boolean; message: string }[] = [
  {
    // busboy, reading a multipart body Payload hands it
    test: (error) =>
      /Unexpected end of form|Malformed part header|Multipart: Boundary not found/.test(error.message),
    message: 'The upload could not be read: the multipart body is malformed.',
  },
  {
    // SQLite refuses a relation to a document that does not exist (MongoDB has no such check)
    test: (error) =>
      /FOREIGN KEY constraint failed/.test(`${error.message} ${String((error.cause as Error)?.message)}`),
    message: 'A related document does not exist.',
  },
]

/**
 * Answers 400 with a message for errors that only malformed input can cause but that Payload
 * reports as 500, after the fact: these fail deep inside libraries where no earlier check sees
 * them. Everything else keeps its status.
 */
export const classifyInputErrors: AfterErrorHook = ({ error, result }) => {
  const status = (error as { status?: number }).status ?? 500
  if (status < 500 || !result) return
  const known = INPUT_FAILURES.find(({ test }) => test(error))
  if (!known) return
  return { response: { errors: [{ message: known.message }] }, status: 400 }
}
