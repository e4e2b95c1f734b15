import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { DEPARTEMENT_LIST, REGION_LIST } from '../../../src/core/registry/base.js'
import { capitalize, FRANCE_NAME, frenchName, liaisonType } from '../../../src/core/registry/liaison.js'
import { territory } from '../../../src/core/registry/index.js'
import type { Territory } from '../../../src/core/types.js'

const require = createRequire(import.meta.url)
const cog = (file: string): { code: string; nom: string; typeLiaison: number }[] => require(`@etalab/decoupage-administratif/data/${file}.json`)

const t = (level: 'region' | 'departement', code: string): Territory => territory(level, code)!
const all = [...REGION_LIST, ...DEPARTEMENT_LIST]

describe('frenchName', () => {
  it('defaults: France reads « la France », « de la France », « en France », singular', () => {
    expect(FRANCE_NAME).toEqual({ the: 'la France', of: 'de la France', in: 'en France', plural: false })
  })

  it('takes the article of the COG for the names the issue lists', () => {
    expect(frenchName(t('region', '53'))).toEqual({ the: 'la Bretagne', of: 'de la Bretagne', in: 'en Bretagne', plural: false })
    expect(frenchName(t('departement', '29'))).toEqual({ the: 'le Finistère', of: 'du Finistère', in: 'dans le Finistère', plural: false })
    expect(frenchName(t('departement', '01'))).toEqual({ the: 'l’Ain', of: 'de l’Ain', in: 'dans l’Ain', plural: false })
    expect(frenchName(t('departement', '92'))).toEqual({ the: 'les Hauts-de-Seine', of: 'des Hauts-de-Seine', in: 'dans les Hauts-de-Seine', plural: true })
    expect(frenchName(t('departement', '974'))).toEqual({ the: 'La Réunion', of: 'de La Réunion', in: 'à La Réunion', plural: false })
    expect(frenchName(t('region', '04')).in).toBe('à La Réunion')
    expect(frenchName(t('departement', '75'))).toMatchObject({ the: 'Paris', of: 'de Paris', in: 'à Paris' })
    expect(frenchName(t('departement', '976')).in).toBe('à Mayotte')
    expect(frenchName(t('region', '11'))).toMatchObject({ the: 'l’Île-de-France', of: 'de l’Île-de-France', in: 'en Île-de-France' })
    expect(frenchName(t('region', '01')).in).toBe('en Guadeloupe')
    expect(frenchName(t('departement', '28'))).toMatchObject({ the: 'Eure-et-Loir', of: 'd’Eure-et-Loir', in: 'en Eure-et-Loir' })
    expect(frenchName(t('departement', '77')).in).toBe('en Seine-et-Marne')
  })

  it('follows the COG for every département, and reads metropolitan regions with their article', () => {
    const article: Record<number, string> = { 2: 'le ', 3: 'la ', 4: 'les ', 5: 'l’' }
    for (const d of cog('departements').filter((x) => DEPARTEMENT_LIST.some((y) => y.code === x.code))) {
      const forms = frenchName(t('departement', d.code))
      expect(forms.the, d.nom).toBe(`${article[d.typeLiaison] ?? ''}${d.nom}`)
      expect(liaisonType(t('departement', d.code))).toBe(d.typeLiaison)
    }
    for (const r of REGION_LIST) {
      const forms = frenchName(r)
      // Metropolitan regions: the COG's administrative form has no article, prose has one.
      if (r.zone === 'metro') expect(forms.the, r.name).toMatch(/^(le |la |les |l’)/)
    }
  })

  it('never writes « de le », « à le », « de les », « à les », nor misses an elision before a vowel', () => {
    const forbidden = /\b(de|à) (le|les) |\bde [AEIOUYÉÈÊÎÏÔaeiouyéèêîïô]|\b(le|la|de) [AEIOUYÉÈÊÎÏÔ]|\bdu [AEIOUYÉÈÊÎÏÔ]/u
    for (const x of all) {
      const forms = frenchName(x)
      for (const text of [forms.the, forms.of, forms.in]) expect(text, `${x.level} ${x.code}`).not.toMatch(forbidden)
      // « La Réunion » keeps the capital of its name; every article we add is lower case.
      expect(forms.in).toMatch(/^(en|dans|à|au|aux) /)
    }
  })

  it('reads communes from their own article or first letter', () => {
    const commune = (name: string): Territory => ({ level: 'commune', code: '00000', name })
    expect(frenchName(commune('Le Mans'))).toMatchObject({ the: 'Le Mans', of: 'du Mans', in: 'au Mans' })
    expect(frenchName(commune('Les Sables-d’Olonne'))).toMatchObject({ of: 'des Sables-d’Olonne', in: 'aux Sables-d’Olonne', plural: true })
    expect(frenchName(commune('La Rochelle'))).toMatchObject({ of: 'de La Rochelle', in: 'à La Rochelle' })
    expect(frenchName(commune('Orléans'))).toMatchObject({ of: 'd’Orléans', in: 'à Orléans' })
    expect(frenchName(commune('Brest'))).toMatchObject({ of: 'de Brest', in: 'à Brest' })
  })

  it('capitalises the first letter only', () => {
    expect(capitalize('les Hauts-de-Seine')).toBe('Les Hauts-de-Seine')
    expect(capitalize('l’Ain')).toBe('L’Ain')
    expect(capitalize('île')).toBe('Île')
  })
})
