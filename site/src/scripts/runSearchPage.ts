import { escapeHtml } from '../lib/escapeHtml'
import { searchStatusText } from '../lib/searchStatusText'

interface PagefindResult {
  url: string
  excerpt: string
  meta: { title?: string }
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>
  search: (
    query: null | string,
    options: { filters: Record<string, string> },
  ) => Promise<{ results: { data: () => Promise<PagefindResult> }[] } | null>
}

const FILTERS = ['theme', 'group', 'region'] as const
const PAGE = 20

/** Pagefind's excerpt is the page's own text with <mark> around matches; keep only those tags. */
const safeExcerpt = (html: string) =>
  html
    .split(/(<\/?mark>)/)
    .map((part) =>
      part === '<mark>' || part === '</mark>' ? part : escapeHtml(part.replace(/<[^>]*>/g, '')),
    )
    .join('')

/**
 * The search page: reads ?q=&theme=&group=&region= (so a search can be shared as a link),
 * queries Pagefind's index for the page's language, and keeps the address in step as people type.
 */
export const runSearchPage = (): void => {
  const form = document.querySelector<HTMLFormElement>('[data-search]')
  const status = document.querySelector<HTMLElement>('[data-search-status]')
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')
  const messagesElement = document.querySelector('[data-search-messages]')
  if (!form || !status || !list || !messagesElement) return
  const messages = JSON.parse(messagesElement.textContent ?? '{}') as Record<string, string>
  form.hidden = false
  const params = new URLSearchParams(location.search)
  for (const name of ['q', ...FILTERS]) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null
    if (field) field.value = params.get(name) ?? ''
  }

  let pagefind: Promise<Pagefind> | undefined
  const load = () => {
    const path = '/pagefind/pagefind.js'
    pagefind ??= import(/* @vite-ignore */ path).then(async (module: Pagefind) => {
      await module.options({ excerptLength: 24 })
      return module
    })
    return pagefind
  }

  let latest = 0
  const run = async () => {
    const ticket = ++latest
    const data = new FormData(form)
    const q = String(data.get('q') ?? '').trim()
    const filters: Record<string, string> = {}
    for (const name of FILTERS) {
      const value = String(data.get(name) ?? '')
      if (value) filters[name] = value
    }
    const next = new URLSearchParams()
    if (q) next.set('q', q)
    for (const [name, value] of Object.entries(filters)) next.set(name, value)
    history.replaceState(null, '', next.size ? `?${next.toString()}` : location.pathname)
    if (!q && !Object.keys(filters).length) {
      status.textContent = ''
      list.replaceChildren()
      return
    }
    status.textContent = messages.loading ?? ''
    const search = await (await load()).search(q || null, { filters })
    if (ticket !== latest || !search) return
    const results = await Promise.all(search.results.slice(0, PAGE).map((result) => result.data()))
    if (ticket !== latest) return
    const count = search.results.length
    status.textContent = searchStatusText({ count, messages, q })
    list.innerHTML = results
      .map(
        (result) =>
          `<li><h2 class="h3"><a href="${escapeHtml(result.url)}">${escapeHtml(result.meta.title ?? result.url)}</a></h2><p>${safeExcerpt(result.excerpt)}</p></li>`,
      )
      .join('')
  }

  let timer: number | undefined
  form.addEventListener('input', () => {
    window.clearTimeout(timer)
    timer = window.setTimeout(() => void run(), 250)
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void run()
  })
  void run()
}
