/** One training document: its class and its words. */
export interface TrainingDocument<C extends string> {
  /** The document's class. */
  readonly label: C;
  /** The document's words (see `tokenize`). */
  readonly words: readonly string[];
}

/**
 * A trained naive Bayes model over words, binarised (a word counts once per document) with Laplace
 * smoothing. Plain data, so it can be inspected or serialised.
 */
export interface NaiveBayesModel<C extends string> {
  /** The classes, in a fixed order. */
  readonly classes: readonly C[];
  /** log P(class): each class's share of the training documents. */
  readonly logPriors: Readonly<Record<C, number>>;
  /** For each class, how many of its documents contain each word. */
  readonly wordCounts: Readonly<Record<C, ReadonlyMap<string, number>>>;
  /** For each class, the sum of its word counts. */
  readonly totals: Readonly<Record<C, number>>;
  /** Every word seen in training. */
  readonly vocabulary: ReadonlySet<string>;
  /** The Laplace smoothing constant. */
  readonly alpha: number;
}

/**
 * Trains a {@link NaiveBayesModel} on labelled documents.
 *
 * @param alpha Laplace smoothing: how much an unseen word counts (1 = add-one smoothing).
 */
export function trainNaiveBayes<C extends string>(
  classes: readonly C[],
  documents: readonly TrainingDocument<C>[],
  alpha = 1,
): NaiveBayesModel<C> {
  const docCounts = perClass(classes, () => 0);
  const wordCounts = perClass(classes, () => new Map<string, number>());
  const totals = perClass(classes, () => 0);
  const vocabulary = new Set<string>();
  for (const doc of documents) {
    docCounts[doc.label] += 1;
    for (const word of new Set(doc.words)) {
      wordCounts[doc.label].set(word, (wordCounts[doc.label].get(word) ?? 0) + 1);
      totals[doc.label] += 1;
      vocabulary.add(word);
    }
  }
  const logPriors = perClass(classes, (c) =>
    Math.log((docCounts[c] + alpha) / (documents.length + alpha * classes.length)),
  );
  return { classes, logPriors, wordCounts, totals, vocabulary, alpha };
}

/** log P(word | class), smoothed. */
export function wordLogLikelihood<C extends string>(
  model: NaiveBayesModel<C>,
  label: C,
  word: string,
): number {
  const count = model.wordCounts[label].get(word) ?? 0;
  return Math.log(
    (count + model.alpha) / (model.totals[label] + model.alpha * model.vocabulary.size),
  );
}

/**
 * Sums log P(word | class) over the distinct known words of a document, for each class. Words never
 * seen in training are skipped (they say nothing about any class).
 *
 * @returns the per-class sums and the known words that were counted.
 */
export function wordEvidence<C extends string>(
  model: NaiveBayesModel<C>,
  words: readonly string[],
): { readonly sums: Record<C, number>; readonly known: readonly string[] } {
  const known = [...new Set(words)].filter((w) => model.vocabulary.has(w));
  const sums = perClass(model.classes, (c) =>
    known.reduce((sum, w) => sum + wordLogLikelihood(model, c, w), 0),
  );
  return { sums, known };
}

/**
 * The words of a document that speak most for a class: highest log-ratio of P(word | class) to the
 * mean P(word | other classes), positive ratios only.
 */
export function strongestWordsFor<C extends string>(
  model: NaiveBayesModel<C>,
  label: C,
  words: readonly string[],
  limit: number,
): string[] {
  const others = model.classes.filter((c) => c !== label);
  const ratio = (w: string): number =>
    wordLogLikelihood(model, label, w) -
    others.reduce((s, c) => s + wordLogLikelihood(model, c, w), 0) / Math.max(1, others.length);
  return [...new Set(words)]
    .filter((w) => model.vocabulary.has(w))
    .map((w) => ({ w, r: ratio(w) }))
    .filter(({ r }) => r > 0)
    .sort((a, b) => b.r - a.r || a.w.localeCompare(b.w))
    .slice(0, limit)
    .map(({ w }) => w);
}

function perClass<C extends string, V>(classes: readonly C[], value: (c: C) => V): Record<C, V> {
  return Object.fromEntries(classes.map((c) => [c, value(c)])) as Record<C, V>;
}
