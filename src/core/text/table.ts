import type { Lang } from '../locale.js'
import { en } from './en.js'
import { fr, type Texts } from './fr.js'

/** One table per language: every user-visible string and text rule of the widgets. */
export const TEXTS: Readonly<Record<Lang, Texts>> = { fr, en }
