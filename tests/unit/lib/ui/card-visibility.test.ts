import { describe, expect, it } from 'vitest';
import {
  HIDDEN_MESSAGE,
  judgeCardVisibility,
  layerProblem,
  MIN_VISIBLE_MS,
  TOO_SOON_MESSAGE,
  type CardVisibilityFacts,
  type LayerStyle,
} from '../../../../lib/ui/card-visibility';

const PLAIN: LayerStyle = {
  opacity: '1',
  visibility: 'visible',
  filter: 'none',
  clipPath: 'none',
  mask: 'none',
  transform: 'none',
  mixBlendMode: 'normal',
  zoom: '1',
};

const facts = (over: Partial<CardVisibilityFacts> = {}): CardVisibilityFacts => ({
  now: 10_000,
  attached: true,
  layers: [PLAIN, PLAIN],
  checkVisibility: true,
  hit: true,
  visibleSince: 10_000 - MIN_VISIBLE_MS,
  ...over,
});

describe('layerProblem', () => {
  it.each<[Partial<LayerStyle>, string | null]>([
    [{}, null],
    [{ opacity: '0.99' }, null],
    [{ opacity: '0' }, 'opacity 0'],
    [{ opacity: '0.01' }, 'opacity 0.01'],
    [{ visibility: 'hidden' }, 'visibility hidden'],
    [{ filter: 'opacity(0.02)' }, 'filter opacity(0.02)'],
    [{ clipPath: 'inset(0px)' }, 'clip-path inset(0px)'],
    [{ mask: 'linear-gradient(transparent, transparent)' }, expect.stringMatching(/^mask/)],
    [{ transform: 'matrix(1, 0, 0, 1, 20, 30)' }, null],
    [{ transform: 'matrix(0.01, 0, 0, 0.01, 0, 0)' }, expect.stringMatching(/^transform/)],
    [{ transform: 'matrix3d(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1)' }, expect.anything()],
    [{ mixBlendMode: 'multiply' }, 'mix-blend-mode multiply'],
    [{ zoom: '0.1' }, 'zoom 0.1'],
    [{ opacity: 'nonsense' }, 'opacity nonsense'],
  ])('%j', (over, problem) => {
    expect(layerProblem({ ...PLAIN, ...over })).toEqual(problem);
  });
});

describe('judgeCardVisibility', () => {
  it('a card on screen, unfiltered, hit at the click point and seen long enough calls', () => {
    expect(judgeCardVisibility(facts())).toEqual({ ok: true });
    // A browser without visibility tracking: the style and hit checks alone.
    expect(judgeCardVisibility(facts({ visibleSince: undefined }))).toEqual({ ok: true });
  });

  it.each<[string, Partial<CardVisibilityFacts>, string]>([
    ['moved by the page', { attached: false }, 'moved'],
    ['not rendered', { checkVisibility: false }, 'not rendered'],
    ['a faded ancestor', { layers: [PLAIN, { ...PLAIN, opacity: '0.5' }] }, 'opacity 0.5'],
    [
      'faded a little on each layer',
      { layers: [PLAIN, { ...PLAIN, opacity: '0.96' }, { ...PLAIN, opacity: '0.96' }] },
      'combined opacity',
    ],
    ['something else at the click point', { hit: false }, 'click point'],
    ['covered, as the browser reports', { visibleSince: null }, 'covered'],
  ])('refuses a card %s', (_name, over, detail) => {
    const verdict = judgeCardVisibility(facts(over));
    expect(verdict).toMatchObject({ ok: false, reason: 'hidden', message: HIDDEN_MESSAGE });
    expect(!verdict.ok && verdict.detail).toContain(detail);
  });

  it('a card just opened by the agent needs no wait', () => {
    expect(judgeCardVisibility(facts({ visibleSince: 10_000 - 20 }))).toEqual({ ok: true });
  });

  it.each<[string, Partial<CardVisibilityFacts>]>([
    ['not yet reported on by the browser', { pending: true }],
    ['shown again after the page hid it', { reappeared: true, visibleSince: 10_000 - 50 }],
    ['moved or changed its number under the pointer', { changedAt: 10_000 - 50 }],
    [
      'moved, even when it reappeared long ago',
      { reappeared: true, visibleSince: 0, changedAt: 10_000 - MIN_VISIBLE_MS + 1 },
    ],
    // Firefox: no visibility reports, but moves are Ringside's own to see.
    ['moved, where the browser gives no report', { visibleSince: undefined, changedAt: 9_900 }],
  ])('refuses, with its own words, a card %s', (_name, over) => {
    expect(judgeCardVisibility(facts(over))).toMatchObject({
      ok: false,
      reason: 'too-soon',
      message: TOO_SOON_MESSAGE,
    });
  });

  it('a card that reappeared or moved calls once it stayed put long enough', () => {
    expect(
      judgeCardVisibility(
        facts({ reappeared: true, visibleSince: 10_000 - MIN_VISIBLE_MS, changedAt: 9_000 }),
      ),
    ).toEqual({ ok: true });
  });
});
