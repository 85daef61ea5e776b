/**
 * Full-width punctuation for Traditional Chinese text (`成長率: 22%` becomes 成長率, U+FF1A, 22%).
 * Applied to zh-TW templates (before their placeholders are filled, so figures, names and links inserted
 * later keep their own characters) and to zh-TW labels from the fixtures. Half-width marks stay where they
 * belong to a number or a link: `1,000`, `10:30`, `https://`.
 */
const MAP: Readonly<Record<string, string>> = {
  ',': '\uFF0C',
  ':': '\uFF1A',
  ';': '\uFF1B',
  '?': '\uFF1F',
  '!': '\uFF01',
  '(': '\uFF08',
  ')': '\uFF09',
};

export function fullWidthPunctuation(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const full = MAP[c];
    const before = text.charAt(i - 1);
    const after = text.charAt(i + 1);
    const inNumber = (c === ',' || c === ':') && /\d/.test(before) && /\d/.test(after);
    const inLink = c === ':' && after === '/';
    if (!full || inNumber || inLink) {
      out += c;
      continue;
    }
    // A full-width mark carries its own spacing: drop the spaces around it.
    out = out.replace(/ +$/, '') + full;
    while (text.charAt(i + 1) === ' ') i++;
  }
  return out;
}
