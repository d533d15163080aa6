// Short quotations: a few words a named speaker is quoted saying are checked, and a misquotation of them is
// marked; scare quotes stay unmarked.
import * as assert from 'assert';
import { checkedNow, cleanUp, openDraft, sourcecheck, uniqueName, waitForDiagnostics, withCode, writeTempFile } from './helpers';
import { waitFor } from './wait';

const SOURCE = [
  '---', 'title: Harbour plan approved', 'outlet: The Gazette', 'date: 2025-03-02', '---', '',
  'The council approved the harbour plan on Monday after a long debate.', '',
  '"This has been a fair, open and binding process from the start," said Maria Lopez, the council leader.', '',
].join('\n');

describe('short quotations', () => {
  afterEach(cleanUp);

  it('marks a bracketed three-word misquotation of the named speaker, and leaves a scare quote alone', async () => {
    const api = await sourcecheck();
    const source = await writeTempFile(`sources/${uniqueName('tmp-harbour-plan')}.md`, SOURCE);
    await waitFor(() => api.sources.article(source.toString()), 'the source to be indexed');
    const draft = await writeTempFile(`drafts/${uniqueName('tmp-short')}.md`,
      '# The harbour\n\nMaria Lopez called the vote "fair, open, [and] final" on Monday. Critics called it "rushed".\n');
    const { document } = await openDraft(draft);
    const [diagnostic] = await waitForDiagnostics(document.uri, (d) => withCode(d, 'misquoted').length === 1, 'the misquoted diagnostic');
    assert.strictEqual(document.getText(diagnostic!.range), 'final');
    assert.strictEqual(diagnostic!.message, '“fair, open, [and] final”: source has “binding”, not “final” (The Gazette, 2 Mar 2025)');
    const checked = await checkedNow(api, document);
    const [short, scare] = checked.report.quotes;
    assert.strictEqual(short?.source?.article.file, source.toString());
    assert.strictEqual(short?.source?.speaker, 'Maria Lopez');
    assert.strictEqual(scare?.verdict, 'unchecked');
    assert.strictEqual(checked.report.quotes.length, 2);
    assert.deepStrictEqual(withCode(await waitForDiagnostics(document.uri, () => true, 'the diagnostics'), 'misquoted').length, 1);
  });
});
