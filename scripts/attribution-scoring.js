'use strict';
// Pure scoring for `npm run eval:attribution`: who said what on an annotated news corpus (PolNeAR), by the same
// protocol the hidden splits are scored with (see issue #7, "Data and measurement"):
// - gold: each direct attribution (its content holds a quotation mark) whose annotated source span contains a name
//   (a run of capitalised words; pronouns and descriptions are left out); the name's last word is the surname;
// - draft side: the longest quotation of 3+ words the CLI finds inside the content span (2 characters of slack) is
//   right when the words of its `speaker` include the surname;
// - source side: a probe draft quotes each such quotation (6+ words) without naming anyone; the passage must come
//   from its own article and its `source.speaker` must include the surname.
// No I/O here, so it is unit-testable; scripts/eval-attribution.js runs the CLI.

const GENERIC = new Set(['The', 'A', 'An', 'He', 'She', 'They', 'It', 'We', 'I', 'His', 'Her', 'Their', 'This', 'That', 'Officials', 'Sources', 'Some', 'Many']);
const SUFFIX = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);
const NAME_RUN = /\b[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*/gu;
const MIN_DRAFT_WORDS = 3;
const MIN_PROBE_WORDS = 6;
const PROBES_PER_DRAFT = 10;
const PROBE_LEAD = 'One line of the piece reads: "';

/** Runs of capitalised words in a segment, generic words and suffixes dropped; a possessive restarts the run. */
function nameRuns(segment) {
  const runs = [];
  for (const run of segment.match(NAME_RUN) || []) {
    let words = [];
    for (let word of run.split(/\s+/)) {
      if (!SUFFIX.has(word.replace(/[,.]+$/, ''))) word = word.replace(/[,.]+$/, '');
      // "Ann Cole's campaign manager" names the manager, not Cole.
      if (/['\u2019]s$/.test(word)) {
        words = [];
        continue;
      }
      if (GENERIC.has(word) || SUFFIX.has(word)) continue;
      words.push(word);
    }
    if (words.length) runs.push(words);
  }
  return runs;
}

/**
 * The last word of the name an annotated source span holds, or null for a pronoun or a description.
 * The span is cut at commas and at of/who/at/from/with, so the person wins over the organisation or the place
 * after it; the last full name (2+ words) of a segment wins, else a single capitalised word opening the span.
 */
function speakerName(source) {
  const segments = source.split(/,|\s(?:of|who|at|from|with)\s/);
  for (let k = 0; k < segments.length; k++) {
    const segment = segments[k];
    const runs = nameRuns(segment);
    const full = runs.filter((run) => run.length >= 2);
    if (full.length) return full[full.length - 1].at(-1);
    if (k === 0 && runs.length && /^[A-Z]/.test(segment.trim())) return runs[0].at(-1);
    if (k === 0 && /^[a-z]/.test(segment.trim())) return null;
  }
  return null;
}

/** Lower-cased words of a speaker string, possessive 's and commas/periods dropped. */
function speakerWords(text) {
  return String(text == null ? '' : text)
    .replace(/['\u2019]s\b/g, '')
    .split(/[\s,.]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

/** Whether a found speaker string names the gold surname. */
function namesSurname(speaker, surname) {
  return Boolean(speaker) && speakerWords(speaker).includes(surname.toLowerCase());
}

/** Gold items of one article's annotation line: direct attributions whose source span names someone. */
function goldOf(article, attributions) {
  const gold = [];
  for (const a of attributions) {
    if (!a.direct || !a.source) continue;
    const surname = speakerName(a.source.text);
    if (!surname) continue;
    gold.push({
      article,
      start: a.content.start,
      end: a.content.end,
      content: a.content.text,
      source: a.source.text,
      sourceStart: a.source.start,
      sourceEnd: a.source.end,
      cue: a.cue ? a.cue.text : null,
      surname,
    });
  }
  return gold;
}

const wordCount = (text) => text.split(/\s+/).length;

/** The quotation the draft side scores: the longest of 3+ words inside the content span (2 characters of slack). */
function draftQuoteFor(gold, quotes) {
  return (
    quotes
      .filter((q) => q.start >= gold.start - 2 && q.end <= gold.end + 2 && wordCount(q.text) >= MIN_DRAFT_WORDS)
      .sort((a, b) => b.end - b.start - (a.end - a.start))[0] || null
  );
}

/** Draft side: quotesByArticle maps an article name to the CLI's quotations of that article checked as a draft. */
function scoreDraftSide(gold, quotesByArticle) {
  let found = 0;
  let right = 0;
  const misses = [];
  for (const g of gold) {
    const quotes = quotesByArticle.get(g.article) || [];
    const quote = draftQuoteFor(g, quotes);
    if (!quote) {
      // Kept to tell why: a quotation running past the span, or none there at all.
      const overlapping = quotes.filter((q) => q.start < g.end && q.end > g.start);
      misses.push({ gold: g, quote: null, got: null, overlapping });
      continue;
    }
    found++;
    if (namesSurname(quote.speaker, g.surname)) right++;
    else misses.push({ gold: g, quote, got: quote.speaker || null });
  }
  return { quotations: gold.length, found, right, misses };
}

const QUOTED = /[\u201c"]([^\u201c\u201d"]+)[\u201d"]/g;

/** Gold items whose longest quoted piece has 6+ words, with that piece (trimmed of spaces, commas, periods). */
function probeItems(gold) {
  const items = [];
  for (const g of gold) {
    const pieces = [...g.content.matchAll(QUOTED)].map((m) => m[1]).sort((a, b) => b.length - a.length);
    const words = (pieces[0] || '').replace(/^[\s,.]+|[\s,.]+$/g, '').split(/\s+/).filter(Boolean);
    if (words.length >= MIN_PROBE_WORDS) items.push({ ...g, quote: words.join(' ') });
  }
  return items;
}

/** Probe drafts of 10 quotations each, naming nobody; spans say where each quotation sits in its probe. */
function probeDrafts(items) {
  const drafts = [];
  const spans = [];
  for (let k = 0; k < items.length; k += PROBES_PER_DRAFT) {
    const name = `probe-${String(k / PROBES_PER_DRAFT).padStart(3, '0')}.md`;
    let body = '';
    for (const item of items.slice(k, k + PROBES_PER_DRAFT)) {
      body += PROBE_LEAD;
      const start = body.length;
      body += `${item.quote}".\n\n`;
      spans.push({ ...item, draft: name, qStart: start, qEnd: start + item.quote.length });
    }
    drafts.push({ name, body });
  }
  return { drafts, spans };
}

const baseName = (file) => String(file || '').split(/[\\/]/).pop();

/** Source side: quotesByProbe maps a probe file name to the CLI's quotations of it (sources: the articles as .md). */
function scoreSourceSide(spans, quotesByProbe) {
  let found = 0;
  let right = 0;
  const misses = [];
  for (const s of spans) {
    const quote = (quotesByProbe.get(s.draft) || []).find((q) => q.start < s.qEnd && q.end > s.qStart) || null;
    const file = quote && quote.source ? baseName(quote.source.file) : '';
    if (file !== `${s.article}.md`) {
      misses.push({ gold: s, quote, got: null, elsewhere: Boolean(file) });
      continue;
    }
    found++;
    if (namesSurname(quote.source.speaker, s.surname)) right++;
    else misses.push({ gold: s, quote, got: quote.source.speaker || null });
  }
  return { quotations: spans.length, found, right, misses };
}

const round3 = (x) => Math.round(x * 1000) / 1000;

/** The figures the reference scorer prints for one side. */
function summary(side, score) {
  return {
    side,
    quotations: score.quotations,
    found: score.found,
    speakerAccuracy: round3(score.right / (score.quotations || 1)),
    ofFound: round3(score.right / (score.found || 1)),
  };
}

// --- Error classes of misses (a diagnostic for the shape split; not part of the protocol) ---

const PRONOUN_LIKE = /^(?:he|she|they|it|we|i|you|his|her|their|this|that|these|those|one|the|a|an|officials?|sources?|aides?)\b/i;
// Outlets and places by their usual shapes and a short gazetteer: enough to sort misses, never used to attribute.
const OUTLET = /\b(?:Times|Post|News|Journal|Herald|Tribune|Gazette|Guardian|Magazine|Press|Daily|Review|Examiner|Reuters|Bloomberg|Politico|Breitbart|Huffington|HuffPost|CNN|MSNBC|NBC|ABC|CBS|NPR|PBS|BBC|Fox|AP|Radio|Television|TV|Network|Channel|Wire|Telegraph|Courier|Ledger|Dispatch|Monitor|Telegram|Atlantic|Axios|Slate|Vox|Salon|Newsweek|Time|Hill|Register|Sun|Star|Globe|Chronicle|Inquirer|Bulletin|Observer|Mirror|Blog|Twitter|Facebook|Instagram|YouTube)\b/;
const PLACES = new Set(
  [
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
    'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
    'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'Hampshire',
    'Jersey', 'Mexico', 'York', 'Carolina', 'Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode', 'Tennessee',
    'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'Wisconsin', 'Wyoming', 'America', 'States', 'U.S', 'US',
    'Chicago', 'Boston', 'Philadelphia', 'Cleveland', 'Vegas', 'Angeles', 'Francisco', 'Miami', 'Orlando', 'Denver',
    'Detroit', 'Atlanta', 'Houston', 'Dallas', 'Phoenix', 'Seattle', 'Manchester', 'Charleston', 'Moines', 'Columbia',
    'Milwaukee', 'Pittsburgh', 'Brooklyn', 'Manhattan', 'Queens', 'Bronx', 'Tampa', 'Richmond', 'Baltimore', 'Portland',
    'Paris', 'London', 'Brussels', 'Berlin', 'Moscow', 'Beijing', 'Tehran', 'Baghdad', 'Damascus', 'Jerusalem', 'Havana',
    'Syria', 'Iraq', 'Iran', 'Russia', 'China', 'Israel', 'Europe', 'Canada', 'Germany', 'France', 'Britain', 'England',
    'Cuba', 'Libya', 'Afghanistan', 'Pakistan', 'Turkey', 'Ukraine', 'Japan', 'Korea', 'India', 'Africa', 'Asia',
    'Benghazi', 'Kentucky', 'Bernardino', 'Valley', 'County', 'City', 'Island', 'Beach', 'Springs',
  ].map((w) => w.toLowerCase()),
);

const TITLE = /^(?:mr|mrs|ms|dr|sen|senator|rep|representative|gov|governor|president|mayor|chief|secretary|minister|prime|judge|justice|gen|general|col|sgt|lt|capt|coach|prof|professor|speaker|leader)\.?$/;

/** Where the annotated speaker stands relative to the quoted content. */
function speakerPosition(gold, text) {
  if (gold.sourceStart >= gold.end) return 'after the quotation';
  if (gold.sourceEnd > gold.start) return 'inside the quotation span';
  const between = text.slice(gold.sourceEnd, gold.start + 2); // with the opening mark and first letter
  return /[.?!]["\u201d]?\s+["\u201c]?[A-Z]|\n/.test(between) ? 'in an earlier sentence' : 'before, same sentence';
}

/** A class for a wrong speaker: what the engine took instead of the annotated person. */
function wrongSpeakerClass(got, gold, text) {
  const words = speakerWords(got);
  if (PRONOUN_LIKE.test(got.trim()) || /^[a-z]/.test(got.trim())) return 'pronoun or description';
  if (OUTLET.test(got)) return 'outlet';
  if (words.length && words.every((w) => PLACES.has(w.replace(/\.$/, '')))) return 'place';
  if (words.length && words.every((w) => TITLE.test(w))) return 'title alone';
  if (words.some((w) => speakerWords(gold.source).includes(w))) return 'part of the name (title or first name)';
  const surname = words[words.length - 1];
  const lower = text.toLowerCase();
  const before = lower.slice(Math.max(0, gold.start - 600), gold.start);
  const after = lower.slice(gold.end, gold.end + 300);
  if (surname && !before.includes(surname) && after.includes(surname)) return 'next sentence subject';
  if (surname && before.includes(surname)) return 'someone named before (earlier speaker)';
  return 'other';
}

/** Words of the longest piece between quotation marks in the content span (0 when no closed piece). */
function longestQuotedWords(gold) {
  const pieces = [...gold.content.matchAll(QUOTED)].map((m) => m[1].trim().split(/\s+/).filter(Boolean).length);
  return pieces.length ? Math.max(...pieces) : 0;
}

/**
 * Whether any checker could score this gold item on the draft side: a scare quote of one or two words ("a
 * "freak out"") never yields a quotation of 3+ words, so it counts as a miss whatever the engine does.
 */
function reachable(gold) {
  const longest = longestQuotedWords(gold);
  return longest === 0 || longest >= MIN_DRAFT_WORDS; // 0: an unclosed mark (a quotation running on), so unknown
}

/** Why the draft side found no quotation inside the content span. */
function notFoundClass(miss) {
  const longest = longestQuotedWords(miss.gold);
  if (longest > 0 && longest < MIN_DRAFT_WORDS) return 'not found: quoted words under 3 (unreachable)';
  const overlapping = miss.overlapping || [];
  if (overlapping.some((q) => q.start < miss.gold.start - 2 || q.end > miss.gold.end + 2)) return 'not found: a quotation runs past the span';
  if (!longest) return 'not found: no closed quotation in the span';
  return 'not found: not detected';
}

/** The error class of a miss: not found (and why), no speaker (and where the annotated one stands), or a wrong one. */
function missClass(miss, text, side = 'draft') {
  if (!miss.quote) return side === 'draft' ? notFoundClass(miss) : 'not found';
  if (side === 'source' && miss.elsewhere) return 'matched in another article';
  if (side === 'source' && !miss.quote.source) return 'not found';
  if (!miss.got) return side === 'draft' ? `no speaker (${speakerPosition(miss.gold, text)})` : 'no speaker';
  return `wrong: ${wrongSpeakerClass(miss.got, miss.gold, text)}`;
}

/** Counts of keys, most frequent first. */
function tally(keys) {
  const counts = new Map();
  for (const key of keys) counts.set(key, (counts.get(key) || 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

module.exports = {
  MIN_DRAFT_WORDS,
  MIN_PROBE_WORDS,
  nameRuns,
  speakerName,
  speakerWords,
  namesSurname,
  longestQuotedWords,
  reachable,
  notFoundClass,
  goldOf,
  draftQuoteFor,
  scoreDraftSide,
  probeItems,
  probeDrafts,
  scoreSourceSide,
  summary,
  speakerPosition,
  wrongSpeakerClass,
  missClass,
  tally,
};
