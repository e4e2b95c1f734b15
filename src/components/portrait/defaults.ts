/** Defaults of {@link PortraitCardProps}; each is what the card does when the prop is absent. */
export const defaults = {
  /** Language of every text: French. */
  lang: 'fr',
  /** Heading level of the territory's name: 2, under the host page's `h1`. */
  headingLevel: 2,
  /** A small map locating the territory: shown. */
  locator: true,
  /** Size of the locator drawing, in viewBox units (it scales to its box). */
  locatorWidth: 240,
  locatorHeight: 200,
} as const
