// Apart from en.ts: the ranking's English words need it, and en.ts is fetched on demand by the
// script tag's parts (table.parts.ts).
/** « 1st », « 12th », « 22nd ». */
export function ordinal(n: number): string {
  const mod10 = n % 10
  const mod100 = n % 100
  const suffix = mod10 === 1 && mod100 !== 11 ? 'st' : mod10 === 2 && mod100 !== 12 ? 'nd' : mod10 === 3 && mod100 !== 13 ? 'rd' : 'th'
  return `${n}${suffix}`
}
