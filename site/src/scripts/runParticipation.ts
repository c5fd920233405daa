import { interpolate } from '@redcloud/cms/contract'
import { commentView, type CommentDoc, type CommentView } from '../lib/participation/commentView'
import { cmsIdFromText } from '../lib/cmsIdFromText'
import { readApiError } from '../lib/participation/readApiError'
import { currentUser } from './currentUser'

type Texts = Record<string, string>

const PAGE = 20

/**
 * Comments and likes on a practice page. The page is prerendered with the counts and a sign-in
 * link; this loads the comments (newest first), and for a signed-in person the comment box,
 * their like, and edit/delete/report. Every text from the CMS goes in with textContent.
 */
export const runParticipation = async (): Promise<void> => {
  const root = document.querySelector<HTMLElement>('[data-participation]')
  if (!root) return
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!
  const texts = JSON.parse(root.dataset.texts ?? '{}') as Texts
  const t = (key: string, vars: Record<string, number | string> = {}) => interpolate(texts[key] ?? key, vars)
  const practice = root.dataset.practice ?? ''
  // What comments and likes point at, in the type of the CMS's ids (set once signed in).
  let practiceRef: number | string = practice
  const locale = document.documentElement.lang
  const max = Number(root.dataset.max)
  const editWindowMs = Number(root.dataset.editMinutes) * 60_000
  const status = $('[data-status]')
  const list = $<HTMLOListElement>('[data-comments]')
  const more = $<HTMLButtonElement>('[data-more]')
  const likeButton = $<HTMLButtonElement>('[data-like]')
  const form = $<HTMLFormElement>('[data-comment-form]')
  const heading = $('[data-comments-heading]')
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' })
  const number = new Intl.NumberFormat(locale)
  let userId: null | string = null
  let likeId: null | string = null
  let page = 1

  const announce = (message: string) => {
    status.textContent = ''
    // A fresh text node each time, so the same message twice is still announced.
    setTimeout(() => (status.textContent = message), 50)
  }
  const api = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`/api/${path}`, {
      credentials: 'same-origin',
      ...init,
      headers: { Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
    })
    const json: unknown = await response.json().catch(() => null)
    return { response, json }
  }
  const failure = (response: Response, json: unknown) => {
    if (response.status === 429) {
      const seconds = Number(response.headers.get('Retry-After')) || 60
      const wait =
        seconds < 120
          ? t('account.waitSeconds', { n: seconds })
          : t('account.waitMinutes', { n: Math.ceil(seconds / 60) })
      return { message: t('comments.rateLimited', { wait }), fields: {} as Record<string, string> }
    }
    if (response.status === 401)
      return { message: t('comments.signedOut'), fields: {} as Record<string, string> }
    const error = readApiError(json, response.statusText)
    return { message: t('comments.failed', { message: error.message }), fields: error.fields }
  }
  const countText = (n: number, one: string, many: string) =>
    n === 1 ? t(one) : t(many, { n: number.format(n) })

  const refreshCounts = async () => {
    const { response, json } = await api(
      `practices/${practice}?depth=0&select[likeCount]=true&select[commentCount]=true`,
    )
    if (!response.ok) return
    const { likeCount, commentCount } = json as { likeCount?: number; commentCount?: number }
    if (typeof likeCount === 'number') {
      for (const element of document.querySelectorAll('[data-like-count]'))
        element.textContent = countText(likeCount, 'practice.likesOne', 'practice.likes')
    }
    if (typeof commentCount === 'number') {
      for (const element of document.querySelectorAll('[data-comment-count]'))
        element.textContent = countText(commentCount, 'practice.commentsOne', 'practice.comments')
    }
  }

  const button = (label: string, onClick: () => void, className = 'link') => {
    const element = document.createElement('button')
    element.type = 'button'
    element.className = className
    element.textContent = label
    element.addEventListener('click', onClick)
    return element
  }

  /** A textarea with its label, character counter and error line, shared by new and edited comments. */
  const commentField = (id: string, label: string, value = '') => {
    const wrapper = document.createElement('div')
    wrapper.className = 'comment-field'
    const labelElement = document.createElement('label')
    labelElement.htmlFor = id
    labelElement.textContent = label
    const textarea = document.createElement('textarea')
    textarea.id = id
    textarea.name = 'body'
    textarea.rows = 4
    textarea.maxLength = max
    textarea.required = true
    textarea.value = value
    const counter = document.createElement('p')
    counter.id = `${id}-counter`
    counter.className = 'hint'
    const error = document.createElement('p')
    error.id = `${id}-error`
    error.className = 'field-error'
    textarea.setAttribute('aria-describedby', `${counter.id} ${error.id}`)
    const count = () => (counter.textContent = t('comments.counter', { n: textarea.value.length, max }))
    textarea.addEventListener('input', count)
    count()
    const showError = (message: string) => {
      error.textContent = message
      if (message) textarea.setAttribute('aria-invalid', 'true')
      else textarea.removeAttribute('aria-invalid')
    }
    /** The trimmed text, or null after showing why it cannot be sent. */
    const valid = () => {
      const body = textarea.value.trim()
      showError(!body ? t('comments.empty') : body.length > max ? t('comments.tooLong', { max }) : '')
      if (!body || body.length > max) textarea.focus()
      return body && body.length <= max ? body : null
    }
    wrapper.append(labelElement, textarea, counter, error)
    return {
      wrapper,
      textarea,
      showError,
      valid,
      reset: () => ((textarea.value = ''), count(), showError('')),
    }
  }

  const renderComment = (view: CommentView): HTMLLIElement => {
    const item = document.createElement('li')
    item.className = 'comment'
    item.dataset.comment = view.id
    item.tabIndex = -1
    const meta = document.createElement('p')
    meta.className = 'comment-meta'
    const author = document.createElement('strong')
    author.textContent = view.authorName
    meta.append(author)
    if (view.unitName) meta.append(`, ${view.unitName}`)
    const time = document.createElement('time')
    time.dateTime = view.createdAt
    time.textContent = dateFormat.format(new Date(view.createdAt))
    meta.append(' · ', time)
    const body = document.createElement('p')
    body.className = 'comment-body'
    body.textContent = view.body
    const actions = document.createElement('p')
    actions.className = 'comment-actions'
    item.append(meta, body, actions)

    if (view.canEdit) {
      const edit = button(t('comments.edit'), () => {
        const field = commentField(`comment-edit-${view.id}`, t('comments.editLabel'), body.textContent ?? '')
        const editor = document.createElement('form')
        editor.className = 'comment-editor'
        const close = () => {
          editor.replaceWith(body)
          actions.hidden = false
          edit.focus()
        }
        const save = document.createElement('button')
        save.type = 'submit'
        save.textContent = t('comments.save')
        editor.append(field.wrapper, save, button(t('comments.cancel'), close))
        editor.addEventListener('submit', async (event) => {
          event.preventDefault()
          const text = field.valid()
          if (text === null) return
          const { response, json } = await api(`comments/${view.id}?depth=0`, {
            method: 'PATCH',
            body: JSON.stringify({ body: text }),
          })
          if (!response.ok) {
            const error = failure(response, json)
            field.showError(error.fields.body ?? error.message)
            field.textarea.focus()
            return
          }
          body.textContent = (json as { doc?: { body?: string } }).doc?.body ?? text
          close()
          announce(t('comments.saved'))
        })
        body.replaceWith(editor)
        actions.hidden = true
        field.textarea.focus()
      })
      actions.append(edit)
    }
    if (view.isOwn) {
      actions.append(
        button(t('comments.delete'), async () => {
          if (!window.confirm(t('comments.confirmDelete'))) return
          const { response, json } = await api(`comments/${view.id}?depth=0`, { method: 'DELETE' })
          if (!response.ok) return announce(failure(response, json).message)
          item.remove()
          heading.focus()
          announce(t('comments.deleted'))
          if (!list.children.length) list.append(emptyItem())
          void refreshCounts()
        }),
      )
    }
    if (view.canReport) {
      const report = button(t('comments.report'), async () => {
        if (!window.confirm(t('comments.confirmReport'))) return
        const { response, json } = await api(`comments/${view.id}/report`, { method: 'POST', body: '{}' })
        // Reporting twice is refused by the CMS (409): for the person, the outcome is the same.
        if (!response.ok && response.status !== 409) return announce(failure(response, json).message)
        report.disabled = true
        announce(t('comments.reported'))
      })
      actions.append(report)
    }
    return item
  }
  const emptyItem = () => {
    const item = document.createElement('li')
    item.dataset.empty = ''
    item.textContent = t('comments.none')
    return item
  }

  const loadComments = async () => {
    // The id breaks ties between comments of the same millisecond, so no page repeats or skips one.
    const query = `where[practice][equals]=${encodeURIComponent(practice)}&where[state][equals]=visible&sort=-createdAt,-id&depth=0&limit=${PAGE}&page=${page}`
    const { response, json } = await api(`comments?${query}`)
    if (!response.ok) {
      if (page === 1) list.replaceChildren()
      return announce(t('comments.loadFailed'))
    }
    const { docs = [], hasNextPage = false } = json as { docs?: CommentDoc[]; hasNextPage?: boolean }
    if (page === 1) list.replaceChildren()
    const now = Date.now()
    for (const doc of docs) list.append(renderComment(commentView({ doc, userId, now, editWindowMs })))
    if (page === 1 && !docs.length) list.append(emptyItem())
    more.hidden = !hasNextPage
    list.setAttribute('aria-busy', 'false')
  }

  const setLiked = (isLiked: boolean) => likeButton.setAttribute('aria-pressed', String(isLiked))

  const user = await currentUser()
  if (user) {
    userId = user.id
    practiceRef = cmsIdFromText({ text: practice, idType: user.idType })
    $('[data-sign-in-prompt]').hidden = true
    const { response, json } = await api(
      `likes?where[practice][equals]=${encodeURIComponent(practice)}&where[user][equals]=${encodeURIComponent(user.id)}&depth=0&limit=1`,
    )
    const own = response.ok ? (json as { docs?: { id: number | string }[] }).docs?.[0] : undefined
    likeId = own ? String(own.id) : null
    setLiked(likeId !== null)
    likeButton.hidden = false

    const field = commentField('comment-new', t('comments.label'))
    form.prepend(field.wrapper)
    form.hidden = false
    form.addEventListener('submit', async (event) => {
      event.preventDefault()
      const text = field.valid()
      if (text === null) return
      const submit = form.querySelector('button')
      if (submit) submit.disabled = true
      const { response, json } = await api('comments?depth=0', {
        method: 'POST',
        body: JSON.stringify({ practice: practiceRef, body: text }),
      })
      if (submit) submit.disabled = false
      if (!response.ok) {
        const error = failure(response, json)
        field.showError(error.fields.body ?? error.message)
        field.textarea.focus()
        return
      }
      const doc = (json as { doc: CommentDoc }).doc
      list.querySelector('[data-empty]')?.remove()
      list.prepend(renderComment(commentView({ doc, userId, now: Date.now(), editWindowMs })))
      field.reset()
      announce(t('comments.posted'))
      void refreshCounts()
    })
  }

  likeButton.addEventListener('click', async () => {
    if (likeButton.getAttribute('aria-busy') === 'true') return
    likeButton.setAttribute('aria-busy', 'true')
    const { response, json } = likeId
      ? await api(`likes/${likeId}?depth=0`, { method: 'DELETE' })
      : await api('likes?depth=0', { method: 'POST', body: JSON.stringify({ practice: practiceRef }) })
    likeButton.setAttribute('aria-busy', 'false')
    if (!response.ok) return announce(failure(response, json).message)
    likeId = likeId ? null : String((json as { doc: { id: number | string } }).doc.id)
    setLiked(likeId !== null)
    announce(t(likeId ? 'like.liked' : 'like.unliked'))
    void refreshCounts()
  })
  more.addEventListener('click', async () => {
    const first = list.children.length
    page += 1
    await loadComments()
    ;(list.children[first] as HTMLElement | undefined)?.focus()
  })

  await Promise.all([loadComments(), refreshCounts()])
}
