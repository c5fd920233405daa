import type { SubmissionState } from './SubmissionState'

/** What the browser keeps of a submission the server has not received yet. */
export interface StoredSubmissionDraft {
  state: SubmissionState
  /** The step the volunteer was on. */
  step: number
  /** When it was typed (ms since epoch). */
  at: number
}

const PREFIX = 'redcloud.submission.v1'

/**
 * Unsent form input in the browser (localStorage), one entry per account and practice ("new"
 * before the server gave it an id), so a dropped connection or a closed tab loses nothing.
 * Storage failures (private mode, full quota) are reported, never thrown.
 */
export const createSubmissionDraftStore = ({
  storage,
  userId,
}: {
  storage: Pick<Storage, 'getItem' | 'removeItem' | 'setItem'>
  userId: string
}) => {
  const key = (practice: string) => `${PREFIX}.${userId}.${practice}`
  return {
    load: (practice: string): null | StoredSubmissionDraft => {
      try {
        const raw = storage.getItem(key(practice))
        if (!raw) return null
        const parsed = JSON.parse(raw) as Partial<StoredSubmissionDraft>
        if (!parsed || typeof parsed.state !== 'object' || parsed.state === null) return null
        return {
          state: parsed.state,
          step: typeof parsed.step === 'number' ? parsed.step : 0,
          at: typeof parsed.at === 'number' ? parsed.at : 0,
        }
      } catch {
        return null
      }
    },
    save: (practice: string, draft: StoredSubmissionDraft): boolean => {
      try {
        storage.setItem(key(practice), JSON.stringify(draft))
        return true
      } catch {
        return false
      }
    },
    clear: (practice: string): void => {
      try {
        storage.removeItem(key(practice))
      } catch {
        // nothing kept, nothing to clear
      }
    },
  }
}
