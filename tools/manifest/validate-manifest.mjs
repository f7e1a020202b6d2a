// Validates Office add-in manifests offline: Microsoft's XSDs (xmllint), then the rules the schema
// cannot check, including that every icon exists where its URL points.
// Usage: node tools/manifest/validate-manifest.mjs [--assets <folder>] <manifest.xml> [...]
//   --assets  the folder served at the manifest's base URL (default: the app's public assets,
//             projects/addin/public; pass dist/addin/browser to check a build)
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findManifestProblems } from './manifest-problems.mjs';

const DEFAULT_ASSETS = fileURLToPath(new URL('../../projects/addin/public', import.meta.url));

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { assets: { type: 'string', default: DEFAULT_ASSETS } },
  });
} catch (error) {
  console.error(
    `${error.message}\nUsage: validate-manifest.mjs [--assets <folder>] <manifest.xml> [...]`,
  );
  process.exit(2);
}
const files = parsed.positionals;
if (files.length === 0) {
  console.error(
    'Usage: node tools/manifest/validate-manifest.mjs [--assets <folder>] <manifest.xml> [...]',
  );
  process.exit(2);
}

let failures = 0;
for (const file of files) {
  let problems;
  try {
    problems = findManifestProblems(file, { assetsDir: parsed.values.assets });
  } catch (error) {
    console.error(`✘ ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    failures++;
    continue;
  }
  if (problems.length === 0) {
    console.log(`✔ ${file}: valid against the Office schemas and our checks`);
  } else {
    failures++;
    console.error(`✘ ${file}:\n  - ${problems.join('\n  - ')}`);
  }
}
process.exit(failures ? 1 : 0);
