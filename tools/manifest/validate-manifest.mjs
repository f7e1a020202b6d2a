// Validates Office add-in manifests offline: Microsoft's XSDs (xmllint), then the rules the schema
// cannot check. Usage: node tools/manifest/validate-manifest.mjs manifest.xml [more.xml …]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkManifest } from './check-manifest.mjs';

const schema = fileURLToPath(new URL('./schemas/OfficeAppManifestV1_1.xsd', import.meta.url));
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: node tools/manifest/validate-manifest.mjs <manifest.xml> [...]');
  process.exit(2);
}

let failures = 0;
for (const file of files) {
  const xsd = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], {
    encoding: 'utf8',
  });
  if (xsd.error) {
    console.error('xmllint is not installed: install libxml2-utils (Debian) or libxml2 (macOS).');
    process.exit(2);
  }
  const problems = xsd.status === 0 ? [] : [xsd.stderr.trim()];
  problems.push(...checkManifest(readFileSync(file, 'utf8')));
  if (problems.length === 0) {
    console.log(`✔ ${file}: valid against the Office schemas and our checks`);
  } else {
    failures++;
    console.error(`✘ ${file}:\n  - ${problems.join('\n  - ')}`);
  }
}
process.exit(failures ? 1 : 0);
