import { describe, expect, it } from 'vitest';
import { realFiles } from '../../tests/fixture-files';
import { DEFERRED_FIXTURES, firstPaintFiles, loadDeferredFiles } from './fixtures';
import { loadFixtures } from './load';

/** Every key path in a parsed JSON value whose key is one of `keys`. */
function pathsOf(value: unknown, keys: readonly string[], at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => pathsOf(v, keys, `${at}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [
    ...(keys.includes(k) ? [`${at}.${k}`] : []),
    ...pathsOf(v, keys, `${at}.${k}`),
  ]);
}

describe('bundled fixtures', () => {
  it('the first paint gets every fixture but the deferred ones, lean: the same figures without notes, reasons or translated labels', () => {
    const disk = realFiles();
    const eager = Object.keys(disk).filter((f) => !(DEFERRED_FIXTURES as readonly string[]).includes(f));
    expect(Object.keys(firstPaintFiles).sort()).toEqual(eager.sort());
    for (const name of eager) {
      const lean = JSON.parse(firstPaintFiles[name] ?? 'null');
      expect(pathsOf(lean, ['note', 'reasons', 'labels']), name).toEqual([]);
      // Put back what was left out, and it is the file on disk.
      const full = JSON.parse(disk[name] ?? 'null');
      const strip = (v: unknown) =>
        JSON.parse(
          JSON.stringify(v, (k, x) => {
            if (k === 'reasons' || k === 'labels' || (k === 'note' && typeof x === 'string'))
              return undefined;
            // A threshold's reason waits for the full copy: the lean one holds a placeholder.
            return k === 'reason' && typeof x === 'string' ? '…' : x;
          }),
        );
      expect(lean, name).toEqual(strip(full));
    }
    expect(Object.keys(disk).some((f) => pathsOf(JSON.parse(disk[f] ?? 'null'), ['note']).length > 0)).toBe(
      true,
    );
  });

  it('after the first paint every fixture arrives in full and the whole set loads without a problem', async () => {
    const disk = realFiles();
    const rest = await loadDeferredFiles();
    for (const [name, text] of Object.entries(disk))
      expect(JSON.parse(rest[name] ?? 'null'), name).toEqual(JSON.parse(text));
    const loaded = loadFixtures({ ...firstPaintFiles, ...rest });
    expect(loaded.errors).toEqual([]);
    expect(loaded.sources.length).toBeGreaterThan(50);
    expect(loaded.history).not.toBeNull();
  });

  it('the lean first-paint set loads on its own, the deferred files named as still to come', () => {
    const loaded = loadFixtures(firstPaintFiles, DEFERRED_FIXTURES);
    expect(loaded.errors).toEqual([]);
    expect(Object.keys(loaded.datasets).length).toBeGreaterThan(5);
  });
});
