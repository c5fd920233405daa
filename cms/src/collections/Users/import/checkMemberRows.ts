import { LOCALES, type Locale } from '../../../contract/locales'
import { findUnsafeCharacter } from '../../../fields/findUnsafeCharacter'
import type { Role } from '../../../access/roles'
import { NAME_MAX_LENGTH } from '../endpoints/registrationProblems'
import type { CsvRecord } from './parseCsv'

/** Roles an import may give. `admin` is given by hand, on the account's page. */
export const IMPORTABLE_ROLES = ['member', 'validator', 'contentManager'] as const satisfies readonly Role[]

/** The header names each column answers to (lower case, spaces and underscores dropped). */
const COLUMNS = {
  name: ['name', 'displayname', 'nome', 'nom', 'nombre'],
  email: ['email', 'e-mail', 'mail'],
  unit: ['unit', 'unitcode', 'unità', 'unite', 'unité', 'unidad', 'code'],
  roles: ['roles', 'role', 'ruoli', 'rôles', 'roles'],
  language: ['language', 'preferredlanguage', 'lingua', 'langue', 'idioma'],
} as const
type Column = keyof typeof COLUMNS

export type MemberCandidate = {
  line: number
  name: string
  email: string
  unit: number | string
  roles: (typeof IMPORTABLE_ROLES)[number][]
  language: Locale
}

export type RowReport = {
  line: number
  email: string
  status: 'created' | 'would-create' | 'skipped' | 'error'
  messages: string[]
}

const EMAIL = /^[^\s@"<>(),;:\\[\]]+@[^\s@"<>(),;:\\[\]]+\.[^\s@"<>(),;:\\[\]]+$/
const EMAIL_MAX_LENGTH = 320

/** Which field index holds each column, or the message saying what the header lacks. */
export const readHeader = (header: string[]): { columns: Record<Column, number> } | { problem: string } => {
  const normalized = header.map((name) => name.trim().toLowerCase().replace(/[\s_]/g, ''))
  const columns = {} as Record<Column, number>
  const missing: string[] = []
  for (const column of Object.keys(COLUMNS) as Column[]) {
    const index = normalized.findIndex((name) => (COLUMNS[column] as readonly string[]).includes(name))
    if (index === -1 && column !== 'roles' && column !== 'language') missing.push(column)
    columns[column] = index
  }
  return missing.length > 0
    ? {
        problem: `The first line must name the columns name, email, unit, roles, language (missing: ${missing.join(', ')}).`,
      }
    : { columns }
}

/**
 * Checks every record against the rules and what exists: the unit codes (code → id), the e-mail
 * addresses that already have an account, the earlier lines of the same file. Returns one report
 * per record, and the rows that may be created (status `would-create` in their report).
 */
export const checkMemberRows = ({
  records,
  columns,
  unitIds,
  existingEmails,
  defaultLocale,
}: {
  records: CsvRecord[]
  columns: Record<Column, number>
  unitIds: Map<string, number | string>
  existingEmails: Set<string>
  defaultLocale: Locale
}): { reports: RowReport[]; candidates: MemberCandidate[] } => {
  const reports: RowReport[] = []
  const candidates: MemberCandidate[] = []
  const firstLineOf = new Map<string, number>()
  for (const { line, fields } of records) {
    const cell = (column: Column) => (columns[column] >= 0 ? (fields[columns[column]] ?? '').trim() : '')
    const messages: string[] = []

    const name = cell('name')
    if (!name) messages.push('The name is missing.')
    else if (name.length > NAME_MAX_LENGTH)
      messages.push(`The name is longer than ${NAME_MAX_LENGTH} characters.`)
    else {
      const unsafe = findUnsafeCharacter({ text: name, multiline: false, allowZeroWidth: false })
      if (unsafe) messages.push(`The name contains ${unsafe}.`)
    }

    const email = cell('email').toLowerCase()
    const emailValid = email.length <= EMAIL_MAX_LENGTH && EMAIL.test(email)
    if (!email) messages.push('The e-mail address is missing.')
    else if (!emailValid) messages.push(`"${email.slice(0, 80)}" is not a valid e-mail address.`)

    const code = cell('unit')
    const unit = unitIds.get(code.toUpperCase())
    if (!code) messages.push('The unit code is missing.')
    else if (unit === undefined) messages.push(`No unit has the code "${code.slice(0, 40)}".`)

    const roleNames = cell('roles')
      .split(/[|,;\s]+/)
      .map((role) => role.trim())
      .filter(Boolean)
    const roles = [...new Set(roleNames.length > 0 ? roleNames : ['member'])]
    const badRoles = roles.filter((role) => !(IMPORTABLE_ROLES as readonly string[]).includes(role))
    if (badRoles.length > 0)
      messages.push(
        `Unknown or not importable role ${badRoles.map((role) => `"${role.slice(0, 40)}"`).join(', ')}: use ${IMPORTABLE_ROLES.join(', ')} (admins are named by hand).`,
      )

    const languageCell = cell('language').toLowerCase()
    const language = languageCell ? LOCALES.find((locale) => locale === languageCell) : defaultLocale
    if (!language)
      messages.push(`The language "${languageCell.slice(0, 20)}" is not one of ${LOCALES.join(', ')}.`)

    const report: RowReport = {
      line,
      email: emailValid ? email : email.slice(0, 80),
      status: 'error',
      messages,
    }
    reports.push(report)
    if (emailValid) {
      const first = firstLineOf.get(email)
      if (first !== undefined) {
        messages.push(`The same e-mail address is on line ${first}.`)
        continue
      }
      firstLineOf.set(email, line)
    }
    if (messages.length > 0) continue
    if (existingEmails.has(email)) {
      report.status = 'skipped'
      messages.push('An account with this e-mail address exists already: left unchanged.')
      continue
    }
    report.status = 'would-create'
    candidates.push({
      line,
      name,
      email,
      unit: unit!,
      roles: roles as MemberCandidate['roles'],
      language: language!,
    })
  }
  return { reports, candidates }
}
