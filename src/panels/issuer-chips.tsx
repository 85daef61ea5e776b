import { isIssuerId } from '../domain/ids';
import { useApp, useT } from '../store/react';
import { entityColor } from './chart/style';

/** Toggle buttons that select an issuer or vehicle across every panel (`data-issuer="<id>"`). */
export function IssuerChips({ ids, colorOf }: { ids: readonly string[]; colorOf?: (id: string) => string }) {
  const selection = useApp((s) => s.selection);
  const toggle = useApp((s) => s.toggleSelection);
  const t = useT();
  return (
    <ul className="legend">
      {ids.filter(isIssuerId).map((id) => (
        <li key={id}>
          <button
            type="button"
            className="chip"
            data-issuer={id}
            aria-pressed={selection === id}
            onClick={() => toggle(id)}
          >
            <span
              className="swatch"
              style={{ background: (colorOf ?? entityColor)(id) }}
              aria-hidden="true"
            />
            {t(`issuer.${id}`)}
          </button>
        </li>
      ))}
    </ul>
  );
}
