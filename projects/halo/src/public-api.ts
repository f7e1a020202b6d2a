/*
 * Public API of @halo-outlook/halo.
 */
export { isRecord, readList, readNumber } from './parsing/read-list';
export type { ListPage } from './parsing/read-list';
