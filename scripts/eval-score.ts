// Scoring for the accuracy eval: compares the engine's output with a page's labels, in order.

import type { Label } from '../tests/corpus/labels.ts';

export interface Prediction {
  term: string;
  annotated: boolean;
  sense?: string;
}

export interface Score {
  labels: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  icpTotal: number;
  icpRight: number;
  stpTotal: number;
  stpRight: number;
}

export const emptyScore = (): Score => ({
  labels: 0,
  truePositives: 0,
  falsePositives: 0,
  falseNegatives: 0,
  icpTotal: 0,
  icpRight: 0,
  stpTotal: 0,
  stpRight: 0,
});

const senseRight = (label: Label, prediction: Prediction): boolean =>
  prediction.annotated &&
  (label.undecided
    ? prediction.sense === undefined
    : label.sense === undefined || prediction.sense === label.sense);

export function scorePage(labels: Label[], predictions: Prediction[]): { score: Score; problems: string[] } {
  const score = emptyScore();
  const problems: string[] = [];
  if (labels.length !== predictions.length) {
    problems.push(`label count ${labels.length} differs from occurrences found ${predictions.length}`);
  }
  labels.forEach((label, index) => {
    const prediction = predictions[index] ?? { term: label.term, annotated: false };
    score.labels++;
    if (label.annotate && prediction.annotated) score.truePositives++;
    if (!label.annotate && prediction.annotated) {
      score.falsePositives++;
      problems.push(`#${index} ${label.term}: annotated, should not be`);
    }
    if (label.annotate && !prediction.annotated) {
      score.falseNegatives++;
      problems.push(`#${index} ${label.term}: missed`);
    }
    if (label.annotate && (label.term === 'ICP' || label.term === 'STP')) {
      const right = senseRight(label, prediction);
      if (label.term === 'ICP') {
        score.icpTotal++;
        if (right) score.icpRight++;
      } else {
        score.stpTotal++;
        if (right) score.stpRight++;
      }
      if (!right && prediction.annotated) {
        problems.push(
          `#${index} ${label.term}: sense ${prediction.sense ?? 'none'}, want ${label.undecided ? 'none' : label.sense}`,
        );
      }
    }
  });
  return { score, problems };
}

const ratio = (part: number, whole: number) => (whole === 0 ? 'n/a' : (part / whole).toFixed(3));

export function summarise(score: Score) {
  return {
    precision: ratio(score.truePositives, score.truePositives + score.falsePositives),
    recall: ratio(score.truePositives, score.truePositives + score.falseNegatives),
    icp: `${ratio(score.icpRight, score.icpTotal)} (${score.icpRight}/${score.icpTotal})`,
    stp: `${ratio(score.stpRight, score.stpTotal)} (${score.stpRight}/${score.stpTotal})`,
    senses: ratio(score.icpRight + score.stpRight, score.icpTotal + score.stpTotal),
  };
}
