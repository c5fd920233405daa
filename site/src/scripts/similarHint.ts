import { interpolate, relatedQuery, SIMILAR_QUERY_LIMITS } from '@redcloud/cms/contract'

const DEBOUNCE_MS = 400

/**
 * "N similar practices already exist" under the submission form's title while it is typed: the
 * title and summary go (debounced) to the CMS's GET /api/practices/similar, the answers become
 * links to the practices. Only a hint: the form works the same without it.
 */
export const runSimilarHint = ({
  form,
  locale,
  messages,
  practiceId,
}: {
  form: HTMLElement
  locale: string
  messages: { one: string; many: string }
  practiceId: null | string
}): void => {
  const title = form.querySelector<HTMLInputElement>('[name="title"]')
  const summary = form.querySelector<HTMLTextAreaElement>('[name="summary"]')
  const box = form.querySelector<HTMLElement>('[data-similar-hint]')
  if (!title || !box) return
  let timer: ReturnType<typeof setTimeout> | undefined
  let asked = ''
  let controller: AbortController | null = null
  const show = (docs: { title: string; slug: string; unit?: { name?: string } | null }[]) => {
    box.replaceChildren()
    box.hidden = docs.length === 0
    if (docs.length === 0) return
    const heading = document.createElement('p')
    heading.textContent =
      docs.length === 1 ? messages.one : interpolate(messages.many, { count: docs.length })
    const list = document.createElement('ul')
    for (const doc of docs) {
      const item = document.createElement('li')
      const link = document.createElement('a')
      link.href = `/${locale}/practices/${encodeURIComponent(doc.slug)}/`
      link.target = '_blank'
      link.rel = 'noopener'
      link.textContent = doc.title
      item.append(link)
      if (doc.unit?.name) item.append(` · ${doc.unit.name}`)
      list.append(item)
    }
    box.append(heading, list)
  }
  const ask = async () => {
    const q = relatedQuery(title.value, summary?.value ?? '')
    if (q === asked) return
    asked = q
    controller?.abort()
    if (q.length < SIMILAR_QUERY_LIMITS.min) return show([])
    controller = new AbortController()
    const params = new URLSearchParams({ q, locale, ...(practiceId ? { exclude: practiceId } : {}) })
    try {
      const response = await fetch(`/api/practices/similar?${params}`, {
        signal: controller.signal,
        credentials: 'omit',
      })
      if (!response.ok) return show([])
      const body = (await response.json()) as {
        docs?: { title: string; slug: string; unit?: { name?: string } | null }[]
      }
      show(body.docs ?? [])
    } catch {
      // aborted by newer input, or offline: keep what is shown
    }
  }
  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(() => void ask(), DEBOUNCE_MS)
  }
  title.addEventListener('input', schedule)
  summary?.addEventListener('input', schedule)
  if (title.value) schedule()
}
