import * as assert from 'node:assert/strict';
import { checkDraft, indexSourcesAsync, type Mammoth, type SourceReaders } from '../../src/core';
import { readSourceAsync } from '../../src/core/sources/read-source';
import { writeDocx } from '../helpers/docx-writer';

const READERS: SourceReaders = { docx: async () => (await import('mammoth')) as unknown as Mammoth };
const PARAGRAPHS = ['Council minutes, 4 March', 'The harbour will close in March, not April, the port authority said.', 'Members voted & agreed to review the dredging contract.'];

describe('Word (.docx) sources', function () {
  this.timeout(20_000);

  it('reads the paragraphs as the body, the first short one as the title', async () => {
    const result = await readSourceAsync('sources/minutes.docx', writeDocx(PARAGRAPHS), undefined, READERS);
    if (result.kind !== 'article') assert.fail(result.kind === 'skipped' ? result.reason : result.kind);
    assert.equal(result.article.body, PARAGRAPHS.join('\n\n'));
    assert.equal(result.article.meta.title, 'Council minutes, 4 March');
    const at = result.article.body.indexOf('the port authority');
    assert.equal(result.article.bodyToFile.toOriginal(at), at);
  });

  it('checks a quotation against a Word document', async () => {
    const { index } = await indexSourcesAsync([{ file: 'sources/minutes.docx', bytes: writeDocx(PARAGRAPHS) }], undefined, READERS);
    const [q] = checkDraft('The authority said: "The harbour will close in March, not April."', index).quotes;
    assert.equal(q!.verdict, 'exact');
  });

  const bad: Array<[string, Uint8Array, SourceReaders, RegExp]> = [
    ['not a ZIP', new TextEncoder().encode('plain text pretending'), READERS, /unreadable Word document/],
    ['a truncated file', writeDocx(PARAGRAPHS).slice(0, 200), READERS, /unreadable Word document/],
    ['an empty document', writeDocx([]), READERS, /no text/],
    ['no reader in this host', writeDocx(PARAGRAPHS), {}, /cannot be read here/],
  ];
  for (const [name, bytes, readers, reason] of bad) {
    it(`skips ${name} with a reason`, async () => {
      const result = await readSourceAsync('sources/x.docx', bytes, undefined, readers);
      assert.equal(result.kind, 'skipped');
      assert.match(result.kind === 'skipped' ? result.reason : '', reason);
    });
  }
});
