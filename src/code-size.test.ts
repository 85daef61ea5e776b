/**
 * File size limits (issue 21): no source file under src/ over 500 lines and no stylesheet over 400. A file
 * that grows past its limit is split by responsibility (README, "How the code is laid out"), never let
 * through by raising the limit. Message catalogues (the languages' strings, src/i18n/) are exempt: they
 * grow with every message and are read one key at a time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('.', import.meta.url));
const SOURCE_MAX = 500;
const CSS_MAX = 400;
const SOURCE = /\.(ts|tsx|js|jsx|mjs|cjs)$/;
/** The message catalogues: each language's file and each feature's lazily loaded catalogue. */
const CATALOGUE = /^i18n\/(en|zh-tw|[a-z-]+-messages)\.ts$/;

/** Every file under `dir`, as paths relative to src/ with `/` separators. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [relative(SRC, path).split('\\').join('/')] : [];
  });
}

/** Lines as `wc -l` counts them, plus a last line without its newline. */
function lineCount(file: string): number {
  const text = readFileSync(join(SRC, file), 'utf8');
  const newlines = text.split('\n').length - 1;
  return text.length > 0 && !text.endsWith('\n') ? newlines + 1 : newlines;
}

const files = filesUnder(SRC);
const over = (list: string[], max: number) =>
  list
    .map((file) => ({ file, lines: lineCount(file) }))
    .filter((f) => f.lines > max)
    .map((f) => `src/${f.file}: ${f.lines} lines (limit ${max})`);

describe('file sizes', () => {
  const sources = files.filter((f) => SOURCE.test(f) && !CATALOGUE.test(f));
  const stylesheets = files.filter((f) => f.endsWith('.css'));

  it('reads the whole tree: the model, the shell, tests and stylesheets in every layer', () => {
    for (const f of ['main.tsx', 'domain/model.ts', 'app/app.tsx', 'code-size.test.ts'])
      expect(sources).toContain(f);
    for (const f of ['app/styles.css', 'gauge/gauge.css', 'panels/chart/chart.css'])
      expect(stylesheets).toContain(f);
  });

  it('exempts only the message catalogues', () => {
    const exempt = files.filter((f) => CATALOGUE.test(f));
    expect(exempt).toEqual(expect.arrayContaining(['i18n/en.ts', 'i18n/zh-tw.ts', 'i18n/talk-messages.ts']));
    // The language machinery and the catalogues' tests are held to the limit like any other module.
    expect(exempt.every((f) => f.startsWith('i18n/') && !f.endsWith('.test.ts'))).toBe(true);
    expect(exempt).not.toContain('i18n/messages.ts');
  });

  it(`has no source file over ${SOURCE_MAX} lines`, () => {
    expect(over(sources, SOURCE_MAX)).toEqual([]);
  });

  it(`has no stylesheet over ${CSS_MAX} lines`, () => {
    expect(over(stylesheets, CSS_MAX)).toEqual([]);
  });
});
