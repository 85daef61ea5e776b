/** File names that say what and when: `bubble-pressure-capex-2026-06-30.png`. */

export const FILE_PREFIX = 'bubble-pressure';

/** Lower-case ASCII letters, digits and single hyphens; anything else becomes a hyphen. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The date part: the leading ISO date, month or year of `date` (`2026-06-30T…` → `2026-06-30`), else nothing. */
function datePart(date: string | null | undefined): string {
  return /^\d{4}(-\d{2}(-\d{2})?)?/.exec(date ?? '')?.[0] ?? '';
}

/** `bubble-pressure-<what>-<date>.<ext>`; parts that are empty are left out, never doubled hyphens. */
export function exportFileName(what: string, date: string | null | undefined, ext: string): string {
  const parts = [FILE_PREFIX, slug(what), datePart(date)].filter((p) => p.length > 0);
  return `${parts.join('-')}.${slug(ext) || 'txt'}`;
}
