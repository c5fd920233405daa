import fs from 'node:fs'
import path from 'node:path'

/**
 * The command that builds the site into `$SITE_OUT_DIR`: the site's own `npm run build` when it
 * honours SITE_OUT_DIR, otherwise `astro build` into that folder, followed by Pagefind when the
 * build script runs it.
 */
export const defaultBuildCommand = (siteDir: string): string => {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(siteDir, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>
  }
  const build = scripts?.build ?? ''
  if (build.includes('SITE_OUT_DIR')) return 'npm run build'
  const astro = 'astro build --outDir "$SITE_OUT_DIR"'
  return build.includes('pagefind') ? `${astro} && pagefind --site "$SITE_OUT_DIR/client"` : astro
}
