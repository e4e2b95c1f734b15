/** Datasets of the fake portal: real département codes so that the join matches every territory. */
import { DEPARTEMENTS } from '../server/departements.js'
import type { FakeDataset } from '../server/opendatasoft.js'

/** Two years of museum visits per département: 2 × 101 records, i.e. several pages of 100. */
export const MUSEES: FakeDataset = {
  metas: {
    title: 'Fréquentation des musées de France',
    description: '<p>Nombre d&#39;entrées dans les <b>musées</b>&nbsp;: payantes &amp; gratuites.</p><script>alert(1)</script>',
    license: 'Licence Ouverte v2.0 (Etalab)',
    modified: '2024-03-12T10:00:00+00:00',
    publisher: 'Ministère de la Culture',
  },
  records: [2019, 2020].flatMap((annee) => DEPARTEMENTS.map((d, i) => ({ dep: d.code, nom_dep: d.nom, annee, total: (i + 1) * 1000 + (annee - 2019) }))),
}

/** 25,000 records, more than the records endpoint can page (10,000): département `i mod n` gets one visit each. */
export const GRAND: FakeDataset = {
  metas: { title: 'Entrées par établissement' },
  records: Array.from({ length: 25_000 }, (_, i) => ({ dep: DEPARTEMENTS[i % DEPARTEMENTS.length]!.code, visites: 1 })),
}

/** Visits each département receives in {@link GRAND}. */
export function grandCount(index: number): number {
  const n = DEPARTEMENTS.length
  return Math.floor(25_000 / n) + (index < 25_000 % n ? 1 : 0)
}
