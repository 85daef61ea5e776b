import { useEffect, useState } from 'react';
import { qrPath } from '../domain/qr';
import { useT } from '../store/react';

const QUIET = 4;

/**
 * A QR code of a link, drawn here from the module matrix (the QR library is loaded only when a code is
 * shown; no image is fetched, no script is inlined, so the strict CSP holds).
 */
export function ShareQr({ url }: { url: string }) {
  const t = useT();
  const [code, setCode] = useState<{ url: string; size: number; path: string } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    import('uqr')
      .then(({ encode }) => {
        const qr = encode(url, { ecc: 'M', border: 0 });
        if (live) setCode({ url, size: qr.size, path: qrPath(qr.data, QUIET) });
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [url]);
  const ready = code !== null && code.url === url;
  const side = ready ? code.size + 2 * QUIET : 1;
  return (
    <figure className="share-qr" data-share-qr={ready ? url : undefined}>
      {ready ? (
        <svg
          viewBox={`0 0 ${side} ${side}`}
          role="img"
          aria-label={t('present.qrLabel')}
          shapeRendering="crispEdges"
        >
          <rect width={side} height={side} fill="#fff" />
          <path d={code.path} fill="#000" />
        </svg>
      ) : (
        <div className="share-qr-wait" aria-busy={!failed}>
          {failed ? t('present.qrFailed') : null}
        </div>
      )}
      <figcaption>
        {t('present.qrCaption')} <span className="share-qr-url">{url}</span>
      </figcaption>
    </figure>
  );
}
