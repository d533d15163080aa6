/**
 * Which mention is a clause's subject: past appositives, relative clauses, adverbials and prepositions, titles and
 * roles leading to a name, possessives and `of` links, names joined by `and`.
 */
import type { Analysis } from '../language/analysis';
import { lastMentionBefore } from '../language/chains';
import { isCueWord, SAYING_NOUNS } from '../language/cues';
import { isDocumentRole, isPersonRole, type Mention } from '../language/mentions';
import { HEAD_TITLES } from '../language/vocabulary';

/** `had described the plan`, `said so`: a piece of a sentence that is a verb phrase, not an appositive. */
function opensWithVerb(piece: string): boolean {
  const first = /^\s*([\p{Ll}]+)\b/u.exec(piece)?.[1];
  return first !== undefined && (/^(?:had|has|have|was|were|is|are)$/.test(first) || isCueWord(first));
}

/**
 * The mention right before a verb at `verbAt`, past adverbs and appositives. A name after a preposition is not
 * the subject: after `of`/`at`/`for` it yields to the person before it (`Tom Reyes of Harbour Ledger said`).
 */
export function subjectBefore(a: Analysis, verbAt: number, from: number): Mention | 'unnamed' | undefined {
  for (let k = lastMentionBefore(a.mentions, verbAt); k >= 0; k--) {
    const m = a.mentions[k]!;
    if (m.start < from) break;
    const gap = a.text.slice(m.end, verbAt);
    if (/;/.test(gap) || crossesQuotation(gap)) break;
    // `Brown and Smith both said`: a floating quantifier after the subject
    if (m.form === 'unnamed' && /^(?:both|all)$/i.test(m.text) && a.mentions[k - 1]?.form === 'name' && /^\s+$/.test(a.text.slice(a.mentions[k - 1]!.end, m.start))) continue;
    // `A top aide, Jo Kim, tells`: the name in apposition to an unnamed subject speaks; a place speaks not, but
    // may end the chain of `of` links from the speaker (`Bishop Jo Kim of the Diocese of Lyon told`)
    if (m.entity === 'place') {
      const owner = isSubjectGap(gap) && isObjectOfPreposition(a, m, from) ? ownerOf(a, k, from) : undefined;
      if (owner) return owner;
      // `Paris, who used to work on the Hill, said`, `Paris, star of the show, thanked`: a relative `who` or an
      // appositive headed by a person's role tells a person read as a place
      const role = /^\s*,\s*(?:(?:a|an|the)\s+)?([\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2})/u.exec(gap)?.[1];
      if ((/^\s*,\s*who\s/.test(gap) || role?.split(/\s+/).some(isPersonRole)) && isSubjectGap(gap)) return m;
      // `“…,” Moscow said`: a place right before the verb speaks for its government or its people
      if (/^\s+(?:[\p{Ll}]+ly\s+)?$/u.test(gap) && !isObjectOfPreposition(a, m, from) && isCueWord(a.text.slice(verbAt).split(/\s/)[0]!)) return m;
      continue;
    }
    // `A former candidate -- Ana Ruiz, who lost in 2008 -- said`: the name opening a dash appositive
    if (m.form === 'name' && /\s(?:--|[\u2013\u2014])\s*$/.test(a.text.slice(Math.max(from, m.start - 4), m.start)) && DASH_CLOSED.test(gap)) return m;
    // `Ana Ruiz, who said, “…”`, `Ana Ruiz, 31, who said`: the relative pronoun's antecedent
    if (m.form === 'name' && /^\s*,\s*(?:\d+,?\s+)?who\s+(?:(?:also|then|later|had|has|once|[\p{Ll}]+ly)\s+)?$/u.test(gap)) return m;
    // `the Harbour Ledger, whose editorial board wrote`: those who speak for it, in a relative clause on it
    if (m.form === 'name' && /^\s*,\s*whose\s+(?:[\p{Ll}-]+\s+){1,3}(?:(?:also|then|later|had|has|[\p{Ll}]+ly)\s+)?$/u.test(gap)) return m;
    // … not a name closing a relative clause: `X, who lives near the capital, Cardiff, said`
    const before = a.mentions[k - 1];
    // `China's delegate, Lt. Gen. Jo Kim, insisted`, `the Archbishop, Dr Jo Kim, had said`: titles and roles may lead it
    const apposed = APPOSED_GAP.test(gap) && m.form === 'name' && APPOSITION_LEAD.test(a.text.slice(Math.max(from, m.start - 60), m.start))
      && !(before !== undefined && before.start >= from && /^\s*,\s*(?:who|which|whose)\b/.test(a.text.slice(before.end, m.start)));
    // `Clay's biographers, David and Jeanne Heidler, wrote`: names in apposition to a possessive description
    if (m.form === 'name' && APPOSED_GAP.test(gap) && [1, 2, 3].some((back) => k - back >= 0 && a.mentions[k - back]!.start >= from && apposedToPossessive(a, k - back, verbAt) === k)) return m;
    // `Harper's office said`, `Ruiz's campaign said`: those who speak for a person speak as that person
    const speaksFor = m.form === 'name' && SPEAKS_FOR.test(gap);
    // `Ruiz's answer was`, `the senator's reply was:`: words are their owner's
    if (m.form !== 'pronoun' && /^['\u2019]s\s+$/.test(gap) && SAYING_NOUNS.test(/^[\p{L}-]*/u.exec(a.text.slice(verbAt, verbAt + 20))![0].toLowerCase())) return m;
    if (!apposed && !speaksFor && !isSubjectGap(gap) && !(m.form === 'name' && isUnclosedAppositive(gap))) continue;
    if (m.form === 'unnamed' || !isObjectOfPreposition(a, m, from)) return m;
    const owner = ownerOf(a, k, from);
    if (owner) return owner;
  }
  return undefined;
}

/** `Aris Kim of the Patriarchate of Lyon told`: climbs `of`/`at` links from mention k to the first name that is no object. */
function ownerOf(a: Analysis, k: number, from: number): Mention | 'unnamed' | undefined {
  let owner = k;
  while (owner > 0 && a.mentions[owner - 1]!.start >= from && ownsNext(a.mentions[owner - 1]!, a.text.slice(a.mentions[owner - 1]!.end, a.mentions[owner]!.start))) {
    owner--;
    if (!isObjectOfPreposition(a, a.mentions[owner]!, from)) {
      const found = a.mentions[owner]!;
      return found;
    }
  }
  return undefined;
}

/** `Kim of`, `the head of`; a document `by` or `in` its issuer too (`a report by`, `an editorial in`). */
function ownsNext(owner: Mention, gap: string): boolean {
  const linked = /^\s+(of|at|from|for|with|by|in)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+)?$/u.exec(gap)?.[1];
  return linked !== undefined && (!/^(?:by|in)$/.test(linked) || (owner.role !== undefined && isDocumentRole(owner.role)));
}

/**
 * `X, a senior engineer on the drill said`: an appositive whose closing comma the writer left out, told by a
 * role word in it and no verb.
 */
function isUnclosedAppositive(gap: string): boolean {
  const chunk = /^\s*,\s*(?:(?:a|an|the|his|her|its|their)\s+)?([^,.;:"\u201C\u201D()]{3,90})\s$/u.exec(gap)?.[1];
  if (!chunk) return false;
  const words = chunk.split(/\s+/).map((w) => w.toLowerCase());
  return words.slice(0, 4).some(isPersonRole) && !words.some((w) => isCueWord(w) || /^(?:who|which|that|but|is|was|has|had)$/.test(w));
}

/** After the name opening a dash appositive: the rest of it (`of Ohio`, `, who lost`), then the closing dash and the verb. */
const DASH_CLOSED = /^(?:(?!--)[^\u2013\u2014;"\u201C\u201D])*?\s(?:--|[\u2013\u2014])\s*(?:(?:had|has|have|also|then|later)\s+)?$/;
/** After a name in apposition: its closing comma, perhaps an auxiliary or an adverb, then the verb. */
const APPOSED_GAP = /^\s*,\s*(?:(?:had|has|have|was|is|also|then|later|once|[\p{Ll}]+ly)\s+)?$/u;
/** Before a name in apposition: its opening comma, then up to four title or role words (`, Lt. Gen. `, `, Oslo resident `). */
const APPOSITION_LEAD = /,\s*(?:(?!(?:and|or|but|who|which|that|the|a|an|of|to|in|on|at|for|with|by|from|as)\s)[\p{L}][\p{L}.'\u2019-]*\s+){0,4}$/u;

/** Whether a mention is the object of a preposition right before it (`… of the Harbour Board`), not a subject. */
export function isObjectOfPreposition(a: Analysis, m: Mention, from: number): boolean {
  // `Arguing for the publication he said`: a subject pronoun is never a preposition's object
  if (m.form === 'pronoun' && /^(?:he|she|they|we|i)$/i.test(m.text)) return false;
  return PREPOSITION_BEFORE.test(a.text.slice(Math.max(from, m.start - 30), m.start));
}

/** Those who speak for a person, after the person's name (`Ruiz's campaign`, `the Ruiz campaign`): they speak as that person. */
export const SPEAKING_FOR = String.raw`(?:press\s+)?(?:office|campaign|spokesman|spokeswoman|spokesperson|aides?|staff|lawyers?|attorneys?|camp|team)`;
const SPEAKS_FOR = new RegExp(String.raw`^['\u2019]s\s+${SPEAKING_FOR}\s+(?:(?:also|later|then)\s+)?$`, 'u');

/**
 * A preposition, then perhaps `the` and a capitalised modifier (`of the Armenian |Patriarchate`; not `Secretary of
 * Labor |Ana Ruiz`), or up to two lowercase words (`with journalist |Tom Reyes`, `by the host |Ana Ruiz`) that do not end the phrase
 * (`asked for a photo and |Ruiz said`, `prepares for what |Ruiz called`), or an abbreviated title (`worked for Sen. |Ana Ruiz`).
 */
const PREPOSITION_BEFORE = /\b(?:[Oo]f|[Aa]t|[Ff]rom|[Ff]or|[Ww]ith|[Ii]n|[Oo]n|[Tt]o|[Bb]y|[Aa]bout|[Aa]gainst|[Nn]ear|[Tt]han|[Ll]ike|[Ii]nto|[Oo]ver|[Uu]nder|[Bb]ehind)\s+(?:[Tt]he\s+(?:[\p{Lu}][\p{L}-]*\s+)?|(?:(?:the|an?)\s+)?(?:(?!(?:and|or|but|nor|then|so|when|while|as|that|who|which|what|how|where|why)\s)[\p{Ll}-]+\s+){1,2}|[\p{Lu}][\p{Ll}]{1,4}\.\s+)?$/u;

/** A quotation of more than a few words between a name and a verb: the name belongs to another clause. */
function crossesQuotation(gap: string): boolean {
  const quoted = /["\u201C]([^"\u201C\u201D]*)["\u201D]/.exec(gap);
  if (!quoted) return /["\u201C\u201D]/.test(gap);
  return quoted[1]!.split(/\s+/).filter(Boolean).length > 5;
}

const SUBJECT_GAP_WORD = /^(?:both|all|during|rally|speech|hearing|briefing|debate|also|then|later|again|once|often|repeatedly|has|had|have|having|was|were|is|are|be|been|will|would|could|should|can|may|might|must|did|does|do|not|never|just|only|still|even|now|too|however|himself|herself|themselves|itself|first|recently|previously|reportedly|publicly|privately|subsequently|quickly|today|yesterday|tonight|earlier|in|a|an|the|statement|interview|tweet|post|letter|email|e-mail|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|week|month|year|night|morning|afternoon|evening|[\p{Ll}]+ly)$/iu;

/** What may stand between a subject and its verb: adverbs, auxiliaries, a time, and any appositive between commas, brackets or dashes. */
function isSubjectGap(gap: string): boolean {
  // `(D-Ohio), who …,` `(D-Ohio), chair of the panel,` `, chair of the Harbour Board (HB),`: the bracket goes, the
  // appositive's comma stays for the rule below
  // a quotation goes, but not the comma it holds (`, star of “Scandal,” thanked`: the appositive's closing comma)
  let clean = gap.replace(/["\u201C]([^"\u201C\u201D]*)["\u201D]/g, (_, inner: string) => (/,\s*$/.test(inner) ? ' , ' : ' ')).replace(/\([^()]*\)(?=\s*,\s*who\b|\s*,[^,]+,\s*$)|(?<=,[^,()]*)\([^()]*\)(?=\s*,\s*$)/g, ' ').replace(/\([^()]*\),?/g, ' ').replace(/\s(?:--|[\u2014\u2013])\s?(?:(?!--)[^\u2014\u2013])*(?:--|[\u2014\u2013])\s/g, ' ');
  // any appositives between commas: `, for her part,` `, a judge appointed by the governor,` `, 35, a salesman from Austin, Texas,`
  const appositives = /^\s*,(?:[^,]+,)+/u.exec(clean);
  if (appositives && !appositives[0].split(',').some(opensWithVerb)) clean = ' ' + clean.slice(appositives[0].length);
  // `a White House official who spoke anonymously said`: a relative clause without commas, then the verb
  if (/^\s+who\s+[^,.;:!?]{3,100}\s$/.test(clean)) return true;
  if (/[,.!?:]/.test(clean)) return false;
  const words = clean.split(/\s+/).filter(Boolean);
  return words.length <= 4 && words.every((w) => SUBJECT_GAP_WORD.test(w));
}

/** The mention that starts right at `at` (after space or a title): `said| Chief Tom Reyes`, `according to| X`. */
export function mentionAt(a: Analysis, at: number, to: number): Mention | 'unnamed' | undefined {
  const k = lastMentionBefore(a.mentions, at) + 1;
  const m = a.mentions[k];
  if (!m || m.start >= to) return undefined;
  const gap = a.text.slice(at, m.start);
  if (!/^[\s,]*(?:(?:[\p{L}.]+\.|[\p{Ll}-]+|[\p{Lu}][\p{L}-]*)\s+){0,4}$/u.test(gap) || /["\u201C\u201D]/.test(gap)) return undefined;
  if (gap.trim() !== '' && !/^[\s,]*(?:[\p{Lu}][\p{L}.-]*|[\p{Ll}-]+)(?:\s+(?:[\p{Lu}][\p{L}.-]*|[\p{Ll}-]+)){0,3}\s+$/u.test(gap)) return undefined;
  if (/^[\s,]*(?:a|an|one|another)\s/i.test(gap)) return 'unnamed'; // `said a senior aide to Ruiz`
  if (gap.split(/\s+/).filter(Boolean).some((w) => /^(?:that|to|and|but|as|if|when|because|after|before|on|in|at|for|with|about|from|of|by|into|over|than)$/i.test(w))) return undefined;
  if (m.form === 'unnamed') return m;
  const apposed = apposedToPossessive(a, k, to);
  if (apposed !== undefined) return a.mentions[apposed];
  const owned = possessedName(a, k, to);
  // `said former Ohio Gov. and Board Chair Ana Ruiz`: the person a place's titles lead to (a `Hill` or `Hall` named
  // alone may be a person read as a place)
  const led = owned === undefined && m.entity === 'place' ? personAfterPlace(a, k, to) : undefined;
  if (led) return led;
  return a.mentions[owned !== undefined ? lastOfRun(a, owned, to) : lastOfRun(a, k, to)];
}

/**
 * `Ruiz's campaign manager, Tom Reyes, said`: the person in apposition to a possessive description. The index of
 * that name, if mention k is such a possessor.
 */
function apposedToPossessive(a: Analysis, k: number, to: number): number | undefined {
  const owner = a.mentions[k]!;
  if (owner.form !== 'name') return undefined;
  for (let n = k + 1; n < a.mentions.length && n <= k + 3; n++) {
    const next = a.mentions[n]!;
    if (next.end > to) return undefined;
    if (next.entity === 'place') continue; // `Ruiz's Texas state director, Tom Reyes,`
    // … a role may lead the name: `Ruiz's introducer, actress Ana Kim,`
    const gap = /^['\u2019]s\s+(?:[\p{L}-]+\s+){0,4}[\p{Ll}-]+,(\s+(?:[\p{Ll}-]+\s+){0,2})$/u.exec(a.text.slice(owner.end, next.start));
    if (next.form !== 'name' || !gap || (gap[1]!.trim() !== '' && !isRoleGap(gap[1]!))) return undefined;
    // … or names joined by `and`: `Clay's biographers, David and Jeanne Heidler,` (the last stands for them)
    const last = a.mentions.indexOf(coordinated(a, n, to));
    return /^\s*(?:[,(;]|\.(?:\s|$)|$)/.test(a.text.slice(a.mentions[last]!.end, a.mentions[last]!.end + 3)) ? last : undefined;
  }
  return undefined;
}

/** `said Ohio's Ann Cole`, `The Ledger's Tom Reyes said`: the person a place or an organisation possesses, if mention k is one. */
function possessedName(a: Analysis, k: number, to: number): number | undefined {
  const owner = a.mentions[k]!;
  const owned = a.mentions[k + 1];
  if (owner.form !== 'name' || owner.entity === 'person' || !owned || owned.form !== 'name' || owned.start >= to || owned.entity === 'organization') return undefined;
  return /^['\u2019]s\s+$/.test(a.text.slice(owner.end, owned.start)) ? k + 1 : undefined;
}

/** Up to three role or title words between two names: ` delegate `, ` Sgt. `, ` MP `. */
export function isRoleGap(gap: string): boolean {
  if (FUNCTION_WORD.test(gap)) return false;
  const words = gap.split(/\s+/).filter(Boolean);
  // a verb between two names is no role: `Ruiz praised Reyes`, `Ruiz met Reyes`; the word before the person is a role noun
  if (words.some((w) => isCueWord(w) || /^[\p{Ll}]+ed$/u.test(w) || IRREGULAR_PAST.test(w))) return false;
  const head = (words[words.length - 1] ?? '').toLowerCase().replace(/\.$/, '');
  if (!isPersonRole(head) && !HEAD_TITLES.has(head) && !ROLE_NOUN_ENDING.test(head)) return false;
  return /^\s/.test(gap) && /\s$/.test(gap) && words.length <= 3 && words.every((w) => /^[\p{L}]*[\p{Ll}-]+$/u.test(w) || HEAD_TITLES.has(w.toLowerCase().replace(/\.$/, '')));
}

/** Common irregular past tenses (those in -ed are told by their ending), verbs between two names (`Ruiz met opposition leader Reyes`), never role words. */
const IRREGULAR_PAST = /^(?:met|saw|hit|beat|led|left|took|gave|made|sent|brought|won|lost|held|kept|sought|fought|caught|found|heard|paid|sold|struck|chose|drove|fell|felt|knew|grew|threw|drew|began|ran|came|became|got)$/;

/** The writer as a clause's subject (`I am`, `we have`), before a verb: what that clause says is the writer's. */
export const WRITER_SUBJECT = /(?:^|[\s,])(?:I|[Ww]e)\s+[\p{Ll}']/u;

/** How role nouns not in the word lists end: `constituent`, `delegate`, `organiser`, `spokesman`. */
const ROLE_NOUN_ENDING = /(?:er|or|ist|ant|ent|man|woman|ian|ee|ate|ive)$/;

/** Words that join a name to another phrase rather than to a role: `X of the Y`, `X when asked about Y`. */
const FUNCTION_WORD = /\b(?:of|at|from|for|with|in|on|to|by|about|the|a|an|and|or|but|who|which|that|when|while|after|before|as|than|was|is|has|had)\b/i;

/**
 * `Ohio delegate Ray Tolson`, `Mendes constituent Ben Pryor`: in names joined by role words, the person is
 * last. The index of that last mention.
 */
export function lastOfRun(a: Analysis, k: number, to: number): number {
  let last = k;
  for (let n = k + 1; n < a.mentions.length; n++) {
    const m = a.mentions[last]!;
    const next = a.mentions[n]!;
    if (next.start >= to || next.form !== 'name' || !isRoleGap(a.text.slice(m.end, next.start))) break;
    if (m.entity === 'person' && next.entity !== 'person') break;
    last = n;
  }
  return last;
}

const SUBORDINATE = /^\s*(?:when|after|before|as|while|although|though|because|if|since|once|until|despite|following|asked|in|at|on|during|with|[\p{L}]+ing)\b[^,]*,/iu;

/**
 * The subject of the clause that ends at `to` (`Tom Reyes, a judge, reached the same view:`): its first
 * speaking mention after any leading subordinate clause or headline dash, a person or organisation over an
 * unclassified word, the last of `X and Y`.
 */
export function clauseSubject(a: Analysis, from: number, to: number): Mention | 'unnamed' | undefined {
  const head = a.text.slice(from, to);
  const dash = Math.max(head.lastIndexOf(' - '), head.lastIndexOf(' \u2014 '), head.lastIndexOf(' -- '));
  if (dash >= 0) from += dash + 3;
  const subordinate = SUBORDINATE.exec(a.text.slice(from, to));
  if (subordinate) from += subordinate[0].length;
  for (let k = lastMentionBefore(a.mentions, from) + 1; k < a.mentions.length; k++) {
    const m = a.mentions[k]!;
    if (m.end > to) break;
    if (m.start < from || m.entity === 'place') continue;
    if (isObjectOfPreposition(a, m, from)) continue;
    if (m.form !== 'name') {
      // `the senator from Ohio, Dana Whitfield, did not hedge:`: the name in apposition
      let n = k + 1;
      while (a.mentions[n]?.entity === 'place') n++;
      const next = a.mentions[n];
      // … or right after it: `The film director Ana Ruiz had quit`
      const between = a.text.slice(m.end, next?.start ?? m.end);
      if (next && next.form === 'name' && next.end <= to && (/^\s+$/.test(between) || (/^[^,;:.]{0,40},\s*$/.test(between) && /^\s*,/.test(a.text.slice(next.end, next.end + 2))))) return next;
    }
    if (m.form === 'unnamed') return m;
    const apposed = apposedToPossessive(a, k, to) ?? possessedName(a, k, to);
    if (apposed !== undefined) return a.mentions[apposed];
    // `Hours later, …`: a lone unknown word before a comma opens the sentence; `Ruiz, who …,` is its subject
    if (m.form === 'name' && m.entity === 'unknown' && !m.text.includes(' ') && /^,(?!\s*who\b)/.test(a.text.slice(m.end, m.end + 6)) && (a.chainAt(m)?.forms.length ?? 1) === 1) continue;
    return coordinated(a, lastOfRun(a, k, to), to);
  }
  return undefined;
}

/** The person a place's titles and roles lead to: `Ohio| Gov. and Harbour Board Chair |Ana Ruiz`. */
function personAfterPlace(a: Analysis, k: number, to: number): Mention | undefined {
  for (let n = k + 1; n < a.mentions.length && a.mentions[n]!.start < to; n++) {
    if (!/^(?:\s+(?:[\p{Lu}][\p{L}.'\u2019-]*|and|[\p{Ll}-]+))*\s+$/u.test(a.text.slice(a.mentions[n - 1]!.end, a.mentions[n]!.start))) return undefined;
    if (a.mentions[n]!.form === 'name' && a.mentions[n]!.entity === 'person') return a.mentions[n];
  }
  return undefined;
}

/** `Ana Ruiz and Tom Reyes:`: the last of names joined by `and`. */
function coordinated(a: Analysis, k: number, to: number): Mention {
  let m = a.mentions[k]!;
  for (let n = k + 1; n < a.mentions.length; n++) {
    const next = a.mentions[n]!;
    if (next.end > to || next.form !== 'name' || !/^\s+and\s+$/.test(a.text.slice(m.end, next.start))) break;
    m = next;
  }
  return m;
}
