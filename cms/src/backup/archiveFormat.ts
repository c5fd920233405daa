/** Written in the header and checked first on restore: anything else is not a RedCloud backup. */
export const archiveFormat = { format: 'redcloud-backup', formatVersion: 1 } as const
