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

  it('sits beside the area it describes (`clear`), on the side with room, and says how much room there is', () => {
    const beside = (clear: [number, number, number, number]) =>
      render(<Tooltip id="t" class="tip" x={(clear[0] + clear[2]) / 2} y={(clear[1] + clear[3]) / 2} clear={clear}>Gironde</Tooltip>).container.querySelector<HTMLElement>('[role="tooltip"]')!
    const west = beside([20, 40, 30, 50])
    expect([west.style.left, west.style.right, west.style.top, west.style.bottom]).toEqual(['30%', 'auto', '40%', 'auto'])
    expect(west.style.getPropertyValue('--atlas-tip-room')).toBe('70%')
    cleanup()
    const east = beside([60, 70, 75, 80])
    expect([east.style.left, east.style.right, east.style.top, east.style.bottom]).toEqual(['auto', '40%', 'auto', '20%'])
    expect(east.style.getPropertyValue('--atlas-tip-room')).toBe('60%')
  })
})
