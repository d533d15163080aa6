/**
 * The cue lexicon: the words that mark an attribution (`said`, `warned that`, `described it as`, `wrote in an
 * e-mail`, `according to`). One list for every reader of attributions: quotations in drafts and sources, claims
 * without quotation marks, and the actor rules. Verbs are listed by lemma; their forms are made here.
 */
import { insideAny } from '../text/spans';
import { DOCUMENTS, HEAD_TITLES } from './vocabulary';

export type CueKind = 'speech' | 'writing' | 'thought';

/** `lemma` or `lemma:past` where the past tense is irregular; phrasal verbs keep their particle. */
const SPEECH = [
  'say:said', 'tell:told', 'add', 'argue', 'warn', 'note', 'state', 'explain', 'insist', 'claim', 'declare', 'remark',
  'comment', 'continue', 'ask', 'reply:replied', 'answer', 'announce', 'acknowledge', 'admit', 'observe', 'suggest',
  'stress', 'emphasise', 'emphasize', 'maintain', 'predict', 'conclude', 'recall', 'urge', 'exhort', 'concede', 'counter',
  'contend', 'caution', 'respond', 'describe', 'point out', 'go on:went on', 'testify:testified', 'complain', 'boast',
  'vow', 'promise', 'reiterate', 'quip', 'joke', 'shout', 'recount', 'agree', 'disagree', 'deny:denied', 'confirm',
  'call', 'dismiss', 'characterise', 'characterize', 'label', 'brand', 'dub', 'praise', 'thank', 'accuse',
  'criticise', 'criticize', 'blast', 'slam', 'charge', 'allege', 'assert', 'affirm', 'proclaim', 'pledge', 'plead',
  'beg', 'demand', 'wonder', 'muse', 'lament', 'scoff', 'snap', 'retort', 'rebut', 'reveal', 'disclose', 'report',
  'inform', 'assure', 'reassure', 'forecast', 'echo', 'repeat', 'cry:cried', 'yell', 'scream', 'whisper', 'mutter',
  'exclaim', 'interject', 'put:put', 'mock', 'ridicule', 'taunt', 'quote', 'mention', 'highlight', 'underscore',
  'recommend', 'propose', 'advise', 'encourage', 'appeal', 'implore', 'challenge', 'hail', 'welcome', 'applaud',
  'congratulate', 'condemn', 'denounce', 'decry', 'deplore', 'reject', 'rebuke', 'chide', 'scold', 'lambaste',
  'defend', 'clarify', 'elaborate', 'reflect', 'speculate', 'estimate', 'signal', 'tease', 'lash out', 'fire back',
  'shoot back:shot back', 'hit back', 'push back', 'weigh in', 'chime in', 'sum up', 'spell out', 'speak:spoke',
  'address', 'preach', 'lecture', 'recite', 'read:read', 'brag', 'gush', 'rail', 'fume', 'vent', 'concur',
  'object', 'protest', 'acknowledge', 'sniff', 'jab', 'opine', 'outline', 'summarise', 'summarize', 'insinuate',
  'imply', 'indicate', 'mutter', 'tout', 'trumpet', 'pronounce', 'posit', 'volunteer', 'instruct', 'order', 'command',
  // manner of speaking
  'bemoan', 'bark', 'grumble', 'growl', 'sigh', 'beam', 'gripe', 'marvel', 'thunder', 'snarl', 'laugh', 'stammer',
  'murmur', 'sneer', 'cheer', 'groan', 'gasp', 'bellow', 'plead', 'allude', 'grouse', 'fret', 'rant', 'chant',
  // reactions and judgements that introduce words
  'react', 'deride', 'scorn', 'belittle', 'insult', 'question', 'snipe', 'rip', 'blame', 'reference', 'sing:sang', 'remember',
  // verb phrases that report words
  'issue a statement', 'release a statement', 'make the point:made the point', 'make the case:made the case', 'make clear:made clear',
  'express confidence', 'express concern', 'express hope', 'express a desire', 'express frustration', 'express regret', 'express doubt',
];
const WRITING = ['write:wrote', 'tweet', 'retweet', 'post', 'publish', 'email', 'e-mail', 'text', 'blog', 'pen', 'sign', 'print', 'message'];
const THOUGHT = ['think:thought', 'believe', 'feel:felt', 'hope', 'fear', 'worry:worried', 'expect', 'reckon', 'suspect', 'doubt', 'know:knew', 'ponder'];

/** The forms of one English verb: `warn` -> warn, warns, warned, warning. */
function forms(entry: string): string[] {
  const [lemma, past] = entry.split(':') as [string, string | undefined];
  const [head, ...particle] = lemma.split(' ');
  const rest = particle.length > 0 ? ' ' + particle.join(' ') : '';
  const verb = head!;
  const third = /(?:s|sh|ch|x|z|o)$/.test(verb) ? verb + 'es' : /[^aeiou]y$/.test(verb) ? verb.slice(0, -1) + 'ies' : verb + 's';
  const stem = /e$/.test(verb) && !/ee$/.test(verb) ? verb.slice(0, -1) : verb;
  const doubled = /^(?:pen|plan|snap|jab|quip|stop|brag|chat|scan|rebut|admit|omit|commit|regret|rip)$/.test(verb) ? verb + verb.slice(-1) : stem;
  const ed = past ? past.split(' ')[0]! : /[^aeiou]y$/.test(verb) ? verb.slice(0, -1) + 'ied' : /e$/.test(verb) ? verb + 'd' : doubled + 'ed';
  const ing = /ie$/.test(verb) ? verb.slice(0, -2) + 'ying' : doubled + 'ing';
  return [verb, third, ed, ing].map((f) => f + rest);
}

const CUE_WORDS = new Map<string, CueKind>();
for (const [kind, list] of [['thought', THOUGHT], ['writing', WRITING], ['speech', SPEECH]] as const) {
  for (const entry of list) for (const form of forms(entry)) CUE_WORDS.set(form, kind);
}

/** Phrasal cues of more than one word by their first word, longest first, so `point out` wins over `point`. */
const PHRASES = new Map<string, string[]>();
for (const phrase of [...CUE_WORDS.keys()].filter((k) => k.includes(' ')).sort((a, b) => b.length - a.length)) {
  const head = phrase.split(' ')[0]!;
  PHRASES.set(head, [...(PHRASES.get(head) ?? []), phrase]);
}

export interface Cue {
  readonly start: number;
  readonly end: number;
  readonly kind: CueKind;
  /** `saying`, `telling`: a participle whose subject is the clause's (`X left, saying "…"`). */
  readonly participle: boolean;
  /** `according to`, `in the words of`, `quoting`: the speaker follows the cue. */
  readonly nominal: boolean;
  /** `knows that`, `realised that`: the writer vouches for what follows; it reports no one's words. */
  readonly factive?: boolean;
}

const FACTIVE = /^(?:know|knows|knew|knowing|realise[sd]?|realize[sd]?|realising|realizing)$/;

/** Nominal cues: the speaker comes right after them. */
const NOMINAL = /\b(?:according to|in the words of|quoting|to quote|as quoted by|per)\s+$/i;
const NOMINAL_PHRASE = /\b(?:according to|in the words of|to quote|as quoted by)\b/gi;
/** `her reply was:`, `his message was simple:`, `the statement read:`: the possessor speaks. */
export const SAYING_NOUNS = /^(?:reply|response|answer|message|words|statement|verdict|view|advice|warning|argument|point|comment|explanation|conclusion|assessment|retort|tweet|post|letter|note|e-?mail|slogan|motto|mantra|pitch|promise|pledge|plea|question|line|refrain|summary|take|position|complaint|defen[cs]e)$/;

/** After a saying noun: `from` or `of` (group 1) a name, then `was` (`the message from Ana Ruiz was clear:`). */
const SAYING_FROM = /^(\s+(?:from|of)\s+)(?:the\s+)?(?:[\p{Lu}][\p{L}.'\u2019-]*\s+){1,4}(?:was|is|were|read|reads)\b[^.!?\u201C"]{0,20}[:,]\s*$/u;

/**
 * The cues in text[from, to), in order. Words inside the `skip` spans (quotations, sorted) are not read: what a
 * quoted speaker says holds no cue of the quotation.
 */
export function findCues(text: string, from: number, to: number, skip: ReadonlyArray<{ readonly start: number; readonly end: number }> = []): Cue[] {
  const cues: Cue[] = [];
  const inSkip = (at: number): boolean => insideAny(skip, at);
  const words = /[\p{L}][\p{L}'\u2019-]*/gu;
  words.lastIndex = from;
  for (let m = words.exec(text); m && m.index < to; m = words.exec(text)) {
    if (inSkip(m.index)) continue;
    if (/^\p{Lu}/u.test(m[0]) && !opensSentence(text, m.index)) continue; // `Le Pen told`, `Harbour Tower`: part of a name
    const word = m[0].toLowerCase();
    const phrase = PHRASES.get(word)?.find((p) => text.slice(m!.index, m!.index + p.length).toLowerCase() === p && !/[\p{L}]/u.test(text[m!.index + p.length] ?? ''));
    const cue = phrase ?? word;
    const kind = CUE_WORDS.get(cue);
    if (kind && isVerbUse(text, m.index, cue)) {
      cues.push({ start: m.index, end: m.index + cue.length, kind, participle: /ing$/.test(cue.split(' ')[0]!), nominal: false, ...(FACTIVE.test(cue) ? { factive: true } : {}) });
      if (phrase) words.lastIndex = m.index + phrase.length;
    } else if (SAYING_NOUNS.test(word)) {
      const saying = sayingNounCue(text, m.index, m[0].length, word);
      if (saying) cues.push(saying);
    }
  }
  // searched in the window only: a search to the end of the text from every sentence would be quadratic
  for (const m of text.slice(from, to).matchAll(NOMINAL_PHRASE)) {
    const at = from + m.index;
    if (!inSkip(at)) cues.push({ start: at, end: at + m[0].length, kind: 'speech', participle: false, nominal: true });
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** Whether a word at `at` may open a sentence or a heading (`Says Ruiz`), after a stop, a mark, a break or a blank. */
function opensSentence(text: string, at: number): boolean {
  if (/,["'\u201D\u2019]\s*$/.test(text.slice(Math.max(0, at - 4), at))) return false; // `“…,” Read said`: the sentence goes on
  return at === 0 || /(?:[.!?:;"'\u201C\u201D\u2018\u2019(\[\u2014\u2013-]\s*|\n\s*|\s{2,}|^\s*)$/.test(text.slice(Math.max(0, at - 4), at));
}

/** Cue verbs that are as often nouns (`a call`, `the challenge`, `reports`): their base form is never a cue. */
const NOUN_LIKE = new Set(['call', 'challenge', 'report', 'charge', 'comment', 'answer', 'reply', 'promise', 'pledge', 'order', 'post',
  'text', 'message', 'address', 'protest', 'quote', 'signal', 'estimate', 'demand', 'appeal', 'welcome', 'vow', 'joke', 'note',
  'claim', 'warn', 'state', 'print', 'sign', 'pen', 'email', 'e-mail', 'tweet', 'blog', 'label', 'brand', 'echo', 'counter', 'forecast',
  'lecture', 'object', 'command', 'read', 'put', 'question', 'cry', 'hope', 'fear', 'doubt', 'feel', 'respond', 'add', 'continue',
  'highlight', 'outline', 'summary', 'mention', 'praise', 'thank', 'attack', 'rebuke', 'reflect', 'close', 'reference', 'blame', 'rip']);
const NOUN_LIKE_FORMS = new Set([...NOUN_LIKE].flatMap((lemma) => { const f = forms(lemma); return [f[0]!, f[1]!]; }));

/** `the call`, `a report`, `her promise`: nouns spelled like cue verbs are not cues. */
function isVerbUse(text: string, at: number, cue: string): boolean {
  if (cue === 'put' || cue === 'puts') return /^\s+it\b/.test(text.slice(at + cue.length, at + cue.length + 5)); // `as Ruiz, the mayor, put it:`
  const [, determiner = '', previous = ''] = /(?:(\S+)\s+)?(\S+)\s+$/.exec(text.slice(Math.max(0, at - 50), at)) ?? [];
  const before = previous.toLowerCase();
  if (NOUN_LIKE_FORMS.has(cue)) {
    // `Trump calls`, `he warns`, `they say`: after a name or a pronoun only
    // … or after an appositive's closing comma, reporting a clause: `Ruiz, a consultant, notes that`
    const closesAppositive = /,$/.test(previous) && /^\s+that\b/.test(text.slice(at + cue.length, at + cue.length + 6));
    // … or `reads` right after a quotation closed by a comma, the text it is read from after it: `“…,” reads an
    // editorial in The Ledger`, `“…,” reads the sign`
    if (cue === 'reads' && /[,!?]["\u201D]$/.test(previous) && /^\s+(?:a|an|the|\p{Lu}[\p{L}.'\u2019-]*)\s/u.test(text.slice(at + cue.length, at + cue.length + 30))) return true;
    if (!/^[\p{Lu}]/u.test(previous) && !/^(?:he|she|they|it|who|also|then|now|later|again|still|which)$/i.test(previous) && !closesAppositive) return false;
    // `Virginia state director`, `a Reuters report`: a bare form after one capitalised word is a noun, unless that word
    // may be plural (`Democrats warn`, `Police say`)
    if (NOUN_LIKE.has(cue) && /^[\p{Lu}][\p{Ll}]+$/u.test(previous) && !/(?:s|police|people)$/i.test(previous)) return false;
    // `a Twitter comment`, not `the President calls`
    if (/^(?:the|a|an|his|her|their|its|our|my|your)$/i.test(determiner) && !HEAD_TITLES.has(previous.toLowerCase())) return false;
  }
  if (/^(?:the|a|an|this|that|his|her|their|its|our|my|your|whose|no|every|each|any|some)$/.test(before) && !/ed$/.test(cue)) return false;
  if (/['\u2019]s$/.test(previous)) return false; // `Ruiz's remarks`, `the mayor's claims`: a noun after a possessive
  // `told the Ledger in an interview published Sunday`: a participle after a document describes it, no one speaks
  if (/ed$/.test(cue) && DESCRIBED_BY_PARTICIPLE.has(before) && /^(?:an?|the|this|that|its|his|her|their)$/i.test(determiner)) return false;
  // `went on, “…”`, `goes on to say`: speaking on; not `the Senate goes on recess`
  if (/^(?:go|goes|went|going) on$/.test(cue) && !/^\s*(?:[,:\u2014"\u201C]|to\s+(?:say|add|call|describe|warn|argue|note|explain))/.test(text.slice(at + cue.length, at + cue.length + 14))) return false;
  if (/^(?:to)$/.test(before) && /^(?:call|report|text|post|message|echo|answer|comment|reply|promise|order|address|object|pledge|welcome|challenge|appeal|charge|quote|signal|estimate|protest|question|command|forecast|blog|pen|print|sign)$/.test(cue)) return false;
  return true;
}

/** Documents, and what else a participle describes rather than speaks by (`an interview published Sunday`). */
const DESCRIBED_BY_PARTICIPLE = new Set([...DOCUMENTS, 'interview', 'post', 'video', 'article', 'speech', 'book', 'document', 'tweet', 'message']);

/**
 * A saying noun as a cue: `The message from Ana Ruiz was clear:` (the speaker follows, as after `according to`),
 * `her reply was:` (its possessor speaks).
 */
function sayingNounCue(text: string, at: number, length: number, word: string): Cue | undefined {
  const after = text.slice(at + length, at + length + 80).split(/[\u201C"]/)[0]!;
  const from = DOCUMENTS.has(word) ? null : SAYING_FROM.exec(after);
  if (from) return { start: at, end: at + length + from[1]!.length, kind: 'speech', participle: false, nominal: true };
  if (/^\s+(?:was|is|were|read|reads|went)\b[^.!?\u201C"]{0,20}[:,]?\s*$/.test(after.slice(0, 30))) return { start: at, end: at + length, kind: 'speech', participle: false, nominal: false };
  return undefined;
}

/** Whether text right before `at` is a nominal cue (`according to |`). */
export function endsWithNominalCue(text: string, at: number): boolean {
  return NOMINAL.test(text.slice(Math.max(0, at - 30), at));
}

/** Whether a single word is a form of a cue verb (`warned`, `says`): for rules that only need a yes or no. */
export function isCueWord(word: string): boolean {
  return CUE_WORDS.has(word.toLowerCase());
}

