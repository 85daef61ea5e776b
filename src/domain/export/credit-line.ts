/**
 * The one line a downloaded picture ends with: title · source · as of · a short link to the view. It
 * fits one line of the picture's width: the source list is shortened first ("CTIMES, Bloomberg +12"),
 * then the link's text (ending in "…"; the link itself stays whole, as the target of an SVG `<a>`), then
 * the title. Pure: widths come from the caller's `measure` (a canvas in the browser).
 */

export interface CreditInput {
  title: string;
  /** Publishers, in order of weight; the line names as many as fit and counts the rest. */
  sources: readonly string[];
  /** "As of 31 Jan 2026", already in the reader's language; null when the data carry no date. */
  asOf: string | null;
  /** The view's short link (only what differs from the defaults), complete. */
  link: string;
}

export interface CreditLabels {
  /** "Source: {list}". */
  source: (list: string) => string;
  /** Between publishers (", " or "、"). */
  listSeparator: string;
  /** The count of publishers left out: "+{n}". */
  more: (n: number) => string;
}

export interface CreditSegment {
  text: string;
  /** Set on the link: the complete link, whatever its text shows. */
  href?: string;
}

export const CREDIT_SEPARATOR = ' · ';
const ELLIPSIS = '…';

/** A link as shown: without its scheme (`example.org/app/?v=1&range=2024-2030`). */
export function displayLink(link: string): string {
  return link.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
}

/** The shortest text a link is cut to: its host and path (up to the query), then "…". */
function linkFloor(shown: string): number {
  const q = shown.indexOf('?');
  return q < 0 ? shown.length : q + 1;
}

/** The longest prefix of `text` (at least `floor` characters) that, with "…", fits `room`. */
function cut(text: string, room: number, floor: number, measure: (s: string) => number): string {
  const chars = [...text];
  if (measure(text) <= room || floor >= chars.length) return text;
  let lo = floor;
  let hi = chars.length - 1;
  // Binary search on the number of characters kept.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('') + ELLIPSIS) <= room) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

function sourceText(sources: readonly string[], keep: number, labels: CreditLabels): string | null {
  if (sources.length === 0) return null;
  const named = sources.slice(0, keep).join(labels.listSeparator);
  const rest = sources.length - keep;
  return labels.source(rest > 0 ? `${named} ${labels.more(rest)}` : named);
}

/**
 * The credit line's segments, fitted to `width`: the first of these that fits, the link's text cut as
 * far as its host and path where needed: every publisher named, then fewer (at least one); the title cut
 * (it is written in full at the top of the picture); the title left out; the sources left out. Too
 * narrow for any: the last, as short as it gets.
 */
export function creditLine(
  input: CreditInput,
  labels: CreditLabels,
  width: number,
  measure: (s: string) => number,
): CreditSegment[] {
  const shownLink = displayLink(input.link);
  const floor = linkFloor(shownLink);
  const lead = (title: string | null, keep: number | null): string => {
    const texts = [title, keep === null ? null : sourceText(input.sources, keep, labels), input.asOf].filter(
      (t): t is string => t !== null && t.length > 0,
    );
    return texts.length > 0 ? texts.join(CREDIT_SEPARATOR) + CREDIT_SEPARATOR : '';
  };
  const line = (head: string, link: string): CreditSegment[] => [
    { text: head },
    { text: link, href: input.link },
  ];
  const floorLink =
    floor < [...shownLink].length ? [...shownLink].slice(0, floor).join('') + ELLIPSIS : shownLink;
  // The link whole, or cut to the room left (never below its host and path): null if even that is too long.
  const withLink = (head: string, cutLink: boolean): CreditSegment[] | null => {
    const room = width - measure(head);
    if (measure(shownLink) <= room) return line(head, shownLink);
    if (!cutLink || measure(floorLink) > room) return null;
    return line(head, cut(shownLink, room, floor, measure));
  };
  const least = Math.min(1, input.sources.length);
  for (let keep = input.sources.length; keep >= least; keep--) {
    const fits = withLink(lead(input.title, keep), keep === least);
    if (fits) return fits;
  }
  // The title cut, keeping a few characters of it, with the link at its shortest.
  const rest = measure(lead(null, least)) + measure(floorLink) + measure(CREDIT_SEPARATOR);
  const title = cut(input.title, width - rest, Math.min(8, [...input.title].length), measure);
  return (
    withLink(lead(title, least), true) ??
    withLink(lead(null, least), true) ??
    withLink(lead(null, null), true) ??
    line(lead(null, null), floorLink)
  );
}

/** The credit line's type sizes (px), largest first: a narrow picture sets its line smaller before cutting it. */
export const CREDIT_SIZES = [11, 10, 9] as const;

/**
 * The credit line at the largest size (of `sizes`) where it keeps its title and its link whole; else the
 * largest where the link is whole; else the smallest, as `creditLine` fits it.
 */
export function fitCreditLine(
  input: CreditInput,
  labels: CreditLabels,
  width: number,
  measureAt: (s: string, size: number) => number,
  sizes: readonly number[] = CREDIT_SIZES,
): { size: number; segments: CreditSegment[] } {
  const shown = displayLink(input.link);
  const tries = sizes.map((size) => ({
    size,
    segments: creditLine(input, labels, width, (s) => measureAt(s, size)),
  }));
  const whole = (t: (typeof tries)[number]) => t.segments.at(-1)?.text === shown;
  const titled = (t: (typeof tries)[number]) => (t.segments[0]?.text ?? '').startsWith(input.title);
  const last = tries.at(-1);
  if (!last) throw new Error('fitCreditLine: no sizes');
  return tries.find((t) => whole(t) && titled(t)) ?? tries.find(whole) ?? last;
}
