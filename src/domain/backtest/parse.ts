/**
 * Reading the back-test's input files as they come (docs/METHOD.md §8): FRED CSVs in both header layouts
 * (`observation_date,<ID>` with blanks, `DATE,<ID>` with `.`), files re-saved as `date,value` (the series is
 * then known by the file name, `<ID>.csv` or `fred-<ID>.csv`), Shiller's monthly CSV (byte-order mark, CRLF,
 * quoted thousands, a notes line, a repeated last label read by its decimal date), and the project's own
 * fixtures (`fixtures/fred/<ID>.json`, `fixtures/shiller/ie-data.json`). Pure: file names and texts in,
 * series out; nothing is read from disk here.
 */
import type { DatedValue } from '../types';
import { isV2SeriesId, V2_INPUT_IDS, type V2InputId, type V2SeriesId } from './method';
import { monthIndexOfDate, monthLabel } from './quarterly';

/** One month of Shiller's data: nominal S&P composite price, 12-month earnings, CPI; his CAPE for checks. */
export interface ShillerMonth {
  /** `YYYY-MM`. */
  month: string;
  price: number | null;
  earnings: number | null;
  cpi: number | null;
  cape: number | null;
}

export interface HistoryV2Inputs {
  series: Partial<Record<V2SeriesId, readonly DatedValue[]>>;
  shiller?: readonly ShillerMonth[] | undefined;
}

export interface InputFile {
  /** File name (a path is fine: only the last part counts). */
  name: string;
  text: string;
}

export interface ReadResult {
  inputs: HistoryV2Inputs;
  /** Which file each input came from. */
  from: Partial<Record<V2InputId, string>>;
  /** Files that could not be read, as `file:line: reason`. */
  errors: string[];
  /** Files read but not needed by v2. */
  ignored: string[];
}

/** FRED publishes the Z.1 levels in millions of dollars; the fixtures (and the back-test) use billions. */
export const CSV_SCALE: Partial<Record<V2SeriesId, number>> = { NCBEILQ027S: 1000, NCBDBIQ027S: 1000 };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const DATE_HEADERS = new Set(['observation_date', 'date']);

function baseName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
}

/** The series id a file name names: `BAA.csv`, `fred-BAA.csv` (case of the id kept as FRED's, upper). */
export function seriesIdFromFileName(name: string): string | null {
  const m = /^(?:fred-)?([A-Za-z0-9_]+)\.(csv|json)$/i.exec(baseName(name));
  return m?.[1] ? m[1].toUpperCase() : null;
}

function lines(text: string): string[] {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return t.split(/\r?\n/);
}

export type FredParse = { ok: true; id: string; observations: DatedValue[] } | { ok: false; error: string };

/**
 * One FRED CSV. The header names the series (`observation_date,BAA`, `DATE,BAA`), or says only
 * `date,value`, when the file name names it. A blank or `.` is a missing day (null), never zero; dates must
 * strictly increase. `scale` divides every value (FRED's millions → billions for Z.1).
 */
export function parseFredCsv(name: string, text: string, scaleFor = CSV_SCALE): FredParse {
  const file = baseName(name);
  const rows = lines(text);
  const header = (rows[0] ?? '').split(',').map((c) => c.trim());
  if (header.length !== 2 || !DATE_HEADERS.has((header[0] ?? '').toLowerCase())) {
    return { ok: false, error: `${file}:1: not a FRED CSV (header "${rows[0] ?? ''}")` };
  }
  const named = header[1] ?? '';
  let id: string;
  if (/^value$/i.test(named)) {
    const fromName = seriesIdFromFileName(file);
    if (!fromName)
      return { ok: false, error: `${file}:1: header "date,value" and no series id in the file name` };
    id = fromName;
  } else id = named.toUpperCase();
  const scale = isV2SeriesId(id) ? (scaleFor[id] ?? 1) : 1;
  const observations: DatedValue[] = [];
  let prev = '';
  for (let i = 1; i < rows.length; i++) {
    const line = rows[i] ?? '';
    if (line.trim() === '') continue;
    const cells = line.split(',');
    const date = (cells[0] ?? '').trim();
    const raw = (cells[1] ?? '').trim();
    if (cells.length !== 2 || !ISO_DATE.test(date))
      return { ok: false, error: `${file}:${i + 1}: bad row "${line}"` };
    if (date <= prev)
      return { ok: false, error: `${file}:${i + 1}: dates not increasing (${prev} then ${date})` };
    prev = date;
    if (raw === '' || raw === '.') observations.push([date, null]);
    else if (NUMBER.test(raw)) observations.push([date, scale === 1 ? Number(raw) : Number(raw) / scale]);
    else return { ok: false, error: `${file}:${i + 1}: bad value "${raw}"` };
  }
  if (!observations.some(([, v]) => v !== null)) return { ok: false, error: `${file}: no values` };
  return { ok: true, id, observations };
}

/** Splits one CSV line, honouring double quotes (`"12,480.52"`). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
}

/** `"12,480.52"` → 12480.52; `NA` or empty → null; anything else not a number → undefined (an error). */
function shillerNumber(raw: string): number | null | undefined {
  const t = raw.trim();
  if (t === '' || t === 'NA') return null;
  const n = t.replace(/,/g, '');
  return NUMBER.test(n) ? Number(n) : undefined;
}

/** True when the text looks like Shiller's `ie_data` CSV (its header row). */
export function isShillerCsv(text: string): boolean {
  return /^Date,P,D,E,CPI,Fraction/.test(lines(text)[0] ?? '');
}

export type ShillerParse = { ok: true; rows: ShillerMonth[] } | { ok: false; error: string };

/**
 * Shiller's monthly CSV as laid out in shared/data: columns by position (Date, P, D, E, CPI, Fraction, …,
 * CAPE at column 13). Rows without a `YYYY-MM` date (the notes line) are skipped. A label that repeats the
 * previous one is read by its decimal date (Shiller's preliminary September 2025 row is labelled 2025-08).
 */
export function parseShillerCsv(name: string, text: string): ShillerParse {
  const file = baseName(name);
  const rows = lines(text);
  if (!isShillerCsv(text)) return { ok: false, error: `${file}:1: not Shiller's ie_data header` };
  const out: ShillerMonth[] = [];
  let prevMonth = Number.NEGATIVE_INFINITY;
  for (let i = 1; i < rows.length; i++) {
    const line = rows[i] ?? '';
    const cells = splitCsvLine(line);
    const label = (cells[0] ?? '').trim();
    if (!/^\d{4}-\d{2}$/.test(label)) continue;
    let month = monthIndexOfDate(label);
    if (month === prevMonth) {
      const fraction = Number(cells[5]);
      const year = Number(label.slice(0, 4));
      const fromFraction = Number.isFinite(fraction)
        ? year * 12 + Math.floor((fraction - Math.floor(fraction)) * 12)
        : Number.NaN;
      if (Math.floor(fraction) !== year || fromFraction !== prevMonth + 1) {
        return {
          ok: false,
          error: `${file}:${i + 1}: month ${label} repeated and its decimal date does not follow`,
        };
      }
      month = fromFraction;
    }
    if (month <= prevMonth)
      return { ok: false, error: `${file}:${i + 1}: months not increasing at ${label}` };
    prevMonth = month;
    const price = shillerNumber(cells[1] ?? '');
    const earnings = shillerNumber(cells[3] ?? '');
    const cpi = shillerNumber(cells[4] ?? '');
    const cape = shillerNumber(cells[12] ?? '');
    if (price === undefined || earnings === undefined || cpi === undefined || cape === undefined) {
      return { ok: false, error: `${file}:${i + 1}: a number could not be read in "${line.slice(0, 60)}"` };
    }
    out.push({ month: monthLabel(month), price, earnings, cpi, cape });
  }
  if (out.length === 0) return { ok: false, error: `${file}: no monthly rows` };
  return { ok: true, rows: out };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The project's Shiller fixture (`fixtures/shiller/ie-data.json`): `columns` and `rows`. */
export function shillerFromFixture(json: unknown): ShillerMonth[] | null {
  if (!isRecord(json) || !Array.isArray(json.columns) || !Array.isArray(json.rows)) return null;
  const cols = json.columns as unknown[];
  const at = (c: string) => cols.indexOf(c);
  const [im, ip, ie, ic, ik] = [at('month'), at('price'), at('earnings'), at('cpi'), at('cape')];
  if (im < 0 || ip < 0 || ie < 0 || ic < 0) return null;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const out: ShillerMonth[] = [];
  for (const r of json.rows as unknown[]) {
    if (!Array.isArray(r) || typeof r[im] !== 'string' || !/^\d{4}-\d{2}$/.test(r[im])) return null;
    out.push({
      month: r[im],
      price: num(r[ip]),
      earnings: num(r[ie]),
      cpi: num(r[ic]),
      cape: ik >= 0 ? num(r[ik]) : null,
    });
  }
  return out;
}

/** A dated-series fixture (`fixtures/fred/<ID>.json`): its id and observations, already in fixture units. */
export function datedFromFixture(json: unknown): { id: string; observations: DatedValue[] } | null {
  if (!isRecord(json) || typeof json.id !== 'string' || !Array.isArray(json.observations)) return null;
  const observations: DatedValue[] = [];
  for (const o of json.observations as unknown[]) {
    if (!Array.isArray(o) || typeof o[0] !== 'string' || !ISO_DATE.test(o[0])) return null;
    const v = o[1];
    if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) return null;
    observations.push([o[0], v]);
  }
  return { id: json.id, observations };
}

/**
 * Reads a folder's files as they come. Each file is recognised by its content (FRED header, Shiller header,
 * fixture JSON); a FRED `date,value` file by its name. Files v2 does not need are listed in `ignored`.
 */
export function readBacktestFiles(files: readonly InputFile[]): ReadResult {
  const series: HistoryV2Inputs['series'] = {};
  let shiller: ShillerMonth[] | undefined;
  const from: ReadResult['from'] = {};
  const errors: string[] = [];
  const ignored: string[] = [];
  const take = (id: V2InputId, file: string) => {
    if (from[id]) {
      errors.push(`${file}: ${id} is already read from ${from[id]}`);
      return false;
    }
    from[id] = file;
    return true;
  };
  for (const f of [...files].sort((a, b) => baseName(a.name).localeCompare(baseName(b.name)))) {
    const file = baseName(f.name);
    if (/\.json$/i.test(file)) {
      let json: unknown;
      try {
        json = JSON.parse(f.text);
      } catch {
        errors.push(`${file}: not valid JSON`);
        continue;
      }
      const sh = shillerFromFixture(json);
      if (sh) {
        if (take('shiller', file)) shiller = sh;
        continue;
      }
      const d = datedFromFixture(json);
      if (d && isV2SeriesId(d.id)) {
        if (take(d.id, file)) series[d.id] = d.observations;
      } else ignored.push(file);
      continue;
    }
    if (!/\.csv$/i.test(file)) {
      ignored.push(file);
      continue;
    }
    if (isShillerCsv(f.text)) {
      const r = parseShillerCsv(file, f.text);
      if (!r.ok) errors.push(r.error);
      else if (take('shiller', file)) shiller = r.rows;
      continue;
    }
    const header = (lines(f.text)[0] ?? '').split(',');
    const named = (header[1] ?? '').trim();
    const id = /^value$/i.test(named) ? seriesIdFromFileName(file) : named.toUpperCase();
    if (!id || !isV2SeriesId(id)) {
      ignored.push(file);
      continue;
    }
    const r = parseFredCsv(file, f.text);
    if (!r.ok) errors.push(r.error);
    else if (isV2SeriesId(r.id) && take(r.id, file)) series[r.id] = r.observations;
  }
  return { inputs: { series, shiller }, from, errors, ignored };
}

/** The inputs v2 needs that are absent. */
export function missingInputs(inputs: HistoryV2Inputs): V2InputId[] {
  return V2_INPUT_IDS.filter((id) => (id === 'shiller' ? !inputs.shiller?.length : !inputs.series[id]));
}
