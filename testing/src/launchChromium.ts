import fs from 'fs'
import { chromium, type Browser } from 'playwright-core'

import { CHROMIUM_ARGS } from './chromiumArgs'

/** Debian's Chromium, headless, with the flags this closed network needs (Playwright gives it a fresh profile). */
export const launchChromium = async (): Promise<Browser> => {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!fs.existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: apt-get install -y chromium (or set CHROMIUM_PATH).`)
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
  })
}
