// Home page: the explorer, the 18 regional portraits and France's, the sources.
import { territories } from 'atlas-culture'
import { INDICATORS, DATASETS } from '../catalogue.js'
import { portraitHref } from '../links.js'
import { mountPage } from '../shell.js'

const regions = [...territories('region')].sort((a, b) => a.name.localeCompare(b.name, 'fr'))

mountPage(
  'home',
  '',
  <>
    <h1>Les territoires de la culture</h1>
    <p class="lead">
      Emploi culturel, entreprises, dépenses des collectivités et de l’État, population : {INDICATORS.length} indicateurs tirés de {DATASETS.length} jeux de
      données de l’<i>Atlas Culture</i> du ministère de la Culture (Deps), par région, département et commune.
    </p>
    <h2>Explorer les indicateurs</h2>
    <ul class="cards">
      <li>
        <a href="./explorateur.html">
          Explorateur<small>Carte, classement et tableau liés, pour chaque indicateur et chaque échelon</small>
        </a>
      </li>
      <li>
        <a href="./sources.html">
          Sources et méthodes<small>Définition, source, année et licence de chaque indicateur</small>
        </a>
      </li>
    </ul>
    <h2>Portraits de territoire</h2>
    <ul class="cards">
      <li>
        <a href={portraitHref({ level: 'france' })}>
          France<small>France entière</small>
        </a>
      </li>
      {regions.map((r) => (
        <li key={r.code}>
          <a href={portraitHref({ level: 'region', code: r.code })}>
            {r.name}
            <small>Région</small>
          </a>
        </li>
      ))}
    </ul>
  </>,
)
