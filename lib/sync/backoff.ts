/**
 * Exponential backoff after failed downloads: 30 s, 1, 2, 4 … minutes, at most an hour. The
 * first retry is quick (a server restart), later ones leave a struggling server alone. 30 s is
 * also the shortest delay Chrome's alarms honour.
 */
export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_MAX_MS = 60 * 60_000;

export function backoffDelayMs(failures: number): number {
  if (failures <= 0) return 0;
  // 2^20 already exceeds the cap; bounding the exponent keeps the arithmetic finite.
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(failures - 1, 20));
}
