/** Real département codes (metropolitan and overseas départements), so that rows join to the registry. */
import departements from '@etalab/decoupage-administratif/data/departements.json'

export const DEPARTEMENTS: readonly { code: string; nom: string }[] = (departements as { code: string; nom: string; zone: string }[])
  .filter((d) => d.zone === 'metro' || d.zone === 'drom')
  .map(({ code, nom }) => ({ code, nom }))
