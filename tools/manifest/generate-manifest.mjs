// `npm run manifest -- --base-url https://addin.example.com [...]`: writes an organisation's
// manifest.xml and latest.json, validated against Microsoft's schemas and our checks.
// Run with --help for the options; docs/deployment.md explains them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRelease } from './build-release.mjs';
import { parseGenerateOptions, USAGE, UsageError } from './generate-options.mjs';
import { findManifestProblems } from './manifest-problems.mjs';

const TEMPLATE = fileURLToPath(new URL('../../manifest.xml', import.meta.url));
const PUBLIC_ASSETS = fileURLToPath(new URL('../../projects/addin/public', import.meta.url));

try {
  const options = parseGenerateOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const previous = options.previous && readPrevious(options.previous);
  const { xml, info, note } = buildRelease(readFileSync(TEMPLATE, 'utf8'), options, {
    previous,
    builtAt: buildTime(),
  });

  mkdirSync(options.out, { recursive: true });
  const manifestFile = join(options.out, 'manifest.xml');
  writeFileSync(manifestFile, xml);
  const problems = findManifestProblems(manifestFile, {
    assetsDir: options.assets ?? PUBLIC_ASSETS,
  });
  if (problems.length) {
    console.error(`✘ The generated ${manifestFile} is not valid:\n  - ${problems.join('\n  - ')}`);
    process.exit(1);
  }
  writeFileSync(join(options.out, 'latest.json'), `${JSON.stringify(info, null, 2)}\n`);
  console.log(`✔ ${manifestFile}: "${info.name}", Id ${info.id}, ${note}`);
  console.log(
    `  ${join(options.out, 'latest.json')}: serve both at ${info.manifestUrl.replace(/manifest\.xml$/, '')}`,
  );
} catch (error) {
  console.error(`✘ ${error.message}`);
  if (error instanceof UsageError)
    console.error('Run "npm run manifest -- --help" for the options.');
  process.exit(error instanceof UsageError ? 2 : 1);
}

function readPrevious(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      error.code === 'ENOENT'
        ? `--previous ${file} does not exist: give the manifest your admins deployed last.`
        : `--previous ${file} cannot be read: ${error.message}`,
    );
  }
}

/** The build time: SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds; otherwise now. */
function buildTime() {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}
