import { circle, rect } from './icon-shapes';

/**
 * The icons the views share (set-up, sign-in, Settings, the pane, the failure banner), drawn like
 * the bar's (24 px grid, 1.6 px strokes) and given to `<halo-icon [drawing]>`: they load with the
 * views, so the first screen carries only the bar's.
 */
export const VIEW_ICONS = {
  close: ['m6.5 6.5 11 11m0-11-11 11'],
  copy: [
    rect(8.5, 8.5, 11.5, 11.5, 2),
    'M15.5 8.5V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v7.5a2 2 0 0 0 2 2h2.5',
  ],
  check: ['m5 12.5 4.5 4.5L19 7.5'],
  lock: [rect(5, 10.5, 14, 10, 2), 'M8 10.5v-3a4 4 0 0 1 8 0v3'],
  warning: ['M12 3.8 2.8 19.8h18.4z', 'M12 10v4.5m0 2.8v.1'],
  info: [circle(12, 12, 8.5), 'M12 11v5.5m0-8.5v.1'],
  offline: ['M7 18.5h10a4 4 0 0 0 .6-8 6 6 0 0 0-11.3-1.6A4.8 4.8 0 0 0 7 18.5z', 'm4 4 16 16'],
  refresh: ['M19.5 12a7.5 7.5 0 1 1-2.2-5.3', 'M19.5 4.5v4.8h-4.8'],
  'sign-in': ['M4 12h11m-4-4 4 4-4 4', 'M13 4h5a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-5'],
  'sign-out': ['M20 12H9m4-4-4 4 4 4', 'M11 4H6a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h5'],
  swap: ['M4 8h14m-4-4 4 4-4 4m6 4H6m4-4-4 4 4 4'],
  download: ['M12 4v11m-5-5 5 5 5-5M5 20h14'],
  person: [circle(12, 8, 4), 'M4.5 20a7.5 7.5 0 0 1 15 0'],
  guide: [
    'M4 5.5A1.5 1.5 0 0 1 5.5 4H11v16H5.5A1.5 1.5 0 0 1 4 18.5z',
    'M20 5.5A1.5 1.5 0 0 0 18.5 4H13v16h5.5a1.5 1.5 0 0 0 1.5-1.5z',
  ],
} as const satisfies Record<string, readonly string[]>;

/** The name of one of {@link VIEW_ICONS}. */
export type ViewIconName = keyof typeof VIEW_ICONS;
