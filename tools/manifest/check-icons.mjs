// Checks that every image a manifest names exists where its URL points, in a folder of the files
// the add-in is served from (the app's public assets, or a production build).
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { unescapeXml } from './xml-escape.mjs';

/** The elements whose URLs are images: the add-in's icons and the ribbon button's images. */
const IMAGE_URLS =
  /<(?:IconUrl|HighResolutionIconUrl|bt:Image)\b[^>]*?\bDefaultValue="([^"]*)"|<bt:Override\b[^>]*?\bValue="([^"]*\.(?:png|jpe?g|gif|bmp|tiff?)(?:\?[^"]*)?)"/g;

/**
 * The URL every add-in file is served under: the folder of the pane's SourceLocation
 * (`https://addin.example.com/index.html?…` → `https://addin.example.com/`).
 * @param {string} xml
 * @returns {string | undefined}
 */
export function manifestBaseUrl(xml) {
  const source = /<SourceLocation\s+DefaultValue="([^"]*)"/.exec(xml)?.[1];
  if (!source) return undefined;
  const url = new URL(unescapeXml(source));
  return `${url.origin}${url.pathname.replace(/[^/]*$/, '')}`;
}

/**
 * Returns a problem for each image URL of the manifest with no file behind it in `assetsDir`,
 * mapping the manifest's base URL to that folder.
 * @param {string} xml the manifest's text
 * @param {string} assetsDir the folder served at the base URL
 * @returns {string[]}
 */
export function checkIcons(xml, assetsDir) {
  const base = manifestBaseUrl(xml);
  if (!base) return ['No <SourceLocation> found: cannot tell where the icons are served from.'];
  const root = resolve(assetsDir);
  const problems = [];
  for (const match of xml.matchAll(IMAGE_URLS)) {
    const url = unescapeXml(match[1] ?? match[2]);
    if (!url.startsWith(base)) {
      problems.push(
        `Icon ${url} is not under the add-in's base URL ${base}: serve the icons with the add-in.`,
      );
      continue;
    }
    const path = decodeURIComponent(new URL(url).pathname.slice(new URL(base).pathname.length));
    const file = resolve(root, path);
    if (relative(root, file).startsWith('..') || !file.startsWith(root + sep)) {
      problems.push(`Icon ${url} points outside the add-in's files.`);
    } else if (!existsSync(file)) {
      problems.push(
        `Icon ${url} has no file: expected ${relative(process.cwd(), file) || file} ` +
          `(the folder served at ${base}).`,
      );
    }
  }
  return problems;
}
