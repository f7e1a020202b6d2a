import { circle } from '../icons/icon-shapes';

/**
 * The icons only the email pane uses, drawn like the pane's others (24 px grid, 1.6 px strokes)
 * and given to `<halo-icon [drawing]>`: they are part of the pane's chunk, so the first screen
 * does not carry them.
 */
export const EMAIL_PANE_ICONS = {
  'open-in-new': [
    'M13.5 4.5H19.5V10.5M19.5 4.5l-8 8',
    'M18 14v4a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4',
  ],
  assign: [circle(10, 8, 4), 'M3 20a7 7 0 0 1 10.5-6', 'm15 18 2 2 4-4.5'],
  'add-person': [circle(10, 8, 4), 'M3 20a7 7 0 0 1 11-5.7', 'M18.5 14v6m-3-3h6'],
  expand: ['m6 9 6 6 6-6'],
  thread: ['M5 5h14v10H9l-4 4z', 'M9 9h6m-6 3h4'],
  phone: [
    'M5 4h3.5l1.5 4-2 1.5a11 11 0 0 0 6.5 6.5l1.5-2 4 1.5V19a1.5 1.5 0 0 1-1.6 1.5A16 16 0 0 1 3.5 5.6 1.5 1.5 0 0 1 5 4z',
  ],
  client: [
    'M4 20V6a1.5 1.5 0 0 1 1.5-1.5h7A1.5 1.5 0 0 1 14 6v14',
    'M14 10h4.5A1.5 1.5 0 0 1 20 11.5V20M3 20h18M7.5 8h3m-3 4h3m-3 4h3',
  ],
  site: ['M12 21s-6.5-5.8-6.5-11a6.5 6.5 0 0 1 13 0c0 5.2-6.5 11-6.5 11z', circle(12, 10, 2.3)],
  status: [circle(12, 12, 8.5), 'M12 7.5V12l3 2'],
} as const satisfies Record<string, readonly string[]>;
