// Everything we check about a manifest file: Microsoft's schema, then our own rules.
import { readFileSync } from 'node:fs';
import { checkIcons } from './check-icons.mjs';
import { checkManifest } from './check-manifest.mjs';
import { checkSchema, NOT_WELL_FORMED } from './check-schema.mjs';

/**
 * Returns the problems of a manifest file (schema errors, the rules the schema cannot express,
 * icons missing from `assetsDir`); an empty list means it is ready to deploy.
 * @param {string} file
 * @param {{ assetsDir: string }} options the folder served at the manifest's base URL
 * @returns {string[]}
 */
export function findManifestProblems(file, { assetsDir }) {
  const schemaProblems = checkSchema(file);
  if (schemaProblems.some((p) => p.includes(NOT_WELL_FORMED))) {
    return schemaProblems;
  }
  const xml = readFileSync(file, 'utf8');
  return [...schemaProblems, ...checkManifest(xml), ...checkIcons(xml, assetsDir)];
}
