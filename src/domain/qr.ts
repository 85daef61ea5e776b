/** Turn a QR module matrix (true = dark) into one SVG path of unit squares, offset by a quiet zone. */
export function qrPath(modules: ReadonlyArray<ReadonlyArray<boolean>>, quiet = 0): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x + quiet} ${y + quiet}h1v1h-1z`);
    });
  });
  return parts.join('');
}
