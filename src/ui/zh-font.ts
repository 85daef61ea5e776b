/**
 * The bundled Traditional Chinese font (Noto Sans TC from Fontsource), for readers without CJK fonts.
 * Its CSS splits the font by Unicode range, so a browser downloads only the slices holding the glyphs on
 * screen, from the app's own files. Imported lazily, only when zh-TW is shown.
 */
import '@fontsource/noto-sans-tc/400.css';
import '@fontsource/noto-sans-tc/700.css';
