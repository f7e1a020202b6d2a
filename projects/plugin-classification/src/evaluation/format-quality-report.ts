import { EMAIL_CLASSES } from '../model/email-class';
import { QualityReport } from './evaluate-classifier';

/** Formats a {@link QualityReport} as a plain-text table: per class, macro averages, confusion. */
export function formatQualityReport(title: string, report: QualityReport): string {
  const pct = (n: number): string => `${(n * 100).toFixed(1)}%`.padStart(7);
  const lines = [
    title,
    `${'class'.padEnd(11)}${'precision'.padStart(10)}${'recall'.padStart(9)}${'F1'.padStart(9)}${'n'.padStart(5)}`,
    ...report.classes.map(
      (q) =>
        `${q.label.padEnd(11)}${pct(q.precision).padStart(10)}${pct(q.recall).padStart(9)}${pct(q.f1).padStart(9)}${String(q.support).padStart(5)}`,
    ),
    `${'macro'.padEnd(11)}${pct(report.macroPrecision).padStart(10)}${pct(report.macroRecall).padStart(9)}${pct(report.macroF1).padStart(9)}`,
    `accuracy ${pct(report.accuracy).trim()}`,
    '',
    `confusion (rows: actual, columns: predicted)`,
    `${''.padEnd(11)}${EMAIL_CLASSES.map((c) => c.slice(0, 9).padStart(10)).join('')}`,
    ...EMAIL_CLASSES.map(
      (a) =>
        `${a.padEnd(11)}${EMAIL_CLASSES.map((p) => String(report.confusion[a][p]).padStart(10)).join('')}`,
    ),
  ];
  if (report.mistakes.length) {
    lines.push('', 'mistakes');
    for (const m of report.mistakes) {
      lines.push(`  ${m.id}: ${m.actual} → ${m.predicted} (${pct(m.confidence).trim()})`);
    }
  }
  return lines.join('\n');
}
