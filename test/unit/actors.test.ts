import * as assert from 'node:assert/strict';
import { findActors, type Actor } from '../../src/core/actors/actors';
import type { QuoteFinding } from '../../src/core/findings';
import { extractQuotations } from '../../src/core/quotes/extract';
import { evaluateActors, matches, organisationKey, scoreArticle, surname } from '../../scripts/eval-actors-scoring';

/** The actors of a short text, its quotations blanked as in checkDraft; `speakers` names a speaker per quotation. */
function actorsOf(text: string, speakers: Array<string | null> = []): Actor[] {
  const extraction = extractQuotations(text);
  const quotes = extraction.quotations.map((q, k) => {
    const name = speakers[k];
    const at = name ? text.indexOf(name) : -1;
    return { start: q.start, end: q.end, speaker: name ? { name, start: at, end: at + name.length } : null } as unknown as QuoteFinding;
  });
  return findActors(extraction.prose, quotes);
}

type Kind = 'person' | 'organization';

interface Case {
  readonly rule: string;
  readonly text: string;
  /** Actors that must be listed, by exact name and kind. */
  readonly found: ReadonlyArray<[Kind, string]>;
  /** Names that must not be listed (as either kind). */
  readonly absent?: readonly string[];
}

function table(title: string, cases: readonly Case[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(c.rule, () => {
        const actors = actorsOf(c.text);
        const listed = JSON.stringify(actors.map((a) => `${a.kind}:${a.name}`));
        for (const [kind, name] of c.found) {
          assert.ok(actors.some((a) => a.kind === kind && a.name === name), `expected ${kind} ${name} in ${listed}`);
        }
        for (const name of c.absent ?? []) {
          assert.ok(!actors.some((a) => a.name === name), `did not expect ${name} in ${listed}`);
        }
      });
    }
  });
}

table('actors: a party adjective qualifies a title or a role, it names nothing', [
  { rule: 'the Senate Democratic leader; Senate Republican Leader X', text: 'Dana Whitfield, the Senate Democratic leader, spoke first. Later, Senate Republican Leader Tom Reyes of Ohio answered her.', found: [['person', 'Dana Whitfield'], ['person', 'Tom Reyes'], ['organization', 'Senate']], absent: ['Senate Democratic', 'Senate Republican'] },
]);

table('findActors: candidate names', [
  {
    rule: 'a sentence end cuts a name',
    text: 'The coalition was proposed by Foreign Minister Tzipi Livni. The talks failed.',
    found: [['person', 'Tzipi Livni']],
    absent: ['Tzipi Livni. The', 'Foreign Minister'],
  },
  {
    rule: 'an abbreviation does not end a name',
    text: 'Warner Bros. Entertainment and Lt. Gen. Ricardo Sanchez were named.',
    found: [['organization', 'Warner Bros. Entertainment'], ['person', 'Ricardo Sanchez']],
  },
  {
    rule: 'a possessive ends a name',
    text: "The network aired World Wrestling Entertainment's Smackdown on Fridays.",
    found: [['organization', 'World Wrestling Entertainment']],
    absent: ['Smackdown', "World Wrestling Entertainment's Smackdown"],
  },
  {
    rule: '`of`, `on` and `for` inside an organisation name',
    text: 'The Independent International Commission on Decommissioning (IICD) met the Council of Torah Sages.',
    found: [['organization', 'Independent International Commission on Decommissioning'], ['organization', 'Council of Torah Sages']],
    absent: ['IICD'],
  },
  {
    rule: '`and` inside a name spelled out by its acronym',
    text: 'The US Securities and Exchange Commission (SEC) opened an inquiry. The SEC declined to comment.',
    found: [['organization', 'US Securities and Exchange Commission']],
    absent: ['US Securities', 'Exchange Commission', 'SEC'],
  },
  {
    rule: 'a company suffix after a comma',
    text: 'Warner Bros. Entertainment is a division of Time Warner, Inc. based in New York.',
    found: [['organization', 'Time Warner, Inc.']],
    absent: ['Inc', 'Time Warner'],
  },
  {
    rule: 'a lowercase `party` after a name',
    text: 'Otniel Schneller, an MK from the Kadima party, disagreed.',
    found: [['organization', 'Kadima party'], ['person', 'Otniel Schneller']],
  },
  {
    rule: '`-based` is an adjective, not part of a name',
    text: 'The airline is a division of Arizona-based Mesa Air Group.',
    found: [['organization', 'Mesa Air Group']],
    absent: ['Arizona-based Mesa Air Group'],
  },
  {
    rule: '`New` starts names',
    text: 'According to a report by The New York Times, the governor resigned.',
    found: [['organization', 'New York Times']],
    absent: ['York Times'],
  },
]);

table('findActors: titles and nationalities', [
  {
    rule: 'a title splits off the organisation before it',
    text: 'It will be completely transformed, said BQ Leader Gilles Duceppe. Green Party Leader Elizabeth May agreed.',
    found: [['person', 'Gilles Duceppe'], ['organization', 'BQ'], ['person', 'Elizabeth May'], ['organization', 'Green Party']],
    absent: ['Green Party Leader Elizabeth May'],
  },
  {
    rule: 'a seat of government before a title is an organisation',
    text: 'White House Press Secretary Scott McClellan and former CIA Director George Tenet spoke.',
    found: [['person', 'Scott McClellan'], ['organization', 'White House'], ['person', 'George Tenet'], ['organization', 'CIA']],
  },
  {
    rule: 'a nationality before a title is dropped',
    text: 'Irish Prime Minister Bertie Ahern welcomed the news.',
    found: [['person', 'Bertie Ahern']],
    absent: ['Irish'],
  },
  {
    rule: 'a portfolio before a title is not an organisation',
    text: 'On Tuesday, Railway Minister D. V. Sadananda Gowda presented his budget.',
    found: [['person', 'D. V. Sadananda Gowda']],
    absent: ['Railway'],
  },
  {
    rule: 'the object of `General of` is a portfolio, not a name',
    text: 'The plan was backed by the Director General of Civil aviation.',
    found: [],
    absent: ['General of Civil', 'Director General of Civil'],
  },
  {
    rule: 'a title and a surname: the titled form is the name',
    text: 'President Bush, in a press conference on Tuesday, was asked about the report. Bush said it was absurd.',
    found: [['person', 'President Bush']],
    absent: ['Bush'],
  },
  {
    rule: 'a full name is preferred to a titled one',
    text: 'Prime Minister Stephen Harper met the opposition. Harper agreed to a review.',
    found: [['person', 'Stephen Harper']],
    absent: ['Prime Minister Stephen Harper'],
  },
  {
    rule: 'people listed after a plural title',
    text: 'The measure was introduced by Representatives Bill Delahunt and Jeff Flake.',
    found: [['person', 'Bill Delahunt'], ['person', 'Jeff Flake']],
  },
]);

table('findActors: people by context', [
  {
    rule: 'a role word before the name',
    text: 'The political columnist Nahum Barnea wrote that the deadline was a mistake.',
    found: [['person', 'Nahum Barnea']],
  },
  {
    rule: 'a role word before a comma',
    text: 'The co-chief executive and chairman, Jim Balsillie, resigned as chairman.',
    found: [['person', 'Jim Balsillie']],
  },
  {
    rule: 'an appositive with a role',
    text: 'The statement was read by Gusty Spence, a founding member of the group.',
    found: [['person', 'Gusty Spence']],
  },
  {
    rule: 'an appositive in brackets, with a possessive',
    text: 'Among those accused are Jean Pelletier (Chrétien\'s former chief of staff) and Jean Brault (president of Groupaction).',
    found: [['person', 'Jean Pelletier'], ['person', 'Jean Brault'], ['organization', 'Groupaction']],
  },
  {
    rule: 'a speech verb after an aside',
    text: 'Kofi Annan, at a press conference in Geneva, responded by suggesting aid may be suspended.',
    found: [['person', 'Kofi Annan']],
    absent: ['Geneva'],
  },
  {
    rule: 'a possessive of something only a person has',
    text: "The corruption-based end to Ehud Olmert's premiership changed everything.",
    found: [['person', 'Ehud Olmert']],
  },
  {
    rule: '`headed by` a name',
    text: 'They are courting the third-place party, headed by Avigdor Lieberman.',
    found: [['person', 'Avigdor Lieberman']],
  },
  {
    rule: '`X administration`',
    text: 'Bush administration officials say Iran should be given time.',
    found: [['person', 'Bush']],
  },
  {
    rule: 'a full name from a place',
    text: 'He won after the sixth round of voting against Katon Dawson of South Carolina.',
    found: [['person', 'Katon Dawson']],
    absent: ['South Carolina'],
  },
  {
    rule: 'a surname used alone makes the full name a person',
    text: 'The report was released by John Gomery on Tuesday. Gomery found evidence of involvement.',
    found: [['person', 'John Gomery']],
  },
]);

table('findActors: organisations by form and context', [
  {
    rule: 'acronyms are organisations, common abbreviations and plurals are not',
    text: 'The NDP and the BBC reported that US CEO pay rose. She needs 61 MKs.',
    found: [['organization', 'NDP'], ['organization', 'BBC']],
    absent: ['US', 'CEO', 'MKs'],
  },
  {
    rule: 'an acronym spelled out in lowercase is a term',
    text: 'He will ask to approve foreign direct investment (FDI) in the railways. FDI rose.',
    found: [],
    absent: ['FDI'],
  },
  {
    rule: 'an acronym of a standard is a term',
    text: 'The filings under Canadian Generally Accepted Accounting Principles (GAAP) stand. Canadian GAAP statements were filed.',
    found: [],
    absent: ['GAAP', 'Canadian GAAP', 'Generally Accepted Accounting Principles'],
  },
  {
    rule: 'an acronym defined in brackets merges with its organisation',
    text: 'Research In Motion Limited (RIM) reported results. RIM\'s stock fell on the NASDAQ.',
    found: [['organization', 'Research In Motion Limited'], ['organization', 'NASDAQ']],
    absent: ['RIM'],
  },
  {
    rule: 'the organisation of a role: `leader of X`, `X member`, `X leader`',
    text: 'The leader of Shas, which was in the coalition, spoke. A different Knesset member and Likud leader Benjamin Netanyahu replied.',
    found: [['organization', 'Shas'], ['organization', 'Knesset'], ['organization', 'Likud'], ['person', 'Benjamin Netanyahu']],
  },
  {
    rule: '`an analyst at X`',
    text: 'Manish R. Sharma, executive director of capital projects and infrastructure at PricewaterhouseCoopers, disagreed.',
    found: [['organization', 'PricewaterhouseCoopers'], ['person', 'Manish R. Sharma']],
  },
  {
    rule: 'a descriptor before or a kind of organisation after the name',
    text: 'The Canadian BlackBerry maker Research In Motion grew. After the Gazeta Polska newspaper published it, he resigned.',
    found: [['organization', 'Research In Motion'], ['organization', 'Gazeta Polska']],
    absent: ['BlackBerry', 'Canadian BlackBerry'],
  },
  {
    rule: 'an appositive that says what the organisation is',
    text: 'Kadima won a plurality of the seats in Knesset, the Israel parliament, on Tuesday.',
    found: [['organization', 'Knesset']],
  },
  {
    rule: 'a list headed by a plural of organisations',
    text: 'Four major cell phone makers, Motorola, NEC, Panasonic, and Samsung, will work together.',
    found: [['organization', 'Motorola'], ['organization', 'NEC'], ['organization', 'Panasonic'], ['organization', 'Samsung']],
  },
  {
    rule: 'a name listed between organisations',
    text: 'Other parties including the Liberal Party of Canada, Bloc Québécois and the Green Party of Canada are concerned.',
    found: [['organization', 'Liberal Party of Canada'], ['organization', 'Bloc Québécois'], ['organization', 'Green Party of Canada']],
  },
  {
    rule: 'a capital `The` inside a sentence',
    text: 'Fisk, writing in The Independent, described the morgue.',
    found: [['organization', 'Independent']],
  },
  {
    rule: '`Person of Org`, but not `Person of Place`',
    text: '"This is welcome," said John O\'Dowd of Sinn Fein. In 1998, General Pinochet of Chile was arrested.',
    found: [['organization', 'Sinn Fein'], ['person', 'General Pinochet']],
    absent: ['Chile'],
  },
]);

table('findActors: not actors', [
  {
    rule: 'a place named by its first word (Camp, Mount, Lake, Fort) is no person, even before an appositive name',
    text: 'A police officer at Camp Ridgeway, Tomas Vela Aranas, said the town "has shown a unity rarely seen."',
    found: [],
    absent: ['Camp Ridgeway'],
  },
  {
    rule: 'an event written with `the` is no surname: `the Games` does not make `Harbour Games` a person',
    text: 'Talks stalled because the Harbour Games were five months away. Tom Jameson, a reporter, said so. Ana Ruiz, a film director, quit as an adviser to the Games, writing that it was wrong.',
    found: [['person', 'Tom Jameson'], ['person', 'Ana Ruiz']],
    absent: ['Harbour Games', 'Games'],
  },
  {
    rule: 'places, and a seat of government used as a place',
    text: 'Talks in Downing Street between Tony Blair and Ian Paisley ended in Northern Ireland. The White House said nothing.',
    found: [['organization', 'White House']],
    absent: ['Downing Street', 'Northern Ireland'],
  },
  {
    rule: 'buildings and facilities',
    text: 'At a mass in Warsaw Cathedral, the Archbishop resigned. Passengers lined up at Honolulu International Airport.',
    found: [],
    absent: ['Warsaw Cathedral', 'Honolulu International Airport'],
  },
  {
    rule: 'a bare cue word with nothing named before it',
    text: 'Forces from the Sudanese rebel group freed the hostages.',
    found: [],
    absent: ['Forces'],
  },
  {
    rule: 'a sentence\'s first word gets no evidence from its context',
    text: 'Political analysts are predicting a narrow result.',
    found: [],
    absent: ['Political'],
  },
  {
    rule: 'a make before a product',
    text: 'A former factory still builds a small number of MG sports cars.',
    found: [],
    absent: ['MG'],
  },
  {
    rule: 'nationalities and ideologies',
    text: 'The Sri Lankan players were hurt. Karimov blamed the outlawed Islamist group.',
    found: [],
    absent: ['Sri Lankan', 'Islamist'],
  },
]);

describe('findActors: merging forms', () => {
  it('short forms and acronyms of one organisation are one actor, other organisations stay apart', () => {
    const actors = actorsOf(
      'The Liberal Party of Canada and the Green Party of Canada objected. The Green Party said so. The Tribune Company owns WGN; Tribune will sell. ' +
      'Unlike the Provisional Irish Republican Army, the group kept its arms after the IRA ceasefire.',
    );
    const names = actors.map((a) => a.name);
    assert.ok(names.includes('Liberal Party of Canada') && names.includes('Green Party of Canada'), JSON.stringify(names));
    assert.ok(!names.includes('Green Party') && !names.includes('Tribune') && !names.includes('IRA'), JSON.stringify(names));
    const green = actors.find((a) => a.name === 'Green Party of Canada')!;
    assert.ok(green.variants.includes('Green Party'));
    assert.ok(actors.find((a) => a.name === 'Provisional Irish Republican Army')!.variants.includes('IRA'));
  });

  it('a two-letter acronym is not merged by its initials alone', () => {
    const names = actorsOf('The new network replaces UPN and The WB. It is a partnership between CBS and Warner Brothers.').map((a) => a.name);
    assert.ok(names.includes('WB') && names.includes('Warner Brothers'), JSON.stringify(names));
  });

  it('a bare cue word after a full name is that organisation', () => {
    const actors = actorsOf('The Independent International Commission on Decommissioning (IICD) met. The Commission said it was concerned.');
    assert.equal(actors.filter((a) => a.kind === 'organization').length, 1, JSON.stringify(actors));
    assert.ok(actors[0]!.variants.includes('Commission'));
  });

  it('an organisation\'s mentions count its forms, not the last word of its name', () => {
    const liberal = actorsOf('The Liberal Party of Canada met in Canada. Canada voted. The Liberal Party of Canada lost.').find((a) => a.name === 'Liberal Party of Canada');
    assert.equal(liberal?.mentions, 2);
  });

  it('people merge by surname and by a close spelling', () => {
    const text = 'Sviatlana Tsikhanouskaya, the opposition leader, spoke in Vilnius. "We will return home to our country soon," Tikhanovskaya said. Tsikhanouskaya left.';
    const people = actorsOf(text, ['Tikhanovskaya']).filter((a) => a.kind === 'person');
    assert.equal(people.length, 1, JSON.stringify(people));
    assert.equal(people[0]!.name, 'Sviatlana Tsikhanouskaya');
    assert.deepEqual(people[0]!.quotes, [0]);
    assert.ok(people[0]!.variants.includes('Tikhanovskaya'));
  });
});

describe('findActors: mentions', () => {
  it('the longest form counts once, across a line break', () => {
    const text = 'The Green Party of Canada met in Ottawa. Later the Green\nParty of Canada voted, and the Green Party agreed.';
    const green = actorsOf(text).find((a) => a.name === 'Green Party of Canada');
    const spans = green?.at.map((m) => text.slice(m.start, m.end));
    assert.deepEqual(spans, ['Green Party of Canada', 'Green\nParty of Canada', 'Green Party']);
    assert.equal(green?.mentions, 3);
  });

  it('acronyms with their capitals, whole words only', () => {
    const text = 'Research In Motion Limited (RIM) makes phones. RIM said sales grew at RIMM, and a rim of the market fell.';
    const rim = actorsOf(text).find((a) => a.variants.includes('RIM'));
    assert.deepEqual(rim?.at.map((m) => text.slice(m.start, m.end)), ['Research In Motion Limited', 'RIM', 'RIM']);
  });

  it('people by any of their surnames, accents aside', () => {
    const text = 'Hugo Chávez, the president, spoke. Chavez said little, and Chávez left.';
    const chavez = actorsOf(text).find((a) => a.kind === 'person');
    assert.equal(chavez?.mentions, 3, JSON.stringify(chavez));
  });

  it('a quoted single name is the first person with a name word close to it', () => {
    const text = 'Jiang Yu, the spokeswoman, spoke. Jiang Zemin, the former president, spoke later. "We oppose the visit firmly," Jiang said.';
    const actors = actorsOf(text, ['Jiang']);
    assert.deepEqual(actors.find((a) => a.name === 'Jiang Yu')?.quotes, [0], JSON.stringify(actors));
    assert.deepEqual(actors.find((a) => a.name === 'Jiang Zemin')?.quotes, []);
  });
});

describe('findActors: quoted speakers', () => {
  it('a speaker becomes the actor named at that place', () => {
    const text = '"It will be completely transformed," said BQ Leader Gilles Duceppe.';
    const duceppe = actorsOf(text, ['BQ Leader Gilles Duceppe']).find((a) => a.name === 'Gilles Duceppe');
    assert.ok(duceppe);
    assert.equal(duceppe.kind, 'person');
    assert.deepEqual(duceppe.quotes, [0]);
  });

  it('a speaker inside a place name is not an actor', () => {
    const text = 'Scott McClellan has described criticisms of the United States as "unsupported by the facts and wrong in every way."';
    const actors = actorsOf(text, ['United']);
    assert.ok(!actors.some((a) => /United/.test(a.name)), JSON.stringify(actors));
  });

  it('a speaker with an acronym is an organisation', () => {
    const text = 'In a press release, RIM suggested that "the informal inquiry has been converted to a formal investigation."';
    const rim = actorsOf(text, ['RIM']).find((a) => a.name === 'RIM');
    assert.equal(rim?.kind, 'organization');
    assert.deepEqual(rim?.quotes, [0]);
  });
});

describe('eval-actors scoring', () => {
  const gold = {
    people: [{ name: 'Stephen Harper', variants: ['Harper'] }, { name: 'Elizabeth May', variants: [] }],
    organizations: [{ name: 'Bloc Québécois', variants: ['BQ'] }, { name: 'Time Warner, Inc.', variants: [] }],
  };

  it('surnames and organisation keys', () => {
    assert.equal(surname('Prime Minister Stephen Harper'), 'harper');
    assert.equal(surname("Harper's"), 'harper');
    assert.equal(organisationKey('The WB'), 'wb');
    assert.equal(organisationKey('Time Warner, Inc.'), 'time warner');
    assert.equal(organisationKey('Bloc Québécois'), 'bloc quebecois');
  });

  it('people match by surname, organisations by name or variant', () => {
    assert.ok(matches('person', 'Prime Minister Stephen Harper', gold.people[0]!));
    assert.ok(!matches('person', 'Stephen Harper Jr. Smith', gold.people[0]!));
    assert.ok(matches('organization', 'BQ', gold.organizations[0]!));
    assert.ok(matches('organization', 'Time Warner', gold.organizations[1]!));
    assert.ok(!matches('organization', 'Warner', gold.organizations[1]!));
  });

  it('duplicates, wrong kinds and misses', () => {
    const result = scoreArticle(gold, [
      { name: 'Stephen Harper', kind: 'person' },
      { name: 'Harper', kind: 'person' },
      { name: 'Green Party Leader Elizabeth May', kind: 'organization' },
      { name: 'BQ', kind: 'organization' },
    ]);
    assert.equal(result.person.truePositives.length, 1);
    assert.match(result.person.falsePositives[0]!.reason, /^duplicate of Stephen Harper/);
    assert.deepEqual(result.person.falseNegatives, [{ gold: 'Elizabeth May' }]);
    assert.match(result.organization.falsePositives[0]!.reason, /^wrong kind: gold person Elizabeth May/);
    assert.deepEqual(result.organization.falseNegatives, [{ gold: 'Time Warner, Inc.' }]);
  });

  it('micro-averaged precision and recall', () => {
    const { overall } = evaluateActors({ a: gold }, { a: [{ name: 'Harper', kind: 'person' }, { name: 'Ottawa', kind: 'person' }] });
    assert.equal(overall.person.precision, 0.5);
    assert.equal(overall.person.recall, 0.5);
    assert.equal(overall.organization.precision, null);
    assert.equal(overall.organization.recall, 0);
  });
});
