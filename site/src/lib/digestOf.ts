import crypto from 'node:crypto'

const digests = new WeakMap<object, string>()

/**
 * A hash of a value's JSON, kept per object: a build's practice entries are shared and frozen
 * (practicesFor), so each is serialised once however many page fingerprints include it.
 */
export const digestOf = (value: object): string => {
  let digest = digests.get(value)
  if (digest === undefined) {
    digest = crypto.createHash('sha256').update(JSON.stringify(value)).digest('base64url')
    digests.set(value, digest)
  }
  return digest
}
