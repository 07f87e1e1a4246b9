#!/usr/bin/env node
// `npm run gen:crm-page -- <rows> [out.html] [--no-script]`: writes the benchmark's CRM list page
// (bench/crm-page.ts: N contacts from six countries, two numbers a row, the usual distractor
// digits, and the CRM's own timer-and-fetch script) to a file, to open by hand or serve. The
// benchmarks and end-to-end tests build the same pages in memory.
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const args = process.argv.slice(2);
const rows = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000);
const out = args.find((a) => a.endsWith('.html')) ?? `crm-${rows}.html`;
const pageScript = !args.includes('--no-script');

// bench/crm-page.ts has no imports: transpiled alone, it loads as a module from a data: URL.
const source = readFileSync(new URL('../bench/crm-page.ts', import.meta.url), 'utf8');
const { outputText } = ts.transpileModule(source, {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
});
const page = await import(
  `data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`
);
writeFileSync(out, page.crmPageHtml(rows, { pageScript }));
console.log(
  `${out}: ${rows} rows, ${rows * 2} numbers${pageScript ? ', with the page script' : ''}`,
);
