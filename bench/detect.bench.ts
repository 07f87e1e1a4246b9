// @vitest-environment happy-dom
/**
 * Detection speed on a CRM list page of 2,000 rows (bench/crm-page.ts: contacts from six
 * countries with a Country column, two numbers per row, one as text and one as a tel: link, next
 * to order and invoice ids, amounts, dates, ZIP codes, ticket numbers and version strings), in
 * happy-dom.
 *
 * - Full scan: `detectPhoneNumbers(document.body)`, against the baseline existing click-to-call
 *   tools use: libphonenumber-js `findPhoneNumbersInText` over the page's whole `textContent`,
 *   with the same metadata (reading `textContent` is part of the baseline: a tool has to). The
 *   baseline is also given with the full "min" metadata, and without the textContent read.
 * - Incremental: one row appended, then what the content script does: the mutation records
 *   turned into units (planRescan) and those scanned into the registry, as a fraction of a full
 *   scan.
 * - Bundle: the content script built by WXT (demo build, into a temporary folder), minified.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findPhoneNumbersInText } from 'libphonenumber-js/core';
import minMetadata from 'libphonenumber-js/metadata.min.json';
import type { MetadataJson } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import {
  detectPhoneNumbers,
  MatchRegistry,
  planRescan,
  Scanner,
  OBSERVE_OPTIONS,
} from '../lib/detect';
import type { Detected } from '../lib/detect';
import { metadata } from '../lib/detect/phone';
import { crmRowHtml, crmRowNumbers, crmTableHtml } from './crm-page';
import { report, type BenchRow } from './measure';

const ROWS = 2_000;

/**
 * Medians of several functions timed in turn (a, b, c, a, b, c, …): the machine is shared, and
 * interleaving lets a slow spell hit every contender alike, so their ratio holds.
 */
function interleavedMedians(fns: Array<() => unknown>, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) fns.forEach((fn) => fn());
  const samples = fns.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    fns.forEach((fn, k) => {
      const start = performance.now();
      fn();
      samples[k]!.push(performance.now() - start);
    });
  }
  return samples.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!);
}
const US = { defaultCountry: 'US' } as const;
const round = (ms: number) => Math.round(ms * 100) / 100;

function rowElement(i: number): Element {
  const table = document.createElement('table');
  table.innerHTML = `<tbody>${crmRowHtml(i)}</tbody>`;
  return table.querySelector('tr')!;
}

describe('detection on a 2,000-row CRM list', () => {
  it('full scan, incremental rescan and bundle size', () => {
    document.body.innerHTML = crmTableHtml(ROWS);
    const rows: BenchRow[] = [];

    const found = detectPhoneNumbers(document.body, US);
    // Every number, read in its row's country.
    expect(found.map((m) => m.e164)).toEqual(
      Array.from({ length: ROWS }, (_, i) => crmRowNumbers(i)).flat(),
    );
    const baselineFound = findPhoneNumbersInText(document.body.textContent ?? '', 'US', metadata);

    const text = document.body.textContent ?? '';
    const [fullMs, baselineMs, baselineMinMs, baselineTextOnlyMs] = interleavedMedians(
      [
        () => detectPhoneNumbers(document.body, US),
        () => findPhoneNumbersInText(document.body.textContent ?? '', 'US', metadata),
        () =>
          findPhoneNumbersInText(
            document.body.textContent ?? '',
            'US',
            minMetadata as unknown as MetadataJson,
          ),
        () => findPhoneNumbersInText(text, 'US', metadata),
      ],
      21,
    ) as [number, number, number, number];
    rows.push(
      { measure: 'full scan: detectPhoneNumbers', ms: round(fullMs), found: found.length },
      {
        measure: 'baseline: textContent + findPhoneNumbersInText (same metadata)',
        ms: round(baselineMs),
        found: baselineFound.length,
        ratio: round(fullMs / baselineMs),
      },
      {
        measure: 'baseline with full min metadata',
        ms: round(baselineMinMs),
        ratio: round(fullMs / baselineMinMs),
      },
      {
        measure: 'baseline without the textContent read',
        ms: round(baselineTextOnlyMs),
        ratio: round(fullMs / baselineTextOnlyMs),
      },
    );

    // Incremental: the content script's loop, with a registry filled by a first full scan.
    const registry = new MatchRegistry<Detected>((m) => m);
    new Scanner(registry.sink, US, [{ root: document.body, deep: true }]).step();
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, OBSERVE_OPTIONS);
    const tbody = document.querySelector('tbody')!;
    let next = ROWS;
    const samples: number[] = [];
    for (let run = 0; run < 45; run++) {
      tbody.append(rowElement(next++));
      const start = performance.now();
      const plan = planRescan(observer.takeRecords());
      if (plan.removed) registry.sweep();
      for (const node of plan.forget) registry.forgetWithin(node);
      new Scanner(registry.sink, US, plan.units).step();
      samples.push(performance.now() - start);
    }
    observer.disconnect();
    expect(registry.size).toBe(next * 2);
    const incrementalMs = samples.slice(5).sort((a, b) => a - b)[
      Math.floor(samples.length / 2) - 3
    ]!;
    rows.push({
      measure: 'append one row: planRescan + scan',
      ms: Math.round(incrementalMs * 1000) / 1000,
      'fraction of full scan': `${((incrementalMs / fullMs) * 100).toFixed(3)} %`,
    });

    // Bundle: build the extension into a temporary folder and read the content script.
    const outDir = mkdtempSync(join(tmpdir(), 'ringside-bench-build-'));
    try {
      execFileSync('npx', ['wxt', 'build'], {
        env: { ...process.env, RINGSIDE_DEMO: '1', RINGSIDE_OUT_DIR: outDir },
        stdio: 'pipe',
      });
      const bundle = readFileSync(join(outDir, 'chrome-mv3/content-scripts/content.js'));
      rows.push({
        measure: 'content script bundle (minified)',
        kB: round(bundle.length / 1000),
        'gzip kB': round(gzipSync(bundle).length / 1000),
        goal: '< 130 kB',
      });
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }

    report('detect', rows);
  });
});
