'use strict';
// Pure scoring for `npm run eval`: matches the CLI's quotations to the data set's expected.json
// records and computes detection, label, source and speaker scores. No I/O here, so it is unit-testable.

const LABELS = ['exact', 'edited', 'misquoted', 'unsourced', 'misattributed'];
const VERDICTS = [...LABELS, 'unchecked'];

/** Length of the intersection of two [start, end) ranges (0 when disjoint). */
function overlapLength(a, b) {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * One-to-one matching of records to predictions of the same draft: greedy by largest overlap,
 * so a long prediction spanning two records is given to the one it covers most.
 */
function matchByOverlap(records, predictions) {
  const candidates = [];
  records.forEach((record, r) => {
    predictions.forEach((prediction, p) => {
      const overlap = overlapLength(record, prediction);
      if (overlap > 0) candidates.push({ r, p, overlap });
    });
  });
  // Ties broken by position so the result does not depend on sort stability quirks.
  candidates.sort((x, y) => y.overlap - x.overlap || x.r - y.r || x.p - y.p);

  const usedRecords = new Set();
  const usedPredictions = new Set();
  const pairs = [];
  for (const { r, p } of candidates) {
    if (usedRecords.has(r) || usedPredictions.has(p)) continue;
    usedRecords.add(r);
    usedPredictions.add(p);
    pairs.push({ record: records[r], prediction: predictions[p] });
  }
  return {
    pairs,
    missed: records.filter((_, r) => !usedRecords.has(r)),
    spurious: predictions.filter((_, p) => !usedPredictions.has(p)),
  };
}

function groupByDraft(items) {
  const groups = new Map();
  for (const item of items) {
    if (!groups.has(item.draft)) groups.set(item.draft, []);
    groups.get(item.draft).push(item);
  }
  return groups;
}

/** Matches across all drafts; records and predictions carry the same `draft` key (e.g. `drafts/draft-07.md`). */
function matchAll(records, predictions) {
  const recordsByDraft = groupByDraft(records);
  const predictionsByDraft = groupByDraft(predictions);
  const drafts = [...new Set([...recordsByDraft.keys(), ...predictionsByDraft.keys()])].sort();
  const result = { pairs: [], missed: [], spurious: [] };
  for (const draft of drafts) {
    const m = matchByOverlap(recordsByDraft.get(draft) || [], predictionsByDraft.get(draft) || []);
    result.pairs.push(...m.pairs);
    result.missed.push(...m.missed);
    result.spurious.push(...m.spurious);
  }
  return result;
}

/** Lower-cased, diacritic-free name tokens with surrounding punctuation removed ('Chávez,' -> 'chavez'). */
function nameTokens(name) {
  if (!name) return [];
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/\s+/)
    .map((token) => token.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter((token) => token.length > 0);
}

/**
 * Same person by surname: the last tokens agree ('Mr Brown' ~ 'Gordon Brown'). A single-token side
 * may match any token of the other, since sources often name Chinese speakers surname-first ('Jiang' ~ 'Jiang Yu').
 */
function sameSurname(a, b) {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  if (ta.length === 1) return tb.includes(ta[0]);
  if (tb.length === 1) return ta.includes(tb[0]);
  return ta[ta.length - 1] === tb[tb.length - 1];
}

/** n / d, or null when there is nothing to measure. */
function ratio(n, d) {
  return d === 0 ? null : n / d;
}

/**
 * Precision, recall and F1 per label. Missed records count as false negatives; spurious predictions
 * count as false positives of their verdict (`unchecked` is no label, so it only costs recall).
 */
function labelScores(matching) {
  const counts = Object.fromEntries(LABELS.map((label) => [label, { tp: 0, fp: 0, fn: 0 }]));
  for (const { record, prediction } of matching.pairs) {
    if (record.label === prediction.verdict) {
      counts[record.label].tp++;
      continue;
    }
    counts[record.label].fn++;
    if (counts[prediction.verdict]) counts[prediction.verdict].fp++;
  }
  for (const record of matching.missed) counts[record.label].fn++;
  for (const prediction of matching.spurious) {
    if (counts[prediction.verdict]) counts[prediction.verdict].fp++;
  }

  const perLabel = {};
  for (const label of LABELS) {
    const { tp, fp, fn } = counts[label];
    perLabel[label] = {
      tp,
      fp,
      fn,
      support: tp + fn,
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn),
      // 2TP / (2TP + FP + FN) equals the harmonic mean and stays defined when precision is not.
      f1: ratio(2 * tp, 2 * tp + fp + fn),
    };
  }
  const f1s = LABELS.map((label) => perLabel[label].f1).filter((f1) => f1 !== null);
  const totalRecords = matching.pairs.length + matching.missed.length;
  const correct = LABELS.reduce((sum, label) => sum + counts[label].tp, 0);
  return {
    perLabel,
    macroF1: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : null,
    accuracy: ratio(correct, totalRecords),
  };
}

/** Counts by expected label (rows) and predicted verdict (columns), with 'missed' and 'spurious' margins. */
function confusionMatrix(matching) {
  const columns = [...VERDICTS, 'missed'];
  const emptyRow = () => Object.fromEntries(columns.map((column) => [column, 0]));
  const rows = Object.fromEntries([...LABELS, 'spurious'].map((label) => [label, emptyRow()]));
  const countCell = (row, column) => {
    // A verdict outside the contract still shows up rather than being dropped.
    if (!(column in rows[row])) rows[row][column] = 0;
    rows[row][column]++;
  };
  for (const { record, prediction } of matching.pairs) countCell(record.label, prediction.verdict);
  for (const record of matching.missed) countCell(record.label, 'missed');
  for (const prediction of matching.spurious) countCell('spurious', prediction.verdict);
  return rows;
}

function isRightSource(record, prediction) {
  const id = prediction.source && prediction.source.id;
  return id != null && (id === record.source_id || (record.alt_sources || []).includes(id));
}

function isRightSourceSpeaker(record, prediction) {
  const speaker = prediction.source && prediction.source.speaker;
  return sameSurname(speaker, record.speaker_in_source) || sameSurname(speaker, record.speaker_in_source_full);
}

/** Share of `pairs` passing `isRight`, as { correct, total, ratio }. */
function share(pairs, isRight) {
  const correct = pairs.filter(({ record, prediction }) => isRight(record, prediction)).length;
  return { correct, total: pairs.length, ratio: ratio(correct, pairs.length) };
}

/** Matched records with a real source: the predicted source id (or an alternative) must be right. */
function sourceIdentification(matching) {
  return share(
    matching.pairs.filter(({ record }) => record.label !== 'unsourced'),
    isRightSource,
  );
}

/** Matched records: the speaker the checker found in the draft vs `speaker_in_draft`. */
function draftSpeakerAccuracy(matching) {
  return share(matching.pairs, (record, prediction) => sameSurname(prediction.speaker, record.speaker_in_draft));
}

/** Matched records with a source speaker, where the checker named a source: its source speaker vs either name form. */
function sourceSpeakerAccuracy(matching) {
  return share(
    matching.pairs.filter(({ record, prediction }) => record.speaker_in_source != null && prediction.source != null),
    isRightSourceSpeaker,
  );
}

/** All scores for one run. */
function evaluate(records, predictions) {
  const matching = matchAll(records, predictions);
  const total = records.length;
  return {
    matching,
    detection: {
      total,
      detected: matching.pairs.length,
      missed: matching.missed.length,
      spurious: matching.spurious.length,
      ratio: ratio(matching.pairs.length, total),
    },
    labels: labelScores(matching),
    confusion: confusionMatrix(matching),
    source: sourceIdentification(matching),
    draftSpeaker: draftSpeakerAccuracy(matching),
    sourceSpeaker: sourceSpeakerAccuracy(matching),
  };
}

const RECALL_TARGETS = { exact: 0.95, edited: 0.95, unsourced: 0.95, misquoted: 0.92, misattributed: 0.92 };

/** Target checks; a value that cannot be measured (null, e.g. no records of a label) does not fail. */
function checkTargets(scores) {
  const atLeast = (name, value, target) => ({ name, value, target, op: '>=', pass: value === null || value >= target });
  const atMost = (name, value, target) => ({ name, value, target, op: '<=', pass: value <= target });
  return [
    atMost('missed quotations', scores.detection.missed, 0),
    atMost('spurious quotations', scores.detection.spurious, 0),
    ...LABELS.map((label) => atLeast(`recall ${label}`, scores.labels.perLabel[label].recall, RECALL_TARGETS[label])),
    atLeast('source identification', scores.source.ratio, 0.98),
    atLeast('draft-speaker accuracy', scores.draftSpeaker.ratio, 0.95),
  ];
}

/** One entry per wrong case, in draft order, for `--errors`. */
function listErrors(matching) {
  const errors = [];
  const byPosition = (a, b) => a.draft.localeCompare(b.draft) || a.start - b.start;
  for (const record of matching.missed) {
    errors.push({ kind: 'missed', draft: record.draft, start: record.start, expected: record.label, predicted: '-', text: record.quote });
  }
  for (const prediction of matching.spurious) {
    errors.push({ kind: 'spurious', draft: prediction.draft, start: prediction.start, expected: '-', predicted: prediction.verdict, text: prediction.text });
  }
  for (const { record, prediction } of matching.pairs) {
    const base = { draft: record.draft, start: record.start, text: record.quote };
    if (record.label !== prediction.verdict) {
      errors.push({ ...base, kind: 'verdict', expected: record.label, predicted: prediction.verdict });
    }
    if (record.label !== 'unsourced' && !isRightSource(record, prediction)) {
      const expected = [record.source_id, ...(record.alt_sources || [])].join('|');
      errors.push({ ...base, kind: 'source', expected, predicted: (prediction.source && prediction.source.id) || 'none' });
    }
    if (!sameSurname(prediction.speaker, record.speaker_in_draft)) {
      errors.push({ ...base, kind: 'speaker', expected: record.speaker_in_draft, predicted: prediction.speaker || 'none' });
    }
    if (record.speaker_in_source != null && prediction.source != null && !isRightSourceSpeaker(record, prediction)) {
      const expected = `${record.speaker_in_source} / ${record.speaker_in_source_full}`;
      errors.push({ ...base, kind: 'source-speaker', expected, predicted: prediction.source.speaker || 'none' });
    }
  }
  return errors.sort(byPosition);
}

module.exports = {
  LABELS,
  VERDICTS,
  overlapLength,
  matchByOverlap,
  matchAll,
  nameTokens,
  sameSurname,
  labelScores,
  confusionMatrix,
  sourceIdentification,
  draftSpeakerAccuracy,
  sourceSpeakerAccuracy,
  evaluate,
  checkTargets,
  listErrors,
};
