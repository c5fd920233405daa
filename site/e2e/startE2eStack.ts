import type { Browser } from 'playwright-core'

import { freePort } from '@redcloud/testing/freePort'
import { launchChromium } from '@redcloud/testing/launchChromium'
import { startCms, type RunningCms } from '@redcloud/testing/startCms'
import { startSite, type RunningSite } from './startSite'

export type E2eStack = {
  cms: RunningCms
  site: RunningSite
  browser: Browser
  /** The folder of the site's first build. */
  buildDir: string
  stop: () => Promise<void>
}

/**
 * What the site's end-to-end tests run against: the production CMS on a copy of the seeded demo
 * database, the site server with its first build done, and Chromium. `beforeSite` runs once the
 * CMS answers and before the site's first build, for data that build must already show.
 */
export const startE2eStack = async ({
  proxyCms,
  cmsEnv = () => ({}),
  beforeSite = async () => {},
}: {
  /** The site server forwards the CMS's paths: the browser talks to one origin. */
  proxyCms: boolean
  /** More environment for the CMS, given the site's address (before anything starts). */
  cmsEnv?: (siteUrl: string) => Promise<Record<string, string>> | Record<string, string>
  beforeSite?: (cms: RunningCms) => Promise<void>
}): Promise<E2eStack> => {
  const sitePort = await freePort()
  const siteUrl = `http://127.0.0.1:${sitePort}`
  const stops: (() => Promise<void>)[] = []
  const stop = async () => {
    for (const step of stops.reverse()) await step()
  }
  try {
    const cms = await startCms({
      template: process.env.REDCLOUD_TEST_TEMPLATE,
      port: await freePort(),
      env: await cmsEnv(siteUrl),
    })
    stops.push(cms.stop)
    await beforeSite(cms)
    const started = Date.now()
    const site = await startSite({ cmsUrl: cms.url, port: sitePort, proxyCms })
    stops.push(site.stop)
    const buildDir = await site.waitForBuild(started)
    const browser = await launchChromium()
    stops.push(() => browser.close())
    return { cms, site, browser, buildDir, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
