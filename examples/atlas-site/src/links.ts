// The site's addresses, in one place: the portraits (`portrait.html?territoire=region:53`, or the bare
// region code `?territoire=53`; `departement:29`; no parameter or `france` for France) and the explorer.
import { territory } from 'atlas-culture'

export type Subject = { level: 'france' } | { level: 'region' | 'departement'; code: string }

export function portraitHref(subject: Subject): string {
  return subject.level === 'france' ? './portrait.html?territoire=france' : `./portrait.html?territoire=${subject.level}:${subject.code}`
}

/** The subject of `?territoire=`; `undefined` for a value naming no region or département. */
export function parseSubject(value: string | null): Subject | undefined {
  if (value === null || value === '' || value === 'france') return { level: 'france' }
  const m = /^(?:(region|departement):)?([0-9AB]{2,3})$/.exec(value)
  if (!m) return undefined
  const level = (m[1] ?? 'region') as 'region' | 'departement'
  return territory(level, m[2]!) ? { level, code: m[2]! } : undefined
}

export function subjectName(subject: Subject): string {
  return subject.level === 'france' ? 'France' : (territory(subject.level, subject.code)?.name ?? subject.code)
}
