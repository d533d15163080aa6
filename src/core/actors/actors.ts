/**
 * The actors of a draft: the people and organisations it quotes or names, with how often each is mentioned
 * and which quotations are theirs. Rule-based (DESIGN.md measured this beating general NLP packages), written
 * for English news prose and measured on hand-annotated articles (`npm run eval`; test/fixtures/actors/, whose
 * README gives the annotation rules and the held-out figures):
 *
 * - candidates are runs of capitalised words outside quotations, cut at sentence ends, possessives and
 *   `-based`-like adjectives, and joined over name particles (`von der`, `ut-`), `of`/`on`/`for` after an
 *   organisation or title word (`Bank of England`, `Commission on Decommissioning`), `&`, `and` when an
 *   acronym spells the whole (`Securities and Exchange Commission (SEC)`), a company suffix (`Time Warner,
 *   Inc.`) and a lowercase `party` (`the Kadima party`);
 * - a title inside a run splits off the person (`BQ Leader Gilles Duceppe`, `Lt. Gen. Ricardo Sanchez`); the
 *   name before a member's title is an organisation (`BQ`), a nationality or a portfolio is not (`Irish`,
 *   `Railway Minister`);
 * - people: a title, a role word before (`columnist Nahum Barnea`, `headed by`), an appositive after (`, the
 *   president of`, `(his chief of staff)`), a speech verb after, a possessive of a personal thing (`Olmert's
 *   premiership`), `X administration`, `X of <place>`, a surname used alone elsewhere;
 * - organisations: cue words (organisations.ts and a few more), acronyms (`RIM`, `NDP`; not `US`, `CEO`,
 *   `MKs`, nor an acronym of a lowercase term or a standard), seats of government (`the White House said`),
 *   the organisation of a role (`Likud leader`, `leader of Shas`, `Knesset member`, `an analyst at X`), a
 *   descriptor (`BlackBerry maker ...`, `the Gazeta Polska newspaper`, `X, the Israeli parliament`), `Person
 *   of Org`, a capital `The` inside a sentence, lists (`phone makers, Motorola, NEC, ...`, a name listed
 *   between organisations);
 * - places, buildings, nationalities, titles alone, months and days are never actors, nor a speaker inside
 *   a place name;
 * - mentions are merged: people by surname (titles, possessives, spelling and transliteration variants; the
 *   fuzzy part of that, `Tsikhanouskaya` / `Tikhanovskaya`, is fuse.js's), organisations by full name, short
 *   form (`Green Party` = `Green Party of Canada`, `Tribune` = `Tribune Company`, `the Commission`) and
 *   acronym (`IRA` = `Provisional Irish Republican Army`; two-letter ones only when defined in brackets).
 */
import Fuse from 'fuse.js';
import { nameWords, sameActor, similarWords } from '../attribution/names';
import { isOrganisationName } from '../attribution/organisations';
import type { QuoteFinding } from '../check';

export type ActorKind = 'person' | 'organization';

export interface Actor {
  /** The fullest form the draft uses. */
  readonly name: string;
  readonly kind: ActorKind;
  readonly mentions: number;
  /** Indexes of this actor's quotations in the report. */
  readonly quotes: number[];
  /** Offsets of each mention in the draft. */
  readonly at: Array<{ start: number; end: number }>;
  /** Other spellings merged into this actor. */
  readonly variants: string[];
}

/** A cache of a pure string function (drafts repeat the same names many times); cleared when it grows large. */
function memo<T>(f: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string): T => {
    let value = cache.get(s);
    if (value === undefined) {
      if (cache.size > 20000) cache.clear();
      value = f(s);
      cache.set(s, value);
    }
    return value;
  };
}

const personWords = memo(nameWords);
const lastWord = (name: string): string => personWords(name)[personWords(name).length - 1] ?? '';

// ---------------------------------------------------------------------------------------------------------
// Word lists (lowercase, accent-free). General English news vocabulary, not fitted to any article.

const set = (words: string): ReadonlySet<string> => new Set(words.split('|'));

/** Countries, regions, states, provinces and large cities: places are not actors. */
const PLACES = set(
  'afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|bosnia and herzegovina|botswana|brazil|brunei|bulgaria|burkina faso|burma|burundi|cambodia|cameroon|canada|cape verde|central african republic|chad|chile|china|colombia|comoros|congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti|dominica|dominican republic|east timor|timor-leste|ecuador|egypt|el salvador|equatorial guinea|eritrea|estonia|eswatini|swaziland|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guinea-bissau|guyana|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kiribati|korea|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|micronesia|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nauru|nepal|netherlands|holland|new zealand|nicaragua|niger|nigeria|north korea|south korea|macedonia|north macedonia|norway|oman|pakistan|palau|palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|samoa|san marino|saudi arabia|senegal|serbia|seychelles|sierra leone|singapore|slovakia|slovenia|solomon islands|somalia|south africa|south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tonga|trinidad and tobago|tunisia|turkey|turkmenistan|tuvalu|uganda|ukraine|united arab emirates|united kingdom|united states|united states of america|america|britain|great britain|england|scotland|wales|northern ireland|uruguay|uzbekistan|vanuatu|vatican|vatican city|venezuela|vietnam|yemen|zambia|zimbabwe|soviet union|yugoslavia|czechoslovakia|' +
  'africa|asia|europe|antarctica|oceania|north america|south america|latin america|central america|middle east|near east|far east|east asia|south asia|southeast asia|central asia|eastern europe|western europe|balkans|caucasus|caribbean|scandinavia|arctic|pacific|atlantic|mediterranean|persian gulf|gaza|gaza strip|west bank|golan heights|kashmir|tibet|xinjiang|chechnya|darfur|kurdistan|crimea|greenland|puerto rico|hong kong|macau|guam|sinai|guantanamo|guantanamo bay|' +
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|district of columbia|' +
  'ontario|quebec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|prince edward island|yukon|nunavut|northwest territories|new south wales|queensland|tasmania|western australia|south australia|northern territory|' +
  'london|paris|berlin|madrid|rome|moscow|beijing|shanghai|tokyo|delhi|new delhi|mumbai|karachi|islamabad|lahore|kabul|kandahar|baghdad|basra|mosul|fallujah|tehran|damascus|aleppo|beirut|amman|cairo|jerusalem|tel aviv|gaza city|ramallah|riyadh|jeddah|dubai|abu dhabi|doha|ankara|istanbul|athens|vienna|brussels|amsterdam|the hague|geneva|zurich|stockholm|oslo|copenhagen|helsinki|reykjavik|dublin|belfast|edinburgh|glasgow|cardiff|manchester|liverpool|birmingham|warsaw|prague|budapest|bucharest|sofia|belgrade|kiev|kyiv|minsk|tbilisi|baku|yerevan|nairobi|lagos|johannesburg|cape town|harare|khartoum|addis ababa|mogadishu|kinshasa|new york city|los angeles|chicago|houston|boston|philadelphia|san francisco|seattle|miami|atlanta|dallas|detroit|toronto|montreal|vancouver|ottawa|calgary|sydney|melbourne|canberra|brisbane|perth|auckland|wellington|mexico city|havana|caracas|bogota|lima|santiago|buenos aires|rio de janeiro|sao paulo|brasilia|seoul|pyongyang|taipei|manila|jakarta|bangkok|hanoi|kuala lumpur',
);

/** Nationalities, religions and similar adjectives (and, with an `s`, their plural nouns). */
const DEMONYMS = set(
  'american|british|canadian|irish|israeli|palestinian|iraqi|iranian|afghan|pakistani|indian|chinese|japanese|korean|russian|ukrainian|french|german|italian|spanish|portuguese|dutch|belgian|swiss|austrian|swedish|norwegian|danish|finnish|icelandic|polish|czech|slovak|hungarian|romanian|bulgarian|greek|turkish|cypriot|syrian|lebanese|jordanian|egyptian|libyan|tunisian|algerian|moroccan|saudi|yemeni|omani|emirati|qatari|kuwaiti|bahraini|sudanese|ethiopian|eritrean|somali|kenyan|ugandan|tanzanian|rwandan|burundian|congolese|nigerian|ghanaian|senegalese|malian|zimbabwean|zambian|angolan|mozambican|australian|indonesian|malaysian|singaporean|thai|vietnamese|cambodian|burmese|filipino|philippine|bangladeshi|nepalese|tibetan|mongolian|kazakh|uzbek|georgian|armenian|azerbaijani|belarusian|lithuanian|latvian|estonian|serbian|croatian|bosnian|slovenian|albanian|macedonian|kosovar|mexican|cuban|haitian|venezuelan|colombian|brazilian|argentine|argentinian|chilean|peruvian|bolivian|ecuadorian|uruguayan|paraguayan|nicaraguan|honduran|guatemalan|salvadoran|panamanian|jamaican|european|african|asian|arab|arabian|western|eastern|northern|southern|latin|scottish|welsh|english|kurdish|basque|catalan|chechen|taiwanese|persian|pashtun|tamil|sinhalese|hutu|tutsi|' +
  'sri lankan|south african|north korean|south korean|new zealander|saudi arabian|costa rican|puerto rican|hong konger|latin american|middle eastern|north american|south american|' +
  'islamist|jihadist|marxist|maoist|leninist|communist|socialist|zionist|nationalist|loyalist|separatist|fascist|' +
  'catholic|protestant|christian|muslim|islamic|jewish|hindu|buddhist|sikh|sunni|shia|shiite|orthodox|evangelical|mormon|anglican|jew|briton|brit|scot|dane|swede|finn|pole|turk|greek|kiwi',
);

/** All-capital words that are not organisations: places, titles, units, currencies, common terms. */
const NOT_ORGANISATION_ACRONYMS = set(
  'us|usa|uk|uae|ussr|nz|au|dc|la|ny|nyc|pm|am|mp|mk|mep|msp|mla|td|ceo|cfo|coo|cto|cio|vp|evp|svp|gdp|gnp|tv|hiv|aids|sars|covid|dna|rna|id|iq|ok|pc|cd|dvd|gps|sms|usb|atm|ipo|cpi|ppi|lng|lpg|et|est|edt|pst|pdt|cst|cdt|gmt|utc|bst|cet|bc|ad|bce|ce|i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv|xx|usd|gbp|eur|cad|aud|jpy|cny|inr|nb|ps|faq|url|pdf|html|ai|it|pr|hr|qc|kc|mba|phd|md|rpg|ied|wmd|ak|suv|co2|uav|mph|kph|km|kg|fm|ufo|vip|rip|aka|asap|diy|wwi|wwii|q1|q2|q3|q4|fy|gaap|ifrs|eps|ebitda|roi|nav|ppp|ok|am|n|s|e|w|ne|nw|se|sw',
);

/** Title words that head a person's title (`Minister`, `Gen.`), without the point. */
const HEAD_TITLES = set(
  'mr|mrs|ms|miss|mme|dr|prof|professor|sir|dame|lord|lady|president|minister|premier|secretary|chancellor|governor|gov|senator|sen|rep|representative|congressman|congresswoman|mayor|judge|justice|ambassador|amb|commissioner|chairman|chairwoman|chairperson|chair|leader|director|spokesman|spokeswoman|spokesperson|chief|ceo|cfo|coo|officer|commander|cmdr|general|gen|lieutenant|lt|colonel|col|major|maj|captain|capt|sergeant|sgt|admiral|adm|marshal|brigadier|brig|corporal|cpl|king|queen|prince|princess|emperor|empress|sultan|emir|sheikh|shaikh|ayatollah|imam|rabbi|pope|cardinal|archbishop|bishop|father|reverend|rev|pastor|mp|mk|mep|msp|speaker|treasurer|inspector|insp|detective|det|superintendent|supt|constable|sheriff|prosecutor|editor|founder|sen|pres|sec|hon|atty|senators|representatives|reps|ministers|generals|presidents|governors|mayors|judges|congressmen|congresswomen',
);
/** Words that qualify a title (`Prime`, `Defense`, `Press`, `Under`): part of the title, not of the name. */
const TITLE_MODIFIERS = set(
  'prime|vice|deputy|acting|interim|former|ex|assistant|auditor|surgeon|solicitor|advocate|comptroller|postmaster|registrar|associate|under|executive|senior|junior|chief|general|state|foreign|defense|defence|home|interior|finance|justice|health|education|labor|labour|trade|commerce|energy|environment|agriculture|transport|transportation|treasury|economy|economic|culture|information|communications|immigration|security|homeland|veterans|affairs|development|international|public|press|attorney|supreme|high|grand|crown|district|federal|national|regional|provincial|county|city|opposition|majority|minority|managing|operating|financial|technology|policy|affairs|the|of|for|and|designate|elect',
);
/** Subjects and portfolios (`professor of History`, `minister for Finance`): not organisations. */
const PORTFOLIOS = set(
  'finance|defense|defence|state|health|education|justice|economics|economy|history|law|medicine|physics|chemistry|biology|politics|philosophy|sociology|psychology|engineering|mathematics|english|trade|commerce|energy|environment|agriculture|transport|interior|labor|labour|culture|communications|immigration|security|policy|affairs|foreign affairs|home affairs|public affairs|international affairs|information|technology|science|research|operations|marketing|sales|communication|entertainment|news|sport|sports|tourism',
);

const MONTHS_AND_DAYS = set('january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|halloween|ramadan');

/** Capitalised words that start sentences or phrases but are not part of a name. */
const NOISE = set(
  'the|a|an|but|and|or|so|in|on|at|as|for|from|by|with|when|while|if|yet|still|then|even|only|also|after|before|since|under|over|meanwhile|however|although|though|because|critics|officials|others|other|many|some|this|that|these|those|it|he|she|they|we|i|you|his|her|their|our|its|my|your|here|there|what|why|how|who|where|which|last|next|few|much|most|more|less|consider|according|asked|speaking|said|says|despite|aside|indeed|instead|through|following|during|about|against|into|between|among|within|without|until|unless|whether|once|now|today|yesterday|tomorrow|every|each|all|both|no|not|never|again|later|earlier|further|furthermore|moreover|besides|thus|therefore|hence|perhaps|maybe|reports|sources|several|such|another|any|almost|nearly|just|please|thanks|dear|hi|hello|yes|is|was|are|were|be|do|did|has|have|had|will|would|could|should|can|may|might|must|let|to|of|via|per|amid|toward|towards|upon|across|behind|beyond|near|like|unlike|whereas|whatever|whoever|one|two|three|four|five|six|seven|eight|nine|ten',
);

/** Lowercase role words: before a name they make it a person (`columnist Nahum Barnea`). */
const PERSON_ROLES = set(
  'democrat|republican|spokesman|spokeswoman|spokesperson|executive|director|chairman|chairwoman|chair|minister|secretary|president|vice-president|leader|analyst|economist|professor|lawyer|attorney|adviser|advisor|founder|co-founder|ambassador|envoy|editor|reporter|author|candidate|senator|governor|mayor|official|activist|campaigner|commander|general|partner|administrator|head|chancellor|manager|researcher|scientist|columnist|commentator|correspondent|journalist|writer|anchor|presenter|member|officer|mp|mk|mep|lawmaker|legislator|congressman|congresswoman|representative|delegate|deputy|aide|strategist|consultant|expert|historian|judge|prosecutor|investigator|detective|inspector|chief|ceo|cfo|coo|owner|boss|coach|premier|king|queen|prince|princess|pope|bishop|archbishop|cardinal|priest|imam|rabbi|pastor|doctor|surgeon|teacher|student|actor|actress|singer|musician|producer|artist|poet|novelist|blogger|photographer|lieutenant|colonel|sergeant|major|admiral|soldier|businessman|businesswoman|entrepreneur|banker|lobbyist|negotiator|whistleblower|bureaucrat|suspect|defendant|victim|witness|chairperson|treasurer|speaker|commissioner|superintendent|sheriff|nominee|challenger|incumbent|rival|successor|predecessor|deputy-leader|premier-designate|president-elect',
);
/** Lowercase role words after an organisation's name: `Likud leader`, `Knesset member`, `Hamas fighters`. */
const MEMBER_ROLES = set(
  'leader|leaders|leadership|member|members|chairman|chairwoman|chair|president|director|directors|spokesman|spokeswoman|spokesperson|official|officials|executive|executives|chief|chiefs|head|founder|co-founder|ceo|boss|lawmaker|lawmakers|legislator|legislators|mp|mps|mk|mks|mep|meps|candidate|candidates|secretary|deputy|deputies|representative|representatives|delegate|delegates|activist|activists|supporter|supporters|employee|employees|staff|worker|workers|shareholder|shareholders|analyst|analysts|officer|officers|commander|commanders|fighter|fighters|militants|militant|negotiator|negotiators|chairperson|co-chief|manager|managers|lawyer|lawyers|economist|economists|researcher|researchers|partner|partners|reporter|reporters|journalist|journalists|correspondent|correspondents|editor|editors|columnist',
);
/** Words that introduce an organisation's name: `BlackBerry maker Research In Motion`, `broadcaster CBS`. */
const ORGANISATION_DESCRIPTORS = set(
  'company|firm|maker|manufacturer|carmaker|automaker|giant|conglomerate|bank|lender|insurer|carrier|airline|retailer|chain|broadcaster|network|channel|newspaper|magazine|tabloid|daily|outlet|website|agency|regulator|watchdog|organisation|organization|charity|union|party|movement|militia|faction|coalition|alliance|club|team|studio|label|publisher|subsidiary|operator|provider|supplier|exchange|ministry|department|group|rebels|insurgents|broadcasters|networks|companies|firms|parties|groups|organisations|organizations|unions|outfit|brokerage|distributor|wholesaler|automaker|telecom|startup|start-up',
);
/** Titles of an organisation's members, after which the name before them is that organisation (`Likud Leader`). */
const MEMBER_TITLES = set('leader|chairman|chairwoman|chair|chairperson|president|director|spokesman|spokeswoman|spokesperson|chief|ceo|cfo|coo|executive|founder|co-founder|head|official|member|mp|mk|mep|candidate|treasurer|general');
/** Nouns before a name that make it a thing: `the stock index SENSEX`, `the operating system Android`. */
const THING_NOUNS = set('index|indices|currency|software|system|platform|model|brand|product|drug|vaccine|virus|disease|law|act|bill|treaty|program|programme|phone|handset|car|vehicle|aircraft|plane|jet|ship|missile|rifle|game|film|movie|show|sitcom|series|album|song|book|novel|ticker|symbol|hurricane|storm|typhoon|cyclone|operation|festival|tournament');
const HEAD_TITLE_FOR = new RegExp(String.raw`\b(?:${[...HEAD_TITLES].join('|')})\s+for\s+$`, 'iu');
const PRODUCT_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:cars?|jets?|aircraft|planes?|trucks?|vehicles?|models?|phones?|handsets?|devices?|laptops?|computers?|tablets?|consoles?|engines?|tyres?|tires?)\b/u;
/** Plural nouns that introduce a list of organisations: `cell phone makers, Motorola, NEC, ...`. */
const ORGANISATION_PLURALS = set('makers|manufacturers|providers|carriers|companies|firms|groups|banks|lenders|insurers|airlines|retailers|broadcasters|networks|newspapers|agencies|parties|unions|operators|suppliers|rivals|giants|organisations|organizations|charities|outlets|publishers|studios|automakers|carmakers|vendors|competitors|partners|members|clubs|teams|institutions');

/** Nouns after a name that say what kind of organisation it is: `the Gazeta Polska newspaper`, `Reuters news agency`. */
const ORGANISATION_NOUNS = set(
  'newspaper|daily|weekly|magazine|tabloid|agency|company|corporation|conglomerate|firm|group|network|broadcaster|channel|website|bank|movement|militia|union|alliance|coalition|faction|organisation|organization|airline|carrier|retailer|charity|foundation|institute|think-tank|studio|label|publisher|party|parties',
);
/** Nouns a person has (`Olmert's premiership`): a possessive name before one is a person. */
const PERSONAL_THINGS = set(
  'premiership|presidency|chancellorship|tenure|wife|husband|widow|widower|son|daughter|sons|daughters|mother|father|brother|sister|children|family|parents|death|funeral|resignation|career|memoir|memoirs|biography|lawyer|lawyers|attorney|attorneys|spokesman|spokeswoman|aide|aides|bodyguard|birthday|candidacy|nomination|re-election|girlfriend|boyfriend|fiancee|fiance|grandson|granddaughter|health|illness|arrest|trial|conviction|acquittal|assassination|inauguration|retirement',
);

/** Organisation cue words beyond organisations.ts: name endings of companies and armed groups. */
const MORE_CUES = /\b(?:Force|Entertainment|Limited|Studios|Pictures|Records|Brigades?|Corps|Guard|Telecom|Petroleum|Railways?|Hospital|Church|Commando|Cooperative|Consortium|Companies|Brothers|Bros|Marketing|Consulting|Communications|Solutions|Associates|Logistics|Pharmaceuticals?|Enterprises|Ventures|Investments|Insurance|Electronics|Software|Bancorp|Forum|Lab|Chamber|School|College|Academy)\b/;
const COMPANY_SUFFIXES = set('inc|inc.|incorporated|ltd|ltd.|limited|llc|plc|corp|corp.|co|co.|ag|sa|gmbh|nv|bv|lp|llp');
/** Last words of places and buildings (`Warsaw Cathedral`, `Abbey Road`): neither people nor organisations. */
const PLACE_HEADS = set('cathedral|chapel|mosque|temple|synagogue|abbey|square|street|avenue|road|boulevard|lane|bridge|stadium|arena|park|palace|castle|hall|tower|building|station|prison|jail|camp|base|river|lake|sea|ocean|mountain|mountains|mount|hill|hills|island|islands|valley|province|region|district|county|city|town|village|airport|harbour|harbor|port|canal|desert|forest|beach|coast|peninsula|strait|bay|gulf|cape|highway|motorway|plaza|mall|theatre|theater|zoo|cemetery|memorial|monument|plant|factory|refinery|mine|terminal');
/** One-word institutions that need no earlier full name (`Congress voted`). */
const INSTITUTIONS = set('congress|parliament|senate|cabinet|politburo|bundestag|duma|vatican|times|post|journal|house of representatives|house of commons|house of lords|house of councillors|chamber of deputies');

/** Institutions named after their seat: `the White House said`. */
const SEATS = set('white house|pentagon|kremlin|downing street|elysee|elysee palace|quai d\'orsay|blue house|capitol hill|whitehall|number 10|foggy bottom|zhongnanhai|vatican');
const KNOWN_ORGANISATIONS = /^(?:NATO|UN|EU|IMF|WHO|WTO|OPEC|BBC|CNN|FBI|CIA|NSA|NHS|ECB|OECD|UNESCO|UNICEF|Hamas|Hezbollah|Taliban|al-Qaeda|al-Qaida|Google|Microsoft|Apple|Amazon|Facebook|Twitter|Reuters|Wikinews|Wikipedia|Wikileaks|WikiLeaks|Fatah|Interpol|Europol|Greenpeace|Oxfam)$/;
/** Heads of acronym expansions that name things, not organisations (`Generally Accepted Accounting Principles`). */
const THING_HEADS = /\b(?:Act|Acts|Law|Laws|Bill|Treaty|Accord|Agreement|Protocol|Principles|Standards?|Syndrome|Disease|Virus|Index|Rate|Product|Products|Weapons?|Devices?|Test|Scheme|Plan|Initiative|Strategy|Policy|Code|Regulations?|Directive|Programme|Program|System|Certificate|Fund Rate|Day|War|Summit|Games|Cup|Championship|Prize|Award|Report|Survey|Framework)$/;

const ABBREVIATIONS = set('mr|mrs|ms|dr|prof|gen|lt|col|maj|capt|sgt|sen|rep|gov|rev|hon|adm|cmdr|brig|cpl|pvt|supt|insp|det|st|mt|ft|jr|sr|bros|inc|corp|co|ltd|no|vs|messrs|mme|mlle|pres|sec|amb|atty|dept|univ|assn|intl|govt|natl');
/** Abbreviations that may also end a sentence (`... Time Warner, Inc. The merger ...`). */
const MAY_END_SENTENCE = set('jr|sr|bros|inc|corp|co|ltd');
const PERSON_CONNECTORS = set('de|da|del|della|der|den|di|du|dos|das|van|von|bin|ibn|al|el|la|le|y|abu|ben|ter|ten|zu');
const JOINING_OF = /^(?:Bank|Ministry|Department|University|Duke|Duchess|Earl|Council|Court|Office|Board|Institute|School|College|Church|Republic|Kingdom|State|States|Union|House|Chamber|Federation|Association|League|Party|Museum|Academy|Society|Committee|Commission|City|Port|Gulf|Bay|Isle|Isles|Cape|Times|Mayor|Lord|Speaker|Attorney|Secretary|Minister|Chancellor|Governor|President|Prince|Princess|Queen|King|Chief|Head|Director|Leader|General|Order|Organisation|Organization|Government|Parliament|Assembly|Agency|Bureau|Centre|Center|Division|Corps|Army|Navy|Force|Forces|Sisters|Brothers|Friends|Daughters|Sons|Knights|Archbishop|Bishop|Emir|Sultan|Sheikh|Patriarch|Secretary-General|Vice-President)$/;

// ---------------------------------------------------------------------------------------------------------
// Tokens and runs

interface Token {
  /** The word, with an abbreviation's point (`Gen.`, `U.S.`) and without a possessive `'s`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Where the raw word ended (after a possessive or a sentence-final point). */
  readonly rawEnd: number;
  readonly cap: boolean;
  readonly possessive: boolean;
  /** A sentence (or a clause) ends right after the word. */
  readonly stop: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019.&\-][\p{L}\p{M}\p{N}]+)*\.?/gu;
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|at|ut|ud|ul|ur|bin|ibn|abu|abd|d|de|di|da|du|van|von|le|la)[-'\u2019][\p{Lu}]/u;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    const start = match.index;
    const rawEnd = start + word.length;
    let stop = false;
    if (word.endsWith('.')) {
      const bare = word.slice(0, -1);
      const lower = plain(bare);
      const isAbbreviation = ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare);
      if (!isAbbreviation) {
        word = bare;
        stop = true;
      } else if (MAY_END_SENTENCE.has(lower) || /\./.test(bare)) {
        stop = startsSentence(text, rawEnd);
      }
    }
    let possessive = false;
    if (/['\u2019]s$/.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    }
    // `Arizona-based`, `Three-term`: adjectives, not names
    const adjective = /-(?:based|born|owned|led|backed|listed|headquartered|registered|run|funded|controlled|term|time|year|old|style|era)$/i.test(word);
    const cap = !adjective && (/^\p{Lu}/u.test(word) || PARTICLE_NAME.test(word));
    tokens.push({ text: word, start, end: start + word.length, rawEnd, cap, possessive, stop });
  }
  return tokens;
}

/** Whether a new sentence starts after `at` (`... Inc. The merger`): a capitalised sentence starter follows. */
function startsSentence(text: string, at: number): boolean {
  const next = /^\s+([\p{Lu}][\p{L}]*)/u.exec(text.slice(at, at + 40));
  return next !== null && NOISE.has(next[1]!.toLowerCase());
}

/** A run of name words: one candidate name before it is split or classified. */
interface Run {
  tokens: Token[];
  /** Named after `of` following a person: `Dan Butters of Deloitte`. */
  affiliation?: boolean;
  /** Ends with a lowercase `party` (`the Kadima party`). */
  party?: boolean;
  /** Ends with a company suffix after a comma (`Time Warner, Inc.`). */
  company?: boolean;
}

const gapJoins = (text: string, a: Token, b: Token): boolean => !a.stop && !a.possessive && /^[ \t]*\n?[ \t]*$/.test(text.slice(a.rawEnd, b.start));

function isCue(word: string): boolean {
  return isOrganisationName(word) || MORE_CUES.test(word);
}

function isTitleWord(token: Token): boolean {
  const lower = plain(token.text).replace(/\.$/, '').replace(/-(?:designate|elect)$/, '');
  return HEAD_TITLES.has(lower) || TITLE_MODIFIERS.has(lower);
}

function isHeadTitle(token: Token): boolean {
  return HEAD_TITLES.has(plain(token.text).replace(/\.$/, '').replace(/-(?:designate|elect)$/, ''));
}

/** Capitalised runs of the text, joined over particles, `of`/`on`/`for`, `&`, company suffixes and `party`. */
function nameRuns(text: string, tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let run: Run | undefined;
  const close = (): void => {
    if (run && run.tokens.some((t) => t.cap)) runs.push(run);
    run = undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = run?.tokens[run.tokens.length - 1];
    if (run && previous && !gapJoins(text, previous, token) && !(token.cap && /^ & $/.test(text.slice(previous.rawEnd, token.start)))) {
      // `, Inc.` after a company name
      if (COMPANY_SUFFIXES.has(plain(token.text)) && /^,[ \t]*$/.test(text.slice(previous.rawEnd, token.start)) && !previous.possessive && !previous.stop) {
        run.tokens.push(token);
        run.company = true;
        close();
        continue;
      }
      close();
    }
    if (token.cap) {
      if (!run) run = { tokens: [] };
      run.tokens.push(token);
      continue;
    }
    if (!run) continue;
    const next = tokens[i + 1];
    const nextJoins = next !== undefined && next.cap && gapJoins(text, token, next);
    const last = run.tokens[run.tokens.length - 1]!;
    const lower = token.text.toLowerCase();
    if (lower === 'party' && last.cap && !isTitleWord(last)) {
      run.tokens.push(token);
      run.party = true;
      close();
    } else if (PERSON_CONNECTORS.has(lower) && (nextJoins || (next && PERSON_CONNECTORS.has(next.text) && gapJoins(text, token, next)))) {
      run.tokens.push(token);
    } else if (lower === 'of' && nextJoins) {
      if (JOINING_OF.test(last.text.replace(/\.$/, '')) || isCue(last.text)) {
        run.tokens.push(token);
      } else {
        close();
        run = { tokens: [], affiliation: true };
      }
    } else if ((lower === 'on' || lower === 'for') && nextJoins && isCue(last.text) && !MONTHS_AND_DAYS.has(plain(next!.text))) {
      run.tokens.push(token);
    } else {
      close();
    }
  }
  close();
  return runs;
}

/** Initial capitals of a run's words, skipping small words (`Securities and Exchange Commission` -> SEC). */
function initials(tokens: readonly Token[]): string {
  return tokens.filter((t) => t.cap).map((t) => t.text[0]!.toUpperCase()).join('');
}

function isAcronym(word: string): boolean {
  return /^[A-Z][A-Z0-9&]{1,6}(?:-(?:TV|FM|AM|DT))?$/.test(word) || /^(?:[A-Z]\.){2,4}$/.test(word);
}

function isExcludedAcronym(word: string): boolean {
  return NOT_ORGANISATION_ACRONYMS.has(word.replace(/\./g, '').toLowerCase());
}

/** The acronym in parentheses right after a run (`Research In Motion Limited (RIM)`), if any. */
function acronymAfter(text: string, end: number): { acronym: string; start: number; end: number } | undefined {
  const match = /^[ \t]*\(\s*([A-Z][A-Z0-9&.]{1,8})\s*\)/.exec(text.slice(end, end + 20));
  if (!match || !isAcronym(match[1]!)) return undefined;
  const start = end + match[0].indexOf(match[1]!);
  return { acronym: match[1]!, start, end: start + match[1]!.length };
}

/** Acronyms spelled out in lowercase words (`foreign direct investment (FDI)`): terms, not organisations. */
function lowercaseDefinitions(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\(([A-Z]{2,6})s?\)/g)) {
    const acronym = match[1]!;
    const words = text.slice(Math.max(0, match.index - 120), match.index).trim().split(/[\s-]+/).filter((w) => !/^(?:and|of|on|for|the|in|to|&)$/.test(w));
    const spelled = words.slice(-acronym.length);
    if (spelled.length === acronym.length && spelled.every((w) => /^\p{Ll}/u.test(w)) && spelled.map((w) => w[0]!.toUpperCase()).join('') === acronym) found.push(acronym);
  }
  return found;
}

/** `US Securities` + ` and ` + `Exchange Commission (SEC)`: one name, when the acronym spells it. */
function mergeAcronymAnds(text: string, runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const previous = out[out.length - 1];
    if (previous && !previous.affiliation && !previous.party && !previous.company) {
      const a = previous.tokens[previous.tokens.length - 1]!;
      const b = run.tokens[0]!;
      const defined = acronymAfter(text, run.tokens[run.tokens.length - 1]!.rawEnd);
      if (!a.stop && !a.possessive && /^ and $/.test(text.slice(a.rawEnd, b.start)) && defined) {
        const joined = [...previous.tokens, ...run.tokens];
        const letters = defined.acronym.replace(/\./g, '');
        if (suffixes(joined).some((s) => initials(s) === letters)) {
          previous.tokens = joined;
          continue;
        }
      }
    }
    out.push(run);
  }
  return out;
}

function suffixes<T>(list: readonly T[]): T[][] {
  return list.map((_, k) => list.slice(k)).filter((s) => s.length > 0);
}

// ---------------------------------------------------------------------------------------------------------
// Candidates

/** Why a candidate got its kind (for debugging and tests of the rules). */
type Evidence = 'title' | 'role' | 'appositive' | 'possession' | 'structure' | 'context';

interface Candidate {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  kind?: ActorKind;
  evidence?: Evidence;
  /** A place (`United States`): never an actor, and a speaker inside it is an attribution slip. */
  place?: boolean;
  /** Not an actor at all (a title alone, a defined acronym of a law or a standard). */
  nothing?: boolean;
  /** A title without a name (`Secretary of State`, `Director General of Civil aviation`). */
  title?: boolean;
  /** Written with a capital `The` inside a sentence (`writing in The Independent`): a proper name of a body or outlet. */
  the?: boolean;
  /** After a plural title (`Representatives Bill Delahunt and Jeff Flake`): the names listed after are people too. */
  plural?: boolean;
  /** Named after `of` following a person, or before a title or a role: an organisation unless a place. */
  affiliation?: boolean;
  acronym?: string;
}

function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const phrase = (tokens: readonly Token[]): string => plain(tokens.map((t) => t.text.replace(/\.$/, '')).join(' '));

function isPlace(tokens: readonly Token[]): boolean {
  if (tokens.length === 0) return false;
  const words = phrase(tokens);
  if (PLACES.has(words) || PLACES.has(words.replace(/^the /, ''))) return true;
  if (tokens.length >= 2 && PLACE_HEADS.has(plain(tokens[tokens.length - 1]!.text))) return true;
  if (/^(?:republic|kingdom|state|province|city|county|gulf|bay|isle|islands?|strait|port|district|region) of /.test(words)) return true;
  // `Guantanamo Bay, Cuba`-like forms and `North Waziristan`: a direction or a place word with a known place
  return tokens.length === 2 && /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater)$/.test(plain(tokens[0]!.text)) && PLACES.has(plain(tokens[1]!.text));
}

function isDemonym(token: Token): boolean {
  const lower = plain(token.text);
  return DEMONYMS.has(lower) || (lower.endsWith('s') && DEMONYMS.has(lower.slice(0, -1))) || (lower.endsWith('es') && DEMONYMS.has(lower.slice(0, -2)));
}

/** `Former`, `Interim`: not part of a name or of an organisation's name. */
const FORMER = set('former|ex|interim|acting|outgoing|incoming|late|then|current');

const isNoise = (token: Token): boolean => NOISE.has(token.text.toLowerCase()) && /^\p{Lu}\p{Ll}*$/u.test(token.text);

/** Whether `at` starts a sentence or a paragraph (capitals there say nothing). */
function sentenceStart(text: string, at: number): boolean {
  return /(?:^|[.!?:]["'\u201D\u2019)]?\s+|\n\s*|^\s*[-*#>]+\s*)$/.test(text.slice(Math.max(0, at - 8), at)) || at === 0;
}

/** Sentence starters, `Former`, `Interim` cut off the front of a run. */
function trimFront(tokens: readonly Token[]): Token[] {
  let k = 0;
  while (k < tokens.length && (isNoise(tokens[k]!) || !tokens[k]!.cap || (FORMER.has(plain(tokens[k]!.text)) && k + 1 < tokens.length && !(k + 2 === tokens.length && isCue(tokens[k + 1]!.text))))) k++;
  const rest = tokens.slice(k);
  while (rest.length > 0 && !rest[rest.length - 1]!.cap && rest[rest.length - 1]!.text.toLowerCase() !== 'party' && !COMPANY_SUFFIXES.has(plain(rest[rest.length - 1]!.text))) rest.pop();
  return rest;
}

function candidate(text: string, tokens: readonly Token[], extra: Partial<Candidate> = {}): Candidate | undefined {
  if (tokens.length === 0) return undefined;
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  return { name: text.slice(start, end).replace(/\s+/g, ' '), start, end, tokens, ...extra };
}

/** A name token of a person (not a title, an organisation word, a place word or a month). */
function isNameToken(token: Token): boolean {
  if (!token.cap) return PERSON_CONNECTORS.has(token.text);
  return !isTitleWord(token) && !isCue(token.text) && !/^(?:party)$/i.test(token.text);
}

/**
 * One run into candidates: a title inside it splits off the person (`BQ Leader Gilles Duceppe` -> `BQ` and
 * `Gilles Duceppe`), a leading nationality is dropped, and the rest is one candidate.
 */
function splitRun(text: string, run: Run): Candidate[] {
  let tokens = trimFront(run.tokens);
  if (tokens.length === 0) return [];
  const whole = tokens.map((t) => t.text).join(' ');
  const wholeIsOrganisation = isCue(whole) || KNOWN_ORGANISATIONS.test(whole) || run.party || run.company;
  // A title followed by a name: `Prime Minister Stephen Harper`, `Lt. Gen. Ricardo Sanchez`.
  let k = tokens.length;
  while (k > 0 && isNameToken(tokens[k - 1]!) && tokens.length - k < 4) k--;
  let j = k;
  while (j > 0 && (isTitleWord(tokens[j - 1]!) || ['of', 'the', 'for'].includes(tokens[j - 1]!.text))) j--;
  const nameTokens = tokens.slice(k);
  const titleTokens = tokens.slice(j, k);
  // `Director General of Civil (aviation)`: what follows `of` or `for` is the title's portfolio, not a name
  const portfolio = titleTokens.length > 0 && !titleTokens[titleTokens.length - 1]!.cap;
  if (!run.party && !run.company && !portfolio && nameTokens.some((t) => t.cap) && titleTokens.some(isHeadTitle) && !nameTokens.every(isDemonym) && !isPlace(nameTokens)) {
    const out: Candidate[] = [];
    const prefix = trimFront(tokens.slice(0, j).filter((t, n, all) => !(n === all.length - 1 && !t.cap)));
    const withoutNationality = prefix.filter((t) => !isDemonym(t));
    if (withoutNationality.length > 0 && !prefix.every(isDemonym)) {
      // `Likud Leader X`, `Apple CEO X`: the organisation of a member's title; `Railway Minister X`: a portfolio
      const memberTitle = MEMBER_TITLES.has(plain(titleTokens[0]!.text).replace(/\.$/, ''));
      const organisation = candidate(text, prefix, memberTitle ? { affiliation: true } : {});
      if (organisation) out.push(organisation);
    }
    const single = nameTokens.filter((t) => t.cap).length === 1;
    const lastTitle = titleTokens.slice(-Math.min(titleTokens.length, 2)).filter((t) => t.cap);
    const display = single ? [...lastTitle, ...nameTokens] : nameTokens;
    const plural = titleTokens.some((t) => isHeadTitle(t) && /s$/.test(t.text) && !/(?:ss|us|is)$/.test(t.text));
    const person = candidate(text, display, { kind: 'person', evidence: 'title', ...(plural ? { plural: true } : {}) });
    if (person) out.push(person);
    return out;
  }
  if (tokens.every((t) => isTitleWord(t) || !t.cap) || (portfolio && titleTokens.some(isHeadTitle) && tokens.slice(0, j).every(isDemonym))) return [candidate(text, tokens, { nothing: true, title: true })!];
  // `Liberal Party Leader` with no name after it: the organisation before the title
  if (nameTokens.length === 0 && j > 0 && titleTokens.length > 0 && titleTokens[0]!.cap && titleTokens.some(isHeadTitle)) tokens = trimFront(tokens.slice(0, j));
  if (tokens.length === 0) return [];
  // `Irish Prime Minister` aside, a leading nationality is not part of the name (`Canadian GAAP`) unless the
  // whole is an organisation (`Irish Republican Army`).
  if (!wholeIsOrganisation && tokens.length > 1 && isDemonym(tokens[0]!)) tokens = tokens.slice(1);
  if (tokens.every(isDemonym)) return [];
  const first = run.tokens[0]!;
  const the = first.text === 'The' && tokens[0] !== first && !sentenceStart(text, first.start);
  const one = candidate(text, tokens, { ...(run.affiliation ? { affiliation: true } : {}), ...(the ? { the: true } : {}) });
  if (one && (run.party || run.company)) {
    one.kind = 'organization';
    one.evidence = 'structure';
  }
  return one ? [one] : [];
}

// ---------------------------------------------------------------------------------------------------------
// Classification

/** The lowercase words right before `at` (`... political columnist |Nahum Barnea`). */
function wordsBefore(text: string, at: number, count = 4): string[] {
  const before = text.slice(Math.max(0, at - 80), at);
  // leading brackets and quotes go (`(president of`); trailing punctuation stays, a clause ends there
  const words = before.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+/u, '')).filter(Boolean);
  return words.slice(-count);
}

const isPersonRole = (word: string): boolean => PERSON_ROLES.has(word) || PERSON_ROLES.has(word.replace(/^(?:co|vice|deputy|ex|former)-/, ''));
const ROLES_PATTERN = [...PERSON_ROLES].join('|');
/** `, the executive director`, `(Chrétien's former chief of staff)`, `, president of Groupaction`. */
const APPOSITIVE_ROLE = new RegExp(String.raw`^\s*[,(]\s*(?:currently\s+|now\s+|then\s+|also\s+|himself\s+|herself\s+)?(?:(?:the|a|an|his|her|their|its|[\p{L}\p{M}.'\u2019-]+['\u2019]s)\s+(?:[\p{L}-]+\s+){0,3}?(?:${ROLES_PATTERN})\b|(?:[\p{L}-]+\s+){0,2}?(?:${ROLES_PATTERN})\s+(?:of|at|for|with)\s)`, 'iu');
/** A speech or opinion verb after the name, maybe after an aside: `Kofi Annan, at a press conference, responded`. */
const SPEECH_AFTER = /^(?:\s*,[^,"\u201C\u201D\n]{1,60},)?\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+)?(?:said|says|told|tells|argued|argues|warned|warns|added|adds|noted|notes|claimed|wrote|writes|insisted|insists|believes|thinks|responded|replied|stated|explained|announced|denied|admitted|testified|declared|recalled|acknowledged)\b/;

/** Person evidence from the context of a candidate. */
function personContext(text: string, c: Candidate): Evidence | undefined {
  // `political columnist Nahum Barnea`, `co-chief executive and chairman, Jim Balsillie`
  const role = /([\p{Ll}-]+),?\s+$/u.exec(text.slice(Math.max(0, c.start - 40), c.start));
  if (role && isPersonRole(role[1]!)) return 'role';
  // `the party, headed by Avigdor Lieberman`
  if (c.tokens.filter((t) => t.cap).length >= 2 && /\b(?:headed|led|chaired|founded|co-founded|directed|fronted)\s+by\s+$/.test(text.slice(Math.max(0, c.start - 20), c.start))) return 'role';
  const after = text.slice(c.end, c.end + 80);
  if (c.tokens.filter((t) => t.cap).length >= 2) {
    // `William Schulz, the executive director of`, `Gusty Spence, a founding member`, `Jo Lee, 53,`
    if (/^,\s+(?:who|whose|aged\s+\d+|\d+,)/u.test(after)) return 'appositive';
    if (APPOSITIVE_ROLE.test(after)) return 'appositive';
    if (SPEECH_AFTER.test(after)) return 'role';
  }
  if (/^\s+administration\b/.test(after) && !c.tokens[c.tokens.length - 1]!.possessive) return 'possession'; // `Bush administration officials`
  if (c.tokens[c.tokens.length - 1]!.possessive) {
    const thing = /^['\u2019]s\s+([\p{Ll}-]+)/u.exec(text.slice(c.end, c.end + 40));
    if (thing && PERSONAL_THINGS.has(thing[1]!)) return 'possession';
  }
  return undefined;
}

const ROLE_THEN_AT = new RegExp(String.raw`\b(?:${ROLES_PATTERN})\b[^.;:!?",()]{0,70}\s(?:at|with)\s+(?:the\s+)?$`, 'u');
const ORGANISATION_APPOSITIVE = new RegExp(String.raw`^,\s+(?:the|a|an|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:${[...ORGANISATION_NOUNS].join('|')}|parliament|legislature|assembly|council|body|regulator|watchdog|broadcaster|operator|subsidiary|unit|division|outfit)\b`, 'iu');
/** `cell phone makers, Motorola`, `groups ..., including Linux Phone Standard Forum`: the head of a list of organisations. */
const LIST_HEAD = new RegExp(String.raw`\b(?:${[...ORGANISATION_PLURALS].join('|')})\b(?:,\s+|:\s+|[^.;:!?"()]{0,60}?,?\s+(?:including|such as|like|namely)\s+)(?:the\s+)?$`, 'u');

/** Organisation evidence from the context of a candidate. */
function organisationContext(text: string, c: Candidate): boolean {
  const before = wordsBefore(text, c.start, 3).map((w) => w.toLowerCase());
  const last = before[before.length - 1] ?? '';
  const secondLast = before[before.length - 2] ?? '';
  // `BlackBerry maker Research In Motion`, `the rebel group Hamas`
  if (ORGANISATION_DESCRIPTORS.has(last.replace(/,$/, ''))) return true;
  // `leader of Shas`, `president of UPN`, `an MK from the Kadima party`
  const preposition = last === 'the' ? secondLast : last;
  const roleWord = last === 'the' ? before[before.length - 3] : secondLast;
  if (/^(?:of|for|at|from|with)$/.test(preposition) && roleWord && (PERSON_ROLES.has(roleWord) || MEMBER_ROLES.has(roleWord))) return true;
  // `Knesset, the Israeli parliament`, `Shas, a small religious party`
  if (ORGANISATION_APPOSITIVE.test(text.slice(c.end, c.end + 60))) return true;
  // `an analyst at Goldman Sachs`, `executive director of capital projects at PricewaterhouseCoopers`
  if (/^(?:at|with)$/.test(preposition) && ROLE_THEN_AT.test(text.slice(Math.max(0, c.start - 90), c.start))) return true;
  // `Knesset member`, `Likud leader Benjamin Netanyahu`, `Hamas fighters`, `the Gazeta Polska newspaper`
  const after = /^\s+(?:news\s+)?([\p{Ll}-]+)\b/u.exec(text.slice(c.end, c.end + 30));
  if (after && (MEMBER_ROLES.has(after[1]!) || ORGANISATION_NOUNS.has(after[1]!)) && !c.tokens[c.tokens.length - 1]!.possessive) return true;
  return false;
}

/** Whether a candidate can name an organisation at all (not a portfolio, month, title or nationality). */
function canBeOrganisation(c: Candidate): boolean {
  const words = phrase(c.tokens);
  if (c.place || c.nothing || PORTFOLIOS.has(words) || MONTHS_AND_DAYS.has(words)) return false;
  if (c.tokens.every((t) => isDemonym(t) || isTitleWord(t))) return false;
  if (c.tokens.length === 1 && isAcronym(c.tokens[0]!.text) && isExcludedAcronym(c.tokens[0]!.text)) return false;
  return true;
}

/** Kind from the name alone: cue words, acronyms, known organisations and seats. */
function kindFromName(c: Candidate, definedThings: ReadonlySet<string>, text?: string): ActorKind | 'nothing' | undefined {
  const words = phrase(c.tokens);
  if (c.tokens.length === 1 && isAcronym(c.tokens[0]!.text)) {
    const acronym = c.tokens[0]!.text.replace(/\./g, '');
    if (isExcludedAcronym(acronym) || definedThings.has(acronym)) return 'nothing';
    return 'organization';
  }
  if (SEATS.has(words.replace(/^the /, ''))) {
    // `the White House said`, but `talks in Downing Street`: a place
    return text !== undefined && /\b(?:in|at|into|inside|outside|near|to|from|on)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, c.start - 12), c.start)) ? 'nothing' : 'organization';
  }
  if (KNOWN_ORGANISATIONS.test(c.name) || INSTITUTIONS.has(words)) return 'organization';
  // a bare `Commission` or `Forces` names an organisation only as a short form of one named before (see ActorSet)
  if (c.tokens.length === 1 && isCue(c.name)) return undefined;
  if (isCue(c.name)) return 'organization';
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Actors

export function findActors(prose: string, quotes: readonly QuoteFinding[]): Actor[] {
  const text = outsideQuotes(prose, quotes);
  const tokens = tokenize(text);
  const runs = mergeAcronymAnds(text, nameRuns(text, tokens));
  const definedThings = new Set<string>();
  const candidates: Candidate[] = [];
  for (const run of runs) {
    const pieces = splitRun(text, run);
    const last = pieces[pieces.length - 1];
    const defined = last ? acronymAfter(text, run.tokens[run.tokens.length - 1]!.rawEnd) : undefined;
    if (last && defined && !last.kind) {
      const acronym = defined.acronym.replace(/\./g, '');
      if (THING_HEADS.test(last.name) || isExcludedAcronym(acronym)) {
        definedThings.add(acronym);
        last.nothing = true;
      } else {
        last.acronym = acronym;
      }
    }
    candidates.push(...pieces);
  }
  for (const acronym of lowercaseDefinitions(text)) definedThings.add(acronym);
  for (const [k, c] of candidates.entries()) {
    // `Dan Butters of Deloitte`, but `River Rouge Plant of Dearborn`: an affiliation follows a person's name
    const previous = candidates[k - 1];
    if (c.affiliation && previous && /^ of $/.test(text.slice(previous.end, c.start)) && (previous.kind === 'organization' || isPlace(previous.tokens) || isCue(previous.name) || !previous.tokens.every(isNameToken))) c.affiliation = false;
    // `Vice President for Network Oversight`: a portfolio
    if (!c.kind && HEAD_TITLE_FOR.test(text.slice(Math.max(0, c.start - 30), c.start))) c.nothing = true;
    // `MG sports cars`, `Airbus jets`: a make of product
    if (!c.kind && c.tokens.length === 1 && PRODUCT_AFTER.test(text.slice(c.end, c.end + 30))) c.nothing = true;
  }
  for (const c of candidates) {
    if (c.kind || c.nothing) continue;
    const words = phrase(c.tokens);
    if (isPlace(c.tokens)) c.place = true;
    else if (MONTHS_AND_DAYS.has(words) || DEMONYMS.has(words) || DEMONYMS.has(words.replace(/s$/, ''))) c.nothing = true;
    else if (!isCue(c.name) && THING_NOUNS.has((wordsBefore(text, c.start, 1)[0] ?? '').toLowerCase())) c.nothing = true;
  }
  // `Katon Dawson of South Carolina`: a full name from a place is a person's
  for (const [k, c] of candidates.entries()) {
    const next = candidates[k + 1];
    if (!c.kind && !c.nothing && !c.place && next?.affiliation && next.place && /^ of $/.test(text.slice(c.end, next.start)) && c.tokens.filter((t) => t.cap).length >= 2 && c.tokens.every(isNameToken)) {
      c.kind = 'person';
      c.evidence = 'appositive';
    }
  }
  classify(text, candidates, definedThings);

  const actors = new ActorSet();
  // People and organisations with evidence, in the order of the text.
  for (const c of candidates) if (c.kind) actors.add(c.name, c.kind, undefined, c.acronym);
  // Surnames and short forms of known actors; a person's full name whose surname is used alone.
  const alone = new Set(candidates.filter((c) => !c.kind && c.tokens.length === 1).map((c) => plain(c.tokens[0]!.text)));
  for (const c of candidates) {
    if (c.kind || c.nothing || c.place) continue;
    // a single word may also be a spelling variant of a person's surname (`Lukashenka` for `Lukashenko`)
    const known = actors.find(c.name, undefined, false) ?? (c.tokens.length === 1 && !sentenceStart(text, c.start) ? actors.find(c.name, 'person', false) : undefined);
    if (known) {
      c.kind = known.kind;
      actors.add(c.name, known.kind);
    } else if (c.tokens.filter((t) => t.cap).length >= 2 && c.tokens.length <= 5 && !c.affiliation && alone.has(plain(c.tokens[c.tokens.length - 1]!.text)) && !PLACES.has(plain(c.tokens[c.tokens.length - 1]!.text)) && !PLACES.has(plain(c.tokens[0]!.text)) && c.tokens.every(isNameToken) && !c.tokens.some(isDemonym)) {
      c.kind = 'person';
      actors.add(c.name, 'person');
    }
  }
  // A name listed between organisations is one (`the Liberal Party of Canada, Bloc Québécois and the Green Party`).
  for (const [k, c] of candidates.entries()) {
    if (c.kind || !canBeOrganisation(c) || c.tokens.length < 2) continue;
    const listed = (other: Candidate | undefined, gap: string): boolean => other?.kind === 'organization' && /^\s*(?:,|,?\s+(?:and|or))\s+(?:the\s+)?$/.test(gap);
    const previous = candidates[k - 1];
    const next = candidates[k + 1];
    if (listed(previous, text.slice(previous?.end ?? 0, c.start)) && listed(next, text.slice(c.end, next?.start ?? c.end))) {
      c.kind = 'organization';
      actors.add(c.name, 'organization');
    }
  }
  // The quoted speakers: the actor named at the speaker's place, else the speaker's own name.
  quotes.forEach((q, index) => {
    if (!q.speaker) return;
    const speaker = q.speaker;
    const overlapping = candidates.filter((c) => c.start < speaker.end && speaker.start < c.end && (c.kind || c.place || c.title));
    const at = overlapping.find((c) => c.start < speaker.end && speaker.end <= c.end) ?? overlapping[0];
    if (at?.place || at?.title) return; // `... the United States`, `said the Secretary of State`: no named actor
    if (at?.kind) {
      actors.add(at.name, at.kind, index);
      return;
    }
    const known = actors.find(q.speaker.name, undefined, true);
    if (known) actors.add(q.speaker.name, known.kind, index);
    else if (!(tokenize(q.speaker.name).length === 1 && isCue(q.speaker.name))) actors.add(q.speaker.name, speakerKind(q.speaker.name, definedThings), index); // not `Police said`
  });

  const entries = actors.list();
  const at = mentions(withoutAccents(text), entries);
  return entries
    .map((d, k) => ({ name: d.name, kind: d.kind, quotes: d.quotes, at: at[k]!, mentions: Math.max(at[k]!.length, 1), variants: [...d.variants].filter((v) => v !== d.name) }))
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/** A speaker named where no candidate is (a resolved pronoun, an attribution line): organisation or person. */
function speakerKind(name: string, definedThings: ReadonlySet<string>): ActorKind {
  const tokens = tokenize(name);
  const c = candidate(name, tokens);
  if (!c) return 'person';
  return kindFromName(c, definedThings) === 'organization' ? 'organization' : 'person';
}

/** Gives each candidate a kind where the name or its context says which. */
function classify(text: string, candidates: Candidate[], definedThings: ReadonlySet<string>): void {
  // 1. The name itself: organisation cue words, acronyms, known organisations, seats of government.
  for (const c of candidates) {
    if (c.kind || c.place || c.nothing) continue;
    const kind = kindFromName(c, definedThings, text);
    if (kind === 'nothing') c.nothing = true;
    else if (kind) {
      c.kind = kind;
      c.evidence = 'structure';
    }
  }
  // 2. People by context: role before, appositive after, possessive of a personal thing.
  for (const c of candidates) {
    if (c.kind || c.place || c.nothing || c.affiliation) continue;
    if (c.tokens.length === 1 && isAcronym(c.tokens[0]!.text)) continue;
    if (c.tokens.some((t) => isDemonym(t)) || PORTFOLIOS.has(phrase(c.tokens)) || c.tokens.length > 5) continue;
    const evidence = personContext(text, c);
    if (evidence) {
      c.kind = 'person';
      c.evidence = evidence;
    }
  }
  for (const [k, c] of candidates.entries()) {
    if (!c.plural) continue;
    for (let n = k + 1; n < candidates.length; n++) {
      const item = candidates[n]!;
      const gap = text.slice(candidates[n - 1]!.end, item.start);
      // `Senators Byron Dorgan, a Democrat from North Dakota, and Mike Enzi`
      if (!/^(?:,\s+(?:and\s+)?|\s+and\s+|,[^,.;:"]{1,50},\s+and\s+)$/.test(gap)) break;
      if (item.kind || item.place || item.nothing || !item.tokens.every(isNameToken) || item.tokens.filter((t) => t.cap).length < 2) break;
      item.kind = 'person';
      item.evidence = 'appositive';
    }
  }
  const people = candidates.filter((c) => c.kind === 'person').map((c) => c.name);
  // a surname alone is the person's (`Bush spokesman`); a full name must be the person's own (not `K. R. Choksey`
  // for `Deven Choksey`: a company named after a family)
  const fullNames = new Set(people.map((p) => personWords(p).join(' ')));
  const surnames = new Set(people.map(lastWord));
  const isPerson = (c: Candidate): boolean => (c.tokens.length === 1 ? surnames.has(lastWord(c.name)) : fullNames.has(personWords(c.name).join(' ')));
  // 3. Organisations by context: an affiliation, an acronym's expansion, the organisation of a role.
  for (const c of candidates) {
    if (c.kind || !canBeOrganisation(c) || isPerson(c)) continue;
    // the context of a sentence's first word says little (`Political analysts`, `Police described`)
    const trusted = c.tokens.length > 1 || !sentenceStart(text, c.start);
    if (c.affiliation || c.acronym || c.the || (trusted && organisationContext(text, c))) {
      c.kind = 'organization';
      c.evidence = 'context';
    }
  }
  // 4. Lists headed by a plural of organisations: `four cell phone makers, Motorola, NEC, Panasonic, and Samsung`.
  for (const [k, c] of candidates.entries()) {
    if (!canBeOrganisation(c) || isPerson(c) || (c.kind && c.kind !== 'organization') || !LIST_HEAD.test(text.slice(Math.max(0, c.start - 100), c.start))) continue;
    for (let n = k; n < candidates.length; n++) {
      const item = candidates[n]!;
      if (n > k && !/^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/.test(text.slice(candidates[n - 1]!.end, item.start).replace(/^['\u2019]s/, ''))) break;
      if (item.kind === 'person' || isPerson(item)) break;
      if (!item.kind && canBeOrganisation(item)) {
        item.kind = 'organization';
        item.evidence = 'context';
      }
    }
  }
}

/** Same person: surnames equal or close (`Brown` = `Gordon Brown`); `anyWord` also lets a single name match a given name. */
function personSame(a: string, b: string, anyWord: boolean): boolean {
  const x = lastWord(a);
  const y = lastWord(b);
  if (!x || !y) return false;
  if (anyWord) return sameActor(a, b);
  return closeWords(x, y);
}

/** similarWords (names.ts), with the cheap length test first: equal or a close spelling. */
function closeWords(a: string, b: string): boolean {
  if (a === b) return true;
  const longer = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > Math.floor(longer / 4)) return false;
  return similarWords(a, b);
}

const ABBREVIATED = new Map([['bros', 'brothers'], ['corp', 'corporation'], ['co', 'company'], ['intl', 'international'], ['dept', 'department'], ['govt', 'government'], ['natl', 'national'], ['assn', 'association'], ['univ', 'university'], ['&', 'and']]);

/** An organisation name as comparable words: accents, case, points, `the` and company suffixes dropped. */
const organisationWords = memo(organisationWordsOf);

function organisationWordsOf(name: string): string[] {
  const words = plain(name)
    .replace(/['\u2019]s\b/g, '')
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}&]+|[^\p{L}\p{N}&]+$/gu, '').replace(/\./g, ''))
    .filter(Boolean)
    .map((w) => ABBREVIATED.get(w) ?? w);
  while (words.length > 1 && words[0] === 'the') words.shift();
  while (words.length > 1 && COMPANY_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words;
}

/** Same organisation: equal names, an acronym of one (`BQ` = `Bloc Québécois`), or a short form (`Green Party`). */
function organisationSame(a: string, b: string): boolean {
  const x = organisationWords(a);
  const y = organisationWords(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.join(' ') === y.join(' ')) return true;
  const acronymOf = (short: string, long: string[]): boolean => {
    const letters = short.replace(/\./g, '').toLowerCase();
    const spelled = long.filter((w) => !/^(?:and|of|on|for|the|de|du|la|le|&)$/.test(w));
    return suffixes(spelled).some((s) => s.length >= 2 && s.map((w) => w[0]).join('') === letters);
  };
  const [shortName, longName, short, long] = x.length <= y.length ? [a, b, x, y] : [b, a, y, x];
  // spelled-out initials only from three letters on: two-letter acronyms collide too easily (`WB`)
  if (short.length === 1 && short[0]!.length >= 3 && isAcronym(shortName.replace(/^the\s+/i, '').trim()) && long.length >= 2 && acronymOf(short[0]!, long)) return true;
  if (short.length < long.length && short.every((w, k) => w === long[k])) {
    const rest = long.slice(short.length);
    const restName = longName.split(/\s+/).slice(-rest.length).join(' ');
    return rest[0] === 'of' || rest[0] === 'party' || COMPANY_SUFFIXES.has(rest[0]!) || isCue(capitalise(rest[0]!)) || isCue(restName.split(/\s+/)[0]!);
  }
  // `the Commission` after `Independent International Commission on Decommissioning`
  if (short.length === 1 && isCue(capitalise(short[0]!)) && long.includes(short[0]!)) return true;
  return false;
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

interface Entry {
  name: string;
  kind: ActorKind;
  quotes: number[];
  variants: Set<string>;
}

/** Actors merged by name: people by surname or a close spelling (fuse.js), organisations by name, short form or acronym. */
class ActorSet {
  private readonly actors: Entry[] = [];
  /** People by the surname of each of their forms. */
  private readonly bySurname = new Map<string, Entry>();
  private fuse: { index: Fuse<string>; keys: string[]; found: Map<string, Entry | null> } | undefined;
  /** Organisations by comparable name, by first word, and those with a one-word form (`RIM`, `Commission`). */
  private readonly organisationByKey = new Map<string, Entry>();
  private readonly organisationsByFirst = new Map<string, Entry[]>();
  private readonly organisationsWithOneWord: Entry[] = [];

  add(name: string, kind: ActorKind, quote?: number, alias?: string): void {
    const existing = this.find(name, kind, true);
    if (existing) {
      this.variant(existing, name);
      if (alias) this.variant(existing, alias);
      if (fuller(name, existing.name, kind)) existing.name = name;
      if (quote !== undefined && !existing.quotes.includes(quote)) existing.quotes.push(quote);
      return;
    }
    const aliased = alias ? this.find(alias, kind, false) : undefined;
    if (aliased) {
      this.variant(aliased, name);
      if (fuller(name, aliased.name, kind)) aliased.name = name;
      return;
    }
    const entry: Entry = { name, kind, quotes: quote === undefined ? [] : [quote], variants: new Set() };
    this.actors.push(entry);
    this.variant(entry, name);
    if (alias) this.variant(entry, alias);
  }

  private variant(entry: Entry, name: string): void {
    entry.variants.add(name);
    const surname = lastWord(name);
    if (entry.kind === 'person' && surname && !this.bySurname.has(surname)) {
      this.bySurname.set(surname, entry);
      this.fuse = undefined;
    }
    if (entry.kind === 'organization') {
      const words = organisationWords(name);
      if (words.length === 0) return;
      this.organisationByKey.set(words.join(' '), entry);
      const first = this.organisationsByFirst.get(words[0]!) ?? [];
      if (!first.includes(entry)) first.push(entry);
      this.organisationsByFirst.set(words[0]!, first);
      if (words.length === 1 && !this.organisationsWithOneWord.includes(entry)) this.organisationsWithOneWord.push(entry);
    }
  }

  /**
   * The actor `name` refers to. People match by surname (`anyWord`: or by any name word, for titled and quoted
   * names) and close spellings; organisations by organisationSame, the latest one for a bare cue word.
   */
  find(name: string, kind: ActorKind | undefined, anyWord: boolean): Entry | undefined {
    if (kind !== 'organization') {
      const surname = lastWord(name);
      // close spellings only for names known to be people or quoted (not for every capitalised word)
      const person = (surname ? this.bySurname.get(surname) ?? (kind === 'person' || anyWord ? this.fuzzy(surname) : undefined) : undefined)
        ?? (anyWord && personWords(name).length === 1 ? this.actors.find((a) => a.kind === 'person' && [...a.variants].some((v) => personSame(v, name, true))) : undefined);
      if (person) return person;
    }
    if (kind !== 'person') {
      const words = organisationWords(name);
      if (words.length === 0) return undefined;
      const exact = this.organisationByKey.get(words.join(' '));
      if (exact) return exact;
      // what organisationSame can match: the same first word (short forms), one-word forms (acronyms, `the
      // Commission`) for a long name, and any organisation for an acronym or a bare cue word
      const bare = words.length === 1 && (isAcronym(name.replace(/^the\s+/i, '')) || isCue(capitalise(words[0]!)));
      const possible = new Set(bare ? this.actors.filter((a) => a.kind === 'organization') : [...(this.organisationsByFirst.get(words[0]!) ?? []), ...(words.length > 1 ? this.organisationsWithOneWord : [])]);
      const organisations = this.actors.filter((a) => possible.has(a));
      for (let k = organisations.length - 1; k >= 0; k--) {
        if ([...organisations[k]!.variants].some((v) => organisationSame(v, name))) return organisations[k];
      }
    }
    return undefined;
  }

  list(): Entry[] {
    return this.actors;
  }

  /**
   * A spelling or transliteration variant of a known surname (`Tikhanovskaya` for `Tsikhanouskaya`): fuse.js
   * finds the close surnames, an edit distance of at most a quarter of the length confirms one.
   */
  private fuzzy(surname: string): Entry | undefined {
    if (surname.length < 5 || this.bySurname.size === 0) return undefined;
    if (!this.fuse) {
      const keys = [...this.bySurname.keys()];
      this.fuse = { keys, index: new Fuse(keys, { includeScore: true, threshold: 0.35, ignoreLocation: true }), found: new Map() };
    }
    // the same words come back many times in a long draft: one search per word while the surnames stay the same
    const cached = this.fuse.found.get(surname);
    if (cached !== undefined) return cached ?? undefined;
    const close = this.fuse.index.search(surname, { limit: 5 }).map((r) => this.fuse!.keys[r.refIndex]!).find((key) => closeWords(key, surname));
    const entry = close === undefined ? undefined : this.bySurname.get(close);
    this.fuse.found.set(surname, entry ?? null);
    return entry;
  }
}

/** Whether `name` is a fuller form than `current`: more name words, else (for people) without a title. */
function fuller(name: string, current: string, kind: ActorKind): boolean {
  if (kind === 'organization') {
    const a = organisationWords(name).length;
    const b = organisationWords(current).length;
    return a > b;
  }
  const a = personWords(name).length;
  const b = personWords(current).length;
  if (a !== b) return a > b;
  const words = (s: string): number => s.split(/\s+/).length;
  // `Stephen Harper` over `Prime Minister Stephen Harper`; `President Bush` over `Bush`
  return a >= 2 ? words(name) < words(current) : words(name) > words(current) && words(name) <= 3;
}

/** The prose with quotation text blanked: what a quoted speaker says does not make its words actors. */
function outsideQuotes(prose: string, quotes: readonly QuoteFinding[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const q of quotes) {
    parts.push(prose.slice(at, q.start), ' '.repeat(q.end - q.start));
    at = q.end;
  }
  parts.push(prose.slice(at));
  return parts.join('');
}

/**
 * Where each actor is mentioned in `text` (accents already removed): people by any of their surnames,
 * organisations by any of their forms (acronyms with their capitals). One pass per kind of form.
 */
function mentions(text: string, entries: readonly Entry[]): Array<Array<{ start: number; end: number }>> {
  const found: Array<Array<{ start: number; end: number }>> = entries.map(() => []);
  const insensitive = new Map<string, number[]>();
  const sensitive = new Map<string, number[]>();
  const note = (map: Map<string, number[]>, form: string, k: number): void => {
    const list = map.get(form) ?? [];
    if (!list.includes(k)) list.push(k);
    map.set(form, list);
  };
  entries.forEach((d, k) => {
    for (const name of [d.name, ...d.variants]) {
      if (d.kind === 'person') {
        const surname = lastWord(name);
        if (surname) note(insensitive, surname, k);
      } else {
        const form = withoutAccents(name).replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim();
        if (form.length > 1) isAcronym(form) ? note(sensitive, form, k) : note(insensitive, form.toLowerCase(), k);
      }
    }
  });
  const scan = (map: Map<string, number[]>, flags: string, key: (match: string) => string): void => {
    for (const m of occurrences(text, [...map.keys()].sort((a, b) => b.length - a.length), flags)) {
      for (const k of map.get(key(text.slice(m.start, m.end))) ?? []) found[k]!.push(m);
    }
  };
  scan(insensitive, 'gi', (match) => match.toLowerCase().replace(/\s+/g, ' '));
  scan(sensitive, 'g', (match) => match);
  return found.map((list) => list.sort((a, b) => a.start - b.start));
}

function occurrences(text: string, forms: readonly string[], flags: string): Array<{ start: number; end: number }> {
  if (forms.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, `${flags}u`);
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Accents removed without shifting offsets: each character becomes its base letter. */
function withoutAccents(text: string): string {
  return text.replace(/[^\u0000-\u007f]/g, (ch) => ch.normalize('NFD').replace(/\p{M}/gu, '')[0] ?? ch);
}
