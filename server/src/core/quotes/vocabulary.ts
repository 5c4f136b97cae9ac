/**
 * Closed-class English words the kind classifier reads around a quote. These are words of the language (reporting
 * verbs, determiners, names of kinds of works), not names taken from any data set.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Verbs that introduce someone's words: "…,” Rutte said", "said: “…”". */
export const SPEECH_VERBS = words(`
  said says say saying told tells tell telling added adds adding asked asks asking wrote writes writing tweeted tweets
  posted stated states declared declares explained explains insisted insists argued argues noted notes continued
  continues replied replies responded responds recalled recalls warned warns claimed claims announced announces
  remarked observed concluded conceded acknowledged admitted suggested emphasized emphasised stressed shouted yelled
  joked quipped mused predicted vowed promised pledged urged countered summarized summarised reiterated affirmed
  asserted asserting commented confirmed denied thundered cautioned boasted complained lamented wondered demanded
  reads read reading
`);

/** Words that cite someone's words about something: "called it “absurd”", "described him as a “reformer”". */
export const CITING_WORDS = words(`
  call calls called calling describe describes described describing deem deems deemed dub dubs dubbed label labels
  labeled labelled brand brands branded termed refer refers referred referring characterized characterised
  accuse accuses accused accusing blast blasts blasted slam slams slammed praise praises praised criticize criticizes
  criticized criticise criticised denounce denounces denounced mock mocks mocked promise promises pledge pledges vow
  vows urge urges suggest suggests argue ask quote quotes quoted cite cites cited citing insist warn claim predict
  speak spoke speaks speaking testified write think thinks thought
  believe believes believed feel feels felt hope hopes hoped predicting implied implies insisting arguing promising
  summed according
`);

/** Nouns that put a sentence in reported speech: "in a statement", "in an interview". */
export const SPEECH_NOUNS = words(`statement interview remarks tweet speech words`);

/** Words after which a quoted name in title case is the name of a work, a law or an operation. */
export const TITLE_CUES = words(`
  law laws act bill code decree resolution treaty book books novel memoir film movie documentary programme program
  show series episode song album play poem article essay column report paper magazine newspaper campaign operation
  project initiative doctrine called titled entitled named dubbed headlined hashtag
`);

/** Words that make the quote that follows a noun phrase of the writer's own: the “peace plan”, a so-called “deal”. */
export const SCARE_DETERMINERS = words(`
  so-called the a an its their his her our this these those of on as term word phrase label
`);

/** Words that may start the subject of an attribution after a quote: “…,” the minister said. */
export const SUBJECT_STARTERS = words(`he she they it we i you the a an his her their its one another`);

/** Words written in lower case inside a title: “On the Media”, “Law and Order”. */
export const TITLE_MINOR_WORDS = words(`a an the and or of on in to for at by with from as de la vs nor but`);
