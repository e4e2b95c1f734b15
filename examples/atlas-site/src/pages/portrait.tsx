// Portrait of one territory: `portrait.html?territoire=region:53` (or `?territoire=53`, a region),
// `?territoire=departement:29`, `?territoire=france` (the default). Key figures across themes (the
// ratio indicators of the catalogue at the subject's level), locator, sources; links to the explorer
// and, for a region, to the portraits of its départements.
import { PortraitCard, children, territory, type IndicatorTable } from 'atlas-culture'
import { useEffect, useState } from 'preact/hooks'
import { indicatorById } from '../catalogue.js'
import { parseSubject, portraitHref, subjectName, type Subject } from '../links.js'
import { indicatorTable } from '../meta.js'
import { mountPage } from '../shell.js'

/** The key figures, by theme: employment, enterprises, spending of the local authority and of the State. */
function figureIds(subject: Subject): string[] {
  const spending = subject.level === 'departement' ? 'depenses-departements' : 'depenses-regions'
  return ['actifs-secteurs', 'actifs-professions', 'salaries-marchands', 'entreprises', spending, 'depenses-ministere']
}

const subject = parseSubject(new URLSearchParams(location.search).get('territoire'))

function Portrait({ subject }: { subject: Subject }) {
  const [figures, setFigures] = useState<IndicatorTable[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [ready, setReady] = useState(false)
  const level = subject.level === 'departement' ? 'departement' : 'region'
  useEffect(() => {
    Promise.all(figureIds(subject).map((id) => indicatorTable(indicatorById(id)!, level))).then(setFigures, (e: unknown) => setError(e instanceof Error ? e.message : String(e)))
  }, [])
  const explorerZone = subject.level === 'france' ? '' : `&zone=${subject.level}:${subject.code}`
  const explorerLevel = subject.level === 'departement' ? 'commune' : 'departement'
  return (
    <>
      {error && (
        <p class="error" role="alert">
          Les données du portrait n’ont pas pu être chargées : {error}
        </p>
      )}
      {!figures && !error && <p role="status">Chargement du portrait…</p>}
      {figures && (
        <div id="portrait" data-ready={ready ? '' : undefined}>
          <PortraitCard
            figures={figures.map((table) => ({ table }))}
            territory={subject.level === 'france' ? { level: 'france' } : subject}
            headingLevel={1}
            onReady={() => setReady(true)}
          />
        </div>
      )}
      <h2>Aller plus loin</h2>
      <ul>
        <li>
          <a href={`./explorateur.html?indicateur=${subject.level === 'departement' ? 'salaries-marchands' : 'actifs-secteurs'}&echelon=${explorerLevel}${explorerZone}`}>
            {subject.level === 'france' ? 'Explorer les indicateurs' : `Explorer les indicateurs de ce territoire : ${subjectName(subject)}`}
          </a>
        </li>
        {subject.level === 'departement' && (
          <li>
            <a href={portraitHref({ level: 'region', code: regionOf(subject.code) })}>Portrait de la région : {subjectName({ level: 'region', code: regionOf(subject.code) })}</a>
          </li>
        )}
      </ul>
      {subject.level === 'region' && (
        <>
          <h2>Portraits des départements</h2>
          <ul class="cards">
            {children('region', subject.code, 'departement').map((d) => (
              <li key={d.code}>
                <a href={portraitHref({ level: 'departement', code: d.code })}>
                  {d.name}
                  <small>Département ({d.code})</small>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}

function regionOf(departement: string): string {
  return territory('departement', departement)?.region ?? ''
}

if (subject) {
  mountPage('portrait', `${subjectName(subject)} — Portrait`, <Portrait subject={subject} />)
} else {
  mountPage(
    'portrait',
    'Territoire introuvable',
    <>
      <h1>Territoire introuvable</h1>
      <p>
        L’adresse ne désigne aucune région ni aucun département. Les portraits s’ouvrent avec <code>?territoire=region:53</code> (ou <code>?territoire=53</code>),{' '}
        <code>?territoire=departement:29</code> ou <code>?territoire=france</code>.
      </p>
      <p>
        <a href="./">Retour à l’accueil et à la liste des portraits</a>
      </p>
    </>,
  )
}
