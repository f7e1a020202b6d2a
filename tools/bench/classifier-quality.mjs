// `npm run bench:classifier`: trains the email classifier of @halo-outlook/plugin-classification on
// the training part of its labelled corpus and prints precision and recall on the held-out part,
// for the full model and for each kind of evidence alone (words only, header/sender rules only).
// The library's TypeScript is bundled in memory with esbuild; nothing is written to disk.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const library = fileURLToPath(new URL('../../projects/plugin-classification/src', import.meta.url));

const entry = `
export { labelledCorpus } from './corpus/labelled-corpus';
export { splitCorpus } from './corpus/split-corpus';
export { createEmailClassifier } from './classifier/email-classifier';
export { evaluateClassifier } from './evaluation/evaluate-classifier';
export { formatQualityReport } from './evaluation/format-quality-report';
`;

const bundle = await build({
  stdin: { contents: entry, resolveDir: library, loader: 'ts', sourcefile: 'bench-entry.ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const code = bundle.outputFiles[0].text;
const lib = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

const corpus = lib.labelledCorpus();
const { train, heldOut } = lib.splitCorpus(corpus);
console.log(
  `labelled corpus: ${corpus.length} emails; trained on ${train.length}, measured on ${heldOut.length} held out\n`,
);

const variants = [
  ['words + header/sender rules (the shipped model)', {}],
  ['words only (naive Bayes, no rules)', { signalRules: [] }],
  ['header/sender rules only (no words)', { useWords: false }],
];
for (const [title, options] of variants) {
  const classifier = lib.createEmailClassifier(train, options);
  const report = lib.evaluateClassifier(classifier, heldOut);
  console.log(lib.formatQualityReport(`== ${title}`, report));
  console.log('');
}
