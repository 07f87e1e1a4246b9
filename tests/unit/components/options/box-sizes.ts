/**
 * happy-dom lays nothing out (every clientHeight is 0), so a windowed list would think its box
 * shows nothing. This gives the simulator's scroll box the size a browser would.
 */
import { vi } from 'vitest';

export function fakeBoxSizes({ box }: { box: number }): void {
  const proto = HTMLElement.prototype;
  vi.spyOn(proto, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('sim-rows') ? box : 0;
  });
  vi.spyOn(proto, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('sim-rows') ? 900 : 0;
  });
}
