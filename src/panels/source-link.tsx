import type { Source } from '../domain/types';

/** A source as "publisher, title", linked to the document (or to its entry in the source list). */
export function SourceLink({ source }: { source: Source }) {
  const text = `${source.publisher}, ${source.title}`;
  return source.url ? (
    <a href={source.url} rel="noreferrer noopener" target="_blank">
      {text}
    </a>
  ) : (
    <a href={`#source-${source.id}`}>{text}</a>
  );
}
