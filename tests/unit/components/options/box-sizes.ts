/**
 * happy-dom lays nothing out (every clientHeight and offsetHeight is 0), so a virtualized list
 * would think its box shows nothing, or that every row fits. This gives the simulator's scroll
 * box and its rows fixed heights, as a browser would measure them.
 */
import { vi } from 'vitest';

export function fakeBoxSizes({ box, row }: { box: number; row: number }): void {
  const proto = HTMLElement.prototype;
  vi.spyOn(proto, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('sim-rows') ? box : 0;
  });
  vi.spyOn(proto, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('sim-rows') ? 900 : 0;
  });
  vi.spyOn(proto, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.tagName === 'TR' ? row : 0;
  });
}
