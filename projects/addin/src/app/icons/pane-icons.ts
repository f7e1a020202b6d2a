import { circle } from './icon-shapes';

/**
 * The bar's icons (Back, Diagnostics, Settings), on every screen: line icons in the Fluent manner
 * (24 px grid, drawn with 1.6 px strokes in the current text colour), made for this add-in and
 * bundled as path data, so no icon font, icon CDN or SVG parsing is involved. The views' icons are
 * {@link VIEW_ICONS} and the email pane's `EMAIL_PANE_ICONS`, loaded with the views.
 */
export const PANE_ICONS = {
  settings: [
    'M21.4 10.7v2.6l-2.4.4-.9 2.1 1.4 2-1.8 1.8-2-1.4-2.1.9-.4 2.4h-2.6l-.4-2.4-2.1-.9-2 1.4-1.8-1.8 1.4-2-.9-2.1-2.4-.4v-2.6l2.4-.4.9-2.1-1.4-2 1.8-1.8 2 1.4 2.1-.9.4-2.4h2.6l.4 2.4 2.1.9 2-1.4 1.8 1.8-1.4 2 .9 2.1z',
    circle(12, 12, 3),
  ],
  diagnostics: ['M3 12h4l2.5-6 5 12 2.5-6h4'],
  back: ['M19 12H5m6-6-6 6 6 6'],
} as const satisfies Record<string, readonly string[]>;

/** The name of one of the bar's icons. */
export type PaneIconName = keyof typeof PANE_ICONS;
