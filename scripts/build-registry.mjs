// Builds the territory registry from @etalab/decoupage-administratif (the official geography, COG):
// - src/core/registry/base.generated.ts: regions and départements, bundled (compact strings: it ships
//   in the script-tag bundle);
// - dist/registry/communes.json and dist/registry/epci.json: loaded lazily by loadTerritories().
// Only metropolitan France and the five DROM are kept: the atlas does not cover the COM (975, 977…).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const read = (name) => require(`@etalab/decoupage-administratif/data/${name}.json`)
const out = (path) => new URL(`../${path}`, import.meta.url)

const covered = (x) => x.zone === 'metro' || x.zone === 'drom'
const regions = read('regions').filter(covered)
const departements = read('departements').filter(covered)
const all = read('communes')
const communes = all.filter((c) => c.type === 'commune-actuelle' && covered(c))
const current = new Set(communes.map((c) => c.code))

function fail(message) {
  throw new Error(`build-registry: ${message}`)
}
// The fields are joined with | and rows with ; in the bundled strings.
for (const t of [...regions, ...departements]) if (/[|;]/.test(t.nom)) fail(`separator in name ${t.nom}`)

const popByDep = new Map()
const popByRegion = new Map()
for (const c of communes) {
  if (!Number.isInteger(c.population) || c.population < 0) fail(`commune ${c.code}: population ${c.population}`)
  popByDep.set(c.departement, (popByDep.get(c.departement) ?? 0) + c.population)
  popByRegion.set(c.region, (popByRegion.get(c.region) ?? 0) + c.population)
}
const zone = (z) => (z === 'drom' ? 'd' : 'm')
const regionRows = regions.map((r) => [r.code, r.nom, r.chefLieu, popByRegion.get(r.code) ?? fail(`region ${r.code}: no commune`), zone(r.zone)].join('|'))
const depRows = departements.map((d) => [d.code, d.nom, d.region, d.chefLieu, popByDep.get(d.code) ?? fail(`département ${d.code}: no commune`), zone(d.zone)].join('|'))

const epciOf = new Map()
const epcis = []
for (const e of read('epci')) {
  const members = e.membres.map((m) => m.code)
  const outside = members.filter((m) => !current.has(m))
  if (outside.length === members.length) continue
  if (outside.length) fail(`EPCI ${e.code}: members outside the covered communes: ${outside.join(', ')}`)
  for (const m of members) {
    if (epciOf.has(m)) fail(`commune ${m} in EPCI ${epciOf.get(m)} and ${e.code}`)
    epciOf.set(m, e.code)
  }
  epcis.push([e.code, e.nom, e.type, e.populationMunicipale, members])
}

// Commune history: old code → current code. A code claimed by two current communes (an old commune
// split between them) has no single successor: it goes to `split`, never to an arbitrary one.
const history = new Map()
const split = new Map()
function succeed(old, now) {
  if (old === now || current.has(old) || !current.has(now)) return
  const seen = split.get(old) ?? (history.has(old) ? [history.get(old)] : [])
  if (!seen.includes(now)) seen.push(now)
  if (seen.length > 1) {
    split.set(old, seen.sort())
    history.delete(old)
  } else history.set(old, now)
}
for (const c of communes) for (const old of c.anciensCodes ?? []) succeed(old, c.code)
for (const c of all) if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && covered(c)) succeed(c.code, c.chefLieu)
const arrondissements = all.filter((c) => c.type === 'arrondissement-municipal').map((c) => [c.code, c.commune])

const sortedObject = (entries) => Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : 1)))
// Column arrays compress far better than rows (gzip: 470 KB as rows, 320 KB as columns). Codes are delta-coded: a number
// is the previous code's last three digits plus that number, same first two characters; a string is a
// code in full. EPCI are indexes into `epciCodes` (-1: none).
const codeColumn = []
let previous
for (const { code } of communes) {
  const n = Number(code.slice(2))
  codeColumn.push(previous && previous.slice(0, 2) === code.slice(0, 2) && /^\d{3}$/.test(code.slice(2)) ? n - Number(previous.slice(2)) : code)
  previous = code
}
const epciCodes = [...new Set(communes.map((c) => epciOf.get(c.code)).filter(Boolean))]
const epciIndex = new Map(epciCodes.map((code, i) => [code, i]))
const communeFile = {
  codes: codeColumn,
  names: communes.map((c) => c.nom),
  departements: communes.map((c) => c.departement),
  regions: communes.map((c) => c.region),
  epci: communes.map((c) => epciIndex.get(epciOf.get(c.code)) ?? -1),
  epciCodes,
  population: communes.map((c) => c.population),
  history: sortedObject(history),
  split: sortedObject(split),
  arrondissements: sortedObject(arrondissements),
}
// The decoder in src/core/registry/lazy.ts must give back every code.
let last = ''
const decoded = codeColumn.map((c) => (last = typeof c === 'string' ? c : last.slice(0, 2) + String(Number(last.slice(2)) + c).padStart(3, '0')))
decoded.forEach((code, i) => code === communes[i].code || fail(`code delta decoding: ${code} ≠ ${communes[i].code}`))
const epciFile = { fields: ['code', 'name', 'type', 'population', 'members'], rows: epcis }

mkdirSync(out('dist/registry'), { recursive: true })
mkdirSync(out('src/core/registry'), { recursive: true })
writeFileSync(out('dist/registry/communes.json'), JSON.stringify(communeFile))
writeFileSync(out('dist/registry/epci.json'), JSON.stringify(epciFile))
const pkg = JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/package.json'), 'utf8'))
writeFileSync(
  out('src/core/registry/base.generated.ts'),
  `// Generated by scripts/build-registry.mjs from @etalab/decoupage-administratif ${pkg.version}. Do not edit.
// Rows separated by ;, fields by |. Regions: code|name|chefLieu|population|zone (m = metro, d = drom).
// Départements: code|name|region|chefLieu|population|zone.
export const SOURCE_VERSION = ${JSON.stringify(pkg.version)}
export const REGIONS = ${JSON.stringify(regionRows.join(';'))}
export const DEPARTEMENTS = ${JSON.stringify(depRows.join(';'))}
`,
)
// How each name links in a French sentence (COG "type de nom en clair": 0 none/consonant, 1 none/vowel,
// 2 le, 3 la, 4 les, 5 l'), one digit per territory in list order: only the portrait imports it.
const liaison = (list) => list.map((t) => (Number.isInteger(t.typeLiaison) && t.typeLiaison >= 0 && t.typeLiaison <= 5 ? t.typeLiaison : fail(`${t.code}: typeLiaison ${t.typeLiaison}`))).join('')
writeFileSync(
  out('src/core/registry/liaison.generated.ts'),
  `// Generated by scripts/build-registry.mjs from @etalab/decoupage-administratif ${pkg.version}. Do not edit.
// One digit per territory, in the order of REGIONS / DEPARTEMENTS: the COG's typeLiaison.
export const REGION_LIAISON = ${JSON.stringify(liaison(regions))}
export const DEPARTEMENT_LIAISON = ${JSON.stringify(liaison(departements))}
`,
)
console.log(
  `registry: ${regions.length} regions, ${departements.length} départements, ${communes.length} communes, ${epcis.length} EPCI, ` +
    `${history.size} old codes (${split.size} split), ${arrondissements.length} arrondissements`,
)
