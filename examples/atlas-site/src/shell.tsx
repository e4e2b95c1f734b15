// The frame of every page: header (site name, navigation, display settings), main, footer. Each page
// entry calls mountPage with its title and content; the skip link and `lang` are in the HTML itself.
import { render, type ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import { applyScheme, initScheme, storedScheme, SCHEMES, type Scheme } from './theme.js'
import './site.css'

export type PageId = 'home' | 'explorer' | 'portrait' | 'sources'

const NAV: readonly [PageId, string, string][] = [
  ['home', 'Accueil', './'],
  ['explorer', 'Explorateur', './explorateur.html'],
  ['sources', 'Sources et méthodes', './sources.html'],
]
const SCHEME_LABELS: Record<Scheme, string> = { system: 'Système', light: 'Clair', dark: 'Sombre' }

function SchemeSwitch() {
  const [scheme, setScheme] = useState(storedScheme())
  return (
    <fieldset class="scheme">
      <legend>Thème d’affichage</legend>
      {SCHEMES.map((s) => (
        <label key={s}>
          <input
            type="radio"
            name="scheme"
            value={s}
            checked={scheme === s}
            onChange={() => {
              applyScheme(s, true)
              setScheme(s)
            }}
          />
          {SCHEME_LABELS[s]}
        </label>
      ))}
    </fieldset>
  )
}

function Header({ current }: { current: PageId }) {
  return (
    <header class="site-header" role="banner">
      <div class="site-header__brand">
        <p class="site-header__name">
          <a href="./" title="Accueil — Atlas Culture">
            Atlas Culture
          </a>
        </p>
        <p class="site-header__tagline">Les territoires de la culture en cartes et en chiffres</p>
      </div>
      <SchemeSwitch />
      <nav class="site-nav" aria-label="Menu principal">
        <ul>
          {NAV.map(([id, label, href]) => (
            <li key={id}>
              <a href={href} aria-current={id === current ? 'page' : undefined}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}

function Footer() {
  return (
    <footer class="site-footer" role="contentinfo">
      <p>
        Données : ministère de la Culture (Deps) et Insee, <i>Atlas Culture</i>, Licence Ouverte / Open Licence (Etalab). Contours : IGN Admin Express
        COG 2018. Site d’exemple du paquet <code>atlas-culture</code>, construit sur ses seules exportations publiques.
      </p>
      <ul>
        <li>
          <a href="./sources.html">Sources et méthodes</a>
        </li>
        <li>
          <a href="/atlas/integration.html">Intégrer une carte par balise script</a>
        </li>
      </ul>
    </footer>
  )
}

/** Renders the page: `title` becomes « title — Atlas Culture » (the home page: the site's name alone). */
export function mountPage(current: PageId, title: string, content: ComponentChildren): void {
  initScheme()
  setTitle(title)
  render(
    <>
      <Header current={current} />
      <main id="contenu" tabIndex={-1}>
        {content}
      </main>
      <Footer />
    </>,
    document.getElementById('app')!,
  )
}

export function setTitle(title: string): void {
  document.title = title ? `${title} — Atlas Culture` : 'Atlas Culture — les territoires de la culture'
}
