import { describe, expect, it } from 'vitest';
import { realFiles } from '../../tests/fixture-files';
import { formatLoadError, formatPath, type LoadError, loadFixtures, NON_DATASET_FILES } from './load';

/** The real fixture files, as raw text keyed by file name (what the app bundles). */

// biome-ignore lint/suspicious/noExplicitAny: fixture JSON is edited freely to break it on purpose
type Json = any;

const parsed = (file: string): Json => JSON.parse(realFiles()[file] ?? 'null');

/** The real files with one file replaced by an edited copy of its JSON. */
function withEdited(file: string, edit: (json: Json) => void): Record<string, string> {
  const files = realFiles();
  const json = JSON.parse(files[file] ?? 'null');
  edit(json);
  files[file] = JSON.stringify(json);
  return files;
}

/** Dataset ids of the real fixtures: every file except the three special ones, named after its file. */
const DATASET_FILES = Object.keys(realFiles()).filter((f) => !NON_DATASET_FILES.includes(f));
const DATASET_IDS = DATASET_FILES.map((f) => f.replace(/\.json$/, '')).sort();

const formatted = (errors: readonly LoadError[]) => errors.map(formatLoadError);

/** Every dataset except `broken` loaded, along with the sources, events and thresholds. */
function expectOthersLoaded(data: ReturnType<typeof loadFixtures>, broken: string) {
  const expected = DATASET_IDS.filter((id) => id !== broken);
  expect(Object.keys(data.datasets).sort()).toEqual(expected);
  expect(data.datasets[broken]).toBeUndefined();
  expect(data.sources.length).toBe(parsed('sources.json').sources.length);
  expect(data.events.length).toBe(parsed('events.json').events.length);
  expect(data.thresholds).not.toBeNull();
}

describe('formatPath', () => {
  it('is empty for the root', () => {
    expect(formatPath([])).toBe('');
  });

  it('joins keys with dots and numbers as brackets', () => {
    expect(formatPath(['series', 0, 'observations', 3, 'value'])).toBe('series[0].observations[3].value');
    expect(formatPath(['thresholds', 2, 'sourceIds', 1])).toBe('thresholds[2].sourceIds[1]');
    expect(formatPath(['a', 'b', 'c'])).toBe('a.b.c');
  });

  it('does not start with a dot when the path starts with an index', () => {
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath([1, 2])).toBe('[1][2]');
  });
});

describe('formatLoadError', () => {
  it('names file, path and message', () => {
    expect(
      formatLoadError({
        file: 'bonds.json',
        path: 'series[0].observations[0].value',
        message: 'expected number, got string',
      }),
    ).toBe('bonds.json › series[0].observations[0].value: expected number, got string');
  });

  it('leaves the path out when the error concerns the whole file', () => {
    expect(formatLoadError({ file: 'sources.json', path: '', message: 'file is missing' })).toBe(
      'sources.json: file is missing',
    );
  });
});

describe('loadFixtures', () => {
  it('reports a source without a link unless it is the seed article or our own method', () => {
    const files = withEdited('sources.json', (json) => {
      const bofa = json.sources.find((x: { id: string }) => x.id === 'reuters-2026-01-15');
      delete bofa.url;
      const seed = json.sources.find((x: { id: string }) => x.id === 'ctimes-2025-12-02');
      delete seed.url;
    });
    const data = loadFixtures(files);
    const i = parsed('sources.json').sources.findIndex((x: { id: string }) => x.id === 'reuters-2026-01-15');
    expect(formatted(data.errors)).toEqual([
      `sources.json › sources[${i}].url: source "reuters-2026-01-15" has no link (only the seed article and our own method may lack one)`,
    ]);
    // The sources still load: a missing link is reported, not fatal.
    expect(data.sources.length).toBe(parsed('sources.json').sources.length);
  });

  it('reports a source without a date unless it is our own method (a month alone is accepted)', () => {
    const files = withEdited('sources.json', (json) => {
      const bofa = json.sources.find((x: { id: string }) => x.id === 'reuters-2026-01-15');
      delete bofa.date;
      const fidesk = json.sources.find((x: { id: string }) => x.id === 'press-2025-05-alphabet-bonds');
      fidesk.date = '2025-05';
    });
    const data = loadFixtures(files);
    const i = parsed('sources.json').sources.findIndex((x: { id: string }) => x.id === 'reuters-2026-01-15');
    expect(formatted(data.errors)).toEqual([
      `sources.json › sources[${i}].date: source "reuters-2026-01-15" has no date (YYYY-MM-DD, or YYYY-MM when the page gives only the month; only the seed article and our own method may lack one)`,
    ]);
  });

  it('rejects a source date that is neither a month nor a day', () => {
    const files = withEdited('sources.json', (json) => {
      json.sources.find((x: { id: string }) => x.id === 'reuters-2026-01-15').date = 'Jan 2026';
    });
    expect(formatted(loadFixtures(files).errors).join('\n')).toContain('expected an ISO month or date');
  });

  it('loads the real fixtures without errors', () => {
    const data = loadFixtures(realFiles());
    expect(data.errors).toEqual([]);
    expect(Object.keys(data.datasets).sort()).toEqual(DATASET_IDS);
    expect(data.sources.map((s) => s.id)).toEqual(
      parsed('sources.json').sources.map((s: { id: string }) => s.id),
    );
    expect(data.events.map((e) => e.id)).toEqual(
      parsed('events.json').events.map((e: { id: string }) => e.id),
    );
    expect(data.thresholds?.thresholds.length).toBe(parsed('thresholds.json').thresholds.length);
  });

  it('reports the latest asOf across the datasets that loaded', () => {
    const asOfs = DATASET_FILES.map((f) => parsed(f).asOf as string).sort();
    const latest = asOfs[asOfs.length - 1];
    expect(loadFixtures(realFiles()).asOf).toBe(latest);
    // Break the dataset holding the latest date: the next one takes over.
    const latestFile = DATASET_FILES.find((f) => parsed(f).asOf === latest) ?? '';
    const rest = DATASET_FILES.filter((f) => f !== latestFile)
      .map((f) => parsed(f).asOf as string)
      .sort();
    const files = realFiles();
    files[latestFile] = '{';
    expect(loadFixtures(files).asOf).toBe(rest[rest.length - 1]);
  });

  it('returns empty data and asOf null when no dataset loads', () => {
    const data = loadFixtures({ 'sources.json': realFiles()['sources.json'] ?? '' });
    expect(data.datasets).toEqual({});
    expect(data.asOf).toBeNull();
    expect(data.errors).toEqual([]);
    expect(data.thresholds).toBeNull();
  });

  it('reports a value of the wrong type with file and path, and keeps the other files', () => {
    const data = loadFixtures(
      withEdited('bonds.json', (j) => {
        j.series[0].observations[0].value = '30';
      }),
    );
    expect(formatted(data.errors)).toEqual([
      'bonds.json › series[0].observations[0].value: expected number, got string',
    ]);
    expect(data.errors[0]).toEqual({
      file: 'bonds.json',
      path: 'series[0].observations[0].value',
      message: 'expected number, got string',
      // What the notice translates for other languages.
      code: 'type',
      params: { expected: 'number', got: 'string' },
    });
    expectOthersLoaded(data, 'bonds');
  });

  it('reports a missing field', () => {
    const data = loadFixtures(
      withEdited('capex.json', (j) => {
        delete j.series[1].observations[0].sourceId;
      }),
    );
    expect(formatted(data.errors)).toEqual([
      'capex.json › series[1].observations[0].sourceId: missing (expected string)',
    ]);
    expectOthersLoaded(data, 'capex');
  });

  it('reports a missing enum field by its path', () => {
    const data = loadFixtures(
      withEdited('capex.json', (j) => {
        delete j.series[1].observations[0].unit;
      }),
    );
    expect(data.errors).toHaveLength(1);
    expect(data.errors[0]?.file).toBe('capex.json');
    expect(data.errors[0]?.path).toBe('series[1].observations[0].unit');
    expect(data.errors[0]?.message).toContain('expected one of "usd-bn"');
    expectOthersLoaded(data, 'capex');
  });

  it('reports a missing top-level field', () => {
    const data = loadFixtures(
      withEdited('ig-share.json', (j) => {
        delete j.asOf;
      }),
    );
    expect(formatted(data.errors)).toEqual(['ig-share.json › asOf: missing (expected string)']);
    expectOthersLoaded(data, 'ig-share');
  });

  it('reports an unknown sourceId', () => {
    const data = loadFixtures(
      withEdited('spv.json', (j) => {
        j.series[2].observations[0].sourceId = 'no-such-source';
      }),
    );
    expect(formatted(data.errors)).toEqual([
      'spv.json › series[2].observations[0].sourceId: unknown source "no-such-source" (not in sources.json)',
    ]);
    expectOthersLoaded(data, 'spv');
  });

  it('reports an unknown sourceId in a revision', () => {
    const data = loadFixtures(
      withEdited('capex.json', (j) => {
        j.series[0].observations[0].revisions[0].sourceId = 'gone';
      }),
    );
    expect(formatted(data.errors)).toEqual([
      'capex.json › series[0].observations[0].revisions[0].sourceId: unknown source "gone" (not in sources.json)',
    ]);
    expectOthersLoaded(data, 'capex');
  });

  it('reports a duplicate period inside a series', () => {
    const data = loadFixtures(
      withEdited('compute-mix.json', (j) => {
        j.series[0].observations.push({ ...j.series[0].observations[0], value: 65 });
      }),
    );
    const seriesId = parsed('compute-mix.json').series[0].id;
    const n = parsed('compute-mix.json').series[0].observations.length;
    const period = parsed('compute-mix.json').series[0].observations[0].period;
    expect(formatted(data.errors)).toEqual([
      `compute-mix.json › series[0].observations[${n}].period: duplicate period ${period} in series "${seriesId}" (also at observations[0])`,
    ]);
    expectOthersLoaded(data, 'compute-mix');
  });

  it('reports a dataset whose id differs from its file name', () => {
    const data = loadFixtures(
      withEdited('valuation.json', (j) => {
        j.id = 'valuations';
      }),
    );
    expect(formatted(data.errors)).toEqual([
      'valuation.json › id: expected "valuation" (the file name), got "valuations"',
    ]);
    expect(data.datasets.valuations).toBeUndefined();
    expectOthersLoaded(data, 'valuation');
  });

  it('reports invalid JSON for the whole file', () => {
    const files = realFiles();
    files['ig-share.json'] = '{ "id": "ig-share", ';
    const data = loadFixtures(files);
    expect(data.errors).toHaveLength(1);
    expect(data.errors[0]?.file).toBe('ig-share.json');
    expect(data.errors[0]?.path).toBe('');
    expect(formatLoadError(data.errors[0] as LoadError)).toMatch(/^ig-share\.json: not valid JSON \(.+\)$/);
    expectOthersLoaded(data, 'ig-share');
  });

  it('reports a missing sources.json and still loads every dataset', () => {
    const files = realFiles();
    delete files['sources.json'];
    const data = loadFixtures(files);
    expect(formatted(data.errors)).toEqual(['sources.json: file is missing']);
    expect(Object.keys(data.datasets).sort()).toEqual(DATASET_IDS);
    expect(data.sources).toEqual([]);
    expect(data.events.length).toBe(parsed('events.json').events.length);
    expect(data.thresholds).not.toBeNull();
  });

  it('reports an invalid sources.json and skips the source cross-check', () => {
    const files = realFiles();
    files['sources.json'] = JSON.stringify({ sources: [] });
    const data = loadFixtures(files);
    expect(formatted(data.errors)).toEqual(['sources.json › sources: expected at least 1 item(s)']);
    expect(Object.keys(data.datasets).sort()).toEqual(DATASET_IDS);
  });

  it('reports a low above high', () => {
    const data = loadFixtures(
      withEdited('dc-investment.json', (j) => {
        j.series[0].observations[0].low = 6000;
      }),
    );
    expect(formatted(data.errors)).toEqual([
      'dc-investment.json › series[0].observations[0].low: low is above high',
    ]);
    expectOthersLoaded(data, 'dc-investment');
  });

  it('drops only the event with an unknown source', () => {
    const events = parsed('events.json').events;
    const data = loadFixtures(
      withEdited('events.json', (j) => {
        j.events[1].sourceId = 'nowhere';
      }),
    );
    expect(formatted(data.errors)).toEqual([
      'events.json › events[1].sourceId: unknown source "nowhere" (not in sources.json)',
    ]);
    expect(data.events.map((e) => e.id)).toEqual(
      events.filter((_: unknown, i: number) => i !== 1).map((e: { id: string }) => e.id),
    );
    expect(Object.keys(data.datasets).sort()).toEqual(DATASET_IDS);
  });

  it('drops only the threshold that cites an unknown source, keeping the others', () => {
    const original = (parsed('thresholds.json') as { thresholds: Array<{ metric: string }> }).thresholds;
    const data = loadFixtures(
      withEdited('thresholds.json', (j) => {
        j.thresholds[2].sourceIds[1] = 'made-up';
      }),
    );
    expect(formatted(data.errors)).toEqual([
      'thresholds.json › thresholds[2].sourceIds[1]: unknown source "made-up" (not in sources.json)',
    ]);
    expect(data.thresholds?.thresholds.map((t) => t.metric)).toEqual(
      original.filter((_, i) => i !== 2).map((t) => t.metric),
    );
    expect(Object.keys(data.datasets).sort()).toEqual(DATASET_IDS);
  });

  it('rejects a threshold for an unknown metric or component', () => {
    const data = loadFixtures(
      withEdited('thresholds.json', (j) => {
        j.thresholds[0].metric = 'capex-yoyo';
      }),
    );
    expect(formatted(data.errors)[0]).toMatch(
      /^thresholds\.json › thresholds\[0\]\.metric: expected one of /,
    );
    expect(data.thresholds).toBeNull();
  });

  it('drops an event that names an unknown panel, keeping the others', () => {
    const events = (parsed('events.json') as { events: unknown[] }).events;
    const data = loadFixtures(
      withEdited('events.json', (j) => {
        j.events[0].panels = ['nope'];
      }),
    );
    expect(formatted(data.errors)).toEqual(['events.json › events[0].panels: unknown panel id "nope"']);
    expect(data.events).toHaveLength(events.length - 1);
  });

  it('reports several broken files at once, each with its own errors', () => {
    const files = withEdited('bonds.json', (j) => {
      j.series[0].observations[0].value = '30';
    });
    files['valuation.json'] = 'not json';
    const data = loadFixtures(files);
    expect(data.errors.map((e) => e.file).sort()).toEqual(['bonds.json', 'valuation.json']);
    expect(Object.keys(data.datasets).sort()).toEqual(
      DATASET_IDS.filter((id) => id !== 'bonds' && id !== 'valuation'),
    );
  });

  it('caps the issues of one file at five and counts the rest', () => {
    const data = loadFixtures(
      withEdited('depreciation.json', (j) => {
        // The first life series has six observations; break the value of each.
        for (const o of j.series[0].observations) o.value = 'x';
      }),
    );
    const n = parsed('depreciation.json').series[0].observations.length;
    expect(n).toBeGreaterThan(5);
    expect(data.errors).toHaveLength(6);
    expect(data.errors.slice(0, 5).map((e) => e.path)).toEqual(
      [0, 1, 2, 3, 4].map((i) => `series[0].observations[${i}].value`),
    );
    expect(formatLoadError(data.errors[5] as LoadError)).toBe(
      `depreciation.json: and ${n - 5} more problem(s)`,
    );
    expectOthersLoaded(data, 'depreciation');
  });
});

describe('describeIssue (through loadFixtures)', () => {
  const messageFor = (file: string, edit: (j: Json) => void) => {
    const data = loadFixtures(withEdited(file, edit));
    expect(data.errors).toHaveLength(1);
    return formatLoadError(data.errors[0] as LoadError);
  };

  it('names the type it found, including null and arrays', () => {
    expect(
      messageFor('bonds.json', (j) => {
        j.series[1].observations[0].value = null;
      }),
    ).toBe('bonds.json › series[1].observations[0].value: expected number, got null');
    expect(
      messageFor('bonds.json', (j) => {
        j.series[1].observations[0].value = [30];
      }),
    ).toBe('bonds.json › series[1].observations[0].value: expected number, got array');
    expect(
      messageFor('bonds.json', (j) => {
        j.title = 5;
      }),
    ).toBe('bonds.json › title: expected string, got number');
  });

  it('lists the allowed values of an enum', () => {
    expect(
      messageFor('capex.json', (j) => {
        j.series[0].observations[1].kind = 'guess';
      }),
    ).toBe(
      'capex.json › series[0].observations[1].kind: expected one of "reported", "estimate", "projection", "superseded", "scenario", "secondary", got "guess"',
    );
  });

  it('explains a period that is neither a year nor an ISO date', () => {
    expect(
      messageFor('valuation.json', (j) => {
        j.series[0].observations[0].period = true;
      }),
    ).toBe(
      'valuation.json › series[0].observations[0].period: expected a year (integer) or an ISO date, got true',
    );
    expect(
      messageFor('valuation.json', (j) => {
        j.series[0].observations[0].period = 2025.5;
      }),
    ).toBe(
      'valuation.json › series[0].observations[0].period: expected a year (integer) or an ISO date, got 2025.5',
    );
    expect(
      messageFor('valuation.json', (j) => {
        j.series[0].observations[0].period = 'Oct 2025';
      }),
    ).toBe(
      'valuation.json › series[0].observations[0].period: expected an ISO month or date (YYYY-MM or YYYY-MM-DD), got "Oct 2025"',
    );
  });

  it('gives the bound a number broke', () => {
    expect(
      messageFor('valuation.json', (j) => {
        j.series[0].observations[0].period = 1980;
      }),
    ).toBe('valuation.json › series[0].observations[0].period: expected a value ≥ 1990, got 1980');
    expect(
      messageFor('valuation.json', (j) => {
        j.series[0].observations[0].period = 2200;
      }),
    ).toBe('valuation.json › series[0].observations[0].period: expected a value ≤ 2100, got 2200');
  });

  it('uses the schema message for a badly formatted date', () => {
    expect(
      messageFor('spv.json', (j) => {
        j.asOf = '2025/12/24';
      }),
    ).toBe('spv.json › asOf: expected an ISO date (YYYY-MM-DD), got "2025/12/24"');
  });

  it('says how many items an empty list needs', () => {
    expect(
      messageFor('ig-share.json', (j) => {
        j.series = [];
      }),
    ).toBe('ig-share.json › series: expected at least 1 item(s)');
    expect(
      messageFor('ig-share.json', (j) => {
        j.series[0].label = '';
      }),
    ).toBe('ig-share.json › series[0].label: expected at least 1 character(s)');
  });
});

describe('loadFixtures with files still pending', () => {
  const withoutDeferred = () => {
    const files = { ...realFiles() };
    delete files['sources.json'];
    delete files['events.json'];
    return files;
  };
  it('does not report a pending sources file as missing, and still loads every dataset', () => {
    const data = loadFixtures(withoutDeferred(), ['sources.json', 'events.json']);
    expect(data.errors.map((e) => e.file)).not.toContain('sources.json');
    expect(Object.keys(data.datasets).sort()).toEqual(Object.keys(loadFixtures(realFiles()).datasets).sort());
  });
  it('reports the same absence when the file is not pending', () => {
    const data = loadFixtures(withoutDeferred());
    expect(data.errors.map((e) => e.file)).toContain('sources.json');
  });
});
