import { cleanup, render } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'
import { Tooltip } from '../../../src/components/shared/Tooltip.js'

afterEach(cleanup)

const box = (x: number, y: number) => render(<Tooltip id="t" class="tip" x={x} y={y}>Finistère</Tooltip>).container.querySelector<HTMLElement>('[role="tooltip"]')!

describe('Tooltip (Chromium)', () => {
  it('is a role=tooltip box with its id and class, right of and below an anchor in the top-left', () => {
    const tip = box(10, 20)
    expect(tip.id).toBe('t')
    expect(tip.className).toBe('tip')
    expect(tip.textContent).toBe('Finistère')
    expect([tip.style.left, tip.style.right, tip.style.top, tip.style.bottom]).toEqual(['10%', 'auto', '20%', 'auto'])
  })

  it('flips left of the anchor past 60 % of the width and above it past 55 % of the height', () => {
    const tip = box(80, 90)
    expect([tip.style.left, tip.style.right, tip.style.top, tip.style.bottom]).toEqual(['auto', '20%', 'auto', '10%'])
  })
})
