import { interpolate } from '@redcloud/cms/contract'
import { checkSubmissionUpload } from '../lib/submission/checkSubmissionUpload'
import { createSubmissionDraftStore } from '../lib/submission/createSubmissionDraftStore'
import type { SubmissionState } from '../lib/submission/SubmissionState'
import { submissionErrorTarget } from '../lib/submission/submissionErrorTarget'
import { submissionFieldErrors } from '../lib/submission/submissionFieldErrors'
import type { IdType } from '../lib/cmsIdFromText'
import { submissionStateToPractice } from '../lib/submission/submissionStateToPractice'

interface Config {
  locale: string
  contentLocale: string
  userId: string
  /** The CMS database's id type, from the signed-in account's id. */
  idType: IdType
  practiceId: null | string
  maxBytes: number
  allowedTypes: string[]
  size: string
  files: Record<string, string>
  messages: Record<string, string>
}

type SaveResult = 'failed' | 'invalid' | 'offline' | 'saved'

/**
 * The submission form in the browser: one step at a time, every step saved as a draft on the
 * server, unsent input kept in localStorage (restored after a reload, sent when back online),
 * uploads with progress, the CMS's field errors next to the fields, and "submit for review".
 */
export const runSubmissionForm = () => {
  const form = document.querySelector<HTMLFormElement>('#submission-form')
  const configElement = document.querySelector('#submission-config')
  if (!form || !configElement) return
  const config = JSON.parse(configElement.textContent ?? '{}') as Config
  const t = (key: string, vars: Record<string, number | string> = {}) =>
    interpolate(config.messages[key] ?? key, vars)
  const $ = <T extends Element>(selector: string) => form.querySelector<T>(selector)
  const status = document.querySelector<HTMLElement>('#submission-status')!
  const sections = [...form.querySelectorAll<HTMLElement>('section[data-step]')]
  const store = createSubmissionDraftStore({ storage: window.localStorage, userId: config.userId })
  let practiceId = config.practiceId
  let step = 0
  /** Bumped on every input: a save only clears the local copy if nothing changed meanwhile. */
  let edits = 0
  let hasUnsent = false
  let queue: Promise<SaveResult> = Promise.resolve('saved')

  const setStatus = (text: string, tone: 'ok' | 'warn' = 'ok') => {
    status.textContent = text
    status.dataset.tone = tone
  }

  const controls = () =>
    [...form.elements].filter(
      (element): element is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement =>
        'name' in element &&
        Boolean((element as HTMLInputElement).name) &&
        (element as HTMLInputElement).type !== 'file',
    )

  const collect = (): SubmissionState => {
    const state: SubmissionState = {}
    for (const control of controls()) {
      const { name } = control
      if (control instanceof HTMLInputElement && 'multi' in control.dataset) {
        const list = (state[name] as string[] | undefined) ?? []
        if (control.type !== 'checkbox' || control.checked) list.push(control.value)
        state[name] = list
      } else if (control instanceof HTMLInputElement && control.type === 'checkbox') {
        state[name] = control.checked ? control.value : ''
      } else if (control instanceof HTMLInputElement && control.type === 'radio') {
        if (control.checked || !(name in state)) state[name] = control.checked ? control.value : ''
      } else {
        state[name] = control.value
      }
    }
    if (!('coverImage' in state)) state.coverImage = ''
    if (!('attachments' in state)) state.attachments = []
    return state
  }

  const fileItem = (name: string, id: string, label: string) => {
    const item = document.createElement('li')
    const input = Object.assign(document.createElement('input'), { type: 'hidden', name, value: id })
    if (name === 'attachments') input.dataset.multi = ''
    const text = Object.assign(document.createElement('span'), { textContent: label })
    const remove = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'secondary',
      textContent: t('submission.field.remove'),
    })
    remove.dataset.removeFile = ''
    item.append(input, text, remove)
    return item
  }

  const apply = (state: SubmissionState) => {
    for (const control of controls()) {
      const value = state[control.name]
      if (value === undefined) continue
      if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
        control.checked = Array.isArray(value) ? value.includes(control.value) : value === control.value
      } else if (!(control instanceof HTMLInputElement && control.type === 'hidden')) {
        control.value = Array.isArray(value) ? value.join('\n') : value
      }
    }
    for (const name of ['coverImage', 'attachments']) {
      const list = $<HTMLUListElement>(`[data-files="${name}"]`)
      const ids = ([] as string[]).concat(state[name] ?? []).filter(Boolean)
      list?.replaceChildren(...ids.map((id) => fileItem(name, id, config.files[id] ?? `#${id}`)))
    }
    revealRows()
  }

  /** Repeated rows: the filled ones and one empty one show; "Add another" shows the next. */
  const revealRows = () => {
    for (const group of form.querySelectorAll<HTMLElement>('[data-rows]')) {
      const rows = [...group.querySelectorAll<HTMLElement>('[data-row]')]
      let last = 0
      rows.forEach((row, index) => {
        if ([...row.querySelectorAll('input')].some((input) => input.value.trim() !== '')) last = index + 1
      })
      rows.forEach((row, index) => {
        if (index <= last) row.hidden = false
      })
    }
  }

  const keepLocally = () => {
    hasUnsent = true
    store.save(practiceId ?? 'new', { state: collect(), step, at: Date.now() })
  }

  const clearErrors = () => {
    for (const error of form.querySelectorAll('.field-error')) error.remove()
    for (const control of form.querySelectorAll('[aria-invalid]')) {
      control.removeAttribute('aria-invalid')
      const describedBy = (control.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter((part) => part && !part.endsWith('-error'))
      if (describedBy.length) control.setAttribute('aria-describedby', describedBy.join(' '))
      else control.removeAttribute('aria-describedby')
    }
  }

  /** Shows each error next to its field; returns the general ones (no field in the form). */
  const showErrors = (body: unknown): string[] => {
    clearErrors()
    const { fields, general } = submissionFieldErrors(body)
    const names = new Set(controls().map((control) => control.name))
    const state = collect()
    let first: HTMLElement | null = null
    for (const error of fields) {
      const name = submissionErrorTarget({ path: error.path, state, names })
      const field = name ? $<HTMLElement>(`[data-field="${CSS.escape(name)}"]`) : null
      if (!name || !field) {
        general.push(error.message)
        continue
      }
      const id = `e-${name.replace(/\W/g, '-')}`
      let message = document.getElementById(id)
      if (!message) {
        message = Object.assign(document.createElement('p'), { id, className: 'field-error' })
        field.append(message)
      }
      message.textContent = message.textContent ? `${message.textContent} ${error.message}` : error.message
      const control = field.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, select')
      if (control) {
        control.setAttribute('aria-invalid', 'true')
        const describedBy = control.getAttribute('aria-describedby')
        control.setAttribute('aria-describedby', describedBy ? `${describedBy} ${id}` : id)
        first ??= control
      }
    }
    if (first) {
      const section = first.closest<HTMLElement>('section[data-step]')
      if (section) goTo(Number(section.dataset.step), false)
      first.closest('[data-row]')?.removeAttribute('hidden')
      first.focus()
    }
    return general
  }

  const send = async (): Promise<SaveResult> => {
    const startedAt = edits
    const state = collect()
    if (!navigator.onLine) {
      setStatus(t('submission.status.offline'), 'warn')
      return 'offline'
    }
    setStatus(t('submission.status.saving'))
    const body = {
      ...submissionStateToPractice({ state, idType: config.idType }),
      ...(practiceId === null ? { originalLanguage: config.contentLocale } : {}),
    }
    let response: Response
    try {
      response = await fetch(
        practiceId === null
          ? `/api/practices?draft=true&locale=${config.contentLocale}`
          : `/api/practices/${encodeURIComponent(practiceId)}?draft=true&locale=${config.contentLocale}`,
        {
          method: practiceId === null ? 'POST' : 'PATCH',
          credentials: 'same-origin',
          headers: {
            'Content-Type': 'application/json',
            Accept: 'application/json',
            'Accept-Language': config.locale,
          },
          body: JSON.stringify(body),
        },
      )
    } catch {
      setStatus(t('submission.status.offline'), 'warn')
      return 'offline'
    }
    const json = (await response.json().catch(() => null)) as { doc?: { id?: unknown } } | null
    if (response.ok) {
      if (practiceId === null && json?.doc?.id !== undefined) {
        store.clear('new')
        practiceId = String(json.doc.id)
        history.replaceState(null, '', `/${config.locale}/submit/${encodeURIComponent(practiceId)}/`)
        if (edits !== startedAt) keepLocally()
      }
      if (edits === startedAt) {
        store.clear(practiceId ?? 'new')
        hasUnsent = false
      }
      clearErrors()
      setStatus(
        t('submission.status.saved', {
          time: new Date().toLocaleTimeString(config.locale, { hour: '2-digit', minute: '2-digit' }),
        }),
      )
      return 'saved'
    }
    if (response.status === 401 || response.status === 403) {
      setStatus(t('submission.status.signedOut'), 'warn')
      return 'failed'
    }
    const general = showErrors(json)
    if (response.status === 400) {
      setStatus([t('submission.status.errors'), ...general].join(' '), 'warn')
      return 'invalid'
    }
    setStatus(t('submission.status.failed', { reason: general.join(' ') || String(response.status) }), 'warn')
    return 'failed'
  }

  /** Saves one at a time, in order: the last save carries the latest input. */
  const save = () => {
    queue = queue.then(send, send)
    return queue
  }

  const progress = $<HTMLElement>('#submission-progress')!
  const back = $<HTMLButtonElement>('#submission-back')!
  const next = $<HTMLButtonElement>('#submission-next')!
  const goTo = (index: number, shouldFocus = true) => {
    step = Math.max(0, Math.min(sections.length - 1, index))
    sections.forEach((section, n) => (section.hidden = n !== step))
    form.querySelectorAll<HTMLElement>('[data-goto]').forEach((link) => {
      if (Number(link.dataset.goto) === step) link.setAttribute('aria-current', 'step')
      else link.removeAttribute('aria-current')
    })
    progress.textContent = t('submission.stepOf', { n: step + 1, total: sections.length })
    back.hidden = step === 0
    next.hidden = step === sections.length - 1
    if (step === sections.length - 1) renderSummary()
    if (shouldFocus) {
      sections[step]?.querySelector<HTMLElement>('h2')?.focus()
      window.scrollTo({ top: 0 })
    }
  }

  const fieldText = (field: HTMLElement): string => {
    const controlsIn = [...field.querySelectorAll<HTMLInputElement>('input, textarea, select')]
    const parts = controlsIn.flatMap((control) => {
      if (control.type === 'file') return []
      if (control.type === 'checkbox' || control.type === 'radio') {
        return control.checked ? [control.closest('label')?.textContent?.trim() ?? control.value] : []
      }
      if (control.type === 'hidden') return [control.nextElementSibling?.textContent ?? control.value]
      if (control instanceof HTMLSelectElement)
        return control.value ? [control.selectedOptions[0]?.text ?? ''] : []
      return control.value.trim() ? [control.value.trim()] : []
    })
    return parts.join(field.matches('fieldset') || field.dataset.field === 'attachments' ? ', ' : '\n')
  }

  const renderSummary = () => {
    const summary = $<HTMLElement>('#submission-summary')!
    const blocks = sections.slice(0, -1).map((section) => {
      const heading = Object.assign(document.createElement('h3'), {
        textContent: section.querySelector('h2')?.textContent ?? '',
      })
      const list = document.createElement('dl')
      for (const field of section.querySelectorAll<HTMLElement>('[data-field]')) {
        if (field.closest('[data-row][hidden]')) continue
        const name = field.querySelector(':scope > label, :scope > legend, label')?.textContent?.trim() ?? ''
        const text = fieldText(field)
        const row = field.closest('[data-row]')?.querySelector('legend')?.textContent
        if (row && !text) continue
        list.append(
          Object.assign(document.createElement('dt'), { textContent: row ? `${row} · ${name}` : name }),
          Object.assign(document.createElement('dd'), { textContent: text || t('submission.review.empty') }),
        )
      }
      return [heading, list]
    })
    summary.replaceChildren(...blocks.flat())
  }

  const upload = (input: HTMLInputElement) => {
    const name = input.dataset.upload!
    const field = input.closest<HTMLElement>('[data-field]')!
    const bar = field.querySelector('progress')!
    const note = field.querySelector<HTMLElement>('.upload-status')!
    const list = field.querySelector<HTMLUListElement>('.files')!
    const files = [...(input.files ?? [])]
    input.value = ''
    const sendOne = (file: File): Promise<boolean> => {
      const problem = checkSubmissionUpload({
        file,
        allowedTypes: config.allowedTypes,
        maxBytes: config.maxBytes,
        isImageOnly: name === 'coverImage',
      })
      if (problem) {
        note.textContent = t(`submission.upload.${problem}`, { name: file.name, size: config.size })
        return Promise.resolve(false)
      }
      if (!navigator.onLine) {
        note.textContent = t('submission.upload.offline')
        return Promise.resolve(false)
      }
      return new Promise((resolve) => {
        const request = new XMLHttpRequest()
        request.open('POST', '/api/media')
        request.setRequestHeader('Accept', 'application/json')
        request.setRequestHeader('Accept-Language', config.locale)
        bar.hidden = false
        bar.value = 0
        const show = (percent: number) => {
          bar.value = percent
          note.textContent = t('submission.upload.progress', { name: file.name, percent })
        }
        show(0)
        request.upload.onprogress = (event) => {
          if (event.lengthComputable) show(Math.round((event.loaded / event.total) * 100))
        }
        request.onload = () => {
          bar.hidden = true
          let json: unknown = null
          try {
            json = JSON.parse(request.responseText)
          } catch {
            // not JSON: reported with the status below
          }
          const doc = (json as { doc?: { id?: unknown; filename?: unknown } } | null)?.doc
          if (request.status >= 200 && request.status < 300 && doc?.id !== undefined) {
            const id = String(doc.id)
            config.files[id] = typeof doc.filename === 'string' ? doc.filename : file.name
            const item = fileItem(name, id, config.files[id])
            if (name === 'coverImage') list.replaceChildren(item)
            else list.append(item)
            note.textContent = t('submission.upload.done', { name: file.name })
            resolve(true)
          } else {
            const { fields, general } = submissionFieldErrors(json)
            const reason =
              [...general, ...fields.map((error) => error.message)].join(' ') || String(request.status)
            note.textContent = t('submission.upload.failed', { name: file.name, reason })
            resolve(false)
          }
        }
        request.onerror = () => {
          bar.hidden = true
          note.textContent = t('submission.upload.offline')
          resolve(false)
        }
        const body = new FormData()
        body.append('file', file)
        request.send(body)
      })
    }
    void files
      .reduce<Promise<boolean>>(
        async (previous, file) => (await sendOne(file)) || (await previous),
        Promise.resolve(false),
      )
      .then((isAnyUploaded) => {
        if (!isAnyUploaded) return
        edits += 1
        keepLocally()
        void save()
      })
  }

  // Wiring.
  form.hidden = false
  const restored = store.load(practiceId ?? 'new')
  if (restored) {
    apply(restored.state)
    hasUnsent = true
    setStatus(t('submission.status.restored'))
  }
  revealRows()
  goTo(restored?.step ?? 0, false)

  form.addEventListener('input', (event) => {
    if ((event.target as HTMLInputElement).type === 'file') return
    edits += 1
    keepLocally()
    if (!navigator.onLine) setStatus(t('submission.status.offline'), 'warn')
    else setStatus(t('submission.status.local'))
  })
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement
    if (target.type === 'file') upload(target)
  })
  form.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('button')
    if (!target) return
    if (target.dataset.goto !== undefined) {
      void save()
      goTo(Number(target.dataset.goto))
    } else if (target.dataset.addRow) {
      const hidden = form.querySelector<HTMLElement>(
        `[data-rows="${target.dataset.addRow}"] [data-row][hidden]`,
      )
      if (hidden) {
        hidden.hidden = false
        hidden.querySelector('input')?.focus()
      }
    } else if ('removeFile' in target.dataset) {
      target.closest('li')?.remove()
      edits += 1
      keepLocally()
      void save()
    }
  })
  form.addEventListener('submit', (event) => event.preventDefault())
  back.addEventListener('click', () => goTo(step - 1))
  $<HTMLButtonElement>('#submission-save')!.addEventListener('click', () => void save())
  next.addEventListener('click', async () => {
    const result = await save()
    if (result !== 'invalid') goTo(step + 1)
  })

  const submitStatus = $<HTMLElement>('#submission-submit-status')!
  const submit = $<HTMLButtonElement>('#submission-submit')!
  const submitLabel = submit.textContent ?? ''
  submit.addEventListener('click', async () => {
    submitStatus.textContent = ''
    const saved = await save()
    if (saved === 'offline') {
      submitStatus.textContent = t('submission.review.offline')
      return
    }
    if (saved !== 'saved' || practiceId === null) return
    submit.disabled = true
    submit.textContent = t('submission.review.submitting')
    // The CMS checks the required fields in the request's locale: the practice's own language.
    const workflowUrl = `/api/practices/${encodeURIComponent(practiceId)}/workflow?locale=${config.contentLocale}`
    const headers = {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'Accept-Language': config.locale,
    }
    try {
      const current = (await (await fetch(workflowUrl, { headers, credentials: 'same-origin' })).json()) as {
        revision?: number
        allowedActions?: string[]
      }
      const action = current.allowedActions?.includes('resubmit') ? 'resubmit' : 'submit'
      const response = await fetch(workflowUrl, {
        method: 'POST',
        headers,
        credentials: 'same-origin',
        body: JSON.stringify({ action, revision: current.revision }),
      })
      if (response.ok) {
        window.location.assign(
          `/${config.locale}/account/submissions/?submitted=${encodeURIComponent(practiceId)}`,
        )
        return
      }
      const json = await response.json().catch(() => null)
      if (response.status === 409) submitStatus.textContent = t('submission.review.conflict')
      else {
        const general = showErrors(json)
        submitStatus.textContent =
          response.status === 400 && general.length === 0
            ? t('submission.status.errors')
            : t('submission.review.failed', { reason: general.join(' ') || String(response.status) })
        if (response.status === 400) setStatus(t('submission.status.errors'), 'warn')
      }
    } catch {
      submitStatus.textContent = t('submission.review.offline')
    }
    submit.disabled = false
    submit.textContent = submitLabel
  })

  window.addEventListener('online', () => {
    if (hasUnsent) void save()
  })
  window.addEventListener('offline', () => {
    if (hasUnsent) setStatus(t('submission.status.offline'), 'warn')
  })
  // A draft restored from this device goes to the server right away.
  if (restored && navigator.onLine) void save()
}
