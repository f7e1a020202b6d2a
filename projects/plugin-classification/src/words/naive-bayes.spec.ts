import { strongestWordsFor, trainNaiveBayes, wordEvidence, wordLogLikelihood } from './naive-bayes';

describe('naive Bayes', () => {
  const model = trainNaiveBayes(['ham', 'spam'] as const, [
    { label: 'ham', words: ['meeting', 'notes', 'meeting'] },
    { label: 'ham', words: ['lunch', 'notes'] },
    { label: 'spam', words: ['winner', 'prize'] },
  ]);

  it('counts a word once per document (binarised)', () => {
    expect(model.wordCounts.ham.get('meeting')).toBe(1);
    expect(model.totals.ham).toBe(4);
    expect(model.vocabulary.size).toBe(5);
  });

  it('uses Laplace-smoothed priors and likelihoods', () => {
    expect(Math.exp(model.logPriors.ham)).toBeCloseTo(3 / 5, 10);
    expect(Math.exp(wordLogLikelihood(model, 'ham', 'notes'))).toBeCloseTo(3 / 9, 10);
    expect(Math.exp(wordLogLikelihood(model, 'spam', 'notes'))).toBeCloseTo(1 / 7, 10);
  });

  it('sums evidence over distinct known words and skips unknown ones', () => {
    const { sums, known } = wordEvidence(model, ['prize', 'prize', 'unheard']);
    expect(known).toEqual(['prize']);
    expect(sums.spam).toBeGreaterThan(sums.ham);
  });

  it('names the words that speak for a class, strongest first', () => {
    expect(strongestWordsFor(model, 'spam', ['notes', 'winner', 'lunch'], 3)).toEqual(['winner']);
    expect(strongestWordsFor(model, 'ham', ['notes', 'winner', 'lunch'], 3)).toEqual([
      'notes',
      'lunch',
    ]);
  });
});
