import * as assert from 'node:assert/strict';
import { attributeQuotations, CONFIDENT, type Attribution, type AttributionHow } from '../../src/core/attribution/attribute';
import { extractQuotations } from '../../src/core/quotes/extract';

/** Per quotation: the speaker's name, how it was found, and the words the speaker span covers in the text. */
type Expected = [name: string, how: AttributionHow, at?: string] | undefined;

interface Case {
  readonly name: string;
  readonly draft: string;
  /** Per quotation of the draft, in order. `at` defaults to the name itself. */
  readonly expected: readonly Expected[];
}

function attribute(draft: string, expected: readonly Expected[]): Expected[] {
  const extraction = extractQuotations(draft);
  return attributeQuotations(extraction.prose, extraction).map((a, k) => {
    if (!a) return undefined;
    // The speaker span is the mention at the cue (a pronoun, a surname, a description); the name is its chain's fullest.
    const at = draft.slice(a.speaker.start, a.speaker.end).replace(/\s+/g, ' ');
    const wanted = expected[k];
    return wanted && (wanted[2] ?? wanted[0]) === at ? [a.speaker.name, a.how, ...(wanted[2] ? [at] : [])] as Expected : [a.speaker.name, a.how, at];
  });
}

/** The attributions of every quotation of `draft`. */
function attributions(draft: string): Array<Attribution | undefined> {
  const extraction = extractQuotations(draft);
  return attributeQuotations(extraction.prose, extraction);
}

function table(title: string, cases: readonly Case[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(c.name, () => {
        const extraction = extractQuotations(c.draft);
        assert.equal(extraction.quotations.length, c.expected.length, 'test setup: number of quotations');
        assert.deepEqual(attribute(c.draft, c.expected), c.expected, JSON.stringify(c.draft));
      });
    }
  });
}

// Made-up people and words throughout; none of it is taken from the data sets.
const Q = 'We will not sign a deal that hurts the harbour towns';
const q = Q.toLowerCase();

table('attributeQuotations: a cue before the quotation', [
  { name: 'X said, "…"', draft: `Dana Whitfield said, "${Q}."`, expected: [['Dana Whitfield', 'before']] },
  { name: 'X said: "…"', draft: `Dana Whitfield said: "${Q}."`, expected: [['Dana Whitfield', 'before']] },
  { name: 'X said that "…"', draft: `Dana Whitfield said that "${q}."`, expected: [['Dana Whitfield', 'before']] },
  { name: 'X said on Monday, "…"', draft: `Dana Whitfield said on Monday, "${Q}."`, expected: [['Dana Whitfield', 'before']] },
  { name: 'a title is not part of the name', draft: `Finance Minister Dana Whitfield said, "${Q}."`, expected: [['Dana Whitfield', 'before']] },
  { name: 'initials', draft: `Judge Omar K. Haddad said, "${Q}."`, expected: [['Omar K. Haddad', 'before']] },
  { name: 'a title with a connector', draft: `Secretary of Labor Ana Ruiz said, "${Q}."`, expected: [['Ana Ruiz', 'before']] },
  { name: 'a sentence starter is not a name', draft: `But Whitfield said, "${Q}."`, expected: [['Whitfield', 'before']] },
  { name: 'X, the minister, said', draft: `Dana Whitfield, the finance minister, said, "${Q}."`, expected: [['Dana Whitfield', 'before']] },
  { name: 'X, for her part, argued', draft: `Maria Lopez, for her part, argued that "${q}."`, expected: [['Maria Lopez', 'before']] },
  { name: 'X, a judge appointed by …, reached the same view: "…"', draft: `Tom Reyes, a judge appointed by the last governor, reached the same view: "${Q}."`, expected: [['Tom Reyes', 'colon']] },
  { name: 'X told reporters', draft: `Dana Whitfield told reporters, "${Q}."`, expected: [['Dana Whitfield', 'before']] },
  { name: 'X told <outlet> that: the person, not the outlet', draft: `Dana Whitfield told The Harbour Ledger that "${q}."`, expected: [['Dana Whitfield', 'before']] },
  { name: 'X described it as', draft: 'Dana Whitfield described it as "a reckless and costly gamble."', expected: [['Dana Whitfield', 'before']] },
  { name: 'X characterized the talks as', draft: 'Ana Ruiz characterized the talks as "slow but honest on both sides."', expected: [['Ana Ruiz', 'before']] },
  { name: 'X dismissed it as', draft: 'Tom Reyes dismissed the report as "a work of pure fiction."', expected: [['Tom Reyes', 'before']] },
  { name: 'X called the plan', draft: 'Maria Lopez called the plan "an insult to every fisherman."', expected: [['Maria Lopez', 'before']] },
  { name: 'X warned that', draft: 'Omar Haddad warned that "the river will flood again next spring."', expected: [['Omar Haddad', 'before']] },
  { name: 'X insisted that', draft: 'Omar Haddad insisted that "the river will flood again next spring."', expected: [['Omar Haddad', 'before']] },
  { name: 'X reacted by warning … that', draft: `Maria Lopez reacted by warning the council that "${q}."`, expected: [['Maria Lopez', 'before']] },
  { name: 'X pleaded with him, saying that', draft: `Maria Lopez pleaded with him, saying that "${q}."`, expected: [['Maria Lopez', 'before']] },
  { name: 'X wrote in an e-mail to staff:', draft: `Ana Ruiz wrote in an e-mail to staff: "${Q}."`, expected: [['Ana Ruiz', 'before']] },
  { name: 'According to X', draft: `According to Dana Whitfield, "${q}."`, expected: [['Dana Whitfield', 'before']] },
  { name: 'As X put it', draft: `As Dana Whitfield put it, "${q}."`, expected: [['Dana Whitfield', 'before']] },
  { name: 'In the words of X', draft: `In the words of Dana Whitfield, "${q}."`, expected: [['Dana Whitfield', 'before']] },
  { name: 'According to <outlet>, X, an economist, said: X', draft: `According to The Harbour Ledger, Ana Ruiz, an economist, said "${q}."`, expected: [['Ana Ruiz', 'before']] },
  { name: 'X of the <organisation> said: X', draft: `Tom Reyes of the Coastal Policy Centre said, "${Q}."`, expected: [['Tom Reyes', 'before']] },
  { name: 'X, who said, "…"', draft: `Neither will the envoy Ana Ruiz, who said, "${Q}."`, expected: [['Ana Ruiz', 'before']] },
  { name: 'X continued to say that', draft: `Ana Ruiz continued to say that "${q}."`, expected: [['Ana Ruiz', 'before']] },
  { name: 'with X noting', draft: `The talks ended early, with Ruiz noting that "${q}."`, expected: [['Ruiz', 'before']] },
  { name: 'X was asked by Y', draft: 'Ruiz was asked by host Tom Reyes, "Why should the towns pay for it?"', expected: [['Tom Reyes', 'before']] },
  { name: 'X did … and called it', draft: 'Tom Reyes took the stage at the town hall and called the plan "rotten to the core."', expected: [['Tom Reyes', 'before']] },
  { name: 'X did …, but told', draft: `Ana Ruiz, who spoke to the council, did not name anyone, but told them "${q}."`, expected: [['Ana Ruiz', 'before']] },
  { name: 'Hours later, X …, telling', draft: `Hours later, Ruiz returned the favour to Reyes, telling The Harbour Ledger, "${Q}."`, expected: [['Ruiz', 'before']] },
  { name: 'X posted a Twitter comment, saying', draft: `Ana Ruiz posted a Twitter comment of her own, saying, "${Q}."`, expected: [['Ana Ruiz', 'before']] },
  { name: 'A top aide, X, tells', draft: `A top aide, Tom Reyes, tells reporters that "${q}."`, expected: [['Tom Reyes', 'before']] },
  { name: 'X, for his part, is labeling', draft: 'Mayor Tom Reyes, for his part, is labeling the plan "a blatant abuse of power."', expected: [['Tom Reyes', 'before']] },
  { name: 'X of the Y of <place> told', draft: `As Bishop Omar Haddad of the Harbour Diocese of Jerusalem told the council (HC), "${Q}."`, expected: [['Omar Haddad', 'before']] },
  { name: 'a role named paragraphs ago yields to the person the sentence before is about', draft: `President Omar Haddad opened the games.\n\nThe weather held. In Lyon, Tom Reyes was asked whether he would still go. The president was blunt: "${Q}."`, expected: [['Tom Reyes', 'description', 'The president']] },
  { name: 'a role named in the same paragraph keeps its person', draft: `President Omar Haddad opened the games. Tom Reyes asked him whether he would stay. The president was blunt: "${Q}."`, expected: [['Omar Haddad', 'description', 'The president']] },
  { name: 'a description by a parliamentary role, as a guess', draft: `Ana Ruiz told reporters she was not finished. The real problem, the Labour frontbencher argued, lay elsewhere: "${Q}."`, expected: [['Ana Ruiz', 'description', 'the Labour frontbencher']] },
  { name: 'a participle opening the next sentence: Adding, "…"', draft: `Later, Tom Reyes stated that the report "was not good." Adding, "${Q}."`, expected: [['Tom Reyes', 'before'], ['Tom Reyes', 'previous']] },
  { name: 'X of the Y of Z told', draft: `As Bishop Omar Haddad of the Harbour Diocese of Lyon told the council, "${Q}."`, expected: [['Omar Haddad', 'before']] },
  { name: 'a name in an earlier sentence does not count', draft: `Dana Whitfield arrived late. The report said, "${Q}."`, expected: [undefined] },
  { name: 'an unnamed speaker: as described', draft: `A spokesman for the council said, "${Q}."`, expected: [['a spokesman', 'before', 'A spokesman']] },
]);

table('attributeQuotations: a cue after the quotation', [
  { name: '"…," X said', draft: `"${Q}," Dana Whitfield said.`, expected: [['Dana Whitfield', 'after']] },
  { name: '"…," said X', draft: `"${Q}," said Dana Whitfield.`, expected: [['Dana Whitfield', 'after']] },
  { name: '"…," title X said <day>', draft: `"${Q}," county fire Chief Tom Reyes said Tuesday.`, expected: [['Tom Reyes', 'after']] },
  { name: '"…," said X on Monday', draft: `"${Q}," said Finance Minister Dana Whitfield on Monday.`, expected: [['Dana Whitfield', 'after']] },
  { name: '"…," said X, the minister', draft: `"${Q}," said Dana Whitfield, the finance minister.`, expected: [['Dana Whitfield', 'after']] },
  { name: '"…," X, the minister, said', draft: `"${Q}," Whitfield, the finance minister, said.`, expected: [['Whitfield', 'after']] },
  { name: '"…," X\'s office said: X\'s side', draft: `"${Q}," Ruiz's office said.`, expected: [['Ruiz', 'after']] },
  { name: '"…," according to X', draft: `"${Q}," according to Dana Whitfield.`, expected: [['Dana Whitfield', 'after']] },
  { name: '"…?" asked X', draft: '"Why should the towns pay for it?" asked Omar Haddad.', expected: [['Omar Haddad', 'after']] },
  { name: '"…," X <unlisted past-tense verb>', draft: '"Sit down and listen to them," Omar Haddad grumbled.', expected: [['Omar Haddad', 'after']] },
  { name: '"…?" X asked: one sentence', draft: 'The hall went quiet.\n\n"Why should the towns pay for it?" Reyes asked.', expected: [['Reyes', 'after']] },
  { name: '"…!" X, the mayor, tweeted', draft: '"Not us, but we cannot argue with it!" Reyes, the mayor, tweeted on Friday.', expected: [['Reyes', 'after']] },
  { name: '"…," said X of <place>', draft: `"${Q}," said Omar Haddad of the Lyon delegation.`, expected: [['Omar Haddad', 'after']] },
  { name: '"…," said <place>\'s X', draft: `"${Q}," said Lyon's Omar Haddad, a consultant.`, expected: [['Omar Haddad', 'after']] },
  { name: '"…," exhorted X\'s introducer, <role> Y.', draft: `"${Q}," exhorted Ruiz's introducer, actress Jo Kim. Not everyone agreed.`, expected: [['Jo Kim', 'after']] },
  { name: '"…," Assistant U.S. Attorney X wrote', draft: `"${Q}," Assistant U.S. Attorney Maya D. Lund wrote in the filing.`, expected: [['Maya D. Lund', 'after']] },
  { name: '"…," said a <description>: as described', draft: `"${Q}," said a senior aide who supports Reyes.`, expected: [['a senior aide', 'after']] },
  { name: 'the subject of the next sentence is not the speaker', draft: `"${Q}." Dana Whitfield left the room.`, expected: [undefined] },
  { name: 'a document is not a speaker', draft: `The weather was bad. "${Q}," the report said.`, expected: [undefined] },
]);

table('attributeQuotations: a clause handing over to a quoted sentence after a comma or a dash (a guess)', [
  { name: 'X <verb phrase>, "<Sentence>"', draft: 'Earlier, Ana Ruiz shared her worry with the crowd, "I do not know which way the vote will go."', expected: [['Ana Ruiz', 'colon']] },
  { name: 'X <verb phrase> -- "<Sentence>"', draft: 'Tom Reyes also embraced the plan -- "I think the harbour is worth every penny of it."', expected: [['Tom Reyes', 'colon']] },
  { name: 'a phrase after a comma is no sentence', draft: 'Ana Ruiz walked to the stage, "a quiet week" behind her.', expected: [undefined] },
]);

table('attributeQuotations: the subject of a sentence with no cue (a guess)', [
  { name: 'X <verb> … "…"', draft: 'On Sunday, Ana Ruiz toasted the nurses "for standing with us in every town."', expected: [['Ana Ruiz', 'before']] },
  { name: 'a cue whose subject is not read: X <verb> … and has <cue> … "…"', draft: 'Ana Ruiz has made the harbour the centre of her campaign and has boasted of her plan to spend "whatever it takes to win the towns."', expected: [['Ana Ruiz', 'before']] },
  { name: '<role words> X <verb> … "…"', draft: 'Harbour campaign manager Tom Reyes released a memo titled "Where the Count Stands Tonight."', expected: [['Tom Reyes', 'before']] },
  { name: 'X "<verb> …": the quotation speaks of X, not for X', draft: 'Reyes "kind of misspoke on the night of the vote."', expected: [undefined] },
  { name: 'a name deep in the sentence is no subject', draft: 'Photos of the hall show a portrait and an Ohio flag with the words "Happy Birthday to the harbour" below.', expected: [undefined] },
  { name: 'a headline in capitals has no subject', draft: 'HOW SMALL HARBOURS SURVIVE "The towns have learned to live with less than they had."', expected: [undefined] },
]);

table('attributeQuotations: a name after the verb, before the quotation', [
  { name: 'a subject put after its verb, then a comma', draft: `Because of it, explained Tom Reyes of Dunmore, "${Q}."`, expected: [['Tom Reyes', 'before']] },
  { name: 'the verb\u2019s object is no speaker; the subject, a person by its role (star of the show), is', draft: `Paris, star of the show, thanked Ana Ruiz for "${Q}."`, expected: [['Paris', 'before']] },
]);

table('attributeQuotations: a stop typed for the comma before a speech tag (a guess)', [
  { name: '"….." X said.', draft: `The hall was quiet. "${Q}." Mr Reyes said.`, expected: [['Mr Reyes', 'after']] },
  { name: '"….." X said and stressed, "…"', draft: `The hall was quiet. "${Q}." Reyes said and stressed, "The towns come first."`, expected: [['Reyes', 'after'], ['Reyes', 'before']] },
  { name: 'a sentence with content of its own is no tag', draft: `The hall was quiet. "${Q}." Reyes said the plan would fail.`, expected: [undefined] },
]);

table('attributeQuotations: a place right before its cue speaks for its government', [
  { name: '"…," <capital> said', draft: `"${Q}," Moscow said on Monday.`, expected: [['Moscow', 'after']] },
  { name: 'a place after a preposition does not', draft: `Officials in Lyon said "${Q}."`, expected: [undefined] },
]);

describe('attributeQuotations: a place as speaker', () => {
  it('is never confident enough for misattributed', () => {
    const [found] = attributions(`"${Q}," Moscow said on Monday.`);
    assert.ok(found && found.confidence < CONFIDENT, String(found?.confidence));
  });
});

table('attributeQuotations: unnamed speakers, as the text describes them', [
  { name: 'a <name> <role> said', draft: `In a statement, a Harbour Board official said, "${Q}."`, expected: [['a Harbour Board official', 'before']] },
  { name: 'a <role> for <name> said', draft: `"${Q}," said a spokeswoman for Ana Ruiz.`, expected: [['a spokeswoman for Ana Ruiz', 'after']] },
  { name: 'one <role> to <name>, after the quotation', draft: `"${Q}," said one longtime adviser to Tom Reyes.`, expected: [['one longtime adviser to Tom Reyes', 'after']] },
  { name: '<name> <plural role> said', draft: `Ruiz officials said the count was "${Q}."`, expected: [['Ruiz officials', 'before']] },
  { name: 'a description no one was named with', draft: `The count went on. "${Q}," the Vermont senator said.`, expected: [['the Vermont senator', 'description', 'the Vermont senator']] },
  { name: 'a described voice yields to the name the sentence before gives', draft: `"${Q}," the candidate said.\n\nHer rival, Ana Ruiz, was in town that day and chose grace. "The towns know it and so do we."`, expected: [['the candidate', 'description'], ['Ana Ruiz', 'previous']] },
  { name: 'a <role> who <relative clause without commas> said', draft: `In Lyon, a harbour official who spoke on condition of anonymity said, "${Q}."`, expected: [['a harbour official', 'before']] },
  { name: 'someone indefinite with no role word', draft: `The hall went quiet. One attendee, who asked not to be named, said "${Q}."`, expected: [['one attendee', 'before', 'One attendee']] },
  { name: 'a bare plural describes no one in particular', draft: `Officials said the count was "${Q}."`, expected: [undefined] },
  { name: 'a document is no speaker', draft: `The board released a statement on Monday, saying the count was "${Q}."`, expected: [undefined] },
  { name: 'the described speaker goes on in the next quotation', draft: `"${Q}," a senior aide said. "The towns know it."`, expected: [['a senior aide', 'after'], ['a senior aide', 'continuation', 'a senior aide']] },
]);

describe('attributeQuotations: an unnamed speaker', () => {
  it('is marked unnamed and never confident enough for misattributed', () => {
    const [found] = attributions(`"${Q}," said a senior aide to Ruiz.`);
    assert.equal(found?.unnamed, true);
    assert.ok(found!.confidence < CONFIDENT, String(found!.confidence));
  });
  it('gives way to the named speaker of a later quotation', () => {
    const [, second] = attributions(`"${Q}," a senior aide said. Ana Ruiz disagreed. "The towns know it," she said.`);
    assert.equal(second?.speaker.name, 'Ana Ruiz');
    assert.equal(second?.unnamed, undefined);
  });
});

describe('attributeQuotations: the subject of a sentence with no cue', () => {
  it('is only a guess, never enough for misattributed', () => {
    const [found] = attributions('On Sunday, Ana Ruiz toasted the nurses "for standing with us in every town."');
    assert.ok(found && found.confidence < CONFIDENT, String(found?.confidence));
  });
});

table('attributeQuotations: a name labelling the quotation with a colon after a dash', [
  { name: '<clause> - X: "…"', draft: `The polls were wrong. Pollsters agree - Ana Ruiz: "${Q}."`, expected: [['Ana Ruiz', 'colon']] },
  { name: '<clause> - <title> X: "…"', draft: `The polls were wrong. Others disagree \u2014 columnist Tom Reyes: "${Q}."`, expected: [['Tom Reyes', 'colon']] },
  { name: 'more than a name before the colon is no label', draft: `The polls were wrong - the board of Harbour Ltd in Lyon: "${Q}."`, expected: [undefined] },
]);

table('attributeQuotations: a quotation signed with a dash', [
  { name: '"…" - X.', draft: `The numbers are old. "${Q}." - Tom Reyes. Reyes exaggerates.`, expected: [['Tom Reyes', 'after']] },
  { name: '"…" —title X, on …', draft: `"${Q}." \u2014Sen. Ana Ruiz, on the day of the vote.`, expected: [['Ana Ruiz', 'after']] },
  { name: 'the name alone on the next line, after a list dash', draft: `The numbers are old.\n\n"${Q}."\n\n- Mayor Tom Reyes.\n\nReyes exaggerates.`, expected: [['Tom Reyes', 'after']] },
  { name: 'a dash and a name on the next line, then more words', draft: `The hall was full.\n\n"${Q}."\n\n-Sen. Ana Ruiz, tweeting after the vote.\n\nThe count went on.`, expected: [['Ana Ruiz', 'after']] },
  { name: 'a bare name on the next line that spoke before', draft: `"It will pass," Reyes said.\n\n"${Q}."\n\n- Reyes.\n\nThe count went on.`, expected: [['Reyes', 'after'], ['Reyes', 'after']] },
  { name: 'a dash and lowercase words are no signature', draft: `"${Q}." - exchange during an Oct. 22 hearing before the board.`, expected: [undefined] },
  { name: 'a byline after a cue of the sentence is no signature', draft: `Tom Reyes insisted that his party was "still the first force in the land."--Ana Ruiz.`, expected: [['Tom Reyes', 'before']] },
  { name: 'a paragraph opening with a name is no signature', draft: `"It is a problem," said Ana Ruiz. "${Q}."\n\nRep. Tom Reyes (D-Ohio) said it too.`, expected: [['Ana Ruiz', 'after'], ['Ana Ruiz', 'continuation', 'Ana Ruiz']] },
  { name: 'a photo credit on its own line is no signature', draft: `Ana Ruiz spoke. "${Q}," Ruiz said. "We are free."\n\nHarbour Images.\n\nThe evening ended.`, expected: [['Ana Ruiz', 'after', 'Ruiz'], ['Ana Ruiz', 'continuation', 'Ruiz']] },
]);

table('attributeQuotations: names that are also common words, and marks curled the wrong way', [
  { name: 'a surname that is a nationality, next to a cue', draft: `Tom English chairs the board. "${Q}," English said.`, expected: [['Tom English', 'after', 'English']] },
  { name: 'a surname that is a modal verb, next to a cue', draft: `Tom Will writes a column. "${Q}," Will wrote.`, expected: [['Tom Will', 'after', 'Will']] },
  { name: 'a surname that is a place, next to a cue', draft: `Rep. Ana Paris spoke first. "${Q}," Paris said.`, expected: [['Ana Paris', 'after', 'Paris']] },
  { name: 'a surname that is a preposition, before a cue', draft: `Al From runs the group. "${Q}," From said.`, expected: [['Al From', 'after', 'From']] },
  { name: 'a place no one is named after stays a place', draft: `"${Q}," France said.`, expected: [undefined] },
  { name: 'a surname that is a cue verb, after the quotation', draft: 'Chief executive Ian Read spoke first.\n\n"We believe it is a great deal for shareholders, both of Harbour and Lyon," Read said.', expected: [['Ian Read', 'after', 'Read']] },
  { name: 'a nationality before a noun is no speaker', draft: `The board met. "${Q}," English officials said.`, expected: [undefined] },
  { name: '"…, " X said: a stray space before the closing mark', draft: `The judge was a "hater" of his. "${Q}, " Tom Reyes said. In her order, the judge noted it.`, expected: [undefined, ['Tom Reyes', 'after']] },
  { name: '"…,“ said X: a closing mark curled as an opening one', draft: `\u201C${Q},\u201C said Dana Whitfield. \u201CThe towns come first.\u201D`, expected: [['Dana Whitfield', 'after'], ['Dana Whitfield', 'continuation', 'Dana Whitfield']] },
]);

table('attributeQuotations: descriptions and pronouns', [
  {
    name: 'a role stands for the person named with it',
    draft: `Dana Whitfield, the finance minister, spoke first.\n\n"${Q}," the minister said.`,
    expected: [['Dana Whitfield', 'description', 'the minister']],
  },
  {
    name: 'a title before a name gives the role',
    draft: `Mayor Tom Reyes opened the meeting.\n\n"${Q}," the mayor said.`,
    expected: [['Tom Reyes', 'description', 'the mayor']],
  },
  {
    name: 'he said in the next paragraph',
    draft: `Tom Reyes said, "${Q}."\n\n"We will not waver," he said.`,
    expected: [['Tom Reyes', 'before'], ['Tom Reyes', 'pronoun', 'he']],
  },
  {
    name: 'she said before the quotation',
    draft: `"${Q}," said Ana Ruiz.\n\nLater she said, "We will not waver at all."`,
    expected: [['Ana Ruiz', 'after'], ['Ana Ruiz', 'pronoun', 'she']],
  },
  {
    name: 'a pronoun goes to the latest speaker, not an earlier one',
    draft: `Ana Ruiz said, "One two three four."\n\nTom Reyes said, "Five six seven eight."\n\n"Nine ten eleven," he said.`,
    expected: [['Ana Ruiz', 'before'], ['Tom Reyes', 'before'], ['Tom Reyes', 'pronoun', 'he']],
  },
  {
    name: 'a pronoun skips a person of the other gender',
    draft: `Mr. Tom Reyes met Ms. Ana Ruiz on Friday. "${Q}," she said.`,
    expected: [['Ana Ruiz', 'pronoun', 'she']],
  },
  {
    name: 'a pronoun and a surname take the full name',
    draft: `Ana Ruiz spoke for an hour.\n\n"${Q}," Ruiz said.`,
    expected: [['Ana Ruiz', 'after', 'Ruiz']],
  },
  {
    name: 'a pronoun with nobody named before: none',
    draft: `"${Q}," he said.`,
    expected: [undefined],
  },
]);

table('attributeQuotations: quotations that are their own sentence', [
  {
    name: 'a continuation in the same paragraph',
    draft: `"${Q}," Tom Reyes said. "We will not waver."`,
    expected: [['Tom Reyes', 'after'], ['Tom Reyes', 'continuation']],
  },
  {
    name: 'a continuation after "then"',
    draft: 'Ruiz said "nothing at all here", then "more things here".',
    expected: [['Ruiz', 'before'], ['Ruiz', 'before']],
  },
  {
    name: 'a paragraph that is only a quotation continues the previous speaker',
    draft: `Tom Reyes said, "${Q}."\n\n"We will not waver in the harbour."`,
    expected: [['Tom Reyes', 'before'], ['Tom Reyes', 'continuation']],
  },
  {
    name: 'a quotation-only paragraph after a narrative paragraph does not continue',
    draft: `Tom Reyes said, "${Q}."\n\nThe debate went on for hours.\n\n"We will not waver in the harbour."`,
    expected: [['Tom Reyes', 'before'], undefined],
  },
  {
    name: 'each quotation keeps its own speaker',
    draft: 'Ana Ruiz said, "One two three four." Tom Reyes said, "Five six seven eight."',
    expected: [['Ana Ruiz', 'before'], ['Tom Reyes', 'before']],
  },
  {
    name: 'a sentence ending in a colon introduces the quotation',
    draft: `Ana Ruiz was blunt about the vote:\n\n"${Q}."`,
    expected: [['Ana Ruiz', 'colon']],
  },
  {
    name: 'her reply was: "…"',
    draft: `Ana Ruiz was asked about the vote. Her reply was: "${Q}."`,
    expected: [['Ana Ruiz', 'pronoun', 'Her']],
  },
]);

table('attributeQuotations: block quotations', [
  {
    name: 'introduced by an attribution line (after a paragraph)',
    draft: `The council met on Monday.\n\nTom Reyes said on Monday:\n\n> ${Q}.\n\nAfter that.`,
    expected: [['Tom Reyes', 'block']],
  },
  {
    name: 'introduced by an attribution line at the start of the draft',
    draft: `Tom Reyes said on Monday:\n\n> ${Q}.\n\nAfter that.`,
    expected: [['Tom Reyes', 'block']],
  },
  {
    name: 'followed by a `> — Name` line',
    draft: `Intro line.\n\n> ${Q}.\n\n> \u2014 Tom Reyes\n\nAfter that.`,
    expected: [['Tom Reyes', 'block']],
  },
  {
    name: 'followed by a `>` blank line and a `> — Name` line',
    draft: `Intro line.\n\n> ${Q}.\n>\n> \u2014 Tom Reyes`,
    expected: [['Tom Reyes', 'block']],
  },
  {
    name: 'two block paragraphs after one attribution line',
    draft: `The council met.\n\nTom Reyes said:\n\n> ${Q}.\n\n> We will not waver.\n\nAfter that.`,
    expected: [['Tom Reyes', 'block'], ['Tom Reyes', 'block']],
  },
  {
    name: 'a block quotation after a sentence that names nobody',
    draft: `The council met.\n\nThe mood was grim.\n\n> ${Q}.\n\nAfter that.`,
    expected: [undefined],
  },
]);

describe('attributeQuotations: confidence', () => {
  const confidence = (draft: string): number[] => {
    const extraction = extractQuotations(draft);
    return attributeQuotations(extraction.prose, extraction).map((a) => a?.confidence ?? 0);
  };
  it('a cue with a named subject is confident', () => {
    for (const draft of [`Dana Whitfield said, "${Q}."`, `"${Q}," said Dana Whitfield.`]) {
      assert.ok(confidence(draft)[0]! >= CONFIDENT, draft);
    }
  });
  it('a speaker guessed from the sentence before, with no cue, is not', () => {
    const [guess] = confidence(`Ana Ruiz has led the union for years.\n"${Q}."`);
    assert.ok(guess! > 0 && guess! < CONFIDENT, String(guess));
  });
  it('a description no one was named with stands for the person the sentence before is about, as a guess', () => {
    const draft = `In Oslo, Ana Ruiz was asked whether she would still go. The minister was blunt: "${Q}."`;
    const [found] = attributions(draft);
    assert.equal(found?.speaker.name, 'Ana Ruiz');
    assert.ok(found!.confidence > 0 && found!.confidence < CONFIDENT, String(found!.confidence));
  });
  it('… or, past a sentence that names no one, the one before it (a pronoun resolved)', () => {
    const draft = `Ana Ruiz spoke first. She thanked the hall. Then came the vote. "${Q}," the minister claimed.`;
    const [found] = attributions(draft);
    assert.equal(found?.speaker.name, 'Ana Ruiz');
    assert.ok(found!.confidence < CONFIDENT, String(found!.confidence));
  });
  it('… but not across a paragraph: then the description is all there is', () => {
    const [found] = attributions(`In Oslo, Ana Ruiz was asked whether she would still go.\n\nThe minister was blunt: "${Q}."`);
    assert.deepEqual([found?.speaker.name, found?.unnamed], ['the minister', true]);
    assert.ok(found!.confidence < CONFIDENT, String(found!.confidence));
  });
});

table('attributeQuotations: subjects past longer appositives, possessives and verbs', [
  { name: 'X, 35, a salesman from <town>, <state>, says', draft: 'Tom Reyes, 35, a salesman from Dunmore, Ohio, says Ruiz will "leave here with the wind at her back."', expected: [['Tom Reyes', 'before']] },
  { name: 'X, meanwhile, who …, said', draft: 'Ana Ruiz, meanwhile, who has no endorsements yet, said the count is "a sign of what is coming to the harbour."', expected: [['Ana Ruiz', 'before']] },
  { name: "Y's campaign manager, X, said after the quotation", draft: `"${Q}," said Ruiz's deputy campaign manager, Tom Reyes, who ran the count.`, expected: [['Tom Reyes', 'after']] },
  { name: "Y's <place> state director, X, …, writing:", draft: `In early May, Ruiz's Ohio state director, Tom Reyes, wrote to the towns, writing in an email: "${Q}."`, expected: [['Tom Reyes', 'before']] },
  { name: 'X praised Y … and said: a verb is no role word', draft: 'Dana Whitfield praised Reyes\u2019s record on the harbour and said the senator can "bring real change to the towns."', expected: [['Dana Whitfield', 'before']] },
  { name: 'X endorsed Y …, telling', draft: `Ruiz endorsed Reyes in early June, but only after a long delay, telling reporters that she was "${q}."`, expected: [['Ruiz', 'before']] },
  { name: 'X, who …, did …, but told', draft: `Whitfield, who was speaking to the mayors, did not name Reyes, but told them that the towns need leaders "${q}."`, expected: [['Whitfield', 'before']] },
  { name: '`goes on recess` is no cue', draft: 'Sen. Dana Whitfield said that once the Senate goes on recess, "I will travel to every harbour town I can reach."', expected: [['Dana Whitfield', 'before']] },
  { name: 'X groused that', draft: 'Ruiz groused to a crowd in Dunmore that the paper "does not treat me or my family properly."', expected: [['Ruiz', 'before']] },
  { name: 'X reacted skeptically, "…"', draft: `Tom Reyes reacted skeptically to the deal, "${Q}."`, expected: [['Tom Reyes', 'before']] },
  { name: 'a cue word inside a name is no cue (Le Pen told)', draft: `"${Q}," Ana Le Pen told Harbour Radio in an interview.`, expected: [['Ana Le Pen', 'after']] },
  { name: "a cue word after a possessive is a noun (Y's remarks)", draft: 'Dana Whitfield denounced Reyes’s remarks as "hurtful and humiliating to the towns."', expected: [['Dana Whitfield', 'before']] },
  { name: 'X, the No. 2 in …, put it:', draft: `As Ana Ruiz, the No. 2 in the party leadership, put it: "${Q}."`, expected: [['Ana Ruiz', 'before']] },
  { name: 'an interview with journalist Y: Y is no subject', draft: `In a long, in-prison interview with journalist Tom Reyes last year, Ruiz said she welcomed the move and added, "${Q}."`, expected: [['Ruiz', 'before']] },
  { name: 'on <platform> writing: the platform is no subject', draft: `Ruiz answered the question on Facebook writing, "${Q}."`, expected: [['Ruiz', 'before']] },
  { name: "<outlet>'s X …, saying", draft: `Amid the replies, The Harbour Ledger’s Tom Reyes gave a reason, saying it is needed to "${q}."`, expected: [['Tom Reyes', 'before']] },
  { name: 'with X tweeting … and asking', draft: `Others were quick to chime in, with Tom Reyes tweeting that it was a "disaster for the towns" and asking, "${Q}?"`, expected: [['Tom Reyes', 'before'], ['Tom Reyes', 'before']] },
  { name: 'a surname opening a sentence before a comma', draft: `Ruiz hired Thomas Coan. Coan, the union’s lawyer, argues that "${q}."`, expected: [['Thomas Coan', 'before', 'Coan']] },
  { name: 'X …, had described …, said that: verbs listed with commas share the subject', draft: `The harbour minister, Ana Ruiz, spoke at length, had described the bill as "a policy free zone", said that "${q}", and left.`, expected: [['Ana Ruiz', 'before'], ['Ana Ruiz', 'before']] },
  { name: 'a verb phrase between commas is no appositive', draft: `Ana Ruiz thanked the unions, described the plan, said that "${q}," and left.`, expected: [['Ana Ruiz', 'before']] },
  { name: 'X (party-state), who …, said', draft: `Rep. Ana Ruiz (D-Ohio), who introduced a bill this month on the harbour towns, said in a statement that "${q}."`, expected: [['Ana Ruiz', 'before']] },
  { name: 'X (party-state), role of Y, said', draft: `Rep. Ana Ruiz (D-Ohio), chair of the harbour panel, said that "${q}."`, expected: [['Ana Ruiz', 'before']] },
]);

table('attributeQuotations: clauses, inversions and a cue that reports no one', [
  { name: 'asked for a photo and X said: a conjunction ends a prepositional phrase', draft: `At one point a voter asked for a photo and Ruiz said, "${q}."`, expected: [['Ruiz', 'before']] },
  { name: 'who worked for Sen. Y, …, X called it: the titled object of a preposition is no subject', draft: `Tom Reyes, a professor who once worked for Sen. Ana Ruiz (D-Ohio), one of the bill’s authors, called it "${q}."`, expected: [['Tom Reyes', 'before']] },
  { name: 'with X recently promising: an adverb before the participle', draft: `Both have used strong words, with Reyes recently promising to "${q}."`, expected: [['Reyes', 'before']] },
  { name: '“…,” for instance, and Y vowed: a clause of its own after the quotation is no frame', draft: `Ruiz said she would make the harbour "glow in the dark," for instance, and Reyes vowed to "${q}."`, expected: [['Ruiz', 'before'], ['Reyes', 'before']] },
  { name: '“…” if she loses, said X: a verb after a comma takes the name after it', draft: `"${Q}" if she loses by a wide margin, said Tom Reyes, an analyst at the harbour board.`, expected: [['Tom Reyes', 'after']] },
  { name: 'Because of it, explained X, “…”', draft: `Because of how the towns drew the map, explained Reyes, "${q}."`, expected: [['Reyes', 'before']] },
  { name: 'X said that fact speaks volumes about “…”: a cue without a subject yields to the cue before it', draft: `Ana Ruiz, meanwhile, said that fact speaks volumes about who is "${q}."`, expected: [['Ana Ruiz', 'before']] },
  { name: 'mused <outlet> co-host X', draft: `"${Q}," mused Harbour Radio co-host Tom Reyes.`, expected: [['Tom Reyes', 'after']] },
  { name: 'a no-break space inside a name', draft: `"${Q}," said Tom\u00A0Reyes.`, expected: [['Tom Reyes', 'after']] },
  { name: 'a quotation inside the next sentence without a cue goes on with the voice before it', draft: `"${Q}," said Ruiz. The plan "will not pass the house this year."`, expected: [['Ruiz', 'after'], ['Ruiz', 'continuation']] },
  { name: 'X issued a statement, “…”: verb phrases that report words', draft: `Ruiz issued a statement, "${Q}."`, expected: [['Ruiz', 'before']] },
  { name: 'X made the point that … “…”', draft: `Ana Ruiz also made the point that the bill would "${q}."`, expected: [['Ana Ruiz', 'before']] },
  { name: 'X expressed confidence that … “…”', draft: `Ana Ruiz expressed confidence that the vote would not be "${q}."`, expected: [['Ana Ruiz', 'before']] },
  { name: 'X questioned Y’s “…”', draft: `Ana Ruiz questioned Reyes's "${q}."`, expected: [['Ana Ruiz', 'before']] },
  { name: 'X, who lives near the capital, Y, said: a name closing a relative clause is no apposition', draft: `Tom Reyes, who lives outside the harbour capital, Dunmore, said he still "${q}."`, expected: [['Tom Reyes', 'before']] },
  { name: 'prepares for what X called “…”: `what` opens a clause, not a prepositional phrase', draft: `As the town prepares for what Ana Ruiz called "${q}," the council waits.`, expected: [['Ana Ruiz', 'before']] },
  { name: 'X, chair of the Harbour Board (HB), reacted …, “…”: a bracket closing an appositive', draft: `Ana Ruiz, chair of the Harbour Towns Board (HTB), reacted coolly to the deal, "${Q}."`, expected: [['Ana Ruiz', 'before']] },
  { name: 'The film director X had quit …, writing that: a description right before a name', draft: `The film director Ana Ruiz had already quit as an adviser to the festival, writing that "${q}."`, expected: [['Ana Ruiz', 'before']] },
  { name: 'One of the hecklers, <town> resident X, said: role words may lead an apposition', draft: `One of the hecklers, Port Alder resident Tom Reyes, said afterwards that "${q}."`, expected: [['Tom Reyes', 'before']] },
  { name: '<country>’s delegate, Lt. Gen. X, insisted: titles may lead an apposition', draft: `Norway’s delegate, Lt. Gen. Tom Reyes, insisted that "${q}."`, expected: [['Tom Reyes', 'before']] },
  { name: '“…,” the Archbishop of Y, Dr X, had said: an auxiliary after the apposition', draft: `"${Q}," the Archbishop of Dunmore, Dr Tom Reyes, had said months before.`, expected: [['Tom Reyes', 'after']] },
  { name: 'X, the chair, was careful to say only that: an infinitive takes the clause subject', draft: `Her deputy and heir, Tom Reyes, was careful to say only that "${q}."`, expected: [['Tom Reyes', 'before']] },
  { name: 'X, 31 who said: an age before the relative pronoun', draft: `Reyes adds that one of them was Ana Ruiz, 31 who said, "${q}."`, expected: [['Ana Ruiz', 'before']] },
  { name: 'X sniped that … “…”', draft: `Tom Reyes sniped that Ruiz was "${q}," while others agreed.`, expected: [['Tom Reyes', 'before']] },
  { name: 'X ripped Y for acting as “…”', draft: `Tom Reyes, the fired campaign chief, ripped Ana Ruiz for acting as "${q}."`, expected: [['Tom Reyes', 'before']] },
  { name: 'X, a consultant, notes that: a noun-like cue after an appositive’s comma', draft: `Tom Reyes, a harbour consultant, notes that the plan is "${q}."`, expected: [['Tom Reyes', 'before']] },
  { name: '… but the notes of a meeting are no cue', draft: `In the harbour board’s notes, notes from the meeting call the plan "${q}."`, expected: [undefined] },
  { name: 'said former <place> Gov. and <organisation> Chair X: a place is never the speaker', draft: `"${Q}," said former Ohio Gov. and Harbour Towns Board Chairman Tom Reyes.`, expected: [['Tom Reyes', 'after']] },
  { name: 'explained <place>-based attorney X: a hyphenated -based is no verb between names', draft: `"${Q}," explained Glen Alder-based attorney Tom Reyes.`, expected: [['Tom Reyes', 'after']] },
  { name: '“…,” remembered X, the former spokesman', draft: `"${Q}," remembered Tom Reyes, the former harbour spokesman.`, expected: [['Tom Reyes', 'after']] },
  { name: 'Arguing for the plan he said: a subject pronoun is no object of the preposition before it', draft: `Tom Reyes offered to publish the text. Arguing for the publication he said: "${Q}."`, expected: [['Tom Reyes', 'pronoun', 'he']] },
  { name: 'X, a senior engineer on the drill said: an appositive without its closing comma', draft: `Tom Reyes, a senior engineer working on the drill said that "${q}."`, expected: [['Tom Reyes', 'before']] },
  { name: 'X, president and CEO of Y stated', draft: `Tom Reyes, president and CEO of the Harbour Towns Association stated, "${Q}."`, expected: [['Tom Reyes', 'before']] },
  { name: '… but not past a paragraph', draft: `"${Q}," said Ruiz.\n\nThe plan "will not pass the house this year."`, expected: [['Ruiz', 'after'], undefined] },
]);

table('attributeQuotations: chains of names that share a word', [
  { name: 'two full names with one surname are two people', draft: `Ana Reyes arrived first. Reyes waved to the crowd. "${Q}," Tom Reyes said.`, expected: [['Tom Reyes', 'after']] },
  { name: 'a surname is no given name of a longer name', draft: `Tom Reyes spoke. Reyes then thanked the Reyes Harbour Initiative-West for the evening. "${Q}," Reyes said.`, expected: [['Tom Reyes', 'after', 'Reyes']] },
]);

table('attributeQuotations: pronouns after names joined by role words', [
  { name: 'Team X captain Y said. He …', draft: `"${Q}," Team Ohio captain Tom Reyes said. He went on: "We will be back in the spring to finish it."`, expected: [['Tom Reyes', 'after'], ['Tom Reyes', 'pronoun', 'He']] },
]);

describe('attributeQuotations: a verb whose object cannot be its subject', () => {
  const read = (draft: string) => {
    const extraction = extractQuotations(draft);
    return attributeQuotations(extraction.prose, extraction).map((a) => a && [a.speaker.name, a.confidence >= CONFIDENT]);
  };
  it('X met Y and accused him of "…": X, confidently (a verb is no role word between names)', () => {
    assert.deepEqual(read(`Ana Ruiz met Tom Reyes and accused him of "${q}."`), [['Ana Ruiz', true]]);
  });
  it('Y lacks "…" and accused him of "…": `him` cannot be Y, so Y is only a guess', () => {
    assert.deepEqual(read(`Ana Ruiz quit the party. Reyes lacks "any moral integrity at all" and accused him of "${q}."`).slice(1), [['Reyes', false]]);
  });
});

table('attributeQuotations: a quotation between words is no part of a name', [
  { name: 'a capitalised word before the quotation', draft: `Teachers "${q}," Ruiz said.`, expected: [['Ruiz', 'after']] },
  { name: 'a thing noun before an earlier quotation', draft: `Reyes called the system "rotten to the core."\n\n"${Q}," Reyes said.`, expected: [['Reyes', 'before'], ['Reyes', 'after']] },
]);

describe('attributeQuotations: a text read again', () => {
  // The sentences, mentions and chains of the last text are reused (analysis.ts); each pass keeps its own last speaker.
  const speakers = (draft: string): Array<string | undefined> => {
    const extraction = extractQuotations(draft);
    return attributeQuotations(extraction.prose, extraction).map((a) => a?.speaker.name);
  };
  const draft = `Tom Reyes arrived late.\n\n"${Q}," Dana Whitfield said.\n\nThe vote came. "We lost it," she said.`;
  it('gives the same speakers on a second and a third pass, with another text read between', () => {
    const first = speakers(draft);
    assert.deepEqual(first, ['Dana Whitfield', 'Dana Whitfield']);
    assert.deepEqual(speakers(draft), first);
    speakers(`Ana Ruiz said, "${Q}."`);
    assert.deepEqual(speakers(draft), first);
  });
});

table('attributeQuotations: descriptions, appositives and clauses around the cue', [
  { name: 'a description holding a name before its role word stays a description', draft: 'The Harbour Party candidate sent a letter to voters on Friday urging them to "vote early and vote often."', expected: [['the Harbour Party candidate', 'description', 'The Harbour Party candidate']] },
  { name: 'a role after a one-word place is a noun, not a cue: `Oregon state director`', draft: `In early May, Ruiz's Oregon state director, Tom Haddad, reached out to the firm, writing in a letter: "${Q}." Ana Kim, the firm's owner, said the campaign never called back.`, expected: [['Tom Haddad', 'before']] },
  { name: 'a name opening a dash appositive: `A candidate -- X, who …, -- said`', draft: `A former candidate -- Tom Reyes, who lost in 2008 -- said the deal was "${q}."`, expected: [['Tom Reyes', 'before']] },
  { name: 'names in apposition to a possessive description: the last one', draft: `Ruiz's biographers, David and Jeanne Haddad, wrote that she was "${q}."`, expected: [['Jeanne Haddad', 'before']] },
  { name: 'a place name with a relative `who` is a person', draft: `"${Q}," Paris, who used to work at the board, said about the work.`, expected: [['Paris', 'after']] },
  { name: 'a cue inside a relative clause closed before the quotation reports something else', draft: `Ruiz was asked by moderator Tom Reyes whether her plan, which the Ledger says would cost more, would risk "${q}."`, expected: [['Tom Reyes', 'before']] },
]);

table('attributeQuotations: a participle hangs on the clause that reports, not on a verb it reports', [
  { name: 'X said that Y rejected it, calling it "…": X', draft: 'Ruiz said on Monday that Democrats rejected her attempts to add the clause, calling it an "area of real contention."', expected: [['Ruiz', 'before']] },
  { name: 'a tag after a comma reports on its own: Y cannot say that "…," X added, saying "…"', draft: 'Reyes cannot say that "from where he sits," Ruiz added, saying it should be "up to the board to decide."', expected: [['Ruiz', 'after'], ['Ruiz', 'before']] },
  { name: 'a clause of its own after `and`: X said that …, and Y warned that …, adding "…"', draft: 'Ruiz said that the count was fair, and Reyes warned that the vote would fail, adding that "the towns will pay for it."', expected: [['Reyes', 'before']] },
]);

table('attributeQuotations: a title word that is a surname', [
  { name: 'after a given name: "…," Amy Pope, deputy adviser, said', draft: `"${Q}," Amy Pope, deputy harbour security adviser, said on a call with reporters.`, expected: [['Amy Pope', 'after']] },
  { name: 'alone before a speech verb: King says Y "…" is King', draft: 'King says Ruiz "talked the talk and walked the walk."', expected: [['King', 'before']] },
  { name: 'after a determiner it stays a title: the Pope said', draft: 'The Pope said the war was "a defeat for all of humanity."', expected: [['the Pope', 'description', 'The Pope']] },
  { name: 'before a name it stays a title: Pope Leo said', draft: 'Pope Leo said the war was "a defeat for all of humanity."', expected: [['Pope Leo', 'before']] },
]);

table('attributeQuotations: a party member is a role before a name', [
  { name: 'said Democrat X: X', draft: `"${Q}," said Democrat Ana Ruiz.`, expected: [['Ana Ruiz', 'after']] },
  { name: 'said <committee> ranking Democrat X: X, the last of names joined by role words', draft: `"${Q}," said Harbour ranking Democrat Ana Ruiz.`, expected: [['Ana Ruiz', 'after']] },
  { name: 'an organisation keeps its party word', draft: 'The Republican National Committee said it was "a fair deal for all of us."', expected: [['Republican National Committee', 'before']] },
]);

table('attributeQuotations: a pronoun after a sentence whose subject is a description', [
  { name: 'the description stands for the person it resolves to, not a name later in its sentence', draft: 'Standing beside Tom Reyes, Ana Ruiz said, "I cry with joy." The Lyon-born politician was greeted at the base by the First Lady, Marie Reyes. "I have been dreaming of this moment," she said.', expected: [['Ana Ruiz', 'before'], ['Ana Ruiz', 'pronoun', 'she']] },
  { name: 'a name in apposition to the description is the subject', draft: 'Prime Minister Tom Reyes called the rallies a waste. The Minister for Ports and Harbour Works, Ana Ruiz, echoed the sentiment. "We will not be distracted by rallies," she said.', expected: [['Ana Ruiz', 'pronoun', 'she']] },
  { name: 'an age stands for a person: the 40-year-old', draft: 'Mr Haddad spoke to the crowd first. "The hoodie is a response to a problem," the 40-year-old said.', expected: [['Mr Haddad', 'description', 'the 40-year-old']] },
]);

table('attributeQuotations: a role held in a body, after a possessive', [
  { name: "the company's chief executive said: a description, not nothing", draft: `Others sounded an alarm. The company's chief executive said, "${Q}."`, expected: [["the company's chief executive", 'description', "The company's chief executive"]] },
  { name: "<organisation>'s CFO said: the role's holder, described", draft: `Others sounded an alarm. Harbour Ltd's CFO said, "${Q}."`, expected: [["Harbour Ltd's CFO", 'description']] },
  { name: "<person>'s spokesman said: speaks for the person", draft: `Others sounded an alarm. Ruiz's spokesman said, "${Q}."`, expected: [['Ruiz', 'before']] },
  { name: "a name after the role is the speaker: said <X>'s deputy manager, <name>, who …", draft: `"${Q}," said Ruiz's deputy campaign manager, Tom Haddad, who ran the count in 2012.`, expected: [['Tom Haddad', 'after']] },
]);

table('attributeQuotations: what stands between a subject and its verb', [
  { name: 'a place-like name with an appositive headed by a role is a person; the comma inside a quotation closes it', draft: 'Paris, star of the hit show "Harbour," thanked Ruiz for "taking these steps to keep us all safe."', expected: [['Ruiz', 'after'], ['Paris', 'before']] },
  { name: 'a place with an appositive that names no role is no speaker', draft: 'Paris, a city of light, said nothing of "the harbour towns we love."', expected: [undefined] },
  { name: 'a time phrase between subject and verb: X during a Sunday rally thanked', draft: 'Ana Ruiz is such a presence. Ruiz during a Sunday rally thanked its members "for their support in my campaign."', expected: [['Ana Ruiz', 'before', 'Ruiz']] },
]);
describe('attributeQuotations: a time phrase between subject and verb', () => {
  it('leaves the cue its confident reading, not the guess of a sentence subject', () => {
    const draft = 'Ana Ruiz is such a presence. Ruiz during a Sunday rally thanked its members "for their support in my campaign."';
    const [found] = attributions(draft);
    assert.ok(found && found.confidence >= CONFIDENT, String(found?.confidence));
  });
});

table('attributeQuotations: a quotation alone after a sentence reporting someone else', [
  { name: 'X reported by a participle (by saying) takes the next quotation from the voice before', draft: 'Tom Reyes and Ana Ruiz spoke on the show. Reyes said the case was a "slam-dunk" for the prosecutors. Ruiz distanced herself from the movement by saying she would help the new team if asked. "I am going to support him, and support him fully, because he can do the job."', expected: [['Tom Reyes', 'before', 'Reyes'], ['Ana Ruiz', 'previous', 'Ruiz']] },
]);

table('attributeQuotations: a body described after it is named', [
  { name: 'the company said, after a sentence about Harbour Ltd: Harbour Ltd, as a guess', draft: 'Harbour Ltd reported a loss. The company, in a filing with regulators, warned that profits could "fall sharply next year."', expected: [['Harbour Ltd', 'description', 'The company']] },
  { name: 'not a person the sentence before is about', draft: 'Ana Ruiz reported a loss. The company said profits could "fall sharply next year."', expected: [undefined] },
]);

table('attributeQuotations: news-style appositives and names', [
  { name: 'a party and a state between commas is no speaker: Sen. X, R-Texas, tweeted', draft: 'Sen. Paul Grant, R-Texas, tweeted that the ruling was "long overdue and welcome."', expected: [['Paul Grant', 'before']] },
  { name: '… nor after the quotation', draft: `"${Q}," said Sen. Paul Grant, R-Texas.`, expected: [['Paul Grant', 'after']] },
  { name: 'an honorific makes a person of a name that reads as a place: Dr. Helen Park', draft: 'Dr. Helen Park, an epidemiologist who was not involved in the study, called the findings "deeply sobering and worrying."', expected: [['Helen Park', 'before']] },
  { name: 'a floating quantifier after coordinated subjects: X and Y both said', draft: 'Linda Brown and Joe Smith both said the city had "abandoned them for good."', expected: [['Joe Smith', 'before']] },
]);

table('attributeQuotations: whose words, whose relative', [
  { name: 'In her words, "…": the possessive pronoun resolved', draft: 'Ana Ruiz spoke last. In her words, "theater is how democracy talks to itself."', expected: [['Ana Ruiz', 'pronoun', 'her']] },
  { name: "In X's own words: \"…\"", draft: "Ana Ruiz spoke last. In Ruiz's own words: \"theater is how democracy talks to itself.\"", expected: [['Ana Ruiz', 'before', 'Ruiz']] },
  { name: 'In other words is no one', draft: 'Ana Ruiz spoke last. In other words, "theater is how democracy talks to itself."', expected: [undefined] },
  { name: "X's wife said: the wife, described, not X", draft: 'Ana Ruiz\'s wife said the count was "fair and final in every town."', expected: [["Ana Ruiz's wife", 'description']] },
]);

table('attributeQuotations: who is quoted, and phrases about the subject', [
  { name: 'X quoted Y as saying: Y, not the outlet', draft: 'The Ledger quoted Tom Reyes as saying the deal was "the best we could get."', expected: [['Tom Reyes', 'before']] },
  { name: 'a name in apposition, then an adverb: The mayor, X, reportedly told', draft: 'The mayor, Dana Whitfield, reportedly told aides that the plan was "dead in the water."', expected: [['Dana Whitfield', 'before']] },
]);

table('attributeQuotations: someone described by whom they belong to', [
  { name: 'Her finance minister goes further: "…" is not the voice before', draft: 'The prime minister, Ana Ruiz, insists the reforms are "modest and overdue." Her finance minister goes further: "We should have done this ten years ago."', expected: [['Ana Ruiz', 'before'], ['her finance minister', 'colon', 'Her finance minister']] },
  { name: 'My grandmother used to say, "…"', draft: 'My grandmother used to say, "Never trust a man who counts your change twice."', expected: [['my grandmother', 'before', 'My grandmother']] },
  { name: 'a name after the description is the speaker: added his campaign manager X', draft: `"${Q}," added his campaign manager Jeff Weaver, speaking to the press.`, expected: [['Jeff Weaver', 'after']] },
]);

describe('attributeQuotations: her as a possessive after a cue', () => {
  it('warning her rivals that "…": the subject speaks, confidently (her is no object standing for the subject)', () => {
    const [found] = attributions('Ana Ruiz reacted by warning her rivals that "the towns will remember this in November."');
    assert.equal(found?.speaker.name, 'Ana Ruiz');
    assert.ok(found.confidence >= CONFIDENT, String(found.confidence));
  });
});

describe('attributeQuotations: a long capitalised word after a description', () => {
  it('is read in one pass (a complement pattern that split it every way took seconds per letter added)', () => {
    const draft = `Ana Ruiz spoke first. The minister of ${'A'.repeat(40)}a went home with Tom Reyes. "We will not go back to the table," she said.`;
    const extraction = extractQuotations(draft);
    const started = Date.now();
    attributeQuotations(extraction.prose, extraction);
    assert.ok(Date.now() - started < 1000, `${Date.now() - started} ms`);
  });
});

table('attributeQuotations: a time before the name', [
  { name: 'On Monday X said: the day is no part of the name', draft: 'On Monday Ana Ruiz said the plan was "a gift to the developers who paid for it."', expected: [['Ana Ruiz', 'before']] },
  { name: 'In March X said: a month after a preposition is a time', draft: 'Mayor Ana Ruiz spoke first. In March Ruiz said the plan was "a gift to the developers who paid for it."', expected: [['Ana Ruiz', 'before', 'Ruiz']] },
  { name: 'On Monday April X said: a month after the day, with no preposition, is a given name', draft: 'On Monday April Haddad said the plan was "a gift to the developers who paid for it."', expected: [['April Haddad', 'before']] },
]);

table('attributeQuotations: people described as a group and named by whom they work for', [
  { name: 'Lawyers for X said: the group as the text describes it', draft: 'Lawyers for Ruiz said her calendar "has never been the property of the council."', expected: [['Lawyers for Ruiz', 'before']] },
  { name: 'Aides to X opposed it, saying: a plural at the sentence start is no name', draft: 'Aides to Ruiz opposed the request, saying that her calendar "has never been the property of the council."', expected: [['Aides to Ruiz', 'before']] },
  { name: 'Officials said: a bare plural describes no one', draft: 'Officials said the talks were "a long way from over."', expected: [undefined] },
]);

table('attributeQuotations: a document speaks for whoever issued it', [
  { name: 'A statement from X read: "…"', draft: `A statement from the Harbour Workers Union read: "${Q}."`, expected: [['Harbour Workers Union', 'colon']] },
  { name: 'A report by X said', draft: 'A report by the Harbour Institute said the plan "will cost more than the council says."', expected: [['Harbour Institute', 'before']] },
  { name: '"…," reads an editorial in X (inverted)', draft: '"There are rocks with more spine than the mayor," reads a Monday editorial in The Harbour Times.', expected: [['Harbour Times', 'after']] },
  { name: 'a statement alone names no one', draft: `A statement read: "${Q}."`, expected: [undefined] },
]);

describe('attributeQuotations: a document\'s issuer is a step removed', () => {
  it('is never confident enough for misattributed', () => {
    const [found] = attributions(`A statement from the Harbour Workers Union read: "${Q}."`);
    assert.equal(found?.speaker.name, 'Harbour Workers Union');
    assert.ok(found.confidence < CONFIDENT, String(found.confidence));
  });
});

table('attributeQuotations: those who speak for a person, and words owned', [
  { name: 'the X campaign said: X, named before', draft: 'Ana Ruiz is running again. The Ruiz campaign said the plan "will cost more than the council says."', expected: [['Ana Ruiz', 'description', 'The Ruiz campaign']] },
  { name: 'the X campaign with no X named: nobody', draft: 'The Ruiz campaign said the plan "will cost more than the council says."', expected: [undefined] },
  { name: 'the senator\'s answer was that "…": the senator named before', draft: 'Sen. Ana Ruiz spoke last. The senator\'s answer was that "the first job of a town is its families," so the council should help.', expected: [['Ana Ruiz', 'description', 'The senator']] },
  { name: 'X\'s answer was that "…"', draft: 'Ruiz\'s answer was that "the first job of a town is its families," so the council should help.', expected: [['Ruiz', 'before']] },
  { name: 'the company\'s chief executive said: the possessor of a role is not the speaker', draft: 'The company\'s chief executive said the plan "will cost more than the council says."', expected: [['the company\'s chief executive', 'description', 'The company\'s chief executive']] },
]);

table('attributeQuotations: a quotation after a sentence reporting someone\'s words', [
  { name: 'X said she was angry. The move "…": X, as a guess', draft: 'Dana Haddad said she was angry about the early call. The move "looked like an attempt to end the count early."', expected: [['Dana Haddad', 'continuation', 'Dana Haddad']] },
  { name: '… not across a paragraph', draft: 'Dana Haddad said she was angry about the early call.\n\nThe move "looked like an attempt to end the count early."', expected: [undefined] },
  { name: '… not when the writer rephrases (In other words, the move "…")', draft: 'Dana Haddad said she was angry about the early call. In other words, the move "looked like an attempt to end the count early."', expected: [undefined] },
  { name: '… not after a sentence reporting no one', draft: 'Dana Haddad left early. The move "looked like an attempt to end the count early."', expected: [undefined] },
]);

table('attributeQuotations: a thought reported inside what someone said', [
  { name: 'X told friends that Y thought it was a "…": X\'s words', draft: 'Dana Haddad told friends that Tom Reyes thought the outcry was a "badge of honor for the whole town."', expected: [['Dana Haddad', 'before']] },
  { name: 'X thought it was a "…": X', draft: 'Dana Haddad thought the outcry was a "badge of honor for the whole town."', expected: [['Dana Haddad', 'before']] },
  { name: 'X said that Y warned that "…": Y, as said', draft: 'Dana Haddad said that Tom Reyes warned that "the whole town will pay for this."', expected: [['Tom Reyes', 'before']] },
]);

table('attributeQuotations: someone described by what they know', [
  { name: 'A source familiar with the talks said', draft: 'A source familiar with the talks said, "I think he will try to be more friendly with his colleagues."', expected: [['a source familiar with the talks', 'before', 'A source familiar with the talks']] },
  { name: 'Another person close to X told', draft: 'Another person close to Ruiz told the Ledger that the plan was "dead on arrival in the council."', expected: [['another person close to Ruiz', 'before', 'Another person close to Ruiz']] },
  { name: 'two people familiar with it said: a bare plural, no one', draft: 'Two people familiar with the plan said it was "dead on arrival in the council."', expected: [undefined] },
  { name: 'an email sent out by X warned: X, as a guess', draft: 'A fundraising email sent out by Ruiz on Tuesday night warned of the fight ahead: "There are fourteen contests over the next three weeks."', expected: [['Ruiz', 'colon']] },
]);

table('attributeQuotations: a quotation closing a clause that opens the sentence', [
  { name: 'After X said that … "…," Y said: "…": the first is X\'s', draft: 'After Reyes said that students might do better at "less advanced schools for a while," Ruiz said: "I do not like what he said, no."', expected: [['Reyes', 'before'], ['Ruiz', 'before']] },
  { name: 'When X said so, he "…," said Y: the clause closed before the quotation', draft: 'When Reyes said so at a rally, he "grabbed hold of the way the whole town feels," said Ana Ruiz.', expected: [['Ana Ruiz', 'after']] },
]);

describe('attributeQuotations: an age standing for someone', () => {
  it('looks one paragraph back, as news paragraphs are one sentence long (a guess)', () => {
    const draft = `Ms Ana Ruiz will say that teenagers are trying to "blend in" rather than look hostile.\n\n"${Q}," the 40 year-old is expected to state.`;
    const [, found] = attributions(draft);
    assert.equal(found?.speaker.name, 'Ana Ruiz');
    assert.ok(found!.confidence < CONFIDENT, String(found!.confidence));
  });
});

table('attributeQuotations: op-ed prose', [
  { name: 'a description never reaches over a quotation into the next paragraph', draft: 'Her spokeswoman, Lia Park, called it "a misreading of a complicated programme" and insisted that "every eligible claim has been paid."\n\nPark\'s boss has been less diplomatic.', expected: [['Lia Park', 'before'], ['Lia Park', 'before', 'Lia Park']] },
  { name: 'a full name ending in Park or Hall beside a speech verb is a person', draft: 'Tom Hall called the plan "a misreading of a complicated programme" and insisted that "every eligible claim has been paid."', expected: [['Tom Hall', 'before'], ['Tom Hall', 'before']] },
  { name: 'X, whose editorial board wrote: X', draft: 'So does the Harbour Ledger, whose editorial board wrote on Sunday that the programme "cannot be trusted to police itself."', expected: [['Harbour Ledger', 'before']] },
  { name: 'In his view, "…": his', draft: 'The economist Karl Brandt studied the programme for years. In his view, "the money was never enough for the yards that applied."', expected: [['Karl Brandt', 'pronoun', 'his']] },
]);

table('attributeQuotations: the writer\'s own encounters, and sentences pointing back', [
  { name: 'When I spoke to X, she was blunt: "…"', draft: 'Tom Reyes spoke first. When I spoke to Ana Ruiz last week, she was blunt: "We lost the argument because we never made it."', expected: [['Ana Ruiz', 'pronoun', 'she']] },
  { name: '"…" That was how X described it.', draft: '"A harbour without boats is just a view." That was how Ruiz described it to me last spring.', expected: [['Ruiz', 'after']] },
  { name: '"…" So says X, who …', draft: 'Tom Reyes spoke first. "A harbour without boats is just a view." So says Ana Ruiz, who has run the yard for 30 years.', expected: [['Ana Ruiz', 'after']] },
  { name: '"…" That was the end of it: no pointer, the sentence before speaks', draft: 'Tom Reyes spoke first. "A harbour without boats is just a view." That was the end of it.', expected: [['Tom Reyes', 'previous']] },
  { name: 'Nobody at a sentence start is no one\'s name', draft: 'Nobody put it better than the harbour master: "You cannot eat a view."', expected: [undefined] },
]);

table('attributeQuotations: words owned and introduced by name', [
  { name: 'X\'s now-famous line, "…," still hangs: X', draft: 'Ana Ruiz\'s now-famous line, "the last honest work on the coast," still hangs in the union hall.', expected: [['Ana Ruiz', 'before']] },
  { name: 'To quote X: "…"', draft: 'To quote Ana Ruiz: "The harbour was never a business."', expected: [['Ana Ruiz', 'before']] },
  { name: 'The message from X was clear: "…"', draft: 'The message from Ana Ruiz was clear: "We will not move."', expected: [['Ana Ruiz', 'before']] },
]);

table('attributeQuotations: asides and reduced relatives', [
  { name: 'X, asked whether Y would veto it, said only: "…"', draft: 'Dana Whitfield, asked whether the governor would veto it, said only: "We will see."', expected: [['Dana Whitfield', 'before']] },
  { name: 'X told the Ledger in an interview published Sunday: "…" is X, not the Ledger', draft: 'Ana Ruiz told The Harbour Times in an interview published Sunday: "The plan mistakes motion for progress."', expected: [['Ana Ruiz', 'before']] },
]);

describe('attributeQuotations: a tag after a quotation opening its paragraph', () => {
  it('outweighs the voice of the paragraph before ("…" Gen. X stated in reply, "…"), as a guess', () => {
    const draft = 'Captain Tom Reyes wrote to his supervisor: "You have said the panel will be handpicked."\n\n"There is no evidence that it is rigged." Gen. Dana Whitfield stated in reply to these claims, "In each case the evidence was sufficient."';
    const found = attributions(draft);
    assert.deepEqual(found.map((f) => f?.speaker.name), ['Tom Reyes', 'Dana Whitfield', 'Dana Whitfield']);
    assert.ok(found[1]!.confidence < CONFIDENT, String(found[1]!.confidence));
  });
  it('… but a quotation going on in the same paragraph keeps its voice', () => {
    const draft = 'Captain Tom Reyes wrote to his supervisor: "You have said the panel will be handpicked." "There is no evidence that it is rigged." Gen. Dana Whitfield stated in reply, "In each case the evidence was sufficient."';
    assert.deepEqual(attributions(draft).map((f) => f?.speaker.name), ['Tom Reyes', 'Tom Reyes', 'Dana Whitfield']);
  });
});

table('attributeQuotations: the content of words someone else owns (a guess, never the confident wrong speaker)', [
  { name: 'X rejected Y\'s description of the plan as "…"', draft: 'Tom Reyes rejected Ana Ruiz\'s description of the plan as "a giveaway to the big yards."', expected: [['Ana Ruiz', 'before']] },
  { name: 'X repeated the phrase Y had used, "…,"', draft: 'Tom Reyes repeated the phrase Ana Ruiz had used, "a giveaway to the big yards," and laughed.', expected: [['Ana Ruiz', 'before']] },
  { name: 'X said Y\'s claim was "…": a judgement of the claim, X\'s', draft: 'Tom Reyes said Ana Ruiz\'s claim was "a lie from start to finish."', expected: [['Tom Reyes', 'before']] },
]);

describe('attributeQuotations: words someone else owns', () => {
  it('are only a guess', () => {
    const [found] = attributions('Tom Reyes rejected Ana Ruiz\'s description of the plan as "a giveaway to the big yards."');
    assert.ok(found!.confidence < CONFIDENT, String(found!.confidence));
  });
});

table('attributeQuotations: the writer\'s own clause', [
  { name: 'X thinks I am wrong to describe it as "…": the writer\'s words', draft: 'Ana Ruiz thinks I am wrong to describe the plan as "a giveaway to the big yards."', expected: [undefined] },
  { name: 'X was careful to describe it as "…": X', draft: 'Ana Ruiz was careful to describe the plan as "a giveaway to the big yards."', expected: [['Ana Ruiz', 'before']] },
  { name: 'Unlike X, I do not think it is "…": the writer\'s', draft: 'Unlike Ana Ruiz, I do not think the plan is "a giveaway to the big yards."', expected: [undefined] },
]);

describe('attributeQuotations: a pronoun whose only candidate is an object', () => {
  it('takes the one person the sentence before names (Tell that to X, whose …. "…," she told me), as a guess', () => {
    const draft = 'Fair to all. Tell that to Lena Brandt, whose family has built boats in Dunmore since 1921. "They keep saying fair," she told me.';
    const [found] = attributions(draft);
    assert.equal(found?.speaker.name, 'Lena Brandt');
    assert.ok(found!.confidence < CONFIDENT, String(found!.confidence));
  });
  it('… but not when the sentence before names two people', () => {
    const draft = 'Tell that to Lena Brandt and Tom Reyes, whose families have built boats in Dunmore since 1921. "They keep saying fair," she told me.';
    assert.equal(attributions(draft)[0], undefined);
  });
});

table('attributeQuotations: a verb between two names is no role', [
  { name: 'X met opposition leader Y. She said: the subject X, not Y', draft: 'Prime Minister Ana Ruiz met opposition leader Tom Reyes on Tuesday. She said there is "a long way to go."', expected: [['Ana Ruiz', 'pronoun', 'She']] },
  { name: 'Team Ohio captain Y spoke. He said: Y, the person ending a run of role words', draft: 'Team Ohio captain Tom Reyes spoke first. He said it was "a long way to go."', expected: [['Tom Reyes', 'pronoun', 'He']] },
]);

table('attributeQuotations: it, a body speaking', [
  { name: 'X Ltd reported a loss. "…," it said: X Ltd', draft: 'Harbour Ltd reported a loss on Monday. "We expect a better year," it said in a statement.', expected: [['Harbour Ltd', 'pronoun', 'it']] },
  { name: 'a person before: it is no one', draft: 'Ana Ruiz spoke first. It said nothing about "the yards that closed last winter."', expected: [undefined] },
]);
