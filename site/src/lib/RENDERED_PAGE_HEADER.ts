/** The renderer's answer names the page it is (its path) in this header (see pages/render). */
export const RENDERED_PAGE_HEADER = 'X-RedCloud-Page'
