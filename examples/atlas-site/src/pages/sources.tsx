// Sources and methods: every dataset's definition, source, year and licence (from its meta.json), the
// indicators computed from it and how, and the credits of the geometry and of the territory registry.
import { levelNames } from 'atlas-culture'
import { useEffect, useState } from 'preact/hooks'
import { DATASETS, INDICATORS, MEASURE_LABELS, levelsOf, type Indicator, type LevelSource } from '../catalogue.js'
import { datasetMeta, DEPS, type DatasetMeta } from '../meta.js'
import { mountPage } from '../shell.js'

const LEVEL_NAMES = levelNames('fr')

/** How the figure is computed from the file, in words. */
function method(source: LevelSource): string {
  const value = typeof source.value === 'string' ? `« ${source.value} »` : 'une valeur tirée de la ligne'
  const parts = [source.per ? `${value} rapporté à « ${String(source.per)} »${source.scale ? ` × ${source.scale}` : ''}` : value]
  if (source.filter) parts.push(`lignes retenues : ${Object.entries(source.filter).map(([k, v]) => `${k} = ${v}`).join(', ')}`)
  if (source.aggregate === 'sum') parts.push('lignes d’un même territoire additionnées')
  if (source.name) parts.push(`territoires reconnus par leur nom (colonne « ${source.name} »)`)
  if (source.vintage) parts.push(`codes communaux de ${source.vintage} traduits en codes actuels`)
  return parts.join(' ; ')
}

function IndicatorLine({ indicator }: { indicator: Indicator }) {
  return (
    <li>
      <a href={`./explorateur.html?indicateur=${indicator.id}`}>{indicator.label}</a> ({MEASURE_LABELS[indicator.measure]}
      {indicator.unit ? `, ${indicator.unit}` : ''}) :{' '}
      {levelsOf(indicator)
        .map((l) => `${LEVEL_NAMES[l][1]} — ${method(indicator.levels[l]!)}`)
        .join(' ; ')}
      .
    </li>
  )
}

function Sources() {
  const [metas, setMetas] = useState<(DatasetMeta | Error)[] | null>(null)
  useEffect(() => {
    Promise.all(DATASETS.map((d) => datasetMeta(d).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))))).then(setMetas)
  }, [])
  return (
    <>
      <h1>Sources et méthodes</h1>
      <p class="lead">
        Les {DATASETS.length} jeux de données de l’<i>Atlas Culture</i> (ministère de la Culture, Deps) utilisés par ce site, et les{' '}
        {INDICATORS.length} indicateurs qui en sont calculés. Parts et montants par habitant sont calculés à la lecture des fichiers : jamais une moyenne
        de parts, toujours la somme des numérateurs rapportée à la somme des dénominateurs.
      </p>
      {!metas && <p role="status">Chargement des métadonnées…</p>}
      {metas && (
        <div class="sources" id="jeux" data-ready="">
          {DATASETS.map((dataset, i) => {
            const meta = metas[i]!
            return (
              <article key={dataset} aria-labelledby={`jeu-${dataset}`}>
                <h2 id={`jeu-${dataset}`}>{meta instanceof Error ? dataset : meta.title}</h2>
                {meta instanceof Error ? (
                  <p class="error">Métadonnées indisponibles : {meta.message}</p>
                ) : (
                  <dl>
                    <dt>Définition</dt>
                    <dd>{meta.definition || 'Non précisée par la source.'}</dd>
                    <dt>Source</dt>
                    <dd>{meta.source}</dd>
                    <dt>Année</dt>
                    <dd>{meta.year}</dd>
                    <dt>Licence</dt>
                    <dd>{meta.licence}</dd>
                    <dt>Fichiers</dt>
                    <dd>
                      {meta.files.map((f, j) => (
                        <span key={f}>
                          {j > 0 && ', '}
                          <a href={`${DEPS}${dataset}/${f}`}>{f}</a>
                        </span>
                      ))}
                    </dd>
                    <dt>Indicateurs</dt>
                    <dd>
                      <ul>
                        {INDICATORS.filter((x) => x.dataset === dataset).map((x) => (
                          <IndicatorLine key={x.id} indicator={x} />
                        ))}
                      </ul>
                    </dd>
                  </dl>
                )}
              </article>
            )
          })}
        </div>
      )}
      <h2>Contours et territoires</h2>
      <ul>
        <li>
          Contours des régions, départements et communes : IGN, Admin Express COG, édition 2018, simplifiés (projet france-geojson), Licence Ouverte / Open
          Licence (Etalab).
        </li>
        <li>
          Liste des territoires, codes et rattachements (régions, départements, EPCI, communes et historique des fusions) : Insee, Code officiel
          géographique, par le paquet <code>@etalab/decoupage-administratif</code>, Licence Ouverte / Open Licence (Etalab).
        </li>
        <li>
          Les fichiers de l’<i>Atlas Culture</i> ne précisent pas leur licence : ce site les présente sous la Licence Ouverte / Open Licence 2.0 (Etalab),
          celle des données publiques du ministère.
        </li>
      </ul>
    </>
  )
}

mountPage('sources', 'Sources et méthodes', <Sources />)
