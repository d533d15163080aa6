'use strict';
// Pure scoring of actor lists against the hand annotation in test/fixtures/actors/gold.json
// (rules: test/fixtures/actors/README.md). Plain CommonJS so `node scripts/eval-actors.js` runs without a build.

const KINDS = ['person', 'organization'];
const TARGET = 0.95;

/** Titles and honorifics dropped before taking a person's surname. */
const TITLE_WORDS = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);
/** Company suffixes ignored when comparing organisation names (`Time Warner, Inc.` = `Time Warner`). */
const COMPANY_SUFFIXES = new Set(['inc', 'incorporated', 'ltd', 'limited', 'llc', 'plc', 'corp', 'co', 'ag', 'sa', 'gmbh']);

/** Lowercase, accent-free words of a name, possessive and punctuation removed. */
function words(name) {
  return String(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[\s\-]+/)
    .map((w) => w.replace(/'s$/, '').replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w.length > 0);
}

/** A person's surname: the last word of the name (generational suffixes skipped). */
function surname(name) {
  const list = words(name).filter((w) => !TITLE_WORDS.has(w));
  return list[list.length - 1] || '';
}

/** An organisation's comparable form: words joined, a leading `the` and trailing company suffixes dropped. */
function organisationKey(name) {
  const list = words(name);
  while (list.length > 1 && list[0] === 'the') list.shift();
  while (list.length > 1 && COMPANY_SUFFIXES.has(list[list.length - 1])) list.pop();
  return list.join(' ');
}

function fullKey(name) {
  return words(name).join(' ');
}

/** Whether a predicted actor's name refers to a gold actor (of the same kind; the caller checks the kind). */
function matches(kind, predictedName, gold) {
  const forms = [gold.name, ...(gold.variants || [])];
  if (kind === 'person') {
    const s = surname(predictedName);
    if (s && forms.some((f) => surname(f) === s)) return true;
    const key = fullKey(predictedName);
    return forms.some((f) => fullKey(f) === key);
  }
  const key = organisationKey(predictedName);
  return key !== '' && forms.some((f) => organisationKey(f) === key);
}

const goldOfKind = (article, kind) => (kind === 'person' ? article.people : article.organizations) || [];

/**
 * Scores one article: `gold` is gold.json's entry ({people, organizations}), `predicted` the CLI's actors
 * ({name, kind}). Returns per kind the true positives, false positives (with a reason) and false negatives.
 */
function scoreArticle(gold, predicted) {
  const result = {};
  for (const kind of KINDS) {
    const golds = goldOfKind(gold, kind);
    const otherKind = KINDS.find((k) => k !== kind);
    const matchedBy = new Array(golds.length).fill(null);
    const truePositives = [];
    const falsePositives = [];
    for (const actor of predicted.filter((a) => a.kind === kind)) {
      const candidates = golds.map((g, i) => (matches(kind, actor.name, g) ? i : -1)).filter((i) => i >= 0);
      const free = candidates.find((i) => matchedBy[i] === null);
      if (free !== undefined) {
        matchedBy[free] = actor.name;
        truePositives.push({ predicted: actor.name, gold: golds[free].name });
      } else if (candidates.length > 0) {
        falsePositives.push({ predicted: actor.name, reason: `duplicate of ${golds[candidates[0]].name} (matched by ${matchedBy[candidates[0]]})` });
      } else {
        const other = goldOfKind(gold, otherKind).find((g) => matches(otherKind, actor.name, g));
        falsePositives.push({ predicted: actor.name, reason: other ? `wrong kind: gold ${otherKind} ${other.name}` : 'not an actor in the gold list' });
      }
    }
    const falseNegatives = golds.filter((_, i) => matchedBy[i] === null).map((g) => ({ gold: g.name }));
    result[kind] = { truePositives, falsePositives, falseNegatives };
  }
  return result;
}

/** Precision, recall and F1 from counts (null when undefined). */
function prf(tp, fp, fn) {
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function countsOf(kindResult) {
  return prf(kindResult.truePositives.length, kindResult.falsePositives.length, kindResult.falseNegatives.length);
}

/**
 * Scores all articles: `gold` is gold.json's `articles` object (file name -> entry), `predictions` maps the
 * same file names to the CLI's actor lists. A gold article without predictions scores as all missed.
 */
function evaluateActors(gold, predictions) {
  const articles = {};
  const totals = { person: { tp: 0, fp: 0, fn: 0 }, organization: { tp: 0, fp: 0, fn: 0 } };
  for (const file of Object.keys(gold).sort()) {
    const detail = scoreArticle(gold[file], predictions[file] || []);
    articles[file] = { detail, scores: {} };
    for (const kind of KINDS) {
      const s = countsOf(detail[kind]);
      articles[file].scores[kind] = s;
      totals[kind].tp += s.tp;
      totals[kind].fp += s.fp;
      totals[kind].fn += s.fn;
    }
  }
  const overall = {};
  for (const kind of KINDS) overall[kind] = prf(totals[kind].tp, totals[kind].fp, totals[kind].fn);
  return { articles, overall };
}

/** PASS/FAIL of precision and recall per kind against the target. */
function checkActorTargets(overall, target = TARGET) {
  return KINDS.flatMap((kind) =>
    ['precision', 'recall'].map((measure) => {
      const value = overall[kind][measure];
      return { name: `${kind} ${measure}`, value, target, pass: value !== null && value >= target };
    }),
  );
}

module.exports = { KINDS, TARGET, words, surname, organisationKey, matches, scoreArticle, prf, evaluateActors, checkActorTargets };
