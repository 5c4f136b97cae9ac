/**
 * A small hand-made lexicon of generic English used by attribution: reporting verbs, honorifics, titles,
 * organisation head nouns, pronouns and words that are capitalised without being names. No proper names.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Regular reporting verbs by base form; inflections are generated below. */
const REGULAR_VERBS = `
  add warn note explain insist stress argue claim recall tweet ask reply respond continue declare announce
  acknowledge admit concede suggest state observe remark complain joke quip predict promise vow urge call
  describe reiterate emphasize emphasise maintain counter caution lament recount conclude post testify assert
  cite mention shout chant yell scream boast brag charge contend allege proclaim pledge assure blast slam dub
  label brand deride mock answer interject whisper confirm deny signal indicate agree disagree echo affirm
  demand threaten reflect muse wonder posit opine retort recommend propose exclaim plead
  concur insist lash attack criticize criticise praise hail decry denounce condemn dismiss question tout
  add inform caution stipulate stress underline underscore highlight comment report characterize characterise
  acknowledge confess protest object sigh laugh cry implore beg wail grumble mutter murmur gush rave rant
  predict forecast estimate warn vent summarize summarise elaborate clarify reason surmise speculate
  accuse thank portray endorse blame tease hint offer pitch frame defend apologize apologise rail taunt
  email e-mail text message blog repeat grouse gripe sing bark beam growl roar cheer crow hiss bellow thunder holler quote paraphrase
  insist joke scoff sneer snap fume gloat marvel recount reveal disclose concede contend
  retaliate press jeer snipe chide exhort confide demur riff liken assail blare
`;

const IRREGULAR_FORMS = `
  say says said saying tell tells told telling write writes wrote writing written read reads reading
  sang sung spoke speaks speaking admitted admitting quipped quipping referred referring
  regretted regretting
`;

function inflect(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  if (/[^aeiou]y$/.test(base)) {
    const root = base.slice(0, -1);
    return [base, `${root}ies`, `${root}ied`, `${base}ing`];
  }
  const third = /(?:s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : `${base}s`;
  const doubled = /^(?:[^aeiou]*[aeiou][bdgmnprt])$/.test(base) && !/(?:w|x|y)$/.test(base) ? base + base.slice(-1) : stem;
  const ing = base.endsWith('ee') ? `${base}ing` : `${doubled}ing`;
  return [base, third, `${doubled}ed`, ing];
}

// Base forms that are mostly nouns or infinitives in news ("home state", "terror attack", "will continue") are left
// out; their inflected forms ("stated", "attacks", "continued") stay.
const BASE_FORMS = words(`
  add warn note explain insist stress argue claim recall tweet ask reply respond declare announce acknowledge admit
  concede suggest predict promise vow urge describe reiterate emphasize emphasise maintain caution conclude
  assert mention complain joke contend allege pledge assure agree disagree confirm deny demand threaten recommend
  insist accuse thank blame praise criticize criticise comment write
`);

/** The base form of every regular reporting verb ("quip", "note"), a verb after an auxiliary ("could only quip"). */
export const REPORTING_BASES = words(REGULAR_VERBS);

/** Every inflected form of a reporting verb ("said", "adds", "warning", "insisted", …), lower case. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  ...[...REPORTING_BASES].flatMap((base) => inflect(base).filter((form) => form !== base || BASE_FORMS.has(base))),
  ...words(IRREGULAR_FORMS),
]);


/**
 * Reporting verbs a title-case headline capitalises after its subject ("Jane Roe Thanked the Board", "Roe Warns"):
 * they end a name. Past forms of every reporting verb, present forms only of the verbs that are rarely nouns.
 */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set([
  ...[...words(REGULAR_VERBS)].map((base) => inflect(base)[2]),
  ...[...BASE_FORMS].map((base) => inflect(base)[1]),
]);

/** Nouns that report speech without a verb: "remarks by X", "his statement that …". */
export const SPEECH_NOUNS = words(`
  remark remarks comment comments statement statements words speech message messaging claim claims warning
  warnings interview tweet tweets post posts letter words testimony op-ed editorial promise promises pledge
  pledges vow vows chant chants slogan catchphrase
`);

/**
 * Nouns of an act of saying that name their source only through a possessive before them ("her assertion that
 * “…”", "Roe's aside that “…”"); unlike SPEECH_NOUNS they are no cue with "by"/"from" ("a response from …").
 */
export const ASSERTION_NOUNS = words(`
  assertion assertions suggestion suggestions accusation accusations argument arguments aside dictum conclusion
  assumption announcement rejection response retort quip criticism complaint complaints insistence contention
  declaration description prediction refrain mantra rhetoric reply admission denial explanation plea appeal
  broadside language word
`);

/** Verbs of thinking and stance: a cue only when the sentence has no verb of speech ("Ramos believes that …"). */
export const STANCE_VERBS = words(`
  believe believes believed think thinks thought feel feels felt hope hopes hoped fear fears feared want wants
  wanted consider considers considered see sees saw bemoan bemoans bemoaned lament laments lamented envision
  envisions envisioned worry worries worried know knows knew expect expects expected view views viewed
  refer refers referred referring
`);

/** Honorifics: excluded from a name mention. */
export const HONORIFICS = words('mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady madam prof prof. rev rev. fr. mx mx.');

/**
 * Titles and role nouns (lower case). Capitalised before a name they are pre-nominal titles ("Secretary General
 * Mark Rutte"); in lower case they head role phrases ("the NATO chief") and premodify names ("envoy Steve Witkoff").
 */
export const TITLE_WORDS = words(`
  president president-elect vice prime minister ministers secretary secretary-general general chancellor king queen
  prince princess pope judge justice chief deputy ambassador speaker leader commissioner mayor governor gov gov.
  senator sen sen. representative rep rep. congressman congresswoman councillor councilman councilwoman
  gen gen. adm adm. admiral col col. colonel lt lt. lieutenant sgt sgt. sergeant capt capt. captain major maj maj.
  cmdr cmdr. cpl cpl. pvt pvt. brig brig. amb amb. atty atty. supt supt. commander marshal director chairman chairwoman chair chairperson ceo cfo coo founder spokesman
  spokeswoman spokesperson envoy adviser advisor aide counsel attorney attorney-general prosecutor sheriff officer
  official diplomat negotiator emperor sultan emir sheikh ayatollah archbishop bishop cardinal rabbi imam pastor
  premier dean provost professor executive manager head secretary-of-state delegate lawmaker legislator
  inspector superintendent commissioner minister-president taoiseach prosecutor-general general-secretary
  coach strategist pollster economist analyst researcher scientist expert editor correspondent columnist
  reporter anchor host candidate nominee challenger incumbent activist organizer organiser campaigner
  member partner owner co-founder cofounder vice-president vice-chair treasurer clerk
`);

/** Words that qualify a title without being one ("former", "top", "deputy"). */
export const TITLE_QUALIFIERS = words('former retired acting interim top senior junior chief deputy special assistant associate outgoing incoming then-');

/** Head nouns that make a capitalised name an organisation ("Foreign Ministry", "Associated Press"). */
export const ORG_HEADS = words(`
  ministry agency party committee council department commission office bureau service services institute
  university college school foundation association union bank corporation corp corp. company co co. inc inc.
  ltd ltd. llc group network news times post journal press kremlin pentagon government administration
  campaign court parliament congress senate assembly alliance organization organisation federation coalition
  fund center centre board authority police army navy force forces guard command ministry's club society
  church institution tribune herald gazette telegraph guardian observer chronicle daily weekly magazine
  television tv radio broadcasting channel media cabinet house secretariat directorate inc.
`);

/** Capitalised heads of things that are neither people nor speaking organisations. */
export const THING_HEADS = words(`
  memorandum act treaty agreement accord accords plan war summit conference street avenue road square building
  hall airport station bridge river sea ocean lake mountain mountains island islands bay gulf coast valley
  park stadium arena hotel tower palace day week month year era age doctrine law bill amendment constitution
  declaration resolution convention protocol strategy program programme initiative project operation mission
  prize award trophy cup championship games olympics festival series show movie film book report index
  state states republic kingdom city county province region district territory peninsula strait canal
  border front line highway route hospital museum library airport church cathedral temple mosque
`);

/** Words that start place names, never people's names (a generic geographic lexicon, not a gazetteer). */
export const PLACE_WORDS = words('middle north south east west northern southern eastern western new upper lower central greater united saint st st. san santa los las el fort port mount lake cape');

/** Capitalised words that are not names: function words, calendar words, interjections. */
export const NON_NAME_WORDS = words(`
  the a an and or but nor so yet for of in on at to by from with without about above below after before
  during since until while when where why how what who whom whose which that this these those there here then
  if as than because although though however meanwhile also still even just only not no yes please thank
  thanks i we you he she it they me us him her them my our your his its their mine ours yours theirs
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december today tomorrow yesterday tonight morning evening afternoon
  is are was were be been being am do does did have has had will would shall should can could might must
  all any some many much more most other another each every both either neither few several one two three
  speaking asked pressed reflecting according under over through into onto upon across against between among
  now later earlier first last next new old read tags advertisement photo image video watch share related
  says said adds added updated published copyright reporting editing additional
  let let's oh well like via per amid despite toward towards around near inside outside beyond
`);

export const PERSON_PRONOUNS = words('he she him her i we they you');
/** The subject pronouns of one person: "he said", a probable source, a clause of its own ("…, but she cautions"). */
export const SINGULAR_PERSONAL = words('he she');
export const SUBJECT_PRONOUNS = words('he she it they i we you who');
export const RELATIVE_PRONOUNS = words('who which that');
export const POSSESSIVE_DETERMINERS = words('his her its their my our your');

/** Determiners that open a role phrase ("the spokesman", "a senior official", "his deputy"). */
/** Quantifiers that stand alone as a subject: "Some chanted …", "another said". */
export const QUANTIFIER_SUBJECTS = words('some others many several one another both most few');

/** Conjunctions that may open a clause before a quantifier subject: "Yet another said", "But some argued". */
export const CLAUSE_CONJUNCTIONS = words('and but yet or so still');

export const DETERMINERS = words('the a an his her its their this these those another one some several many two three four five both each');

/** Lower-case words that may sit between a subject and its cue verb ("Rutte also said", "he has repeatedly said"). */
export const SUBJECT_VERB_FILLERS = words(`
  also later then again once previously recently repeatedly further too still never often has have had would
  will could did does do is was were are had already even just frequently publicly privately reportedly
  separately subsequently immediately quickly simply famously first initially finally earlier afterwards
  however meanwhile allegedly apparently explicitly bluntly flatly angrily quietly loudly sharply openly
  ,
`);

/** Lower-case nouns that name people or groups of people, heads of role phrases ("the spokesman", "officials"). */
export const PERSON_NOUNS = words(`
  spokesman spokeswoman spokesperson official officials source sources aide aides adviser advisers advisor
  advisors chief head leader leaders minister secretary president officer diplomat diplomats envoy
  ambassador analyst analysts expert experts critic critics supporter supporters opponent opponents voter
  voters resident residents witness witnesses lawmaker lawmakers legislator legislators senator senators
  representative representatives governor mayor candidate candidates nominee nominees front-runner front-runners frontrunner frontrunners observer observers person people
  man woman men women protester protesters demonstrators demonstrator activist activists organizer organizers
  staffer staffers strategist strategists pollster pollsters economist economists researcher researchers
  scientist scientists doctor doctors lawyer lawyers attorney attorneys prosecutor prosecutors judge
  investigator investigators member members delegate delegates insider insiders veteran veterans student
  students worker workers owner owners father mother son daughter wife husband friend friends neighbor
  neighbour colleague colleagues deputy commander general negotiator negotiators manager director chairman
  chairwoman host anchor reporter reporters correspondent columnist editor writer author fan fans republicans
  democrats conservatives liberals progressives crowd audience panel jury councilmember councilwoman councilman
  assemblyman assemblywoman teacher nurse pastor professor physician consultant operative surrogate backer
  donor donors fundraiser pundit commentator blogger historian librarian curator archivist engineer architect
  farmer fisherman fishermen skipper shopkeeper campaigner campaigners journalist novelist artist
  therapist dentist physicist biologist psychologist sociologist officer sheriff comedian rabbi imam
  teachers nurses spokespeople treasurer councillor councilor councillors
`);

const IAN_NOUN = /^\p{Ll}{3,}ian$/u;
/** The learned professions in -ologist/-ician/-iatrist ("psychologist", "statistician", "psychiatrist"). */
const PROFESSION_NOUN = /^\p{Ll}{2,}(?:ologists?|icians?|iatrists?)$/u;

/**
 * A lower-case noun naming what a person is or does: the lexicon, or the agent suffix -ian ("historian",
 * "technician"; a bare -ist is left to the lexicon: "leftist", "nationalist" are adjectives as often as not).
 */
export function isPersonNoun(lower: string): boolean {
  if (PERSON_NOUNS.has(lower)) {
    return true;
  }
  return hasAgentEnding(lower) && (IAN_NOUN.test(lower) || PROFESSION_NOUN.test(lower));
}

/** Whether a word ends in -ian(s) or -ist(s), as every word the suffix patterns take does: most words are ruled out without a regex. */
function hasAgentEnding(lower: string): boolean {
  const end = lower.endsWith('s') ? lower.length - 1 : lower.length;
  if (end < 3) {
    return false;
  }
  const last = lower.charCodeAt(end - 1);
  const second = lower.charCodeAt(end - 2);
  return lower.charCodeAt(end - 3) === 105 && ((second === 97 && last === 110) || (second === 115 && last === 116));
}

/** Lower-case nouns heading a reference to an organisation ("the ministry", "the agency", "the statement"). */
export const ORG_NOUNS = words(`
  ministry agency party committee council department commission office bureau service institute university
  foundation association union bank company firm group network government administration campaign court
  parliament congress senate assembly alliance organization organisation federation coalition board
  authority police army military kremlin white house newspaper paper outlet magazine report study poll survey
  statement document memo letter spokesman's
`);

/** Nouns for documents issued by an organisation: "The Foreign Ministry statement" speaks for the ministry. */
export const DOCUMENT_NOUNS = words('statement report memo letter release communique communiqué document note post tweet filing');

/** Nouns of a recorded or broadcast message that speaks for its maker: "The ad claims “…”", "a video saying …". */
export const MEDIA_NOUNS = words('ad ads advert advertisement commercial spot video email e-mail text flyer mailer');

/** Reporting verbs whose base or plural form is also a noun ("the caustic chant", "his promise of"). */
export const NOUN_LIKE_VERBS = words(`
  chant chants call calls claim claims comment comments promise promises remark remarks tweet tweets post posts
  report reports vow vows pledge pledges joke jokes note notes reply replies answer answers charge charges
  warning question questions quote quotes boast boasts response plea pleas statement label labels texts emails
  e-mails messages blogs
`);

/** Two-word reporting verbs: "shot back", "pointed out", "(as Roe) put it". */
export const PHRASAL_CUES = words(`
  shot_back fired_back hit_back pointed_out points_out pointing_out chimed_in chimes_in went_on goes_on
  summed_up spoke_out speaks_out lashed_out lashes_out weighed_in weighs_in piped_up cried_out called_out
  put_it puts_it cut_in cuts_in broke_in
`);

/** Capitalised words of institutions and headings, never part of a person's name ("National Security", "Full Article"). */
export const NON_PERSON_WORDS = words(`
  national international federal security article full foreign defense defence public democratic republican
  social economic military global world daily weekly breaking live latest exclusive update updates opinion
  analysis editorial video photo photos gallery watch read more related top news sports business politics
`);
