import * as assert from 'node:assert/strict';
import { checkDraft, formatCitation, indexSources, jsonReport, passageLocator } from '../../src/core';
import type { Article } from '../../src/core/sources/article';
import { readSource, sourceFormat, type ReadResult } from '../../src/core/sources/read-source';
import { clockTime, normalizeTime, segmentAt } from '../../src/core/sources/segments';
import { looksLikeTranscript } from '../../src/core/sources/transcript-source';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function read(file: string, text: string): { article: Article; warning?: string } {
  const result: ReadResult = readSource(file, encode(text));
  if (result.kind !== 'article') assert.fail(`expected an article, got ${result.kind === "skipped" ? `skipped: ${result.reason}` : result.kind}`);
  return result.warning === undefined ? { article: result.article } : { article: result.article, warning: result.warning };
}

function skipped(file: string, text: string): string {
  const result = readSource(file, encode(text));
  if (result.kind !== 'skipped') assert.fail(`expected ${file} to be skipped, got ${result.kind === "article" ? JSON.stringify(result.article.body) : result.kind}`);
  return result.reason;
}

/** The speaker and time of the segment holding `words`, and the file text it maps back to. */
function at(a: Article, file: string, words: string): { speaker?: string; time?: string; inFile: string } {
  const start = a.body.indexOf(words);
  assert.ok(start >= 0, `"${words}" in ${JSON.stringify(a.body)}`);
  const segment = segmentAt(a, start);
  const inFile = file.slice(a.bodyToFile.toOriginal(start), a.bodyToFile.toOriginal(start + words.length));
  return { ...(segment?.speaker ? { speaker: segment.speaker } : {}), ...(segment?.time ? { time: segment.time } : {}), inFile };
}

describe('transcripts: formats and times', () => {
  const formats: Array<[string, string | undefined]> = [['a.vtt', 'vtt'], ['A.SRT', 'srt'], ['a.txt', 'text']];
  for (const [file, format] of formats) it(`${file} -> ${format}`, () => assert.equal(sourceFormat(file), format));

  const times: Array<[string, string | undefined]> = [
    ['00:12:31.000', '00:12:31'], ['12:31', '00:12:31'], ['1:02:03,500', '01:02:03'], ['0:03', '00:00:03'],
    ['75:00', '01:15:00'], ['12:61', undefined], ['noon', undefined],
  ];
  for (const [text, expected] of times) it(`normalizeTime(${text}) = ${String(expected)}`, () => assert.equal(normalizeTime(text), expected));
  const clocks: Array<[string, string]> = [['00:12:31', '12:31'], ['00:02:05', '02:05'], ['01:02:03', '1:02:03']];
  for (const [time, shown] of clocks) it(`clockTime(${time}) = ${shown}`, () => assert.equal(clockTime(time), shown));
});

describe('transcripts: WebVTT', () => {
  const vtt = [
    'WEBVTT - Interview with Jane Roe',
    '',
    'NOTE',
    'date: 2026-03-02',
    'outlet: Harbour Weekly',
    '',
    '1',
    '00:12:31.000 --> 00:12:35.500',
    '<v Jane Roe>We counted every ballot twice, and the',
    'second count matched the first',
    '',
    '00:12:35.500 --> 00:12:39.000 align:start',
    '<v Jane Roe>to the last vote, which <i>never</i> happens &amp; surprised us.',
    '',
    '00:12:40.000 --> 00:12:44.000',
    '<v.loud John Smith>So the recount changed nothing at all?</v>',
    '',
    '00:12:44.000 --> 00:12:48.000',
    '<v Jane Roe>Nothing.</v> <v John Smith>Thank you.</v>',
    '',
  ].join('\n');

  it('reads the header title and NOTE fields as metadata', () => {
    const { article } = read('sources/roe.vtt', vtt);
    assert.equal(article.meta.title, 'Interview with Jane Roe');
    assert.equal(article.meta.date, '2026-03-02');
    assert.equal(article.meta.outlet, 'Harbour Weekly');
    assert.equal(article.meta.id, 'roe');
  });

  it('joins cues of one speaker, split mid-sentence, into one paragraph without tags or timings', () => {
    const { article } = read('sources/roe.vtt', vtt);
    assert.equal(article.body, [
      'We counted every ballot twice, and the second count matched the first to the last vote, which never happens & surprised us.',
      'So the recount changed nothing at all?',
      'Nothing.',
      'Thank you.',
    ].join('\n\n'));
  });

  it('gives each passage its voice and cue time, and maps it back to the file', () => {
    const { article } = read('sources/roe.vtt', vtt);
    assert.deepEqual(at(article, vtt, 'We counted'), { speaker: 'Jane Roe', time: '00:12:31', inFile: 'We counted' });
    assert.deepEqual(at(article, vtt, 'to the last vote'), { speaker: 'Jane Roe', time: '00:12:35', inFile: 'to the last vote' });
    assert.deepEqual(at(article, vtt, 'So the recount'), { speaker: 'John Smith', time: '00:12:40', inFile: 'So the recount' });
    assert.deepEqual(at(article, vtt, 'Thank you'), { speaker: 'John Smith', time: '00:12:44', inFile: 'Thank you' });
    assert.deepEqual(at(article, vtt, 'never happens & surprised'), { speaker: 'Jane Roe', time: '00:12:35', inFile: 'never</i> happens &amp; surprised' });
  });

  const bad: Array<[string, string, RegExp]> = [
    ['no WEBVTT header', '00:00:01.000 --> 00:00:02.000\nHello there.\n', /not WebVTT/],
    ['no cue', 'WEBVTT\n\nNOTE nothing here\n', /no cues/],
    ['only broken timings', 'WEBVTT\n\n00:00:01 -> 00:00:02\nHello there.\n\nsoon --> later\nAgain.\n', /no cue with a valid timing \(2 malformed\)/],
    ['cues without text', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n', /no cues|no spoken text/],
  ];
  for (const [name, text, reason] of bad) it(`skips a malformed file (${name}) with a reason`, () => assert.match(skipped('s/bad.vtt', text), reason));

  it('keeps the good cues of a partly malformed file, with a warning', () => {
    const { article, warning } = read('s/part.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann Lee>It rained all week long.\n\n00:00:0x --> 1\nbroken\n');
    assert.equal(article.body, 'It rained all week long.');
    assert.match(warning ?? '', /1 malformed cue/);
  });
});

describe('transcripts: SRT', () => {
  const srt = [
    '1', '00:00:03,000 --> 00:00:06,000', 'JANE ROE: The harbour will close in', '',
    '2', '00:00:06,000 --> 00:00:09,000', '<i>March, not April</i> as the council said.', '',
    '3', '00:00:10,000 --> 00:00:12,000', 'JOHN SMITH: Who decided that?', '',
    '4', '00:00:12,500 --> 00:00:15,000', 'JANE ROE: The port authority did.', '',
  ].join('\r\n');

  it('reads `NAME:` labels as speakers (title-cased) and joins a sentence split over two cues', () => {
    const { article } = read('sources/port.srt', srt);
    assert.equal(article.body, 'The harbour will close in March, not April as the council said.\n\nWho decided that?\n\nThe port authority did.');
    assert.deepEqual(at(article, srt, 'March, not April'), { speaker: 'Jane Roe', time: '00:00:06', inFile: 'March, not April' });
    assert.deepEqual(at(article, srt, 'Who decided'), { speaker: 'John Smith', time: '00:00:10', inFile: 'Who decided' });
    assert.equal(article.meta.title, 'Interview with Jane Roe, John Smith');
  });

  it('does not take a one-off `Word:` at the start of a cue for a speaker', () => {
    const { article } = read('s/x.srt', '1\n00:00:01,000 --> 00:00:02,000\nLook: we had no choice.\n');
    assert.equal(article.body, 'Look: we had no choice.');
    assert.equal(segmentAt(article, 0)?.speaker, undefined);
  });
});

describe('transcripts: plain text', () => {
  const cases: Array<{ name: string; text: string; body: string; probe: string; speaker: string; time?: string }> = [
    {
      name: '`Name: text` lines',
      text: 'Council interview\n\nJane Roe: We counted every ballot twice.\nJohn Smith: And the result?\nJane Roe: The second count matched the first\nto the last vote.\n',
      body: 'We counted every ballot twice.\n\nAnd the result?\n\nThe second count matched the first to the last vote.',
      probe: 'matched the first to', speaker: 'Jane Roe',
    },
    {
      name: '`[00:12:31] Name:` lines',
      text: '[00:12:31] Jane Roe: We counted every ballot twice.\n[00:12:40] John Smith: And the result?\n[00:12:44] Jane Roe: It matched to the last vote.\n',
      body: 'We counted every ballot twice.\n\nAnd the result?\n\nIt matched to the last vote.',
      probe: 'It matched', speaker: 'Jane Roe', time: '00:12:44',
    },
    {
      name: '`Name (00:01:02):` lines',
      text: 'Jane Roe (00:01:02):\nWe counted every ballot twice.\n\nJohn Smith (00:01:09):\nAnd the result?\n\nJane Roe (00:01:15):\nIt matched to the last vote.\n',
      body: 'We counted every ballot twice.\n\nAnd the result?\n\nIt matched to the last vote.',
      probe: 'And the result', speaker: 'John Smith', time: '00:01:09',
    },
    {
      name: 'a `Name  0:03` heading above each turn',
      text: 'Jane Roe  0:03\nWe counted every ballot twice.\n\nJohn Smith  0:09\nAnd the result?\n\nJane Roe  0:15\nIt matched to the last vote.\n',
      body: 'We counted every ballot twice.\n\nAnd the result?\n\nIt matched to the last vote.',
      probe: 'We counted', speaker: 'Jane Roe', time: '00:00:03',
    },
  ];
  for (const c of cases) {
    it(`reads ${c.name}`, () => {
      assert.ok(looksLikeTranscript(c.text));
      const { article } = read('sources/interview.txt', c.text);
      assert.equal(article.body, c.body);
      const found = at(article, c.text, c.probe);
      assert.equal(found.speaker, c.speaker);
      assert.equal(found.time, c.time);
      assert.equal(found.inFile.replace(/\n/g, ' '), c.probe);
    });
  }

  it('takes an unlabelled first line for the title', () => {
    assert.equal(read('sources/interview.txt', cases[0]!.text).article.meta.title, 'Council interview');
  });

  it('reads front matter above a transcript', () => {
    const text = `---\ntitle: Roe on the recount\ndate: 2026-03-02\n---\n${cases[1]!.text}`;
    const { article } = read('sources/i.txt', text);
    assert.equal(article.meta.title, 'Roe on the recount');
    assert.equal(article.meta.date, '2026-03-02');
    assert.equal(at(article, text, 'We counted').speaker, 'Jane Roe');
  });

  const prose: Array<[string, string]> = [
    ['a news story with an update line', 'Harbour to close\n\nThe harbour will close in March.\n\nUpdate: the council confirmed the date on Friday.\n\nMore text follows here.\n'],
    ['a story with two one-off colons', 'Title\n\nNote: one thing.\nLook: another.\nAnd then a long paragraph of ordinary prose.\n'],
  ];
  for (const [name, text] of prose) {
    it(`leaves ${name} as plain text`, () => {
      assert.equal(looksLikeTranscript(text), false);
      assert.equal(read('s/story.txt', text).article.segments, undefined);
    });
  }
});

describe('transcripts: checking quotations', () => {
  const vtt = 'WEBVTT\n\n00:12:31.000 --> 00:12:35.000\n<v Jane Roe>We counted every ballot twice, and the\n\n00:12:35.000 --> 00:12:38.000\n<v Jane Roe>second count matched the first to the last vote.\n\n00:12:40.000 --> 00:12:44.000\n<v John Smith>The council never asked us for a recount at all.\n';
  const other = '---\ntitle: Council news\n---\n\nThe council met on Monday to discuss the harbour.\n';
  const { index } = indexSources([{ file: 'sources/roe.vtt', bytes: encode(vtt) }, { file: 'sources/news.md', bytes: encode(other) }]);

  it('finds a quotation that spans two cues, with the speaker and time of its first cue', () => {
    const [q] = checkDraft('Jane Roe said: "We counted every ballot twice, and the second count matched the first."', index).quotes;
    assert.equal(q!.verdict, 'exact');
    assert.equal(q!.source!.speaker, 'Jane Roe');
    assert.deepEqual(passageLocator(q!.source!.article, q!.source!.start), { time: '00:12:31', speaker: 'Jane Roe' });
  });

  it('calls a quotation attributed to the wrong interviewee misattributed', () => {
    const [q] = checkDraft('"We counted every ballot twice, and the second count matched the first," said John Smith.', index).quotes;
    assert.equal(q!.verdict, 'misattributed');
    assert.equal(q!.source!.speaker, 'Jane Roe');
  });

  it('cites the interview with the speaker and the time', () => {
    const [q] = checkDraft('"The council never asked us for a recount at all," Smith said.', index).quotes;
    const locator = passageLocator(q!.source!.article, q!.source!.start);
    assert.equal(formatCitation(q!.source!.article.meta, 'inline', locator), '(interview with John Smith, 12:40)');
    assert.equal(formatCitation(q!.source!.article.meta, 'pandoc', locator), '[@roe, 12:40]');
  });

  it('gives `time` (and no page) in the JSON report', () => {
    const text = '"The council never asked us for a recount at all," Smith said.';
    const report = jsonReport({ version: '0', articles: 2, skipped: [], warnings: [], drafts: [{ file: 'd.md', text, report: checkDraft(text, index) }] }) as {
      drafts: Array<{ quotes: Array<{ source: { time: string | null; page: number | null; speaker: string } }> }>;
    };
    const source = report.drafts[0]!.quotes[0]!.source;
    assert.equal(source.time, '00:12:40');
    assert.equal(source.page, null);
    assert.equal(source.speaker, 'John Smith');
  });
});
