// The atlas page: the form sets the attributes of <atlas-map>; the element reloads on change.
// No framework, no inline script (the page is served with a strict CSP).
const DEPS = '/data/deps/'
const share = (folder, column, label) => ({
  levels: ['departement', 'region'],
  attributes: (level) => ({ src: `${DEPS}${folder}/${level}.csv`, level, code: 'Code Insee', value: column, per: "Nombre total d'actifs", scale: '100', label, unit: '%', source: 'Insee ; Deps, Atlas Culture', year: '2018' }),
})

/** Each indicator: the levels it has, and the attributes of the map (the adapter options). */
const INDICATORS = {
  'actifs-secteurs': {
    ...share('actifs-dans-les-secteurs-culturels', "Nombre d'actifs dans les secteurs culturels", 'Part des actifs dans les secteurs culturels'),
    definition: 'Actifs ayant un emploi dans un établissement dont l’activité principale est culturelle, rapportés à l’ensemble des actifs ayant un emploi.',
  },
  'actifs-professions': {
    ...share('actifs-exercant-une-profession-culturelle', "Nombre d'actifs exerçant une profession culturelle", 'Part des actifs exerçant une profession culturelle'),
    definition: 'Actifs exerçant une profession culturelle, quel que soit le secteur de leur employeur, rapportés à l’ensemble des actifs ayant un emploi.',
  },
  depenses: {
    levels: ['departement', 'region'],
    definition: 'Dépenses culturelles de fonctionnement et d’investissement de la collectivité, tous secteurs confondus, par habitant.',
    attributes: (level) => ({
      src: `${DEPS}depenses-culturelles-des-${level === 'region' ? 'regions' : 'departements'}/depenses-culturelles.csv`,
      level, code: 'Code INSEE', value: 'Total', per: 'Population', scale: '1000', aggregate: 'sum',
      label: `Dépenses culturelles des ${level === 'region' ? 'régions' : 'départements'} par habitant`, unit: '€/hab.', source: 'DGFiP ; Deps, Atlas Culture',
    }),
  },
  archives: {
    levels: ['departement'],
    definition: 'Dépenses des départements pour leurs archives (fonctionnement et investissement), par habitant.',
    attributes: (level) => ({
      src: `${DEPS}depenses-culturelles-des-departements/depenses-culturelles.csv`,
      level, code: 'Code INSEE', value: 'Total', per: 'Population', scale: '1000', filter: 'Secteur=Archives',
      label: 'Dépenses d’archives des départements par habitant', unit: '€/hab.', source: 'DGFiP ; Deps, Atlas Culture',
    }),
  },
  densite: {
    levels: ['commune'],
    definition: 'Grille communale de densité de l’Insee : quatre niveaux, des communes densément peuplées aux communes très peu denses (codes communes de 2018).',
    attributes: (_level, departement) => ({
      src: `${DEPS}grille-communale-de-densite/grille-communale-de-densite.csv`,
      level: 'commune', within: `departement:${departement}`, code: 'Code Insee', value: 'Grille communale de densité', kind: 'categorical', vintage: '2018', aggregate: 'first',
      label: 'Grille communale de densité', source: 'Insee ; Deps, Atlas Culture',
    }),
  },
}
// Every attribute any indicator sets: the others are removed when the indicator changes.
const ALL = ['src', 'level', 'within', 'code', 'value', 'per', 'scale', 'aggregate', 'filter', 'kind', 'vintage', 'label', 'unit', 'source', 'year']

const form = document.getElementById('choix')
const map = document.getElementById('carte')

function update() {
  const indicator = INDICATORS[form.elements.indicateur.value]
  const radios = [...form.querySelectorAll('input[name="niveau"]')]
  for (const radio of radios) radio.disabled = !indicator.levels.includes(radio.value)
  document.getElementById('niveaux').hidden = indicator.levels.length === 1
  document.getElementById('choix-departement').hidden = !indicator.levels.includes('commune')
  let level = radios.find((r) => r.checked)?.value
  if (!indicator.levels.includes(level)) level = indicator.levels[0]
  const attributes = indicator.attributes(level, form.elements.departement.value)
  for (const name of ALL) {
    if (attributes[name] === undefined) map.removeAttribute(name)
    else map.setAttribute(name, attributes[name])
  }
  document.getElementById('definition').textContent = indicator.definition
}

form.addEventListener('change', update)
form.addEventListener('submit', (e) => e.preventDefault())
update()
