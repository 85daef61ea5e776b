/**
 * An analyst's FRED file merged into the built-in series it replaces, without the loader's check (the
 * import already ran it: `data/fred-update.ts`). Pure and small: the store applies it to the dated
 * series whenever imports or built-in series change.
 */
import { fredTarget } from './imports';
import type { DatedSeries, DatedValue, ImportedSeries } from './types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The observations after new rows come in: the built-in ones before the new rows' first date and after
 * their last, and the new rows in between (FRED's values divided by `scale`). A download of the whole
 * series replaces it; one of its recent years (FRED serves only the last three years of ICE's series)
 * replaces those years and keeps the rest.
 */
export function spliceRows(old: readonly DatedValue[], rows: readonly DatedValue[], scale = 1): DatedValue[] {
  const sorted = [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const first = sorted[0]?.[0];
  const last = sorted[sorted.length - 1]?.[0];
  if (first === undefined || last === undefined) return [...old];
  const scaled = sorted.map(([d, v]): DatedValue => [d, v === null || scale === 1 ? v : v / scale]);
  return [...old.filter(([d]) => d < first), ...scaled, ...old.filter(([d]) => d > last)];
}

/** Why a file cannot stand for the series, before the loader's check: dates, or the unit. */
export interface FredMergeProblem {
  code: 'not-dates' | 'unit' | 'invalid';
  message: string;
}

/**
 * The built-in series with the file's figures replacing its own over the file's span (FRED's units, as
 * downloaded, turned into the fixture's with `scale`; a long-format file must give the fixture's own
 * unit). The figures stay as imported (never rounded); the series says where they came from.
 */
export function mergeImportedFred(
  builtin: DatedSeries,
  imp: Pick<ImportedSeries, 'name' | 'format' | 'unit' | 'unitText' | 'file' | 'points'>,
): { series: DatedSeries; span: [string, string] } | { series: null; problem: FredMergeProblem } {
  const fail = (code: FredMergeProblem['code'], message: string) => ({
    series: null,
    problem: { code, message },
  });
  if (fredTarget(imp.name, imp.format) !== builtin.id)
    return fail('invalid', `${imp.name} is not ${builtin.id}`);
  const rows: DatedValue[] = [];
  for (const p of imp.points) {
    if (typeof p.period !== 'string' || !DATE.test(p.period))
      return fail(
        'not-dates',
        `${imp.name}: FRED series take a date (YYYY-MM-DD) per figure, got ${String(p.period)}`,
      );
    rows.push([p.period, p.value]);
  }
  if (imp.unit !== null && imp.unit !== builtin.unit)
    return fail('unit', `${imp.name} is in ${builtin.unit}; the file gives "${imp.unitText}"`);
  // A FRED download carries no unit: its values are FRED's, which the fixture may store scaled.
  const scale = imp.unit === null ? (builtin.scale ?? 1) : 1;
  const observations = spliceRows(builtin.observations, rows, scale);
  // ISO dates sort as strings.
  const dates = rows.map(([d]) => d).sort();
  const first = dates[0] ?? '';
  const last = dates[dates.length - 1] ?? '';
  const asOf = observations[observations.length - 1]?.[0] ?? builtin.asOf;
  const { vintage, ...rest } = builtin;
  const series: DatedSeries = {
    ...rest,
    asOf,
    // A newer last figure from the file has no known publication date.
    ...(vintage && asOf === builtin.asOf ? { vintage } : {}),
    provenance: {
      ...builtin.provenance,
      note: `Imported: ${first} to ${last} from ${imp.file} (analyst's file); outside that span the built-in values. ${builtin.provenance.note}`,
    },
    observations,
  };
  return { series, span: [first, last] };
}
