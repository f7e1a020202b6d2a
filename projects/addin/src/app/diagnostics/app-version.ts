import { version } from '../../../../../package.json';

/** The add-in's version (the workspace's `package.json`), shown in Diagnostics and its report. */
export const APP_VERSION: string = version;
