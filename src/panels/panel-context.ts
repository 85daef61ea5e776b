import { createContext } from 'react';

/** The id of the panel a chart is drawn in (for imported series placed on that panel). */
export const PanelIdContext = createContext<string | null>(null);
