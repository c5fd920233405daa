/** Where the CMS answers its SiteSettings, under its REST API's `/api`. */
export const SITE_SETTINGS_PATH = '/site-settings'
