/**
 * The word lists of the actor rules (lowercase, accent-free unless a pattern): general English news vocabulary,
 * not fitted to any article. Kept apart from the rules so that each rule file reads as logic.
 */
const set = (words: string): ReadonlySet<string> => new Set(words.split('|'));

/** Countries, regions, states, provinces and large cities: places are not actors. */
export const PLACES = set(
  'afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|bosnia and herzegovina|botswana|brazil|brunei|bulgaria|burkina faso|burma|burundi|cambodia|cameroon|canada|cape verde|central african republic|chad|chile|china|colombia|comoros|congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti|dominica|dominican republic|east timor|timor-leste|ecuador|egypt|el salvador|equatorial guinea|eritrea|estonia|eswatini|swaziland|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guinea-bissau|guyana|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kiribati|korea|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|micronesia|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nauru|nepal|netherlands|holland|new zealand|nicaragua|niger|nigeria|north korea|south korea|macedonia|north macedonia|norway|oman|pakistan|palau|palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|samoa|san marino|saudi arabia|senegal|serbia|seychelles|sierra leone|singapore|slovakia|slovenia|solomon islands|somalia|south africa|south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tonga|trinidad and tobago|tunisia|turkey|turkmenistan|tuvalu|uganda|ukraine|united arab emirates|united kingdom|united states|united states of america|america|britain|great britain|england|scotland|wales|northern ireland|uruguay|uzbekistan|vanuatu|vatican|vatican city|venezuela|vietnam|yemen|zambia|zimbabwe|soviet union|yugoslavia|czechoslovakia|' +
  'africa|asia|europe|antarctica|oceania|north america|south america|latin america|central america|middle east|near east|far east|east asia|south asia|southeast asia|central asia|eastern europe|western europe|balkans|caucasus|caribbean|scandinavia|arctic|pacific|atlantic|mediterranean|persian gulf|gaza|gaza strip|west bank|golan heights|kashmir|tibet|xinjiang|chechnya|darfur|kurdistan|crimea|greenland|puerto rico|hong kong|macau|guam|sinai|guantanamo|guantanamo bay|' +
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|district of columbia|' +
  'ontario|quebec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|prince edward island|yukon|nunavut|northwest territories|new south wales|queensland|tasmania|western australia|south australia|northern territory|' +
  'london|paris|berlin|madrid|rome|moscow|beijing|shanghai|tokyo|delhi|new delhi|mumbai|karachi|islamabad|lahore|kabul|kandahar|baghdad|basra|mosul|fallujah|tehran|damascus|aleppo|beirut|amman|cairo|jerusalem|tel aviv|gaza city|ramallah|riyadh|jeddah|dubai|abu dhabi|doha|ankara|istanbul|athens|vienna|brussels|amsterdam|the hague|geneva|zurich|stockholm|oslo|copenhagen|helsinki|reykjavik|dublin|belfast|edinburgh|glasgow|cardiff|manchester|liverpool|birmingham|warsaw|prague|budapest|bucharest|sofia|belgrade|kiev|kyiv|minsk|tbilisi|baku|yerevan|nairobi|lagos|johannesburg|cape town|harare|khartoum|addis ababa|mogadishu|kinshasa|new york city|los angeles|chicago|houston|boston|philadelphia|san francisco|seattle|miami|atlanta|dallas|detroit|toronto|montreal|vancouver|ottawa|calgary|sydney|melbourne|canberra|brisbane|perth|auckland|wellington|mexico city|havana|caracas|bogota|lima|santiago|buenos aires|rio de janeiro|sao paulo|brasilia|seoul|pyongyang|taipei|manila|jakarta|bangkok|hanoi|kuala lumpur',
);

/** Nationalities, religions and similar adjectives (and, with an `s`, their plural nouns). */
export const DEMONYMS = set(
  'american|british|canadian|irish|israeli|palestinian|iraqi|iranian|afghan|pakistani|indian|chinese|japanese|korean|russian|ukrainian|french|german|italian|spanish|portuguese|dutch|belgian|swiss|austrian|swedish|norwegian|danish|finnish|icelandic|polish|czech|slovak|hungarian|romanian|bulgarian|greek|turkish|cypriot|syrian|lebanese|jordanian|egyptian|libyan|tunisian|algerian|moroccan|saudi|yemeni|omani|emirati|qatari|kuwaiti|bahraini|sudanese|ethiopian|eritrean|somali|kenyan|ugandan|tanzanian|rwandan|burundian|congolese|nigerian|ghanaian|senegalese|malian|zimbabwean|zambian|angolan|mozambican|australian|indonesian|malaysian|singaporean|thai|vietnamese|cambodian|burmese|filipino|philippine|bangladeshi|nepalese|tibetan|mongolian|kazakh|uzbek|georgian|armenian|azerbaijani|belarusian|lithuanian|latvian|estonian|serbian|croatian|bosnian|slovenian|albanian|macedonian|kosovar|mexican|cuban|haitian|venezuelan|colombian|brazilian|argentine|argentinian|chilean|peruvian|bolivian|ecuadorian|uruguayan|paraguayan|nicaraguan|honduran|guatemalan|salvadoran|panamanian|jamaican|european|african|asian|arab|arabian|western|eastern|northern|southern|latin|scottish|welsh|english|kurdish|basque|catalan|chechen|taiwanese|persian|pashtun|tamil|sinhalese|hutu|tutsi|' +
  'sri lankan|south african|north korean|south korean|new zealander|saudi arabian|costa rican|puerto rican|hong konger|latin american|middle eastern|north american|south american|' +
  'islamist|jihadist|marxist|maoist|leninist|communist|socialist|zionist|nationalist|loyalist|separatist|fascist|' +
  'catholic|protestant|christian|muslim|islamic|jewish|hindu|buddhist|sikh|sunni|shia|shiite|orthodox|evangelical|mormon|anglican|jew|briton|brit|scot|dane|swede|finn|pole|turk|greek|kiwi',
);

/** All-capital words that are not organisations: places, titles, units, currencies, common terms. */
export const NOT_ORGANISATION_ACRONYMS = set(
  'us|usa|uk|uae|ussr|nz|au|dc|la|ny|nyc|pm|am|mp|mk|mep|msp|mla|td|ceo|cfo|coo|cto|cio|vp|evp|svp|gdp|gnp|tv|hiv|aids|sars|covid|dna|rna|id|iq|ok|pc|cd|dvd|gps|sms|usb|atm|ipo|cpi|ppi|lng|lpg|et|est|edt|pst|pdt|cst|cdt|gmt|utc|bst|cet|bc|ad|bce|ce|i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv|xx|usd|gbp|eur|cad|aud|jpy|cny|inr|nb|ps|faq|url|pdf|html|ai|it|pr|hr|qc|kc|mba|phd|md|rpg|ied|wmd|ak|suv|co2|uav|mph|kph|km|kg|fm|ufo|vip|rip|aka|asap|diy|wwi|wwii|q1|q2|q3|q4|fy|gaap|ifrs|eps|ebitda|roi|nav|ppp|ok|am|n|s|e|w|ne|nw|se|sw',
);

/** Title words that head a person's title (`Minister`, `Gen.`), without the point. */
export const HEAD_TITLES = set(
  'mr|mrs|ms|miss|mme|dr|prof|professor|sir|dame|lord|lady|president|minister|premier|secretary|chancellor|governor|gov|senator|sen|rep|representative|congressman|congresswoman|mayor|judge|justice|ambassador|amb|commissioner|chairman|chairwoman|chairperson|chair|leader|director|spokesman|spokeswoman|spokesperson|chief|ceo|cfo|coo|officer|commander|cmdr|general|gen|lieutenant|lt|colonel|col|major|maj|captain|capt|sergeant|sgt|admiral|adm|marshal|brigadier|brig|corporal|cpl|king|queen|prince|princess|emperor|empress|sultan|emir|sheikh|shaikh|ayatollah|imam|rabbi|pope|cardinal|archbishop|bishop|father|reverend|rev|pastor|mp|mk|mep|msp|speaker|treasurer|inspector|insp|detective|det|superintendent|supt|constable|sheriff|prosecutor|attorney|editor|founder|sen|pres|sec|hon|atty|senators|representatives|reps|ministers|generals|presidents|governors|mayors|judges|congressmen|congresswomen',
);
/** Words that qualify a title (`Prime`, `Defense`, `Press`, `Under`): part of the title, not of the name. */
export const TITLE_MODIFIERS = set(
  'prime|vice|deputy|acting|interim|former|ex|assistant|auditor|surgeon|solicitor|advocate|comptroller|postmaster|registrar|associate|under|executive|senior|junior|chief|general|state|foreign|defense|defence|home|interior|finance|justice|health|education|labor|labour|trade|commerce|energy|environment|agriculture|transport|transportation|treasury|economy|economic|culture|information|communications|immigration|security|homeland|veterans|affairs|development|international|public|press|attorney|supreme|high|grand|crown|district|federal|national|regional|provincial|county|city|opposition|majority|minority|managing|operating|financial|technology|policy|affairs|the|of|for|and|designate|elect',
);
/** Subjects and portfolios (`professor of History`, `minister for Finance`): not organisations. */
export const PORTFOLIOS = set(
  'finance|defense|defence|state|health|education|justice|economics|economy|history|law|medicine|physics|chemistry|biology|politics|philosophy|sociology|psychology|engineering|mathematics|english|trade|commerce|energy|environment|agriculture|transport|interior|labor|labour|culture|communications|immigration|security|policy|affairs|foreign affairs|home affairs|public affairs|international affairs|information|technology|science|research|operations|marketing|sales|communication|entertainment|news|sport|sports|tourism',
);

export const DAYS = set('monday|tuesday|wednesday|thursday|friday|saturday|sunday');
/** What puts a month before a name as a time, not a given name: `In May Ruiz said` (but `May Ruiz said`). */
export const TIME_PREPOSITIONS = set('in|on|since|until|through|by|from|during|last|early|late|mid|this|next|that');
export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([...set('january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|halloween|ramadan'), ...DAYS]);

/** Capitalised words that start sentences or phrases but are not part of a name. */
export const NOISE = set(
  'the|a|an|but|and|or|so|in|on|at|as|for|from|by|with|when|while|if|yet|still|then|even|only|also|after|before|since|under|over|meanwhile|however|although|though|because|critics|officials|others|other|many|some|this|that|these|those|it|he|she|they|we|i|you|his|her|their|our|its|my|your|here|there|what|why|how|who|where|which|last|next|few|much|most|more|less|consider|according|asked|speaking|said|says|despite|aside|indeed|instead|through|following|during|about|against|into|between|among|within|without|until|unless|whether|once|now|today|yesterday|tomorrow|every|each|all|both|no|not|never|again|later|earlier|further|furthermore|moreover|besides|thus|therefore|hence|perhaps|maybe|reports|sources|several|such|another|any|almost|nearly|just|please|thanks|dear|hi|hello|yes|is|was|are|were|be|do|did|has|have|had|will|would|could|should|can|may|might|must|let|to|of|via|per|amid|toward|towards|upon|across|behind|beyond|near|like|unlike|whereas|whatever|whoever|one|two|three|four|five|six|seven|eight|nine|ten',
);

/** Lowercase role words: before a name they make it a person (`columnist Ana Ruiz`). */
export const PERSON_ROLES = set(
  'democrat|republican|spokesman|spokeswoman|spokesperson|executive|director|chairman|chairwoman|chair|minister|secretary|president|vice-president|leader|analyst|economist|professor|lawyer|attorney|adviser|advisor|founder|co-founder|ambassador|envoy|editor|reporter|author|candidate|senator|governor|mayor|official|activist|campaigner|commander|general|partner|administrator|head|chancellor|manager|researcher|scientist|engineer|columnist|commentator|correspondent|journalist|writer|anchor|host|co-host|moderator|presenter|member|officer|mp|mk|mep|lawmaker|legislator|congressman|congresswoman|representative|delegate|deputy|aide|strategist|consultant|expert|historian|judge|prosecutor|investigator|detective|inspector|chief|ceo|cfo|coo|owner|boss|coach|premier|king|queen|prince|princess|pope|bishop|archbishop|cardinal|priest|imam|rabbi|pastor|doctor|surgeon|teacher|student|actor|actress|singer|musician|producer|artist|poet|novelist|blogger|photographer|lieutenant|colonel|sergeant|major|admiral|soldier|businessman|businesswoman|entrepreneur|banker|lobbyist|negotiator|whistleblower|bureaucrat|suspect|defendant|victim|witness|chairperson|treasurer|speaker|commissioner|superintendent|sheriff|nominee|challenger|incumbent|rival|successor|predecessor|deputy-leader|premier-designate|president-elect',
);
/** Lowercase role words after an organisation's name: `Likud leader`, `Knesset member`, `Hamas fighters`. */
export const MEMBER_ROLES = set(
  'leader|leaders|leadership|member|members|chairman|chairwoman|chair|president|director|directors|spokesman|spokeswoman|spokesperson|official|officials|executive|executives|chief|chiefs|head|founder|co-founder|ceo|boss|lawmaker|lawmakers|legislator|legislators|mp|mps|mk|mks|mep|meps|candidate|candidates|secretary|deputy|deputies|representative|representatives|delegate|delegates|activist|activists|supporter|supporters|employee|employees|staff|worker|workers|shareholder|shareholders|analyst|analysts|officer|officers|commander|commanders|fighter|fighters|militants|militant|negotiator|negotiators|chairperson|co-chief|manager|managers|lawyer|lawyers|economist|economists|researcher|researchers|partner|partners|reporter|reporters|journalist|journalists|correspondent|correspondents|editor|editors|columnist',
);
/** Words that introduce an organisation's name: `phone maker Northwind Devices`, `broadcaster CBS`. */
export const ORGANISATION_DESCRIPTORS = set(
  'company|firm|maker|manufacturer|carmaker|automaker|giant|conglomerate|bank|lender|insurer|carrier|airline|retailer|chain|broadcaster|network|channel|newspaper|magazine|tabloid|daily|outlet|website|agency|regulator|watchdog|organisation|organization|charity|union|party|movement|militia|faction|coalition|alliance|club|team|studio|label|publisher|subsidiary|operator|provider|supplier|exchange|ministry|department|group|rebels|insurgents|broadcasters|networks|companies|firms|parties|groups|organisations|organizations|unions|outfit|brokerage|distributor|wholesaler|automaker|telecom|startup|start-up',
);
/** Titles of an organisation's members, after which the name before them is that organisation (`Likud Leader`). */
export const MEMBER_TITLES = set('leader|chairman|chairwoman|chair|chairperson|president|director|spokesman|spokeswoman|spokesperson|chief|ceo|cfo|coo|executive|founder|co-founder|head|official|member|mp|mk|mep|candidate|treasurer|general');
/** Nouns before a name that make it a thing: `the stock index SENSEX`, `the operating system Android`. */
export const THING_NOUNS = set('index|indices|currency|software|system|platform|model|brand|product|drug|vaccine|virus|disease|law|act|bill|treaty|program|programme|phone|handset|car|vehicle|aircraft|plane|jet|ship|missile|rifle|game|film|movie|show|sitcom|series|album|song|book|novel|ticker|symbol|hurricane|storm|typhoon|cyclone|operation|festival|tournament');
/** Plural nouns that introduce a list of organisations: `cell phone makers, Motorola, NEC, ...`. */
export const ORGANISATION_PLURALS = set('makers|manufacturers|providers|carriers|companies|firms|groups|banks|lenders|insurers|airlines|retailers|broadcasters|networks|newspapers|agencies|parties|unions|operators|suppliers|rivals|giants|organisations|organizations|charities|outlets|publishers|studios|automakers|carmakers|vendors|competitors|partners|members|clubs|teams|institutions');

/** Nouns after a name that say what kind of organisation it is: `the Gazeta Polska newspaper`, `Reuters news agency`. */
export const ORGANISATION_NOUNS = set(
  'newspaper|daily|weekly|magazine|tabloid|agency|company|corporation|conglomerate|firm|group|network|broadcaster|channel|website|bank|movement|militia|union|alliance|coalition|faction|organisation|organization|airline|carrier|retailer|charity|foundation|institute|think-tank|studio|label|publisher|party|parties',
);
/** Nouns a person has (`Olmert's premiership`): a possessive name before one is a person. */
export const PERSONAL_THINGS = set(
  'premiership|presidency|chancellorship|tenure|wife|husband|widow|widower|son|daughter|sons|daughters|mother|father|brother|sister|children|family|parents|death|funeral|resignation|career|memoir|memoirs|biography|lawyer|lawyers|attorney|attorneys|spokesman|spokeswoman|aide|aides|bodyguard|birthday|candidacy|nomination|re-election|girlfriend|boyfriend|fiancee|fiance|grandson|granddaughter|health|illness|arrest|trial|conviction|acquittal|assassination|inauguration|retirement',
);

/** Organisation cue words beyond organisations.ts: name endings of companies and armed groups. */
export const MORE_CUES = /\b(?:Force|Entertainment|Limited|Studios|Pictures|Records|Brigades?|Corps|Guard|Telecom|Petroleum|Railways?|Hospital|Church|Commando|Cooperative|Consortium|Companies|Brothers|Bros|Marketing|Consulting|Communications|Solutions|Associates|Logistics|Pharmaceuticals?|Enterprises|Ventures|Investments|Insurance|Electronics|Software|Bancorp|Forum|Lab|Chamber|School|College|Academy)\b/;
export const COMPANY_SUFFIXES = set('inc|inc.|incorporated|ltd|ltd.|limited|llc|plc|corp|corp.|co|co.|ag|sa|gmbh|nv|bv|lp|llp');
/** Words that open a place's name: `Camp David`, `Mount Kenya`, `Fort Hood`. */
export const PLACE_PREFIXES = set('camp|mount|mt|lake|fort|ft|port|cape');
/** Last words of places and buildings (`Warsaw Cathedral`, `Abbey Road`): neither people nor organisations. */
export const PLACE_HEADS = set('cathedral|chapel|mosque|temple|synagogue|abbey|square|street|avenue|road|boulevard|lane|bridge|stadium|arena|park|palace|castle|hall|tower|building|station|prison|jail|camp|base|river|lake|sea|ocean|mountain|mountains|mount|hill|hills|island|islands|valley|province|region|district|county|city|town|village|airport|harbour|harbor|port|canal|desert|forest|beach|coast|peninsula|strait|bay|gulf|cape|highway|motorway|plaza|mall|theatre|theater|zoo|cemetery|memorial|monument|plant|factory|refinery|mine|terminal');
/** One-word institutions that need no earlier full name (`Congress voted`). */
export const INSTITUTIONS = set('congress|parliament|senate|cabinet|politburo|bundestag|duma|vatican|times|post|journal|house of representatives|house of commons|house of lords|house of councillors|chamber of deputies');

/** Institutions named after their seat: `the White House said`. */
export const SEATS = set('white house|pentagon|kremlin|downing street|elysee|elysee palace|quai d\'orsay|blue house|capitol hill|whitehall|number 10|foggy bottom|zhongnanhai|vatican');
export const KNOWN_ORGANISATIONS = /^(?:NATO|UN|EU|IMF|WHO|WTO|OPEC|BBC|CNN|FBI|CIA|NSA|NHS|ECB|OECD|UNESCO|UNICEF|Hamas|Hezbollah|Taliban|al-Qaeda|al-Qaida|Google|Microsoft|Apple|Amazon|Facebook|Twitter|Reuters|Wikileaks|WikiLeaks|Fatah|Interpol|Europol|Greenpeace|Oxfam)$/;
/** Heads of acronym expansions that name things, not organisations (`Generally Accepted Accounting Principles`). */
export const THING_HEADS = /\b(?:Act|Acts|Law|Laws|Bill|Treaty|Accord|Agreement|Protocol|Principles|Standards?|Syndrome|Disease|Virus|Index|Rate|Product|Products|Weapons?|Devices?|Test|Scheme|Plan|Initiative|Strategy|Policy|Code|Regulations?|Directive|Programme|Program|System|Certificate|Fund Rate|Day|War|Summit|Games|Cup|Championship|Prize|Award|Report|Survey|Framework)$/;

export const ABBREVIATIONS = set('mr|mrs|ms|dr|prof|gen|lt|col|maj|capt|sgt|sen|rep|gov|rev|hon|adm|cmdr|brig|cpl|pvt|supt|insp|det|st|mt|ft|jr|sr|bros|inc|corp|co|ltd|no|vs|messrs|mme|mlle|pres|sec|amb|atty|dept|univ|assn|intl|govt|natl');
/** Abbreviations that may also end a sentence (`... Time Warner, Inc. The merger ...`). */
export const MAY_END_SENTENCE = set('jr|sr|bros|inc|corp|co|ltd');
export const PERSON_CONNECTORS = set('de|da|del|della|der|den|di|du|dos|das|van|von|bin|ibn|al|el|la|le|y|abu|ben|ter|ten|zu');
export const JOINING_OF = /^(?:Bank|Ministry|Department|University|Duke|Duchess|Earl|Council|Court|Office|Board|Institute|School|College|Church|Republic|Kingdom|State|States|Union|House|Chamber|Federation|Association|League|Party|Museum|Academy|Society|Committee|Commission|City|Port|Gulf|Bay|Isle|Isles|Cape|Times|Mayor|Lord|Speaker|Attorney|Secretary|Minister|Chancellor|Governor|President|Prince|Princess|Queen|King|Chief|Head|Director|Leader|General|Order|Organisation|Organization|Government|Parliament|Assembly|Agency|Bureau|Centre|Center|Division|Corps|Army|Navy|Force|Forces|Sisters|Brothers|Friends|Daughters|Sons|Knights|Archbishop|Bishop|Emir|Sultan|Sheikh|Patriarch|Secretary-General|Vice-President)$/;

/** Titles that are also common surnames: after a given name (`Amy Pope`) or alone before a speech verb (`King says`), a name. */
export const SURNAME_TITLES = set('king|pope|bishop|judge|major|marshal|prince|chancellor|dean|cardinal|baron|earl|knight|abbot');
/** `Former`, `Interim`: not part of a name or of an organisation's name. */
export const FORMER = set('former|ex|interim|acting|outgoing|incoming|late|then|current');
/** Abbreviated words of organisation names, written out for comparison (`Warner Bros.` = `Warner Brothers`). */
export const ABBREVIATED = new Map([['bros', 'brothers'], ['corp', 'corporation'], ['co', 'company'], ['intl', 'international'], ['dept', 'department'], ['govt', 'government'], ['natl', 'national'], ['assn', 'association'], ['univ', 'university'], ['&', 'and']]);

/** What a person or an organisation issues, whose words are the issuer's (`a statement from the union said`). */
export const DOCUMENTS = set('statement|report|letter|memo|note|editorial|op-ed|column|release|filing|ad|advertisement|study|survey|poll|analysis|email|e-mail');
