/**
 * What decoding an analyst's file gives: its series, or the problems that stopped it (each row error
 * names the row, the column and the reason). Types and limits only; the decoders are in `decode.ts`.
 */
import type { ImportedSeries, ImportFormat, Unit } from '../../domain/types';

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** How many row errors are listed (the total is always given). */
export const MAX_LISTED_ERRORS = 20;

export type RowErrorCode = 'required' | 'number' | 'year' | 'date' | 'period' | 'kind' | 'record' | 'csv';
export interface RowError {
  /** Spreadsheet numbering for CSV (the header is row 1); the record's 1-based position for JSON. */
  row: number;
  column: string;
  code: RowErrorCode;
  /** The offending cell as text (cut to 40 characters); '' when missing. */
  got: string;
}

export type FileErrorCode =
  | 'empty'
  | 'tooLarge'
  | 'notUtf8'
  | 'header'
  | 'missingColumns'
  | 'json'
  | 'jsonShape'
  | 'noRows'
  | 'duplicatePeriod'
  | 'mixedUnits'
  | 'overrideUnit'
  | 'unreadable'
  | 'viewFile'
  | 'fredOverride'
  | 'fredBuiltin';
export interface FileError {
  code: FileErrorCode;
  params: Readonly<Record<string, string | number>>;
}

export type DecodeResult =
  | { ok: true; format: ImportFormat; series: ImportedSeries[]; rows: number }
  | { ok: false; fileErrors: FileError[]; rowErrors: RowError[]; totalRowErrors: number };

/** What the decoder needs to know of the built-in data: the unit of a `<dataset>/<series>`, if it exists. */
export type BuiltinUnit = (name: string) => Unit | undefined;
/** Told the fraction done (0–1) now and then while a large file is checked. */
export type Progress = (fraction: number) => void;
