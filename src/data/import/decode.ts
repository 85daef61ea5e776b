/**
 * Decoders for analysts' files: the long format (CSV or JSON), a FRED download and an OWID grapher CSV,
 * each as it comes. Pure (no DOM, no React), so the import worker and the tests call the same code.
 *
 * Every row is checked with Zod, cell by cell, so an error names the row, the column and the reason
 * (`row 14, value: expected a number, got "n/a"`). Import is atomic: any row or file error and the
 * result carries no series at all.
 */
import Papa from 'papaparse';
import * as z from 'zod/mini';
import type { ImportedPoint, ImportedSeries, ImportFormat, Kind } from '../../domain/types';
import { KIND_IDS } from '../../domain/types';
import {
  type BuiltinUnit,
  type DecodeResult,
  type FileError,
  type FileErrorCode,
  MAX_FILE_BYTES,
  MAX_LISTED_ERRORS,
  type Progress,
  type RowError,
  type RowErrorCode,
} from './result';
import { parseUnit, unitKey } from './units';

const PROGRESS_EVERY = 8192;

const fileFail = (code: FileErrorCode, params: FileError['params'] = {}): DecodeResult => ({
  ok: false,
  fileErrors: [{ code, params }],
  rowErrors: [],
  totalRowErrors: 0,
});

/** Bytes → text: refuses over-large, empty and non-UTF-8 files; drops a byte-order mark. */
export function decodeBytes(bytes: Uint8Array): { text: string } | { error: FileError } {
  if (bytes.byteLength > MAX_FILE_BYTES)
    return { error: { code: 'tooLarge', params: { mb: Math.round(bytes.byteLength / 1048576) } } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: { code: 'notUtf8', params: {} } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { error: { code: 'empty', params: {} } };
  return { text };
}

// ── Cells, checked with Zod ───────────────────────────────────────────────────────────────────────

const NUMBER_RE = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const numberCell = z.union([
  z.number().check(z.refine(Number.isFinite)),
  z.string().check(z.trim(), z.regex(NUMBER_RE)),
]);
const yearCell = z.union([
  z.int().check(z.gte(1000), z.lte(2200)),
  z.string().check(z.trim(), z.regex(/^\d{4}$/)),
]);
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const dateCell = z.string().check(z.trim(), z.regex(DATE_RE));
const kindCell = z.enum(KIND_IDS);
const textCell = z.string().check(z.trim(), z.minLength(1));

type Cell = unknown;
const isBlank = (c: Cell) => c === undefined || c === null || (typeof c === 'string' && c.trim() === '');
const gotText = (c: Cell): string => (isBlank(c) ? '' : String(c).trim().slice(0, 40));

/** An ISO date stays as it is; a date-time becomes a UTC ISO string. Null when not a real date. */
export function normaliseDate(text: string): string | null {
  const m = DATE_RE.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, hh, mm, ss, frac, zone] = m;
  const ymd = `${y}-${mo}-${d}`;
  const day = Date.UTC(Number(y), Number(mo) - 1, Number(d));
  if (new Date(day).toISOString().slice(0, 10) !== ymd) return null;
  if (hh === undefined) return ymd;
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) return null;
  const z0 =
    zone === undefined || zone === 'Z'
      ? 'Z'
      : zone.length === 5
        ? `${zone.slice(0, 3)}:${zone.slice(3)}`
        : zone;
  const t = Date.parse(`${ymd}T${hh}:${mm}:${ss ?? '00'}${frac ?? ''}${z0}`);
  if (Number.isNaN(t)) return null;
  const iso = new Date(t).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}

interface Rec {
  row: number;
  cells: Readonly<Record<string, Cell>>;
}

interface Checked {
  name: string;
  period: number | string;
  value: number;
  unitText: string;
  kind: Kind;
  source: string;
  note?: string;
}

class Errors {
  list: RowError[] = [];
  total = 0;
  add(row: number, column: string, code: RowErrorCode, got: Cell) {
    this.total++;
    if (this.list.length < MAX_LISTED_ERRORS) this.list.push({ row, column, code, got: gotText(got) });
  }
}

function checkNumber(rec: Rec, column: string, errors: Errors): number | null {
  const c = rec.cells[column];
  if (isBlank(c)) {
    errors.add(rec.row, column, 'required', c);
    return null;
  }
  const r = numberCell.safeParse(c);
  if (!r.success) {
    errors.add(rec.row, column, 'number', c);
    return null;
  }
  return Number(r.data);
}

function checkPeriod(
  rec: Rec,
  errors: Errors,
  yearColumn = 'year',
  dateColumn = 'date',
): number | string | null {
  const y = rec.cells[yearColumn];
  const d = rec.cells[dateColumn];
  if (!isBlank(d)) {
    const r = dateCell.safeParse(d);
    const norm = r.success ? normaliseDate(r.data) : null;
    if (norm === null) errors.add(rec.row, dateColumn, 'date', d);
    return norm;
  }
  if (!isBlank(y)) {
    const r = yearCell.safeParse(y);
    if (!r.success) {
      errors.add(rec.row, yearColumn, 'year', y);
      return null;
    }
    return Number(r.data);
  }
  errors.add(
    rec.row,
    yearColumn in rec.cells || !(dateColumn in rec.cells) ? yearColumn : dateColumn,
    'period',
    y,
  );
  return null;
}

function checkText(rec: Rec, column: string, errors: Errors): string | null {
  const c = rec.cells[column];
  const r = textCell.safeParse(typeof c === 'number' ? String(c) : c);
  if (!r.success) {
    errors.add(rec.row, column, 'required', c);
    return null;
  }
  return r.data;
}

/** A long-format record (CSV row or JSON object) → a checked row, or null with its errors added. */
function checkLong(rec: Rec, errors: Errors): Checked | null {
  const before = errors.total;
  const name = checkText(rec, 'series', errors);
  const period = checkPeriod(rec, errors);
  const value = checkNumber(rec, 'value', errors);
  const unitText = checkText(rec, 'unit', errors);
  const source = checkText(rec, 'source', errors);
  let kind: Kind = 'reported';
  const k = rec.cells.kind;
  if (!isBlank(k)) {
    const r = kindCell.safeParse(String(k).trim().toLowerCase());
    if (r.success) kind = r.data;
    else errors.add(rec.row, 'kind', 'kind', k);
  }
  const noteCell = rec.cells.note;
  if (
    errors.total > before ||
    name === null ||
    period === null ||
    value === null ||
    unitText === null ||
    source === null
  )
    return null;
  const out: Checked = { name, period, value, unitText, kind, source };
  if (!isBlank(noteCell)) out.note = String(noteCell).trim();
  return out;
}

// ── Grouping and whole-file checks ────────────────────────────────────────────────────────────────

function periodKey(p: number | string): string {
  return String(p);
}

function sortTime(p: number | string): number {
  if (typeof p === 'number') return Date.UTC(p, 6, 1);
  return Date.parse(p.length === 10 ? `${p}T00:00:00Z` : p);
}

function group(
  rows: readonly Checked[],
  format: ImportFormat,
  file: string,
  builtinUnit: BuiltinUnit,
): { series: ImportedSeries[]; errors: FileError[] } {
  const byName = new Map<string, Checked[]>();
  for (const r of rows) {
    const list = byName.get(r.name);
    if (list) list.push(r);
    else byName.set(r.name, [r]);
  }
  const errors: FileError[] = [];
  const series: ImportedSeries[] = [];
  for (const [name, list] of byName) {
    const units = [...new Set(list.map((r) => unitKey(r.unitText)))];
    if (units.length > 1) {
      errors.push({ code: 'mixedUnits', params: { series: name, units: units.join(', ') } });
      continue;
    }
    const seen = new Set<string>();
    const dup = list.find((r) => {
      const k = periodKey(r.period);
      if (seen.has(k)) return true;
      seen.add(k);
      return false;
    });
    if (dup) {
      errors.push({ code: 'duplicatePeriod', params: { series: name, period: periodKey(dup.period) } });
      continue;
    }
    const unitText = list[0]?.unitText ?? '';
    const unit = unitText === '' ? null : parseUnit(unitText);
    const expected = builtinUnit(name);
    if (expected !== undefined && unit !== expected) {
      errors.push({ code: 'overrideUnit', params: { series: name, unit: unitText || '—', expected } });
      continue;
    }
    const points: ImportedPoint[] = list
      .map((r) => {
        const p: ImportedPoint = { period: r.period, value: r.value, kind: r.kind, source: r.source };
        if (r.note !== undefined) p.note = r.note;
        return p;
      })
      .sort((a, b) => sortTime(a.period) - sortTime(b.period));
    series.push({
      name,
      unit,
      unitText,
      format,
      file,
      sources: [...new Set(list.map((r) => r.source))],
      points,
      panel: null,
    });
  }
  return { series, errors };
}

function finish(
  checked: readonly Checked[],
  errors: Errors,
  format: ImportFormat,
  file: string,
  builtinUnit: BuiltinUnit,
): DecodeResult {
  if (errors.total > 0)
    return { ok: false, fileErrors: [], rowErrors: errors.list, totalRowErrors: errors.total };
  if (checked.length === 0) return fileFail('noRows');
  const g = group(checked, format, file, builtinUnit);
  if (g.errors.length > 0) return { ok: false, fileErrors: g.errors, rowErrors: [], totalRowErrors: 0 };
  return { ok: true, format, series: g.series, rows: checked.length };
}

// ── Formats ───────────────────────────────────────────────────────────────────────────────────────

const LONG_REQUIRED = ['series', 'value', 'unit', 'source'] as const;

function decodeLongRecords(
  recs: readonly Rec[],
  file: string,
  builtinUnit: BuiltinUnit,
  format: ImportFormat,
  onProgress?: Progress,
) {
  const errors = new Errors();
  const checked: Checked[] = [];
  recs.forEach((rec, i) => {
    const c = checkLong(rec, errors);
    if (c) checked.push(c);
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress(0.3 + (0.7 * i) / recs.length);
  });
  return finish(checked, errors, format, file, builtinUnit);
}

function decodeJson(
  text: string,
  file: string,
  builtinUnit: BuiltinUnit,
  onProgress?: Progress,
): DecodeResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fileFail('json', { detail: e instanceof Error ? e.message : String(e) });
  }
  if (!Array.isArray(data)) return fileFail('jsonShape');
  if (data.length === 0) return fileFail('noRows');
  const errors = new Errors();
  const recs: Rec[] = [];
  data.forEach((item: unknown, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item))
      errors.add(i + 1, 'record', 'record', JSON.stringify(item) ?? '');
    else recs.push({ row: i + 1, cells: item as Record<string, Cell> });
  });
  const out = decodeLongRecords(recs, file, builtinUnit, 'long', onProgress);
  if (errors.total === 0) return out;
  // Records that are not objects count with the others.
  const rest = out.ok ? { list: [], total: 0 } : { list: out.rowErrors, total: out.totalRowErrors };
  const list = [...errors.list, ...rest.list].sort((a, b) => a.row - b.row).slice(0, MAX_LISTED_ERRORS);
  return { ok: false, fileErrors: [], rowErrors: list, totalRowErrors: errors.total + rest.total };
}

function normHeader(h: readonly string[]): string[] {
  return h.map((c) => c.trim());
}

/** Parse CSV text into rows of cells (papaparse), dropping blank lines but keeping row numbers. */
export function parseCsv(text: string): {
  rows: Array<{ row: number; cells: string[] }>;
  badQuotes: number[];
} {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const badQuotes = [
    ...new Set(parsed.errors.filter((e) => e.type === 'Quotes').map((e) => (e.row ?? 0) + 1)),
  ];
  const rows: Array<{ row: number; cells: string[] }> = [];
  parsed.data.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    rows.push({ row: i + 1, cells });
  });
  return { rows, badQuotes };
}

function decodeCsv(
  text: string,
  file: string,
  builtinUnit: BuiltinUnit,
  onProgress?: Progress,
): DecodeResult {
  const { rows, badQuotes } = parseCsv(text);
  onProgress?.(0.3);
  if (!rows[0]) return fileFail('empty');
  if (badQuotes.length > 0) {
    // An unclosed quote swallows the rest of the file; the rows before it are still checked, so every
    // problem up to there is listed with it.
    const first = Math.min(...badQuotes);
    const before = decodeCsvRows(
      rows.filter((r) => r.row < first),
      file,
      builtinUnit,
    );
    const quotes = badQuotes.map((row): RowError => ({ row, column: 'csv', code: 'csv', got: '' }));
    const prior = before.ok ? [] : before.rowErrors;
    const list = [...prior, ...quotes].sort((a, b) => a.row - b.row).slice(0, MAX_LISTED_ERRORS);
    const total = (before.ok ? 0 : before.totalRowErrors) + quotes.length;
    // Whole-file problems found up to there (a header, a duplicate period) are kept too.
    const fileErrors = before.ok
      ? []
      : before.fileErrors.filter((e) => e.code !== 'noRows' && e.code !== 'empty');
    return { ok: false, fileErrors, rowErrors: list, totalRowErrors: total };
  }
  return decodeCsvRows(rows, file, builtinUnit, onProgress);
}

/** Decode parsed CSV rows (the first is the header): FRED, OWID or long format, by the header. */
function decodeCsvRows(
  rows: Array<{ row: number; cells: string[] }>,
  file: string,
  builtinUnit: BuiltinUnit,
  onProgress?: Progress,
): DecodeResult {
  const head = rows[0];
  if (!head) return fileFail('empty');
  const header = normHeader(head.cells);
  const lower = header.map((h) => h.toLowerCase());
  const body = rows.slice(1);
  // FRED: observation_date (or DATE), then the series id.
  if (header.length === 2 && (lower[0] === 'observation_date' || lower[0] === 'date')) {
    const dateCol = header[0] ?? 'observation_date';
    const id = header[1] ?? '';
    if (id === '') return fileFail('header', { header: header.join(',').slice(0, 80) });
    const errors = new Errors();
    const checked: Checked[] = [];
    for (const r of body) {
      const v = r.cells[1]?.trim() ?? '';
      const rec: Rec = { row: r.row, cells: { [dateCol]: r.cells[0], [id]: v } };
      const period = checkPeriod(rec, errors, dateCol, dateCol);
      if (v === '' || v === '.') continue; // FRED marks missing days with '.' (or leaves them blank)
      const value = checkNumber(rec, id, errors);
      if (period === null || value === null) continue;
      checked.push({ name: id, period, value, unitText: '', kind: 'reported', source: `FRED ${id}` });
    }
    return finish(checked, errors, 'fred', file, builtinUnit);
  }
  // OWID grapher: Entity, Code, Year (or Day), indicator.
  if (lower[0] === 'entity' && lower[1] === 'code' && (lower[2] === 'year' || lower[2] === 'day')) {
    const indicator = header[3];
    if (!indicator) return fileFail('header', { header: header.join(',').slice(0, 80) });
    const timeCol = header[2] ?? 'Year';
    const isDay = lower[2] === 'day';
    const errors = new Errors();
    const checked: Checked[] = [];
    for (const r of body) {
      const rec: Rec = {
        row: r.row,
        cells: { Entity: r.cells[0], [timeCol]: r.cells[2], [indicator]: r.cells[3]?.trim() ?? '' },
      };
      const entity = checkText(rec, 'Entity', errors);
      const period = isDay
        ? checkPeriod(rec, errors, timeCol, timeCol)
        : checkPeriod(rec, errors, timeCol, '\0');
      if ((r.cells[3]?.trim() ?? '') === '') continue; // no figure for this entity and year
      const value = checkNumber(rec, indicator, errors);
      if (entity === null || period === null || value === null) continue;
      checked.push({
        name: entity,
        period,
        value,
        unitText: '',
        kind: 'reported',
        source: `Our World in Data: ${indicator}`,
      });
    }
    return finish(checked, errors, 'owid', file, builtinUnit);
  }
  // Long format.
  if (lower.includes('series') && lower.includes('value')) {
    const missing: string[] = LONG_REQUIRED.filter((c) => !lower.includes(c));
    if (!lower.includes('year') && !lower.includes('date')) missing.push('year|date');
    if (missing.length > 0) return fileFail('missingColumns', { columns: missing.join(', ') });
    const recs: Rec[] = body.map((r) => {
      const cells: Record<string, string | undefined> = {};
      lower.forEach((h, i) => {
        cells[h] = r.cells[i];
      });
      return { row: r.row, cells };
    });
    return decodeLongRecords(recs, file, builtinUnit, 'long', onProgress);
  }
  return fileFail('header', { header: header.join(',').slice(0, 80) });
}

/** Decode a file's text: JSON when it looks like JSON (or is named *.json), else CSV. */
export function decodeText(
  text: string,
  file: string,
  builtinUnit: BuiltinUnit,
  onProgress?: Progress,
): DecodeResult {
  if (text.trim() === '') return fileFail('empty');
  const trimmed = text.trimStart();
  if (/\.json$/i.test(file) || trimmed.startsWith('[') || trimmed.startsWith('{'))
    return decodeJson(text, file, builtinUnit, onProgress);
  return decodeCsv(text, file, builtinUnit, onProgress);
}

/** Bytes → series: the whole pipeline the worker runs. */
export function decodeFile(
  bytes: Uint8Array,
  file: string,
  builtinUnit: BuiltinUnit,
  onProgress?: Progress,
): DecodeResult {
  const r = decodeBytes(bytes);
  if ('error' in r) return { ok: false, fileErrors: [r.error], rowErrors: [], totalRowErrors: 0 };
  return decodeText(r.text, file, builtinUnit, onProgress);
}
