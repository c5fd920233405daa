import path from 'path'
import { fileURLToPath } from 'url'

/** `cms/data`: the git-ignored folder for the embedded database and uploads. */
export const dataDir =
  process.env.REDCLOUD_DATA_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data')
