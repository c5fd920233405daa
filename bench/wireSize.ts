import zlib from 'zlib'

const isGzip = (data: Buffer) => data[0] === 0x1f && data[1] === 0x8b

/** Bytes on the wire with gzip at level 9; files stored gzipped already (Pagefind's) go as they are. */
export const wireSize = (data: Buffer): number =>
  isGzip(data) ? data.length : zlib.gzipSync(data, { level: 9 }).length
