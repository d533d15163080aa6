import * as assert from 'node:assert/strict';
import { checkDraft, draftActors, indexSources, type QuoteFinding, type Verdict } from '../../src/core';
import type { EditKind } from '../../src/core/match/edits';

const BODY = [
  'The minister spoke at length on Monday.',
  '"We will not raise taxes on working families this year, and we will protect the health service," said Alice Smith, the finance minister.',
  'Officials said 22,000 jobs were created in the first quarter. "The economy grew by 72.4 percent in the northern region," Smith added.',
  '"It is the recieved wisdom of the party that we must act now," she said.',
  '"I never said that the plan would fail, but it could be delayed," Smith said on Tuesday.',
  '"The government will announce it today, and the European Union will respond," said Alice Smith.',
  'The opposition called the budget "a betrayal of working people" on Monday night.',
  '"We don\'t back down from a fight, whatever the polls say," Smith told reporters.',
  '"Jos\u00E9 Ch\u00E1vez was right about the caf\u00E9 on the corner, it closed," she added.',
].join('\n\n');
const FILE = '---\nid: a\ntitle: "A"\n---\n\n' + BODY;

const { index, skipped } = indexSources([{ file: 'sources/a.md', bytes: new TextEncoder().encode(FILE) }]);
const article = index.articles[0]!.article;

function only(draft: string): QuoteFinding {
  const report = checkDraft(draft, index);
  assert.equal(report.quotes.length, 1, `expected one quotation in ${JSON.stringify(draft)}`);
  return report.quotes[0]!;
}

const SERVICE = 'We will not raise taxes on working families this year, and we will protect the health service';
const ECONOMY = 'The economy grew by 72.4 percent in the northern region';

interface Case {
  readonly name: string;
  readonly draft: string;
  readonly verdict: Verdict;
  /** Each edit as [kind, draft wording, source wording]. */
  readonly edits?: ReadonlyArray<[EditKind, string, string]>;
  /** The source passage's text (in the article body). */
  readonly source?: string;
  readonly changesMeaning?: boolean;
}

function table(title: string, cases: readonly Case[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(c.name, () => {
        const q = only(c.draft);
        assert.equal(q.verdict, c.verdict, q.message);
        if (c.edits) assert.deepEqual(q.edits.map((e) => [e.kind, e.draft, e.source]), c.edits, q.message);
        if (c.source !== undefined) {
          assert.ok(q.source, 'a source passage');
          assert.equal(article.body.slice(q.source.start, q.source.end), c.source);
        }
        if (c.changesMeaning !== undefined) {
          const ellipsis = q.edits.find((e) => e.kind === 'ellipsis');
          assert.ok(ellipsis, 'an ellipsis edit');
          assert.equal(ellipsis.changesMeaning === true, c.changesMeaning);
        }
        for (const e of q.edits) {
          assert.equal(c.draft.slice(e.draftStart, e.draftEnd), e.draft, 'edit draft offsets');
          assert.equal(article.body.slice(e.sourceStart, e.sourceEnd), e.source, 'edit source offsets');
        }
      });
    }
  });
}

describe('checkDraft: corpus', () => {
  it('indexes the one article', () => {
    assert.equal(index.articles.length, 1);
    assert.deepEqual(skipped, []);
    assert.equal(article.meta.id, 'a');
    assert.equal(article.meta.title, 'A');
  });
});

table('checkDraft: exact', [
  { name: 'straight quotation marks', draft: `Alice Smith said, "${SERVICE}."`, verdict: 'exact', edits: [], source: SERVICE },
  { name: 'curly quotation marks against straight ones in the source', draft: `Alice Smith said, \u201C${SERVICE}.\u201D`, verdict: 'exact', edits: [], source: SERVICE },
  { name: 'guillemets', draft: `Alice Smith said: \u00AB${SERVICE}\u00BB.`, verdict: 'exact', edits: [] },
  { name: 'a curly apostrophe against a straight one', draft: 'Smith said, \u201CWe don\u2019t back down from a fight, whatever the polls say.\u201D', verdict: 'exact', edits: [] },
  { name: 'line breaks and double spaces inside the quotation', draft: `Smith said "The economy grew by 72.4\npercent in  the northern region."`, verdict: 'exact', edits: [], source: ECONOMY },
  { name: 'a quotation with a number', draft: 'The report noted "22,000 jobs were created in the first quarter."', verdict: 'exact', edits: [], source: '22,000 jobs were created in the first quarter' },
  // Bidi controls change how text is shown, not what it says: with them visible, this read as misquoted.
  { name: 'bidi controls inside words (U+202E, U+2066..U+2069, U+200F)', draft: `Smith said "The econ\u202Eomy grew by 72.4 per\u2066cent\u2069 in the nor\u200Fthern region."`, verdict: 'exact', edits: [] },
  {
    name: 'decomposed accents (e + U+0301) against composed ones',
    draft: 'She said "Jose\u0301 Cha\u0301vez was right about the cafe\u0301 on the corner, it closed."',
    verdict: 'exact',
    edits: [],
  },
]);

table('checkDraft: edited (accepted conventions)', [
  { name: 'first letter lowercased in brackets: [t]he', draft: `Smith said "[t]he economy grew by 72.4 percent in the northern region."`, verdict: 'edited', edits: [['case', '[t]he', 'The']], source: ECONOMY },
  { name: 'first letter lowercased without brackets', draft: `Smith said "the economy grew by 72.4 percent in the northern region."`, verdict: 'edited', edits: [['case', 'the', 'The']] },
  { name: '[bracketed words] replacing a pronoun', draft: 'Smith said, "The government will announce [the plan] today, and the European Union will respond."', verdict: 'edited', edits: [['bracket', '[the plan]', 'it']] },
  { name: '[on Sunday] for today', draft: 'Smith said, "The government will announce it [on Sunday], and the European Union will respond."', verdict: 'edited', edits: [['bracket', '[on Sunday]', 'today']] },
  { name: '[Brussels] for several words', draft: 'Smith said, "The government will announce it today, and [Brussels] will respond."', verdict: 'edited', edits: [['bracket', '[Brussels]', 'the European Union']] },
  { name: '[bracketed words] inserted', draft: `Smith said "The economy [of the country] grew by 72.4 percent in the northern region."`, verdict: 'edited', edits: [['bracket', '[of the country]', '']] },
  { name: '[sic] after the source\u2019s own error', draft: 'Smith said "It is the recieved [sic] wisdom of the party that we must act now."', verdict: 'edited', edits: [['sic', '[sic]', '']] },
  { name: 'ellipsis ...', draft: 'Alice Smith said, "We will not raise taxes on working families ... and we will protect the health service."', verdict: 'edited', edits: [['ellipsis', '...', 'this year']], source: SERVICE, changesMeaning: false },
  { name: 'ellipsis \u2026', draft: 'Alice Smith said, "We will not raise taxes on working families \u2026 and we will protect the health service."', verdict: 'edited', edits: [['ellipsis', '\u2026', 'this year']], changesMeaning: false },
  { name: 'ellipsis . . .', draft: 'Alice Smith said, "We will not raise taxes on working families . . . and we will protect the health service."', verdict: 'edited', edits: [['ellipsis', '. . .', 'this year']], changesMeaning: false },
  { name: 'ellipsis [...]', draft: 'Alice Smith said, "We will not raise taxes on working families [...] and we will protect the health service."', verdict: 'edited', edits: [['ellipsis', '[...]', 'this year']], changesMeaning: false },
  { name: 'ellipsis [\u2026]', draft: 'Alice Smith said, "We will not raise taxes on working families [\u2026] and we will protect the health service."', verdict: 'edited', edits: [['ellipsis', '[\u2026]', 'this year']], changesMeaning: false },
  { name: 'an ellipsis dropping not changes the meaning', draft: 'Alice Smith said, "We will ... raise taxes on working families this year."', verdict: 'edited', edits: [['ellipsis', '...', 'not']], changesMeaning: true },
  { name: 'an ellipsis dropping never changes the meaning', draft: 'Smith said "I ... said that the plan would fail."', verdict: 'edited', edits: [['ellipsis', '...', 'never']], changesMeaning: true },
  { name: 'an ellipsis dropping a number changes the meaning', draft: 'The report said "Officials said ... jobs were created in the first quarter."', verdict: 'edited', edits: [['ellipsis', '...', '22,000']], changesMeaning: true },
  { name: 'a dropped comma is punctuation only', draft: 'Alice Smith said, "We will not raise taxes on working families this year and we will protect the health service."', verdict: 'edited', edits: [['punctuation', ' ', ', ']] },
  {
    name: 'inner double quotes turned single',
    draft: 'The report said, "The opposition called the budget \'a betrayal of working people\' on Monday night."',
    verdict: 'edited',
    edits: [['quote-marks', " '", ' "'], ['quote-marks', "' ", '" ']],
  },
]);

table('checkDraft: misquoted', [
  { name: 'a substituted word', draft: `Alice Smith said, "${SERVICE.replace('taxes', 'levies')}."`, verdict: 'misquoted', edits: [['substitution', 'levies', 'taxes']], source: SERVICE },
  { name: 'an inserted word', draft: `Alice Smith said, "${SERVICE.replace('we will protect', 'we will always protect')}."`, verdict: 'misquoted', edits: [['insertion', 'always', '']], source: SERVICE },
  { name: 'a deleted word', draft: `Alice Smith said, "${SERVICE.replace('working ', '')}."`, verdict: 'misquoted', edits: [['deletion', '', 'working']], source: SERVICE },
  { name: 'a transposition', draft: `Alice Smith said, "${SERVICE.replace('will protect', 'protect will')}."`, verdict: 'misquoted', edits: [['transposition', 'protect will', 'will protect']], source: SERVICE },
  { name: 'a changed number', draft: `Smith said "${ECONOMY.replace('72.4', '27.4')}."`, verdict: 'misquoted', edits: [['number', '27.4', '72.4']], source: ECONOMY },
  { name: 'a rounded number', draft: `Smith said "${ECONOMY.replace('72.4', '72')}."`, verdict: 'misquoted', edits: [['number', '72', '72.4']], source: ECONOMY },
  { name: 'a number spelled out differently', draft: `Smith said "${ECONOMY.replace('72.4', 'seventy')}."`, verdict: 'misquoted', edits: [['number', 'seventy', '72.4']], source: ECONOMY },
  {
    name: 'a changed number as the first word',
    draft: 'The report noted "20,000 jobs were created in the first quarter."',
    verdict: 'misquoted',
    edits: [['number', '20,000', '22,000']],
    source: '22,000 jobs were created in the first quarter',
  },
  {
    name: 'a substituted last word',
    draft: `Smith said "${ECONOMY.replace('region', 'area')}."`,
    verdict: 'misquoted',
    edits: [['substitution', 'area', 'region']],
    source: ECONOMY,
  },
]);

describe('checkDraft: misquoted message', () => {
  it('names the draft and source wording', () => {
    const q = only(`Alice Smith said, "${SERVICE.replace('taxes', 'levies')}."`);
    assert.equal(q.message, '“We will not raise levies on working families…”: source has “taxes”, not “levies” (A)');
  });
});

describe('checkDraft: unsourced', () => {
  it('a quotation that no source contains', () => {
    const q = only('Bob Jones said, "Our cats will dance on the moon every single Tuesday evening."');
    assert.equal(q.verdict, 'unsourced');
    assert.equal(q.source, null);
    assert.deepEqual(q.edits, []);
    assert.equal(q.speaker?.name, 'Bob Jones');
  });

  it('a sentence built from the source\u2019s words in another order is not a match', () => {
    const q = only('She said "the health service will raise working families and taxes on the minister."');
    assert.equal(q.verdict, 'unsourced');
  });
});

describe('checkDraft: misattributed', () => {
  it('the source says Alice Smith, the draft says Bob Jones (not in the article)', () => {
    const q = only(`Bob Jones said, "${SERVICE}."`);
    assert.equal(q.verdict, 'misattributed');
    assert.equal(q.speaker?.name, 'Bob Jones');
    assert.ok(q.source);
    assert.equal(q.source.speaker, 'Alice Smith');
    assert.deepEqual(q.edits, []);
    assert.match(q.message, /Bob Jones/);
    assert.match(q.message, /Alice Smith/);
  });

  it('the source attribution after the quotation and the draft\u2019s before it', () => {
    const q = only(`"${ECONOMY}," said Bob Jones.`);
    assert.equal(q.verdict, 'misattributed');
    assert.equal(q.speaker?.name, 'Bob Jones');
  });

  const sameSpeaker: Array<[string, string]> = [
    ['surname only', 'Smith said'],
    ['title and surname', 'Ms Smith said'],
    ['title with a point', 'Mrs. Smith said'],
    ['role and full name', 'Finance Minister Alice Smith said'],
    ['full name', 'Alice Smith said'],
  ];
  for (const [name, lead] of sameSpeaker) {
    it(`not misattributed: ${name} (${lead})`, () => {
      const q = only(`${lead}, "${SERVICE}."`);
      assert.equal(q.verdict, 'exact', q.message);
    });
  }

  it('no speaker in the draft: not misattributed', () => {
    assert.equal(only(`The budget promised "${SERVICE}."`).verdict, 'exact');
  });
});

describe('checkDraft: misattributed needs both sides to be sure', () => {
  const HARBOUR = 'The harbour will close for the whole of the winter season';
  const TOGETHER = 'We have to work together on this, all of us, every day';
  const sources = [
    ['panel', `Tom Reyes opened the hearing.\n\n"${HARBOUR}," said Ana Ruiz, the port director.`],
    ['visit', `Bill Clinton spoke in the hall. Hillary Clinton watched from the front row.\n\n"${TOGETHER}," Clinton said.`],
  ].map(([id, body]) => ({ file: `sources/${id}.md`, bytes: new TextEncoder().encode(`---\nid: ${id}\ntitle: "${id}"\n---\n\n${body}`) }));
  const { index: two } = indexSources(sources);
  const verdictOf = (draft: string): Verdict => checkDraft(draft, two).quotes[0]!.verdict;

  it('the draft\u2019s speaker named near the passage does not excuse a clear attribution to someone else', () => {
    assert.equal(verdictOf(`Tom Reyes said, "${HARBOUR}."`), 'misattributed');
    assert.equal(verdictOf(`Ana Ruiz said, "${HARBOUR}."`), 'exact');
  });

  it('a source that says only `Clinton` does not contradict a draft that says Bill Clinton', () => {
    assert.equal(verdictOf(`Bill Clinton said, "${TOGETHER}."`), 'exact');
  });

  it('a pronoun resolved past the sentence before it is too unsure to raise the verdict', () => {
    assert.equal(verdictOf(`Tom Reyes spoke first. The hall was full. The rain kept falling. "${HARBOUR}," he said.`), 'exact');
    assert.equal(verdictOf(`Tom Reyes spoke first. "${HARBOUR}," he said.`), 'misattributed');
  });
});

describe('checkDraft: unnamed speakers', () => {
  const HARBOUR = 'The harbour will close for the whole of the winter season';
  const source = `Ana Ruiz opened the hearing.\n\n"${HARBOUR}," said a senior aide to the port director.`;
  const { index: one } = indexSources([{ file: 'sources/aide.md', bytes: new TextEncoder().encode(`---\nid: aide\ntitle: "Aide"\n---\n\n${source}`) }]);

  it('a passage a source credits to someone it describes shows that description as its speaker', () => {
    const [found] = checkDraft(`The count went on. "${HARBOUR}," Reyes said.`, one).quotes;
    assert.equal(found?.source?.speaker, 'a senior aide');
  });
  it('is never compared with the draft’s speaker: neither side raises misattributed', () => {
    assert.equal(checkDraft(`Tom Reyes said, "${HARBOUR}."`, one).quotes[0]?.verdict, 'exact');
    assert.equal(checkDraft(`"${HARBOUR}," a harbour official said.`, index).quotes[0]?.verdict, 'unsourced');
  });
  it('a draft’s unnamed speaker is shown but is no actor', () => {
    const report = checkDraft(`"${SERVICE}," a Treasury official said.`, index);
    assert.equal(report.quotes[0]?.speaker?.name, 'a Treasury official');
    assert.equal(report.quotes[0]?.speaker?.unnamed, true);
    assert.equal(report.quotes[0]?.verdict, 'exact');
    assert.ok(!draftActors(report).some((a) => /official/i.test(a.name)), JSON.stringify(draftActors(report).map((a) => a.name)));
  });
});

describe('checkDraft: unchecked', () => {
  it('a two-word scare quote', () => {
    const q = only('Jones said the plan was a "total farce" again.');
    assert.equal(q.verdict, 'unchecked');
    assert.equal(q.uncheckedBecause, 'short');
    assert.equal(q.source, null);
  });

  it('a one-word scare quote', () => {
    assert.equal(only('He called them "rats" twice.').verdict, 'unchecked');
  });

  it('an ignored quotation, even one that matches a source', () => {
    const q = only(`<!-- sourcecheck-ignore -->\nAlice Smith said, "${SERVICE}."`);
    assert.equal(q.verdict, 'unchecked');
    assert.equal(q.uncheckedBecause, 'ignored');
    assert.match(q.message, /sourcecheck-ignore/);
  });

  it('a title in title case', () => {
    const q = only('He read "The Rise and Fall of the Third Reich" twice.');
    assert.equal(q.verdict, 'unchecked');
    assert.equal(q.uncheckedBecause, 'title');
  });
});

describe('checkDraft: offsets', () => {
  const draft = `# Draft\n\nIntro paragraph.\n\nAlice Smith said, \u201C${SERVICE}.\u201D\n\nSmith said "${ECONOMY.replace('72.4', '27.4')}."`;
  const report = checkDraft(draft, index);

  it('finds both quotations', () => {
    assert.deepEqual(report.quotes.map((q) => q.verdict), ['exact', 'misquoted']);
  });

  it('start and end are the draft offsets of the quotation text', () => {
    const [a, b] = report.quotes;
    assert.ok(a && b);
    assert.deepEqual([a.start, a.end], [draft.indexOf(SERVICE), draft.indexOf(SERVICE) + SERVICE.length]);
    assert.equal(a.text, SERVICE);
    const economy = ECONOMY.replace('72.4', '27.4');
    assert.deepEqual([b.start, b.end], [draft.indexOf(economy), draft.indexOf(economy) + economy.length]);
  });

  it('the source passage maps through bodyToFile to the same text in the file', () => {
    for (const q of report.quotes) {
      assert.ok(q.source);
      const expected = q.verdict === 'exact' ? SERVICE : ECONOMY;
      assert.equal(q.source.article.body.slice(q.source.start, q.source.end), expected);
      const start = q.source.article.bodyToFile.toOriginal(q.source.start);
      const end = q.source.article.bodyToFile.toOriginal(q.source.end);
      assert.equal(FILE.slice(start, end), expected);
      assert.equal(start, FILE.indexOf(expected));
    }
  });

  it('the edit offsets point at the differing words', () => {
    const edit = report.quotes[1]!.edits[0]!;
    assert.equal(draft.slice(edit.draftStart, edit.draftEnd), '27.4');
    assert.equal(article.body.slice(edit.sourceStart, edit.sourceEnd), '72.4');
    assert.equal(article.bodyToFile.toOriginal(edit.sourceStart), FILE.indexOf('72.4'));
  });

  it('the speaker offsets point at the name in the draft', () => {
    const speaker = report.quotes[0]!.speaker;
    assert.ok(speaker);
    assert.equal(draft.slice(speaker.start, speaker.end), 'Alice Smith');
  });

  it('actors list the quoted person with the quotations', () => {
    const actors = draftActors(report);
    const smith = actors.find((a) => a.name === 'Alice Smith');
    assert.ok(smith, JSON.stringify(actors));
    assert.equal(smith.kind, 'person');
    assert.deepEqual(smith.quotes, [0, 1]);
  });

  it('no unbalanced marks', () => {
    assert.deepEqual(report.unbalanced, []);
  });
});

describe('checkDraft: empty inputs', () => {
  it('an empty draft has no quotations', () => {
    assert.deepEqual(checkDraft('', index).quotes, []);
  });

  it('a draft against an empty corpus: long quotations are unsourced', () => {
    const empty = indexSources([]).index;
    const q = checkDraft(`Alice Smith said, "${SERVICE}."`, empty).quotes[0];
    assert.equal(q?.verdict, 'unsourced');
  });
});

describe('checkDraft: a "quotation" of more than 600 words', () => {
  it('is unchecked as too long, not aligned', () => {
    const { index } = indexSources([{ file: 'sources/a.md', bytes: new TextEncoder().encode('---\nid: a\ntitle: "A"\n---\n\nShe said the words were many.\n') }]);
    const draft = `He said "${'the words were many and '.repeat(130)}."`;
    const [quote] = checkDraft(draft, index).quotes;
    assert.equal(quote?.verdict, 'unchecked');
    assert.equal(quote?.uncheckedBecause, 'long');
  });
});

describe('checkDraft: which of equally close passages is the source', () => {
  const QUOTE = 'Nobody in this harbour town will pay for the new bridge';
  const source = (file: string, body: string) => ({ file, bytes: new TextEncoder().encode(`---\ntitle: "${file}"\n---\n\n${body}`) });

  it('a headline repeating the body quotation: the body, where the article says who said it', () => {
    const { index: repeated } = indexSources([source('sources/h.md', `Mayor: \u2018${QUOTE}.\u2019\n\nThe council met on Monday.\n\n"${QUOTE}," said Dana Whitfield, the mayor.`)]);
    const q = checkDraft(`The piece reads: "${QUOTE}."`, repeated).quotes[0]!;
    assert.equal(q.verdict, 'exact');
    assert.equal(q.source?.speaker, 'Dana Whitfield');
  });

  it('two articles with the same passage: the one that attributes it', () => {
    const { index: two } = indexSources([
      source('sources/a.md', `The council met on Monday. It heard that ${QUOTE.toLowerCase()}, and then it adjourned.`),
      source('sources/b.md', `The council met on Monday.\n\n"${QUOTE}," said Dana Whitfield, the mayor.`),
    ]);
    const q = checkDraft(`The piece reads: "${QUOTE}."`, two).quotes[0]!;
    assert.equal(q.source?.speaker, 'Dana Whitfield');
    assert.match(q.source?.article.file ?? '', /b\.md$/);
  });
});

describe('checkDraft: a pronoun on both sides is no contradiction', () => {
  it('she in the draft and she in the source: not misattributed, though each is read as another woman', () => {
    const source = `---\ntitle: "Rally"\n---\n\nThe minister, Ana Ruiz, echoed the sentiment. "We will not be distracted by rallies and hysterical overreaction," she said.`;
    const { index: one } = indexSources([{ file: 'sources/rally.md', bytes: new TextEncoder().encode(source) }]);
    const q = checkDraft('Prime Minister Dana Whitfield spoke next. "We will not be distracted by rallies and hysterical overreaction," she told reporters.', one).quotes[0]!;
    assert.equal(q.speaker?.name, 'Dana Whitfield');
    assert.equal(q.source?.speaker, 'Ana Ruiz');
    assert.equal(q.verdict, 'exact');
  });
});
