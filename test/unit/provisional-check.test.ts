// A draft edited inside one quotation is checked provisionally with the speakers of its last full check, moved
// (core/provisional-check.ts); it must say what a full check says, and decline any edit a reading might see.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDraft, indexSources, provisionalCheck, sameReport, type DraftReport, type PassageIndex } from '../../src/core';
import { seeded } from '../helpers/seeded';

const REPO = path.resolve(__dirname, '../../..'); // out/test/unit -> the repository

const SAID = 'We will rebuild the harbour wall before the winter storms arrive, whatever the council decides to spend on it';
const SOURCE = `---\ntitle: "Harbour wall"\noutlet: "Coast News"\ndate: 2024-03-01\n---\n\nAna Ruiz, the port director, spoke on Monday. "${SAID}," Ruiz said. Tom Reyes, a pilot, said: "The channel markers have to move first."\n`;
const DRAFT = `The port has a plan.\n\nAna Ruiz, the port director, was firm. "${SAID}," she said.\n\nTom Reyes, a harbour pilot, disagreed. "The channel markers have to move first," Reyes said.\n`;

function index(): PassageIndex {
  return indexSources([{ file: 'sources/harbour.md', bytes: new TextEncoder().encode(SOURCE) }]).index;
}

function edited(text: string, at: number, removed: number, inserted: string): string {
  return text.slice(0, at) + inserted + text.slice(at + removed);
}

describe('provisional check', () => {
  const sources = index();
  const last = { text: DRAFT, report: checkDraft(DRAFT, sources) };
  const inWall = DRAFT.indexOf('harbour wall');

  it('a letter typed inside a quotation: the full check\'s report, at once', () => {
    assert.equal(last.report.quotes[0]!.verdict, 'exact');
    const text = edited(DRAFT, inWall, 0, 'x');
    const provisional = provisionalCheck(text, last, sources);
    assert.ok(provisional, 'a provisional check');
    const full = checkDraft(text, sources);
    assert.equal(provisional.quotes[0]!.verdict, 'misquoted');
    assert.ok(sameReport(provisional, full));
    // the second quotation's speaker, after the edit, moved with it
    assert.equal(provisional.quotes[1]!.speaker?.start, full.quotes[1]!.speaker?.start);
    assert.equal(provisional.quotes[1]!.speaker?.name, 'Tom Reyes');
  });

  it('a letter deleted or replaced inside a quotation: the same as a full check', () => {
    for (const text of [edited(DRAFT, inWall, 1, ''), edited(DRAFT, inWall, 1, 'H')]) {
      const provisional = provisionalCheck(text, last, sources);
      assert.ok(provisional && sameReport(provisional, checkDraft(text, sources)));
    }
  });

  it('declines what a reading of the prose might see', () => {
    const quoteStart = DRAFT.indexOf(SAID);
    const cases: Array<[string, string]> = [
      ['an edit in the prose', edited(DRAFT, DRAFT.indexOf('was firm'), 0, 'x')],
      ['a quotation mark typed', edited(DRAFT, inWall, 0, '"')],
      ['a line break typed', edited(DRAFT, inWall, 0, '\n')],
      ['an edit at the first letter of the quotation', edited(DRAFT, quoteStart, 0, 'x')],
      ['an edit at its last letter', edited(DRAFT, quoteStart + SAID.length - 1, 1, '')],
      ['two quotations changed', edited(edited(DRAFT, DRAFT.indexOf('channel'), 0, 'x'), inWall, 0, 'x')],
      ['a paste, not typing', edited(DRAFT, inWall, 0, 'and the old quay too, and all of it ')],
      ['no change', DRAFT],
    ];
    for (const [what, text] of cases) assert.equal(provisionalCheck(text, last, sources), undefined, what);
  });

  it('on the DEV and hand-written drafts, says what a full check says after any letter typed, deleted or replaced inside a quotation', function () {
    this.timeout(30_000); // about 600 checks of 52 drafts: 1.9 s on a quiet machine, near mocha's 2 s default
    const empty = indexSources([]).index; // speakers and marks are what is moved; verdicts are the alignment's own
    const drafts = ['wikinews-dev', 'natural-drafts'].flatMap((set) => {
      const folder = path.join(REPO, 'data', set, 'drafts');
      return fs.readdirSync(folder).filter((n) => n.endsWith('.md')).map((n) => fs.readFileSync(path.join(folder, n), 'utf8'));
    });
    const random = seeded(11);
    let provisional = 0;
    for (const text of drafts) {
      const report: DraftReport = checkDraft(text, empty);
      for (const q of report.quotes.filter((x) => x.end - x.start >= 8).slice(0, 6)) {
        const at = q.start + 2 + Math.floor(random() * (q.end - q.start - 4));
        const letter = 'etaoin srh'[Math.floor(random() * 10)]!;
        const after = [edited(text, at, 0, letter), edited(text, at, 1, ''), edited(text, at, 1, letter)][Math.floor(random() * 3)]!;
        const moved = provisionalCheck(after, { text, report }, empty);
        if (!moved) continue;
        provisional++;
        assert.ok(sameReport(moved, checkDraft(after, empty)), `${JSON.stringify(after.slice(at - 40, at + 40))}`);
      }
    }
    assert.ok(provisional >= 200, `${provisional} provisional checks`);
  });
});
