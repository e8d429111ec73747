"""Write gold.json for actors_news2 from the hand annotations below (stdlib only).

The annotations were written by reading the Wikinews articles in docs/ (see README.md for their sources and
licence), batch by batch, before docbot was run on them. The format and the conventions are those of
../shared/eval/actors-dev (its make_gold.py docstring); sentences are numbered per document by the same crude
splitter (paragraphs are blank-line blocks, the headline is paragraph 1; a sentence ends at . ! ? with an optional
closing quote, before a capital, a digit or an opening quote), and gold.json stores each statement sentence
verbatim, so actors-dev's score.py scores this set unchanged.

    python3 make_gold.py        # writes gold.json beside this file

Calls particular to these texts:
- Facilities and programmes that also act (Kennedy Space Center and Johnson Space Center, the Andy Warhol
  Photographic Legacy Program, PlayStation VR, Houston and the State of Texas as a community) and places that are
  also a polity (Hong Kong) are neutral: listing them is neither required nor an error.
- Museums, galleries and planetariums that only receive a shuttle part or hold an exhibit are optional actors; the
  Museum of Flight, which bid for a shuttle and is the subject of a statement, is required.
- Gods, fictional characters, ships, spacecraft, missions, games, prizes, events and websites used as places are
  traps; so are deities named in a list and the shuttles' names.
- Second batch (11-15): countries named only as places are actors as actors-dev's conventions say (required,
  except France, optional since the first batch, and England); "Police" alone and "police revealed" give optional
  statements of the named force; Blenheim Palace, the White House and Northamptonshire are neutral; firms named as
  examples of "German firms including ... have announced" are optional speakers.
- A pull quote (a first-person sentence without quote marks at the head of a paragraph) is an optional statement of
  the person the article is about.
- Third batch (16-20, Wikinews 2020): a local police force named as a source ("according to Kamloops Police") is an
  actor of its own beside the national force; a statistics database quoted with "according to" and airports are
  neutral; a country's government or network referred to as "the network", "the president", "the archbishop" right
  after its name is a descriptive reference (optional) except where the role was given to the person in the sentence
  before (then required, as a pronoun would be); quotations thanked for or accused with are soft (optional); an
  attribution line whose pull quote the scrape lost ("—The mayor of London, X") is an optional statement; a store
  brand ("outside a Boots store") and a car maker named only in a model's name are optional actors.
- Fourth batch (21-27, Wikinews 2019 and 2020, annotated by helper h16p before docbot was run on it): a news outlet
  that reports or quotes someone else's words ("as reported by X", "as quoted by X", "in an interview with X", "per
  X", "in a X report") gives an optional statement, while "according to X" and "X reported" give X a required one;
  a company's website used as a place ("the chains' Facebook pages") is an optional actor; a trade agreement and its
  area (AfCFTA) and a zoo are neutral; US states, products, holy sites and a website named as a place are traps;
  "Congress" and "Senate" name the US bodies in 21 and the Philippine ones in 20, so one alias serves two actors of
  different documents; the US Senate and House, named only in titles, are optional; "emphasized", "remarked" and
  "recommending" are verbs of saying, "questioned", "attacked", "pledged", "named" and "identified as" soft ones.
- Fifth batch (28-33, Wikinews 2019 and 2020, annotated by helper h16r before docbot was run on it): in an interview
  every sentence of a paragraph opened by the speaker's name or initials ("((Sara Seager)) ...", "Natasha Gownaris:
  ...", "NG: ...", "MS ...") is a required statement of that speaker, an answer paragraph without the marker (the
  answer continued) an optional one, and the interviewer's questions ("((WN))", "((WSS))", "((Wikinews))", or a
  question whose marker the scrape lost) optional statements of Wikinews; "WN" abbreviates Wikinews; an attribution
  line of a pull quote the scrape lost ("—Professor Siegel") is optional; "In his view/opinion" and "From his view"
  after a named speaker are reported views (optional); surveillance systems and statistics databases, a region that
  funds an event (Tyumen Oblast), a city as a council (Minneapolis), a church building, and software projects that
  also act (CentOS, Rocky Linux, CAOS) are neutral; products, species, telescopes, a book title, slogans, protest
  zones and conventions are traps; people named only as subjects of statues, photo credits' names, a website a
  person owns, a platform met on (Zoom), a website used as a place (Reddit), journals named in passing and a party
  named only in a ticket ("Blankenship/Mohr") are optional actors; "US-based" makes the United States an actor, as
  the adjective does elsewhere.
- Sixth batch (34-41, Wikinews of November 2004 - January 2005 from WikinewsSum, a second source; annotated by helper
  h16s before docbot was run on it): an ethnic adjective ("Albanian minority"), a military command ("Southern
  Division"), a summit named after its forum (APEC) are neutral; a country's adjective ("Egyptian, Syrian, and Iraqi
  forces", "US reporter") makes the country an actor as before, so Egypt and Syria are required in 35 and the United
  States in 37, 40 and 41, while China and Japan stay optional (one entry serves their earlier documents, where they
  were optional); "Beijing" is China where it acts ("reiterated to Beijing") and as a place alike; "Republic of
  China" is Taiwan; a bare quote paragraph after a named speaker's quote ("He explains: ...", then two paragraphs of
  quotes) is a required statement of that speaker; a quote before its attribution in the same paragraph is
  required; "advised ... that", "opined that", "stressed that", "cautions that", "reports that" are verbs of saying;
  "felt", "considered", "proposed", "voiced concerns", "calling it" soft ones; the Nobel committee is an actor though
  written with a small "c"; the scrape lost the first words of 35 and 40 ("leading up to ...", "of Ohio citizens
  ..."), and the speaker "Wu" of 40 is named only so.
- Seventh batch (42-49, Wikinews of November 2004 - January 2005 from WikinewsSum, openings intact; annotated by helper
  h16t before docbot was run on it): a quoted e-mail exchange in "Title Name: \"...\"" lines gives each sentence of
  the line to that person (required), its signature ("Jim.") an optional one; "X quotes a \"Senate aide\" as
  saying" is optional for the outlet and the aide's body; "has called it \"...\"", "concedes that", "points out
  that", "noted ... in its report", "described the policy as" and "announced by X" (passive) are verbs of saying,
  "vowed", "hailed" and "discussed" soft ones; a sentence whose verb of saying the text lost ("The Carter Center —
  an organization ... — certain aspects ... contained irregularities") is optional; the Pentagon is the US
  Department of Defense; the Congressional Record, where words were published, and a lowercase "ministry of
  Agriculture" are optional actors; the presidential palace, "Palestinian" (refugees) and "Bush administration" are
  neutral; Social Security (a programme), the CAN-SPAM act, a treaty's name and an aircraft model are traps; Canada,
  China, Iraq and the Republicans stay optional (one entry serves their earlier documents); the United States is
  not listed in 44 and 49, where it is named only inside other names.
- Eighth batch (50-57, Wikinews of November 2004 - January 2005 from WikinewsSum, openings intact; annotated by helper
  h16v before docbot was run on it): a speaker named by surname only after a long title ("explains Secretary General
  of the Andean Community Wagner") is a person of that name; "according to X:" before a quote, "has called it",
  "confirmed that", "appealed for", "speculated that", "estimates that", "labelling ... as" and "has stated / has
  revealed that" are verbs of saying, "vowed", "identifies", "calculated" and criticism without its content soft ones;
  "A spokesman for X" and "a U.N. official" speak for their body; a bare quote sentence after a named speaker's quote
  in the same paragraph is required; a letter reported inside another speaker's statement is optional for its writer;
  a cast list's actors and a film's director are required persons, films themselves traps; the American Red Cross
  (named once as a payee) is optional beside the Red Cross; "Bush Administration" is neutral (George W. Bush is not
  listed in 51), French Guiana (a territory) and the "South American Union" of a treaty's title too; "WHO" is no alias
  (the gold's trap "Who" folds to it); a country named as a place is required as before (France, Japan, Iraq and
  Canada stay optional entries); a national team speaking ("The Australian cricket team has ... talked up") is an
  optional statement of its country.
- Ninth batch (58-65, Wikinews of November 2004 - January 2005 from WikinewsSum; annotated by helper ha before docbot
  was run on it): the scrape cut the first letters of every article ("such a deal is struck", "admitted
  to killing"), so a speaker cut there ("oss admitted") gives an optional statement; "the
  company said" right after a sentence naming the company is a descriptive reference (optional) as "the network"
  before; "X's spokesman said" speaks for X and "an Israeli official said" for the country (required), as "a
  spokesman for X" and "a U.N. official" before; "testified that", "filed motions ... claiming that", "has asked X
  to", "announced his intention" and "was quoted as saying" are verbs of saying, "contested" and "threatened" soft
  ones; a court named only as where a lawsuit would be filed and a lowercase "Dutch parliament" are optional
  actors; a military unit that speaks through its officer ("24th Infantry Regiment") and the Palestinians (a
  people voting) are neutral; a demonym naming a person's nationality ("a Jordanian named X") makes the country an
  actor as an adjective does; US and Australian states, cities and a law's article are traps; Iraq and the
  Republicans stay optional (one entry serves their earlier documents).
- Tenth batch (66-73, Wikinews of November 2004 - January 2005 from WikinewsSum; annotated by helper ha2 before docbot
  was run on it): "indicated", "explains that", "pointed out that", "deny", "asked clients to \"...\"" and "X
  reported" (a thing reported) are verbs of saying, "advocated", "lists", "listed", "considers" and "demands" soft
  ones; "SOA officials say" speaks for the school as "a U.N. official" did; a book's account of someone's report,
  an outlet that quotes or is told someone's words (Indymedia, Associated Press), a report's words ("It asserts",
  "According to the report") and sentences cut by the splitter ("Col.", "C.", "Gen.") or the scrape ("ST said",
  "to the BBC,") are optional; a military base, a medical centre, a school's former names, websites used as places,
  a religious order's adjective, a capital named as the government's seat (Khartoum) and a city whose officials act
  are neutral; books, a documentary, reports, operations, regions, states, protocols and titles alone are traps; a
  country's adjective ("Finnish security firm", "Salvadoran priests") makes it an actor as before; a university
  named as a place of a killing, a poll's maker named in the poll's name and the Department of the Army named only
  as an owner are optional; the United Nations is not listed in 68, where it is named only inside another name.
- Eleventh batch (74-81, Wikinews of November 2004 - January 2005 from WikinewsSum; annotated by helper ha3 before
  docbot was run on it): unnamed witnesses, critics and respondents ("Many said", "316 said", "critics ... have
  said") speak for no actor; a party's unnamed shadow secretary and a government named only as "the government" give
  optional statements; "warned that", "predicts \"...\"", "criticized the aid as \"...\"", "quotes X as saying"
  (for X), "has called on X to" and "expressed his sentiments that" are verbs of saying, "proposed", "accused",
  "blamed", "insisting", "promised" and a passive "criticized by" soft ones; a commission named only "This
  Commission", brands that are also a person's or a company's name (Martha Stewart, Lands' End), Moscow as Russia
  ("pro-Moscow") and Northern Ireland are neutral; reports, a white paper's title, an aid programme (ODA), brands,
  provinces, faiths and peoples, a massacre's name, titles alone and sentence openers are traps; movements that are
  not one body (Unionists, Irish republicans), a generic "Armed Forces", a company still to be formed, a party named
  only as the government's adjective ("the Labour government"), an army named only as the owner of bases, a
  department named only in its secretary's title and Scotland (named only in its executive's name) are optional;
  China, Japan and France stay optional (one entry serves their earlier documents), so the aid article's two
  countries are not required.
- Twelfth batch (82-89, Wikinews 2019 from vanatteveldt/wikinews; annotated by helper ha4 before docbot was run on
  it): "called the stabbing \"...\"", "tweeted", "remarked", "upon announcing", "testified", "denied ... claimed",
  "cautioned", "encouraged X to", "calling for", "have alleged", "denied all claims that" and "X reported" are verbs
  of saying, "named it", "agreed", "credited", "blaming" and a passive "condemned by" / "claimed by" soft ones;
  unnamed speakers (the head of the police's internal investigators, one of the children, a daughter, "the
  defendants", "both officers") speak for no actor or give optional statements of the people they stand for;
  "The father said" / "The mother said" are descriptive references (optional); a protester named by a pseudonym
  (Katya) and a suspect named "Stefan W" are optional persons; a charity that is also its fundraising event, a
  hospital, two counties, a family's plural ("the Turpins") and the Kurdish adjective are neutral; the Kurds (a
  people), places, a ship, a holiday, a time zone, an operation, a treaty's article, a war, a week of commemoration,
  titles alone and sentence openers are traps; the UN General Assembly (a meeting as much as a body) is optional; a
  country named only as a place or by an adjective is required as before ("an Irish pub", "a legal resident of the
  United States"), China, France and Canada stay optional entries; the United Nations is not listed in 89, where it
  is named only inside the assembly's name; a dispatcher's words quoted without name give optional statements of
  the Coast Guard.
- Thirteenth batch (90-97, Wikinews 2019 and 2020 from vanatteveldt/wikinews; annotated by helper ha5 before docbot
  was run on it): "indicated", "acknowledged", "estimated", "issued an opinion/a press release" and "cited" are soft
  verbs (optional), "denies", "claims", "revealed", "characterized", "noted", "pointed out", "proposed" and
  "writing" verbs of saying; "The website", "the court", "the commissioner" are descriptive references (optional)
  unless the role was given to the person in the sentence before ("Mexico's Foreign Secretary X said ... The
  foreign minister said": required); a region acting through its governor (Chelyabinsk), a statistics archive
  quoted with "according to" and 10 Downing Street (the seat of the UK government) are neutral; photo credits'
  names, people named on a protest sign, a store where a shooting happened, a message board used as a place, a
  campaign named in a handle and a caption, and an army named in passing are optional actors; Scotland stays an
  optional entry (a nation of the UK); places, titles alone, a film's title, a god, a disease, image captions'
  words and sentence openers are traps; a splitter's cut after "U.S." leaves the name in the next sentence, where
  the statement is required.
- Fourteenth batch (98-105, Wikinews 2019 and 2020 from vanatteveldt/wikinews; annotated by helper ha7 before docbot
  was run on it): the Holy See is one organisation with "the Vatican" and "Vatican City" (the Church's government
  acting, not the city-state); a decree signed by a person ("The decree signed by the Pope read") and an event's
  description written by its poster give optional statements of that person; "seconded", "blame", "posted",
  "voted", "delivered a speech" and "spoke on the economy" (no content) are soft; "criticized the decision via
  Twitter" followed by the quotation, "defended his decision, \"...\"", "has said publicly", "has reported" and
  "spoke on X, \"...\"" are verbs of saying; a quotation paragraph before its attribution ("..." Macron told the
  world) and a quotation continued in the next sentences or paragraph are required, a one-word sentence of it
  ("Literally.") optional; an outlet told or spoken on (the BBC, UOL, Fox News) and an agency reporting someone
  else's words (ISNA) give optional statements; a state that legislates (New South Wales, South Australia), a
  county, a tourist attraction and "WH" (the White House) are neutral; the United Nations is not listed in 103,
  where it is named only in an ambassador's title, nor the United States in 99 (only inside an institute's name);
  a map legend's armed group, a business named as a place, a denomination and the G7's forerunner and G20 named
  in passing are optional; places, rivers, a forest, diseases and drugs, a trial's acronym, events, a film's
  title, a bill's title, a war, titles alone and sentence openers are traps.
- Fifteenth batch (106-113, Wikinews 2019 and 2020 from vanatteveldt/wikinews; annotated by helper ha9 before docbot
  was run on it): a country's unnamed army ("The army said") gives optional statements of the country; "The industry
  publication stated" is a descriptive reference (optional), "It cited ... and claimed" after it required as a
  pronoun; "cited X as stating", "referred to as", "considered", "claimed victory", "his allegations", "which he
  denied" and statements of condemnation without content are soft (optional); "claimed responsibility" and "has
  announced an order" are verbs of saying; "The Wooster professor added" after the named speaker is required (the
  role given in the sentence before); a quotation before "wrote X" and the sentences it goes on over are required; a
  splitter's cut of "Wayne A. I. Frederick" leaves the statement in the sentence with the surname, where it is
  required; airports, a hospital, a database quoted as a source, a hall, an event programme, an awards show, a new
  autonomous region and Rhodesia (a former state) are neutral; a person named by one name (a mother, a chef), a
  person named only in a nickname, real people portrayed in films, a band, a journal, an outlet interviewing, a
  bomb plan's target, employers named only in a speaker's title and forces named only among casualties are optional;
  "Khan" alone is left to the mayor's entry (the attacker's entry has only his full name); places, films, shows,
  songs, awards, titles alone, peoples, a massacre's name, a building's nickname, an aircraft model and sentence
  openers are traps.
- Sixteenth batch (114-121, Voice of America radio newscasts of December 2020 - February 2021 from littleflute/voanews1,
  not Wikinews; annotated by helper ha10 before docbot was run on it): a newscast holds several stories; a bare
  quotation paragraph (an audio clip) after a named speaker's words is a required statement of that speaker, as in
  the sixth and fourteenth batches; the newscasters ("I'm David Byrd") and the wire correspondents named in a
  hand-over ("AP's X reports.", whose report the build left out) are optional persons, the hand-over an optional
  statement of them and their agency; Voice of America ("This is VOA news.") stays an optional entry; "agreed",
  "referred to", "indicated", "proposed", "promised", "hopes", "discussing", "nodded" and "calls" as a noun are soft;
  "the prime minister's office", "the office of the French president", "members of Macron's team", "a White House
  statement", "Putin spokesman", "The Polish (president)" and "the leaders" after their names are descriptive
  references (optional), "The White House press secretary said" two sentences after the name too, "She said" after
  it required as a pronoun; "EU leaders have called on", "State Department officials are ... emphasizing" and
  "Russia's Foreign Ministry issued a statement charging" speak for the body (required); "Washington says" is an
  optional statement of the United States (the word is a trap of other batches), "Tehran" stays a trap; "Kremlin" is
  Russia; the Trump, Obama and Biden administrations are neutral; an army and a court named only in titles, a CBS
  anchor's employer, Pan Am in a flight's name and "Nigeria's air force" (lowercase) are optional actors; places, a
  treaty, a show, a product, a disease, days and sentence openers are traps.
- Seventeenth batch (122-129, Global Voices Online blog posts of October - December 2004 from
  OpenGenderTracking/globalvoices, a third source and house style; annotated by helper ha11 before docbot was run on
  it): the posts' authors write as "I" and are not named in the kept text (their words are no one's statement); a
  block quotation after "X writes:", "X made an interesting observation:", "X raises a series of questions:" or
  "Here is how they describe the project:" is X's (every sentence a required statement, as the bare quotation
  paragraphs of the sixth, fourteenth and sixteenth batches; list markers such as "I." and "E.g." optional), and so is
  a quotation that opens a paragraph before "X wrote"; the quoted page continued after the author's own lead-in ("More
  about hosting and future plans:") and a roundup quoted whole after "X wrote up ... in her blog:" give optional
  statements; a blogger named by one name or a handle (Hoder, Fons, Topku, Andrea) who speaks is a required person;
  "X is right: ..." (the author agreeing) is optional; blogs, websites and newspapers named in passing (the blog
  "Islamic Army", Slashdot, China Digital News, T-Salon, DailySummit.net, ConventionBloggers.com), a person named only
  as the giver of a talk (Jackman, of "Scipps") and a speaker's employer named only in his title are optional actors;
  countries named in a quoted list are actors as elsewhere (China, Japan, France, Iraq, Canada and England keep
  their optional entries); conferences and summits (BloggerCon, WSIS), a session's title, an operation's name,
  software platforms (Typepad, WordPress, Civicspace, Gmail), places, peoples, languages, US states and sentence
  openers are traps; a lecture hall (Kennedy School Arco Forum) and the sites quoted as "cross-posted" are neutral.
- Eighteenth batch (130-137, Global Voices Online posts of October - December 2004 about the project's founding
  meeting and what followed it, the seventeenth batch's source and house style; annotated by helper ha15 before
  docbot was run on it): Global Voices (Online), GVO and "Global Voice" name the project, its meeting and its
  movement at once and are neutral; the posts' authors write as "I" (Ethan Zuckerman, Joi Ito, Rebecca MacKinnon,
  Andy Carvin) and their own words are no one's statement, except Andy Carvin's, named through his blog ("As I
  announced today on my blog, Andy Carvin's Waste of Bandwidth, ..."; optional); a list received "in email from
  Alex" after a colon is Alex's (required, as the seventeenth batch's block quotations), a draft written by "Alex
  and I" optional for Alex; "X suggested that" and "X pointed out that" are required, "has agreed to take the lead"
  is not a statement; the people thanked or listed as session leaders are actors (required) whether or not they
  speak, except those named by a given name or handle only (Mohammed, Omar, Blackfive, the Velveteen Rabbi, J:
  optional); "SJ" and "Sam Klein" are kept apart (the texts never tie them); countries listed as participants' homes
  are actors as elsewhere, "Iranians, Malaysians" make their countries actors (Iran required; Malaysia keeps its
  optional entry); Harvard named only as the owner of a hall or a site, a website named in passing (Wikipedia), a
  forum receiving a report and the blogs named as places (Waste of Bandwidth, the tsunami blog) are optional
  actors; the conference's and its track's names, a hall, a river's "Charles" (left unlisted: "Charles" is an alias
  elsewhere), software, sites, languages, peoples as groups ("Milbloggers"), the schedule's headings and sentence
  openers are traps; "Open Society Institute Information Program" is neutral.
- Nineteenth batch (138-145, press releases of the Privacy and Civil Liberties Oversight Board of 2016-2019 from
  18F/pclob, a fourth source and house style; annotated by helper ha17 before docbot was run on it): "the Board" is
  the PCLOB (an alias); a joint statement "released" by "The Members of the PCLOB" is the Board's (the lead-in and
  every sentence of the quotation paragraphs after it required), one released by "Chairman X, along with / and Board
  Members Y and Z" is the chairman's (required) and optional for the members named after him and for the Board;
  "X said:" before quotation paragraphs makes the lead-in and each quoted sentence X's, as in the seventeenth
  batch; "notified ... that" is a verb of saying, "notified ... of his intent", "released a report" and "voted to"
  are not statements ("announced" is); the President's own first-person statement names no speaker and gives no
  statement; the members listed with a middle initial in the "about the agency" paragraph are actors (required),
  their aliases the forms written; "Americans' privacy" makes the United States an actor, as the adjective does
  elsewhere; the US Senate keeps its optional entry (one entry serves its earlier documents) though it acts here;
  the White House, its press office, the Executive Branch, a court district and an office named only in a title are
  neutral; the Intelligence Community, consulted in passing, is optional; laws and their sections, an executive
  order, the release's labels ("FOR RELEASE", "PRESS RELEASE"), the dateline's place, titles alone, a project's
  name and its subjects, and sentence openers are traps.
- Twentieth batch (146-153, Wikinews 2019-2020 from vanatteveldt/wikinews, the second batch's source; annotated by
  helper ha18 before docbot was run on it): a doctor speaking "at" his hospital speaks for it optionally; "according
  to ... records" and "the report said" after a report's body are optional statements of the body; an attribution
  line whose pull quote the scrape lost ("—Troy Roberts") is optional, as in the third batch; "X tweeted" and "X
  described ... 'insane' heat" are statements, "asks" in a call summary and "an investigation by X found" soft ones;
  "the Myanma embassy confirmed" is Myanmar's; "ABC reported" in an article on New Zealand is the Australian
  broadcaster; rugby clubs named by their town (Caloundra, Wynnum) are organisations, required where they play,
  optional in a list of other results; people and bodies named only in a speaker's title (Deakin University, the
  Florida Department of Transportation), outlets interviewing (MSNBC, the Nevada Independent), hospitals receiving
  victims and a committee named inside a quotation are optional actors; the United States House of Representatives
  and the Senate keep their optional entries (one entry serves their earlier documents) though the House acts here;
  "Iraq" of "the Iraq War" is the optional Iraq entry; airports, a hotel, "Cabinet" and "Warsaw" (a trip's city) are
  neutral; places, a hurricane's name, mosques, streets, a bomber's nickname, an interstate, a war, a hospice, a
  sports round and days are traps.
- Twenty-first batch (154-159, Wikinews 2019-2020 from vanatteveldt/wikinews; annotated by helper ha19 before docbot
  was run on it): "was announced by X" and "X talked of" are statements of X; "according to a survey published by X"
  an optional one, as "according to ... records"; "by X's report" an optional one; a person named only as "His wife
  Mary" is a person of that one name; a journal publishing findings (The Lancet Infectious Diseases), a university
  granting a degree, the employer of a speaker and unions or institutes named only in a speaker's title are optional
  actors; Nevada, the state the article is about, and the London Underground (a network named as a place) are
  neutral; Wales, which "made no recommendation", is an optional country as Scotland is; "Great Britain" and
  "Britons" are the United Kingdom; a vote ("voted 66 to 27") is no statement; a war, landings, an ocean, a medal, an
  order, a bacterium and its strain's label, a virus, regulations, railway lines and stations, counties, states
  other than Nevada and days are traps.
- Twenty-second batch (160-165, Wikinews 2019-2020 from vanatteveldt/wikinews; annotated by helper ha20 before docbot
  was run on it): "tweeted," and "praised X on Twitter:" before a quotation, "wrote" of a judge's ruling, "told the
  press:", "issued a statement ...:" and "their statement also read" give statements; "filed a lawsuit ..., saying"
  is a statement of each filing body; "reconsidered his decision", "apologized", "credit themselves with", "announced
  the schedule" (unquoted), "according to X's schedule" and a website's or scientists' estimate are optional ones;
  the plaintiffs of a lawsuit, named in a list, are required organisations, tribes with "and" in their names
  included; a territory whose government speaks (American Samoa) is a country, the independent country it is told
  apart from (Samoa) an optional one, other territories and states named as places neutral (Puerto Rico, Guam,
  Montana, whose state is sued) or traps (Utah, California, Maryland); the Spanish island makes Spain an actor, as
  the French Legion of Honour made France one; a ship named after a person and its former name are traps (the former
  name's namesake neutral); laws and a constitution's amendment, a crisis, an award, a medal, a film and a book
  title, a disease, a sea, a county, job titles alone ("District Judge", "Secretary of State"), a time zone and days
  are traps.
- Twenty-third batch (166-171, Wikinews 2019-2020 from vanatteveldt/wikinews; annotated by helper ha21 before docbot
  was run on it): "the king", "the party" and "the academy" after the actor was named are descriptive references, so
  their statements are optional (a statement "from the king" quoted by the palace, "the party informed the press",
  "according to the academy"); "pointed out" before a quotation, "announced that", "according to X", "X reported"
  and a quotation attributed at the end of its paragraph give required statements; "confirmed", "identifies",
  "credits", "promised" and a noun ("a statement from") optional ones; the outlet a speaker talks to ("told the
  Washington Post", "told Wikinews", "Speaking to newspaper Star of Mysore") is an actor without that statement;
  athletes, laureates, universities employing them and a railway's zone are required actors, a body named only as its
  rules' adjective ("IAAF rules") and a railway division named as a place optional; a magazine ("Time magazine",
  "Time") is an organisation; a royal house, a family and a parliament named as a building are neutral; prizes,
  races, a ship, an aircraft's maker, a planet, a slogan, a train, stations, a holiday, a theme, job titles alone
  ("Princess", "Loco Pilot", "Divisional Railway Manager", "Speaker of the House"), a time zone, a website used as a
  tool (Instagram), cities, states and days are traps.
- Twenty-fourth batch (172-177, Wikinews 2019-2020 from vanatteveldt/wikinews; annotated by helper ha24 before docbot
  was run on it): "According to X", "X noted" of a newspaper, "described as", "reads X's statement" and "Part of the
  judge's statement reads" give required statements, and so does a bare quotation continuing the last speaker; the
  opening of a quotation the splitter cuts at an abbreviation ("until Oct." / "31 ...", Johnson said) is optional;
  "announced his resignation" (an act), "also announced his resignation", "went on to cite", "released them
  publicly", "the government asked", a judge's ruling told before his name, "Police also announced" (the named force)
  and an outlet's report of witnesses' words ("according to The Telegraph") are optional; an outlet an aside names
  ("which the BBC noted") is an optional speaker but a required actor; the outlet a speaker talks to ("told French
  news channel BFM TV") is an actor without that statement; a party named in "X Party leader" and "of the X Party" is
  the UK Labour Party (optional since the eleventh batch), a party named only as an MP's adjective ("Conservative
  MP") is neutral; a country named only in a border ("the Republic of Ireland") is an actor as countries named as
  places are; a court named only as the author of a past ruling, a research group named as the source of a share,
  a news channel and a pilot of 1909 are required actors, a chamber named only in titles, a court and a service
  named only in a list or as what one registers for optional; a messaging app, a hurricane, a device and its
  predecessor, a channel, a clause, a constitution, a war, parks, towns, a holiday, job titles alone ("Secretary of
  Justice", "Speaker", "MP", "District Judge"), a time zone and days are traps.
- Twenty-fifth batch (178-182, Voice of America radio newscasts of December 2020 - February 2021 from
  littleflute/voanews1, the sixteenth batch's source and layout, other days; annotated by helper ha26 before docbot
  was run on it): the sixteenth batch's calls hold (newscasters and the correspondents of a hand-over optional, the
  hand-over an optional statement of them and their agency; a bare quotation paragraph after a named speaker's words
  required; "Washington"/"Moscow" speaking an optional statement of the country; a White House or an administration
  speaking an optional one of the president); a speaker's words cut by the splitter at "U.N." or "U.S." ("told the
  U.N." / "General Assembly Friday that \"...\"") give both parts as required statements; "the WHO
  director-general stressed", "the president said" after the role was given with the name are required;
  "is predicting", "demanding", "calling for", "described", "reassuring", "pledged", "vowed", "laid out ...
  saying" and "announced the closure" (an act) are soft; "British officials", "Russian officials", "U.S.
  authorities" and "Iraq's prime minister" (unnamed) speak optionally for their country; a party named only as a
  predecessor's adjective ("his Republican predecessor") stays optional, "House Republicans" is neutral; a country
  named only in "pro-Iranian" or "mainland China" is an actor as adjectives elsewhere; the United Nations named only
  inside "U.N. General Assembly" is not listed there; a collaboration (ACT Accelerator) is neutral; places, a treaty,
  a war, job titles alone, days, months and sentence openers are traps.
- Twenty-sixth batch (183-187, posts of 2015-2016 from the blog of 18F, a digital services team of the US General
  Services Administration, from 18F/18f.gsa.gov; a source no batch used; annotated by helper ha28 before docbot was
  run on it): the team blogs in the first person plural ("we", "our team", "Here at 18F"), so 18F is a required
  actor and the writers' "we say" an optional statement of it; "said", "says", "noted that", "stated that",
  "recently put it", "called it", "according to X" and a quotation continued in its paragraph or cut by the
  splitter at "Dr." / "David A." give required statements; "shared how", "discussed", "talked about", "elaborated
  on", "expressed", "highlighted ... as", "recognized", a motto and the fragments inside a quotation attributed at
  its end ("The anger they show.") are optional; an unnamed "representative from the project team" and "the
  project team said" speak optionally for its department; a person named only in a photo credit and a school
  named only as the pupils' are optional; a parent department named only before its administration stays
  optional; US states stay traps as in the earlier batches ("Mississippi"), "the State of Mississippi" and "the
  State of California" (the state governments) and a programme and a children's team are neutral; a film, its
  character, an event, a project, a web address's system, job titles alone, a people's word, documents, a form of
  system and sentence openers are traps.
- Twenty-seventh batch (188-193, news posts of 2015-2016 from DigitalGov, the US General Services Administration's
  site for people who build government websites, from GSA/digitalgov.gov; a source no batch used; annotated by helper
  ha31 before docbot was run on it): write-ups of webinars and agencies' projects; "said", "added that", "explained",
  "said that" and a quotation continued in its paragraph give required statements; "shared tips", "cited as",
  "called for", "announced winners", "published articles arguing", "a counter opinion was released by", "joined a
  panel to describe", a sentence of a paragraph attributed at its end and an attribution's tail cut by the splitter
  at "U.S." are optional; a speaker's employer named in the attribution is an optional speaker; websites, platforms
  and programmes that also act (Challenge.gov, DigitalGov University, Open Opportunities, FAFSA, a federal office's
  team, OpenStreetMap, the Open Compute Project) are neutral; products and platforms used as places (Slack, Storify,
  "Google Hangout", "Google spreadsheets", Twitter), competitions, webinars, headings, a hurricane, a FAQ section's
  name, job titles alone, days and months are traps; a school named only as where a speaker studies and a society
  named only as a meeting's host are optional actors; "UK Digital Government Service" is the Government Digital
  Service and makes the United Kingdom an actor, as adjectives elsewhere; "Sarah" and "Allen", the team's lead, are
  one person; the United States is listed where "Americans" is written, not where it is named only inside the EPA's
  name.
- Twenty-eighth batch (194-198, Wikinews 2019-2020 from vanatteveldt/wikinews, articles no batch, actors-dev or
  actors_blind2 holds, picked for officials named after their titles; annotated by helper ha33 before docbot was run
  on it): the actors-dev conventions hold; a speaker after a title ("Taliban spokesperson X claimed", "Senate
  minority leader X commented", "businessman and Trump loyalist X said") gives a required statement, and so do
  "alleged", "referred to as", "reported", an "X says" headline, "released a statement which read" and a quotation
  before its attribution in its paragraph; "described witnessing", "claimed responsibility", "ruled", "set rules",
  "sharply criticized", "denounced ... as", "placed the death count", a block quotation attributed on the line after
  it, a statement "read" with its body named two sentences before, an unnamed source or spokesperson of a named
  body, others of a named party, a speaker's employer and "the president" named by title only are optional; a
  ministry named as where an unnamed source works is a required actor; Facebook, the European Court of Justice, the
  House of Representatives, Iraq and the Republican Party stay optional as earlier batches made them (each is
  named again here); "Coalition" (the task force's coalition and 2003's) and "Luxembourg" (the court's seat) are
  neutral; provinces, cities, US states, a vehicle, a law, a directive, an operation, an election, a platform used
  as a place and titles alone are traps.
- Twenty-ninth batch (199-203, Wikinews 2019-2020 from vanatteveldt/wikinews, articles no batch, actors-dev or
  actors_blind2 holds, picked for quotations before or after "according to X", quotations continued over sentences
  and long or titled names; annotated by helper ha34 before docbot was run on it): the actors-dev conventions hold;
  "according to X" after someone's words gives X a required statement beside the speaker's (Reuters, NBC), "according
  to a fire service statement" an optional one of the service named the sentence before, "according to agreed facts
  heard in court" none; "suggested", "has expressed she is", "characterized ... as", "has repeatedly maintained",
  "what X called \"...\"" and "X had said" are verbs of saying, "indicated", "attacked ... as", "ruled", "named" (a
  naming), "directing ... to \"...\"", "recognised" and a headline's "announces" (as 28's "X says") soft ones but the
  headline's (required); a quotation continued in the next sentence is required (Pierluisi's, Parmet's); an unnamed
  chief officer of a named body (FAO's) gives it an optional statement; the WHO's guidelines "cite" and "list" are
  optional statements of the WHO; an outlet interviewing (Time) is an optional speaker; employers named only in a
  speaker's title (Daily Xtra, Northwestern University, Johns Hopkins Center for Health Security, Barmouth Publicity,
  Mid Wales Tourism Partnership) and a court named only as where pleas were made are optional actors; Puerto Rico
  stays neutral (its Senate, House and Legislative Assembly are actors of their own: "Senate" and "House of
  Representatives" in 200 are the commonwealth's, and the US bodies named there only after the splitter's cut at
  "U.S." are not listed); the Electoral College, the hall's family ("The Tongs") and "Police" alone are neutral;
  Canada, Wales, the US House and Senate and the Republican Party keep their optional entries; diseases and viruses,
  places, buildings, a mansion's name, a film, laws, a constitution, scandals, titles alone ("Mayor of Birmingham",
  "Vice President"), days and sentence openers are traps.
- Thirtieth batch (204-208, Wikinews 2019-2020 from vanatteveldt/wikinews, articles no batch, actors-dev or
  actors_blind2 holds, picked for statements over Twitter, bodies speaking and speakers named by title only;
  annotated by helper ha36 before docbot was run on it): the actors-dev conventions hold; "wrote X on Twitter" with
  the quotation split around it, "X gave a different account ...: \"...\"", "X told the press", "X wrote, \"...\"",
  "X also stated", "The government of X announced" (the country's), "the commission said" (named the sentence
  before), "According to X," and ", according to X" give required statements, and so does a tribe that "report[s]
  they are considering"; a quotation inside the speaker's quotation, "tributes were paid by", "the president called"
  (by title only) and "the X campaign criticized" (the candidate's campaign) are optional; the unnamed "local health
  minister" and "authorities" give none; a speaker's tribe named in her office's lower-case title is optional as an
  employer; a bison range, a military academy, an airport, a hospital and a debate's university venue are neutral;
  Twitter (the medium), reservations, states, cities, a mission, an aircraft model, titles alone ("Sultan of Oman",
  "Civil Aviation Minister"), a mosque, peoples' adjectives, days and sentence openers are traps; Boeing, named by
  its aircraft, and Ulysses S. Grant stay as earlier batches made them.
- Thirty-first batch (209-213, Wikinews 2019-2020 from vanatteveldt/wikinews, articles no batch, actors-dev or
  actors_blind2 holds, picked for bodies that speak under an acronym given in brackets and then as "the Department",
  "the company", "the latter", "They"; annotated by helper ha38 before docbot was run on it): the actors-dev
  conventions hold; "X said", "X indicated", "the company said", "the latter confirming on Twitter they were
  \"...\"", "The Department issued a statement that ...: \"...\"" and the quotation continued, "They also said" (the
  Department's), "according to X", "X later claimed", "claiming" after the president's act, "The government of X
  announced" and "The government statement ... announced" (the country's) and "he announced he would stand down"
  give required statements; "X requested", "government officials stated" and "They also declared" (the
  government's, unnamed), an outlet's unnamed reporter who "noted", the paper a letter was sent to, the speaker's
  employer, and a journal's study that "noted" are optional; "Officials said", "Authorities said", "government
  sources", "local news sources", an unnamed "environmental group" and "reads the motion" (the unnamed attorneys
  general's) give none; a court a lawsuit was filed in, an aircraft's maker named by its model and a journal named
  as a study's venue are optional actors; prisons and an ethnic adjective ("an ethnic Palestinian") are neutral; US
  and Indian states (the sixteen suing states are named only as the homes of their attorneys general), a
  constitution, a law, a community's name, districts, roads, an aircraft model, Twitter, days and sentence openers
  are traps.
- Thirty-second batch (214-218, Wikinews 2019-2020 from vanatteveldt/wikinews, articles no batch, actors-dev,
  actors_blind2 or actors_press holds, picked for legislatures, parties and departments beside their countries;
  annotated by helper ha41 before docbot was run on it): the actors-dev conventions hold; "X told the public", "X
  congratulated Y, saying", "X has said", "According to the BBC", "X said in a video statement", "X said his party
  \"...\"", "in a ... statement, X said", "X's statement read:" and its quotation continued, "X told NPR" and
  "according to X", "The US State Department described Y as \"...\"", "NPR reported X recommended" (both), "X
  indicated" and "he said" (a spokesperson), "The Foreign Ministry of Iraq characterized the attack as \"...\"", "X
  tweeted", "X and his supporters claimed" and "He said" give required statements; an "X says" headline, "X's stated
  intent", "X asked the Queen for", members of a house who shouted, the party its leader speaks for, unnamed
  "sources within" a department, a government that "declared victory", a spokesperson's department, the outlet a
  speaker told, "organizers of the rally said" (the organising group's) and "X encouraged supporters to" are
  optional; "Some called for", "The United States had not ... announced" (nothing said) and "X has proposed
  legislation" give none; a band named in a drummer's title, a party named as what its leader leads ("leader of the
  Conservative Party"), a coalition named inside a quotation, the House of Representatives, the Senate, the House
  of Commons and Iraq's parliament (optional entries of earlier batches) are optional actors; an airport is neutral;
  titles ("Speaker of the House", "Taoiseach", "Prime Minister's Questions"), a helicopter, a slogan and a movement
  ("Make America Great Again", "Stop the Steal"), states and cities, religious adjectives, days and sentence openers
  are traps.
"""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # bench/data: actors_gold.py, shared with actors_blind2
from actors_gold import CTY, ORG, PER, R, write_gold

D01, D02, D03 = "01_mecca-crane-collapse", "02_hajj-stampede", "03_greek-court-ancient-worship"
D04, D05 = "04_hong-kong-legislative-election", "05_hackers-attack-scientology-website"
D06, D07 = "06_scientology-freewinds-claims", "07_ozone-warming-crops"
D08, D09, D10 = "08_nasa-retired-shuttles", "09_warhol-photo-legacy", "10_fan-expo-canada"
# the second batch (Wikinews 2019, see build_docs_2019.py): annotated before docbot was first run on it
D11, D12, D13 = "11_escape-room-fire-poland", "12_germany-bans-iranian-airline", "13_tunisia-face-veil-decree"
D14, D15 = "14_gold-toilet-theft", "15_uk-us-diplomatic-immunity"
# the third batch (Wikinews 2020, see build_docs_2020.py): annotated before docbot was first run on it
D16, D17, D18 = "16_baby-finds-drugs-playground", "17_sola-airport-parking-fire", "18_argentina-abortion-bill"
D19, D20 = "19_london-knife-attack", "20_philippines-network-shut-down"
# the fourth batch (Wikinews 2019 and 2020, see build_docs_batch4.py): annotated before docbot was first run on it
D21, D22 = "21_us-border-wall-emergency", "22_hagia-sophia-mosque-pledge"
D23, D24, D25 = "23_african-free-trade-area", "24_saudi-oil-drone-attacks", "25_dark-web-site-arrests"
D26, D27 = "26_australia-toilet-paper-limits", "27_tesco-polish-stores-sale"
# the fifth batch (Wikinews 2019 and 2020, see build_docs_batch5.py): annotated before docbot was first run on it
D28, D29, D30 = "28_youth-suicide-gun-study", "29_neurosurgery-student-olympiad", "30_penguin-sex-ratio-interview"
D31, D32, D33 = "31_campaign-trail-june-2020", "32_rocky-linux-interview", "33_hydrogen-life-interview"
# the sixth batch (Wikinews 2004, a second source; see build_docs_batch6.py): annotated before docbot was run on it
D34, D35 = "34_macedonia-prime-minister-resigns", "35_sharon-1967-coup-remarks"
D36, D37 = "36_chinese-submarine-japanese-waters", "37_reporter-convicted-source"
D38, D39 = "38_vanuatu-envoy-assault", "39_nobel-peace-prize-maathai"
D40, D41 = "40_democrats-gao-election-review", "41_un-tsunami-aid-optimistic"
# the seventh batch (Wikinews 2004, WikinewsSum; see build_docs_batch7.py): annotated before docbot was run on it
D42, D43 = "42_brazil-south-korea-presidents", "43_bush-visits-canada"
D44, D45 = "44_boeing-air-force-emails", "45_mozambique-election-frelimo"
D46, D47 = "46_zambia-agricultural-policy", "47_ukraine-election-rerun"
D48, D49 = "48_us-top-spamming-country", "49_social-security-price-indexing"
# the eighth batch (Wikinews 2004, WikinewsSum; see build_docs_batch8.py): annotated before docbot was run on it
D50, D51 = "50_south-american-community-of-nations", "51_americans-tsunami-relief"
D52, D53 = "52_brazil-delegation-arafat-funeral", "53_gusenbauer-reelected-spoe"
D54, D55 = "54_spain-explosive-device-almeria", "55_tsunami-toll-relief"
D56, D57 = "56_white-noise-box-office", "57_australia-new-zealand-cricket"
# the ninth batch (Wikinews 2004, WikinewsSum; see build_docs_batch9.py): annotated before docbot was run on it
D58, D59 = "58_barroso-portuguese-referendum", "59_time-warner-sprint-mobile"
D60, D61 = "60_gregoire-washington-governor", "61_mosul-beheaded-bodies"
D62, D63 = "62_dutch-blasphemy-article", "63_connecticut-killer-appeals"
D64, D65 = "64_palestinian-presidential-election", "65_queensland-train-derailment"
# the tenth batch (Wikinews 2004, WikinewsSum; see build_docs_batch10.py): annotated before docbot was run on it
D66, D67 = "66_sergeant-torture-coverup", "67_lycos-anti-spam-campaign"
D68, D69 = "68_school-of-the-americas-protest", "69_landless-workers-city-hall"
D70, D71 = "70_sudan-peace-pledge", "71_mumbai-shanties-demolished"
D72, D73 = "72_pinochet-house-arrest", "73_defense-board-communication"
# the eleventh batch (Wikinews 2004, WikinewsSum; see build_docs_batch11.py): annotated before docbot was run on it
D74, D75 = "74_valech-report-released", "75_uk-public-health-white-paper"
D76, D77 = "76_japan-china-aid-cut", "77_kmart-buys-sears"
D78, D79 = "78_ukraine-revolution-call", "79_northern-ireland-peace-hopes"
D80, D81 = "80_thai-origami-cranes", "81_tom-ridge-resigns"
# the twelfth batch (Wikinews 2019; see build_docs_batch12.py): annotated before docbot was run on it
D82, D83 = "82_gdansk-mayor-stabbed", "83_paris-police-rape-verdict"
D84, D85 = "84_california-boat-fire", "85_kurds-assad-deal"
D86, D87 = "86_turpin-parents-sentenced", "87_hong-kong-bill-withdrawn"
D88, D89 = "88_khashoggi-fiancee-un", "89_rouhani-persian-gulf"
# the thirteenth batch (Wikinews 2019-2020; see build_docs_batch13.py): annotated before docbot was run on it
D90, D91 = "90_magnitogorsk-building-collapse", "91_el-paso-shooting"
D92, D93 = "92_anti-brexit-march", "93_scottish-court-prorogation"
D94, D95 = "94_kaczynski-child-abuse-penalties", "95_ford-emissions-investigation"
D96, D97 = "96_hirtenberger-defence-acquired", "97_delhi-cow-urine-party"
# the fourteenth batch (Wikinews 2019-2020; see build_docs_batch14.py): annotated before docbot was run on it
D98, D99 = "98_pope-abuse-reporting-rules", "99_ebola-treatments-trial"
D100, D101 = "100_g7-amazon-fires", "101_storm-area-51"
D102, D103 = "102_new-south-wales-abortion", "103_us-troops-syria-withdrawal"
D104, D105 = "104_carrie-lam-video-speech", "105_iran-trump-arrest-warrant"
# the fifteenth batch (Wikinews 2019-2020; see build_docs_batch15.py): annotated before docbot was run on it
D106, D107 = "106_karaj-cargo-plane-crash", "107_jolo-cathedral-bombs"
D108, D109 = "108_doris-day-dies", "109_robert-mugabe-dies"
D110, D111 = "110_qandeel-baloch-brother-sentenced", "111_antarctica-upside-down-rivers"
D112, D113 = "112_london-bridge-bystanders", "113_chadwick-boseman-tributes"
# the sixteenth batch (VOA newscasts 2020-2021, not Wikinews; see build_docs_batch16.py): annotated before docbot ran
D114, D115 = "114_voa-newscast-2020-12-10", "115_voa-newscast-2020-12-22"
D116, D117 = "116_voa-newscast-2021-01-25", "117_voa-newscast-2021-01-26"
D118, D119 = "118_voa-newscast-2021-02-02", "119_voa-newscast-2021-02-09"
D120, D121 = "120_voa-newscast-2021-02-20", "121_voa-newscast-2021-02-22"
# the seventeenth batch (Global Voices 2004, a third source; see build_docs_batch17.py): annotated before docbot ran
D122, D123 = "122_gv-death-threats-hoder", "123_gv-operation-viral-freedom"
D124, D125 = "124_gv-thoughts-jim-moore", "125_gv-ory-kenyan-blogs"
D126, D127 = "126_gv-china-hong-kong-blogosphere", "127_gv-wsisblogs-idea"
D128, D129 = "128_gv-bloggercon-iv", "129_gv-whither-bloggercorps"
# the eighteenth batch (Global Voices 2004, the same source; see build_docs_batch18.py): annotated before docbot ran
D130, D131 = "130_gv-grateful-thanks-next-steps", "131_gv-manifesto-session-log"
D132, D133 = "132_gv-working-draft", "133_gv-about-global-voices-online"
D134, D135 = "134_gv-updated-session-plan", "135_gv-yet-more-next-steps"
D136, D137 = "136_gv-emergency-action-blog", "137_gv-digital-divide-network"
D138, D139 = "138_pclob-chairman-to-resign", "139_pclob-president-on-resignation"
D140, D141 = "140_pclob-recommendations-update", "141_pclob-departing-member"
D142, D143 = "142_pclob-former-member-passing", "143_pclob-executive-director"
D144, D145 = "144_pclob-facial-recognition", "145_pclob-senate-confirmation"
# the twentieth batch (Wikinews 2019-2020, topics no batch has; see build_docs_batch20.py): annotated before docbot ran
D146, D147 = "146_connecticut-b17-crash", "147_hurricane-dorian-bahamas"
D148, D149 = "148_christchurch-suspect-court", "149_florida-highway-pileup"
D150, D151 = "150_karol-bagh-hotel-fire", "151_house-subpoena-ukraine-envoy"
D152, D153 = "152_elijah-cummings-dies", "153_caloundra-wynnum-rugby"
# the twenty-first batch (Wikinews 2019-2020, topics no batch has; see build_docs_batch21.py): annotated before
# docbot ran
D154, D155 = "154_walter-munk-dies", "155_nevada-female-legislature"
D156, D157 = "156_taiwan-same-sex-marriage", "157_waterloo-travelator-death"
D158, D159 = "158_superbug-e-coli-handwashing", "159_england-face-coverings-transport"
# the twenty-second batch (Wikinews 2019-2020, topics no batch has; see build_docs_batch22.py): annotated before
# docbot ran
D160, D161 = "160_tony-mendez-dies", "161_monarch-butterfly-census"
D162, D163 = "162_rescue-ship-renamed", "163_california-power-outages"
D164, D165 = "164_american-samoa-citizenship", "165_montana-ballot-law-suit"
# the twenty-third batch (Wikinews 2019-2020, topics no batch has; see build_docs_batch23.py): annotated before
# docbot ran
D166, D167 = "166_thai-princess-nomination", "167_nobel-physics-2019"
D168, D169 = "168_kosgei-marathon-record", "169_lost-52-submarine-wreck"
D170, D171 = "170_thunberg-person-of-the-year", "171_all-women-train-crew"
# the twenty-fourth batch (Wikinews 2019-2020, topics no batch has; see build_docs_batch24.py): annotated before
# docbot ran
D172, D173 = "172_queen-suspends-parliament", "173_puerto-rico-governor-resigns"
D174, D175 = "174_men-only-draft-ruling", "175_hoverboard-channel-crossing"
D176, D177 = "176_serbian-parliament-protests", "177_reading-stabbing"
# the twenty-fifth batch (VOA newscasts 2020-2021, the sixteenth batch's source; see build_docs_batch25.py): annotated
# before docbot ran
D178, D179, D180 = "178_voa-newscast-2020-12-05", "179_voa-newscast-2020-12-29", "180_voa-newscast-2021-01-27"
D181, D182 = "181_voa-newscast-2021-02-08", "182_voa-newscast-2021-02-17"
# the twenty-sixth batch (18F blog posts 2015-2016, a source no batch used; see build_docs_batch26.py): annotated
# before docbot ran
D183, D184 = "183_18f-digital-services-flash-mob", "184_18f-estonia-government-records"
D185, D186 = "185_18f-every-kid-in-a-park", "186_18f-uk-digital-service-visit"
D187 = "187_18f-mississippi-child-welfare"
# the twenty-seventh batch (DigitalGov news posts 2015-2016, a source no batch used; see build_docs_batch27.py):
# annotated before docbot ran
D188, D189 = "188_digitalgov-community-challenges", "189_digitalgov-faqs-still-relevant"
D190, D191 = "190_digitalgov-biomedical-challenge", "191_digitalgov-prize-marketing-webinar"
D192, D193 = "192_digitalgov-open-opportunities", "193_digitalgov-askfafsa-twitter-chats"
# the twenty-eighth batch (Wikinews 2019-2020, officials named after their titles; see build_docs_batch28.py):
# annotated before docbot ran
D194, D195 = "194_maidan-wardak-car-bomb", "195_cabinet-officers-contempt"
D196, D197 = "196_ecj-facebook-ruling", "197_iraqi-air-base-rockets"
D198 = "198_presidential-transition-letter"
# the twenty-ninth batch (Wikinews 2019-2020, quotations and "according to"; see build_docs_batch29.py): annotated
# before docbot ran
D199, D200 = "199_toronto-killer-guilty-pleas", "200_puerto-rico-governor-resigns"
D201, D202 = "201_impeachment-inquiry-announced", "202_covid-19-disease-named"
D203 = "203_welsh-hall-fire"
# the thirtieth batch (Wikinews 2019-2020, statements over Twitter, bodies speaking, titles only; see
# build_docs_batch30.py): annotated before docbot ran
D204, D205 = "204_trump-ousts-bolton", "205_arapaho-buffalo-herd"
D206, D207 = "206_sultan-qaboos-dies", "207_calicut-flight-crash"
D208 = "208_second-debate-cancelled"
# the thirty-first batch (Wikinews 2019-2020, bodies speaking under an acronym in brackets; see
# build_docs_batch31.py): annotated before docbot ran
D209, D210 = "209_states-sue-border-emergency", "210_sirhan-stabbed"
D211, D212 = "211_fairfield-helicopter-crash", "212_nkurunziza-dies"
D213 = "213_tamil-nadu-jackal"
# the thirty-second batch (Wikinews 2019-2020, legislatures, parties and departments beside their countries; see
# build_docs_batch32.py): annotated before docbot ran
D214, D215 = "214_pelosi-speaker-again", "215_johnson-suspends-parliament"
D216, D217 = "216_hamza-bin-laden-killed", "217_iraq-votes-to-expel-troops"
D218 = "218_stop-the-steal-rally"
BATCHES = {
    "first ten (GUM)": [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10],
    "second batch (Wikinews 2019)": [D11, D12, D13, D14, D15],
    "third batch (Wikinews 2020)": [D16, D17, D18, D19, D20],
    "fourth batch (Wikinews 2019-2020)": [D21, D22, D23, D24, D25, D26, D27],
    "fifth batch (Wikinews 2019-2020)": [D28, D29, D30, D31, D32, D33],
    "sixth batch (Wikinews 2004, WikinewsSum)": [D34, D35, D36, D37, D38, D39, D40, D41],
    "seventh batch (Wikinews 2004, WikinewsSum)": [D42, D43, D44, D45, D46, D47, D48, D49],
    "eighth batch (Wikinews 2004, WikinewsSum)": [D50, D51, D52, D53, D54, D55, D56, D57],
    "ninth batch (Wikinews 2004, WikinewsSum)": [D58, D59, D60, D61, D62, D63, D64, D65],
    "tenth batch (Wikinews 2004, WikinewsSum)": [D66, D67, D68, D69, D70, D71, D72, D73],
    "eleventh batch (Wikinews 2004, WikinewsSum)": [D74, D75, D76, D77, D78, D79, D80, D81],
    "twelfth batch (Wikinews 2019)": [D82, D83, D84, D85, D86, D87, D88, D89],
    "thirteenth batch (Wikinews 2019-2020)": [D90, D91, D92, D93, D94, D95, D96, D97],
    "fourteenth batch (Wikinews 2019-2020)": [D98, D99, D100, D101, D102, D103, D104, D105],
    "fifteenth batch (Wikinews 2019-2020)": [D106, D107, D108, D109, D110, D111, D112, D113],
    "sixteenth batch (VOA newscasts 2020-2021)": [D114, D115, D116, D117, D118, D119, D120, D121],
    "seventeenth batch (Global Voices 2004)": [D122, D123, D124, D125, D126, D127, D128, D129],
    "eighteenth batch (Global Voices 2004, the founding meeting)": [D130, D131, D132, D133, D134, D135, D136, D137],
    "nineteenth batch (PCLOB press releases 2016-2019)": [D138, D139, D140, D141, D142, D143, D144, D145],
    "twentieth batch (Wikinews 2019-2020)": [D146, D147, D148, D149, D150, D151, D152, D153],
    "twenty-first batch (Wikinews 2019-2020)": [D154, D155, D156, D157, D158, D159],
    "twenty-second batch (Wikinews 2019-2020)": [D160, D161, D162, D163, D164, D165],
    "twenty-third batch (Wikinews 2019-2020)": [D166, D167, D168, D169, D170, D171],
    "twenty-fourth batch (Wikinews 2019-2020)": [D172, D173, D174, D175, D176, D177],
    "twenty-fifth batch (VOA newscasts 2020-2021)": [D178, D179, D180, D181, D182],
    "twenty-sixth batch (18F blog posts 2015-2016)": [D183, D184, D185, D186, D187],
    "twenty-seventh batch (DigitalGov news posts 2015-2016)": [D188, D189, D190, D191, D192, D193],
    "twenty-eighth batch (Wikinews 2019-2020, titled officials)": [D194, D195, D196, D197, D198],
    "twenty-ninth batch (Wikinews 2019-2020, quotations and sources)": [D199, D200, D201, D202, D203],
    "thirtieth batch (Wikinews 2019-2020, statements over Twitter, bodies speaking)": [D204, D205, D206, D207, D208],
    "thirty-first batch (Wikinews 2019-2020, bodies speaking under an acronym in brackets)": [
        *(D209, D210, D211, D212, D213),
    ],
    "thirty-second batch (Wikinews 2019-2020, legislatures, parties and departments beside their countries)": [
        *(D214, D215, D216, D217, D218),
    ],
}

US_DOCS = [D07, D08, D09, D10, D12, D14, D15, D21, D22, D24, D25, D28, D29, D31, D32, D37, D40, D41, D43, D59, D61, D64]
US_DOCS += [D66, D68, D72, D73, D76, D77, D81, D84, D85, D86, D88, D89, D91, D95, D96]
US_DOCS += [D100, D101, D103, D105]
US_DOCS += [D108, D109, D112, D113]
US_DOCS += [D114, D115, D116, D117, D118, D119, D120, D121]
US_DOCS += [D124, D125, D128]
US_DOCS += [D130]
US_DOCS += [D140]  # "Americans' privacy"
US_DOCS += [D146, D151, D152]
US_DOCS += [D154, D155]
US_DOCS += [D160, D161, D163, D164, D165]
US_DOCS += [D166, D167, D168, D169, D170]  # "a U.S. national", "Canadian-US", "United States city", "U.S. vessel"
US_DOCS += [D173, D174]  # "the U.S. island territory", "the United States federal government"
US_DOCS += [D178, D179, D180, D181, D182]
US_DOCS += [D183, D184, D185, D186]  # "U.S. tech innovation teams", "the U.S. government", "U.S. fourth graders"
US_DOCS += [D188]  # "As Americans become increasingly mobile"
US_DOCS += [D194, D195, D197, D198]  # "a US peace envoy", "The United States House", "U.S. troops", "US public"
US_DOCS += [D200, D201, D202]  # "United States commonwealth", "United States President", "the United States"
US_DOCS += [D204, D205, D208]  # "United States President", "the U.S. federal government", "US President"
US_DOCS += [D209, D210]  # "United States President", "United States senator"
US_DOCS += [D214, D216, D217, D218]  # "U.S. federal government", "a US counter-terrorism operation", ...
OPT = True


def named_again(actors: list, again: dict) -> list:
    """`actors` with the documents and forms of the entries a later batch names again (`again`: name -> (its new
    documents, its new forms))."""
    assert set(again) <= {a[0] for a in actors}, set(again) - {a[0] for a in actors}
    return [
        (a[0], a[1], [*a[2], *again.get(a[0], ((), ()))[1]], [*a[3], *again.get(a[0], ((), ()))[0]], *a[4:])
        for a in actors
    ]


# name, kind, aliases (as they appear in the texts), documents (file stems), optional
A = [
    # ---- people
    ("Suleiman al-Amr", PER, ["Suleiman al-Amr", "al-Amr", "General Suleiman al-Amr"], [D01]),
    ("Khaled Al-Maeena", PER, ["Khaled Al-Maeena", "Al-Maeena"], [D01]),
    ("Shiu Ka-chun", PER, ["Shiu Ka-chun"], [D04]),
    ("Edward Yiu", PER, ["Edward Yiu"], [D04]),
    ("Tom Cruise", PER, ["Tom Cruise", "Cruise", "Scientologist Tom Cruise"], [D05]),
    ("Matthew Ingram", PER, ["Matthew Ingram", "Ingram"], [D05]),
    ("Valeska Paris", PER, ["Valeska Paris", "Paris"], [D06]),
    ("Albert Jaquier", PER, ["Albert Jaquier"], [D06]),
    ("Colette Heald", PER, ["Colette Heald", "Heald"], [D07]),
    ("AS Heagle", PER, ["AS Heagle", "Heagle"], [D07]),
    (
        "Charles Bolden",
        PER,
        ["Charles Bolden", "Bolden", "Administrator Bolden", "NASA Administrator Charles Bolden"],
        [D08],
    ),
    ("John Cornyn", PER, ["John Cornyn", "Cornyn", "Senator John Cornyn"], [D08]),
    ("Chris Gregoire", PER, ["Chris Gregoire", "Gregoire"], [D08, D60]),
    ("Bonnie Dunbar", PER, ["Bonnie Dunbar"], [D08], OPT),
    ("Yuri Gagarin", PER, ["Yuri Gagarin", "Gagarin"], [D08]),
    ("Andy Warhol", PER, ["Andy Warhol", "Warhol"], [D09]),
    ("Kristen Wilkins", PER, ["Kristen Wilkins", "Wilkins"], [D09]),
    ("Kathryn Waters", PER, ["Kathryn Waters", "Waters"], [D09]),
    ("Stan Lee", PER, ["Stan Lee", "Lee"], [D10]),
    ("Mark Hamill", PER, ["Mark Hamill", "Hamill"], [D10]),
    ("Margaret Atwood", PER, ["Margaret Atwood", "Atwood"], [D10]),
    ("Johnnie Christmas", PER, ["Johnnie Christmas"], [D10]),
    ("Kevin Conroy", PER, ["Kevin Conroy"], [D10]),
    # ---- countries
    ("Saudi Arabia", CTY, ["Saudi Arabia", "Saudi", "Saudis"], [D01, D02, D24, D25, D88, D89]),
    ("Greece", CTY, ["Greece", "Greek", "Greeks"], [D03, D12, D22]),
    (
        "China",
        CTY,
        ["China", "Beijing", "Chinese", "People's Republic of China"],
        [D04, D31, D36, D38, D48, D76, D87, D89],
        OPT,
    ),
    (
        "United Kingdom",
        CTY,
        ["United Kingdom", "UK", "British"],
        [D05, D06, D07, D15, D25, D26, D27, D56, D68, D75, D79, D89, D92, D93, D96],
    ),
    ("Australia", CTY, ["Australia", "Australian", "Australians"], [D06, D25, D26, D57, D65, D89]),
    ("Switzerland", CTY, ["Switzerland"], [D06]),
    ("France", CTY, ["France", "French"], [D06, D12, D50, D76, D83], OPT),  # a place only in D12 too
    (
        "United States",
        CTY,
        ["United States", "US", "U.S.", "American", "Americans", "USA"],
        [*US_DOCS, D47, D48, D50, D51, D56],
    ),
    # optional: an adjective only in 10; in 16 a place only, kept optional so one entry serves both batches
    ("Canada", CTY, ["Canada", "Canadian", "Canadians"], [D10, D16, D25, D43, D56, D83], OPT),
    ("Brazil", CTY, ["Brazil", "Brazillian", "Brazilian", "Brasil", "Brazilians"], [D10, D25, D42, D50, D52, D68, D69]),
    # ---- organisations
    ("Civil Defense Authority", ORG, ["Civil Defense Authority"], [D01]),
    ("al-Ikhbariya", ORG, ["al-Ikhbariya"], [D01]),
    ("Saudi Gazette", ORG, ["Saudi Gazette"], [D01]),
    ("Saudi Interior Ministry", ORG, ["Saudi Interior Ministry", "Interior Ministry"], [D02]),
    ("Greek Ministry of Culture", ORG, ["Greek Ministry of Culture", "Ministry of Culture"], [D03]),
    ("Greek Orthodox Church", ORG, ["Greek Orthodox Church"], [D03]),
    ("Legislative Council", ORG, ["Legislative Council"], [D04]),
    (
        "Church of Scientology",
        ORG,
        ["Church of Scientology", "Scientology", "Church", "The Church of Scientology"],
        [D05, D06],
    ),
    ("Wikinews", ORG, ["Wikinews", "WN"], [D05, D09, D28, D29, D30, D31, D32, D33, D92]),
    ("Anonymous", ORG, ["Anonymous"], [D05], OPT),
    ("4chan", ORG, ["4chan"], [D05], OPT),
    ("YouTube", ORG, ["YouTube"], [D05, D94]),
    ("Gawker.com", ORG, ["Gawker.com", "Gawker"], [D05]),
    ("The Globe and Mail", ORG, ["The Globe and Mail", "Globe and Mail"], [D05]),
    ("Operation Clambake", ORG, ["Operation Clambake"], [D05], OPT),
    ("BBC News", ORG, ["BBC News", "BBC"], [D05, D24, D34, D41, D70, D83, D92, D93]),
    ("Hitwise UK", ORG, ["Hitwise UK", "Hitwise"], [D05]),
    ("Sea Org", ORG, ["Sea Org"], [D06]),
    (
        "Australian Broadcasting Corporation",
        ORG,
        ["Australian Broadcasting Corporation", "ABC News", "ABC Australia"],
        [D06, D26],
    ),
    ("Massachusetts Institute of Technology", ORG, ["Massachusetts Institute of Technology", "MIT"], [D07, D33]),
    ("Colorado State University", ORG, ["Colorado State University"], [D07]),
    ("University of Sheffield", ORG, ["University of Sheffield"], [D07]),
    ("Nature Climate Change", ORG, ["Nature Climate Change"], [D07], OPT),
    ("The Huffington Post", ORG, ["The Huffington Post", "Huffington Post"], [D07]),
    ("U.S. Department of Agriculture", ORG, ["U.S. Department of Agriculture", "Department of Agriculture"], [D07]),
    (
        "U.S. Environmental Protection Agency",
        ORG,
        ["U.S. Environmental Protection Agency", "Environmental Protection Agency"],
        [D07, D95],
    ),
    ("Croucher Foundation", ORG, ["Croucher Foundation"], [D07]),
    ("US National Science Foundation", ORG, ["US National Science Foundation", "National Science Foundation"], [D07]),
    ("US National Park Service", ORG, ["US National Park Service", "National Park Service"], [D07]),
    ("NASA", ORG, ["NASA"], [D08, D33]),
    ("Smithsonian", ORG, ["Smithsonian"], [D08], OPT),
    ("National Air and Space Museum", ORG, ["National Air and Space Museum"], [D08], OPT),
    ("Intrepid Sea-Air-Space Museum", ORG, ["Intrepid Sea-Air-Space Museum"], [D08], OPT),
    ("California Science Center", ORG, ["California Science Center"], [D08], OPT),
    ("Republican Party", ORG, ["Republican Party", "Republican", "Republicans"], [D08, D31, D40, D49, D60], OPT),
    ("Museum of Flight", ORG, ["Museum of Flight", "The Museum of Flight"], [D08]),
    ("Adler Planetarium", ORG, ["Adler Planetarium"], [D08], OPT),
    ("Evergreen Aviation & Space Museum", ORG, ["Evergreen Aviation & Space Museum"], [D08], OPT),
    ("Texas A&M", ORG, ["Texas A&M"], [D08], OPT),
    (
        "National Museum of the U.S. Air Force",
        ORG,
        ["National Museum of the U.S. Air Force", "National Museum"],
        [D08],
        OPT,
    ),
    ("U.S. Space and Rocket Center", ORG, ["U.S. Space and Rocket Center", "Space and Rocket Center"], [D08], OPT),
    ("University of Southern Indiana", ORG, ["University of Southern Indiana", "USI"], [D09]),
    ("McCutchan Art Center", ORG, ["McCutchan Art Center", "Pace Galleries"], [D09], OPT),
    ("Andy Warhol Foundation for the Visual Arts", ORG, ["Andy Warhol Foundation for the Visual Arts"], [D09]),
    ("Ubisoft", ORG, ["Ubisoft"], [D10]),
    ("Microsoft", ORG, ["Microsoft"], [D10, D51]),
    ("Cloud9", ORG, ["Cloud9"], [D10]),
    ("Immortals", ORG, ["Immortals"], [D10]),
    # ---- second batch: people
    ("Andrzej Duda", PER, ["Andrzej Duda", "Duda", "President Andrzej Duda"], [D11, D82]),
    (
        "Joachim Brudziński",
        PER,
        ["Joachim Brudziński", "Brudzinski", "Brudziński", "Interior Minister Joachim Brudziński"],
        [D11, D82],
    ),
    ("Tomasz Kubiak", PER, ["Tomasz Kubiak"], [D11]),
    ("Monika Kosiec", PER, ["Monika Kosiec", "Kosiec"], [D11]),
    ("Piotr Jedlinski", PER, ["Piotr Jedlinski"], [D11]),
    ("Mike Pompeo", PER, ["Mike Pompeo", "US Secretary of State Mike Pompeo"], [D12, D15, D24]),
    ("Hamid Arabnejad Khanooki", PER, ["Hamid Arabnejad Khanooki"], [D12]),
    ("Angela Merkel", PER, ["Angela Merkel"], [D12]),
    ("Steffen Seibert", PER, ["Steffen Seibert"], [D12]),
    ("Richard Grenell", PER, ["Richard Grenell"], [D12]),
    ("Bashar al-Assad", PER, ["Bashar al-Assad", "al-Assad", "Assad"], [D12, D85]),
    ("Donald Trump", PER, ["Donald Trump", "Trump", "President Trump"], [D12, D14, D21, D22, D31, D85, D96]),
    ("Barack Obama", PER, ["Barack Obama"], [D12, D31]),
    ("Youssef Chahed", PER, ["Youssef Chahed", "Chahed"], [D13]),
    ("Jamel Msallem", PER, ["Jamel Msallem"], [D13]),
    ("Samir Dilou", PER, ["Samir Dilou"], [D13]),
    ("Souhail Alouini", PER, ["Souhail Alouini"], [D13]),
    ("Zine El Abidine Ben Ali", PER, ["Zine El Abidine Ben Ali"], [D13]),
    ("Steven Jones", PER, ["Steven Jones", "Detective Inspector Steven Jones"], [D14]),
    ("Maurizio Cattelan", PER, ["Maurizio Cattelan", "Cattelan"], [D14]),
    ("Dominic Hare", PER, ["Dominic Hare"], [D14]),
    (
        "Boris Johnson",
        PER,
        ["Boris Johnson", "Johnson", "Prime Minister Boris Johnson", "Prime Minister Johnson"],
        [D15, D19, D93],
    ),
    ("Anne Sacoolas", PER, ["Anne Sacoolas", "Sacoolas"], [D15]),
    ("Harry Dunn", PER, ["Harry Dunn", "Dunn"], [D15]),
    ("Jonathan Socoolas", PER, ["Jonathan Socoolas"], [D15]),
    ("Nick Adderley", PER, ["Nick Adderley"], [D15]),
    ("Stephen Mold", PER, ["Stephen Mold"], [D15]),
    ("Dominic Raab", PER, ["Dominic Raab"], [D15]),
    ("Charlotte Charles", PER, ["Charlotte Charles", "Charles"], [D15]),
    # ---- second batch: countries
    ("Poland", CTY, ["Poland", "Polish"], [D11, D27, D82, D94]),
    ("Germany", CTY, ["Germany", "German"], [D12, D25, D66, D76]),
    ("Iran", CTY, ["Iran", "Iranian", "Islamic Republic of Iran"], [D12, D24, D89]),
    ("Syria", CTY, ["Syria", "Syrian"], [D12, D22, D35, D85]),
    ("Spain", CTY, ["Spain"], [D12, D25, D54]),
    ("Italy", CTY, ["Italy", "Italian"], [D12, D14, D76]),
    ("Denmark", CTY, ["Denmark"], [D12, D27]),
    ("Netherlands", CTY, ["Netherlands", "Dutch"], [D12, D62]),
    ("Tunisia", CTY, ["Tunisia", "Tunisian"], [D13]),
    ("Iraq", CTY, ["Iraq", "Iraqi"], [D13, D35, D43, D51, D61, D66], OPT),  # only inside an organisation's name in 13
    ("Algeria", CTY, ["Algeria"], [D13]),
    ("Morocco", CTY, ["Morocco"], [D13]),
    ("England", CTY, ["England"], [D14, D19, D75], OPT),  # a place only
    # ---- second batch: organisations
    ("State Fire Brigade", ORG, ["State Fire Brigade"], [D11]),
    ("Agence France-Presse", ORG, ["Agence France-Presse"], [D11, D13]),
    ("PAP", ORG, ["PAP"], [D11]),
    ("Mahan Air", ORG, ["Mahan Air", "Mahan"], [D12]),
    ("Federal Aviation Office", ORG, ["Federal Aviation Office of Germany", "Federal Aviation Office"], [D12]),
    ("Rudaw", ORG, ["Rudaw"], [D12]),
    ("Islamic Revolutionary Guard Corps", ORG, ["Islamic Revolutionary Guard Corps", "Revolutionary Guards"], [D12]),
    ("European Union", ORG, ["European Union", "EU"], [D12, D23, D47, D85, D92]),
    ("Deutsche Bahn", ORG, ["Deutsche Bahn"], [D12]),
    ("Deutsche Telekom", ORG, ["Deutsche Telekom"], [D12]),
    ("Daimler", ORG, ["Daimler"], [D12]),
    ("Siemens", ORG, ["Siemens"], [D12]),
    ("Reuters", ORG, ["Reuters"], [D12, D24, D34, D88, D94, D97]),
    (
        "Islamic State of Iraq and the Levant",
        ORG,
        ["Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria", "ISIS"],
        [D13, D85],
    ),
    (
        "Tunisian League for the Defence of Human Rights",
        ORG,
        ["Tunisian League for the Defence of Human Rights"],
        [D13],
    ),
    ("Tunisian Parliament", ORG, ["Tunisian Parliament", "Parliament"], [D13]),
    ("Thames Valley Police", ORG, ["Thames Valley Police"], [D14]),
    ("The New York Times", ORG, ["The New York Times", "New York Times"], [D14, D31, D56]),
    ("Royal Air Force", ORG, ["Royal Air Force"], [D15]),
    ("US Air Force", ORG, ["US Air Force", "United States Air Force", "Air Force"], [D15, D44]),
    ("Northamptonshire Police", ORG, ["Northamptonshire police"], [D15], OPT),  # written in lower case
    ("US Embassy", ORG, ["US Embassy"], [D15]),
    (
        "United States Department of State",
        ORG,
        ["United States Department of State", "State Department"],
        [D15],
    ),
    ("Daily Mail", ORG, ["Daily Mail"], [D15]),
    # ---- third batch (Wikinews 2020): people
    ("Gary Gray", PER, ["Gary Gray", "Constable Gary Gray"], [D16]),
    ("Daniel Dubé", PER, ["Daniel Dubé", "Detective Constable Daniel Dubé"], [D16]),
    ("Bob Hughes", PER, ["Bob Hughes"], [D16]),
    ("Michaela Jyrkkanen", PER, ["Michaela Jyrkkanen"], [D16]),
    ("Sukhpreet Klaire", PER, ["Sukhpreet Klaire", "Dr Sukhpreet Klaire"], [D16]),
    ("Nils-Erik Haagenrud", PER, ["Nils-Erik Haagenrud"], [D17]),
    ("Erna Solberg", PER, ["Erna Solberg", "Solberg", "Prime Minister Erna Solberg"], [D17]),
    ("Alberto Fernández", PER, ["Alberto Fernández", "Fernández", "President Fernández"], [D18]),
    ("Mariela Belski", PER, ["Mariela Belski"], [D18]),
    ("Jorge Eduardo Scheinig", PER, ["Jorge Eduardo Scheinig", "Monsenor Jorge Eduardo Scheinig"], [D18]),
    ("Sudesh Amman", PER, ["Sudesh Amman", "Amman"], [D19]),
    ("Alexis Boon", PER, ["Alexis Boon"], [D19]),
    ("Sadiq Khan", PER, ["Sadiq Khan", "Khan"], [D19, D92]),
    ("Ferdinand Marcos", PER, ["Ferdinand Marcos"], [D20]),
    ("Rodrigo Duterte", PER, ["Rodrigo Duterte", "Duterte", "President Rodrigo Duterte"], [D20]),
    ("Jose Calida", PER, ["Jose Calida", "Solicitor General Jose Calida"], [D20]),
    ("Carlo Katigbak", PER, ["Carlo Katigbak", "Katigbak"], [D20]),
    ("Harry Roque", PER, ["Harry Roque"], [D20]),
    # ---- third batch: countries
    ("Norway", CTY, ["Norway", "Norwegian"], [D17]),
    ("Ireland", CTY, ["Ireland", "Irish"], [D17, D25, D75, D79, D83]),
    ("Argentina", CTY, ["Argentina", "Argentine", "Argentinian"], [D18, D30, D50]),
    ("Uruguay", CTY, ["Uruguay"], [D18, D50]),
    ("Guyana", CTY, ["Guyana"], [D18, D50]),
    ("Cuba", CTY, ["Cuba", "Cuban"], [D18, D68]),
    ("Philippines", CTY, ["Philippines", "Philippine"], [D20]),
    # ---- third batch: organisations
    ("Kamloops Police", ORG, ["Kamloops Police"], [D16]),
    ("Royal Canadian Mounted Police", ORG, ["Royal Canadian Mounted Police", "RCMP", "Kamloops RCMP"], [D16]),
    ("CBC", ORG, ["CBC"], [D16]),
    ("Ask Wellness Society", ORG, ["Ask Wellness Society"], [D16]),
    ("Kamloops This Week", ORG, ["Kamloops This Week"], [D16]),
    ("B.C. Coroners Service", ORG, ["B.C. Coroners Service", "Coroners Service"], [D16]),
    ("The Mustard Seed Kamloops", ORG, ["The Mustard Seed Kamloops", "Mustard Seed Kamloops"], [D16]),
    ("NRK", ORG, ["NRK"], [D17]),
    ("Rogaland Fire and Rescue", ORG, ["Rogaland Fire and Rescue"], [D17]),
    ("Oslo Fire and Rescue", ORG, ["Oslo Fire and Rescue"], [D17]),
    ("Opel", ORG, ["Opel"], [D17], OPT),  # only in a car model's name
    ("National Congress", ORG, ["National Congress"], [D18]),
    ("Amnesty International", ORG, ["Amnesty International"], [D18, D87]),
    ("PA Media", ORG, ["PA Media"], [D19]),
    ("Boots", ORG, ["Boots"], [D19], OPT),  # a store named as a place
    ("Metropolitan Police Counter Terrorism Command", ORG, ["Metropolitan Police Counter Terrorism Command"], [D19]),
    ("Metropolitan Police", ORG, ["Metropolitan Police"], [D19], OPT),  # only inside the command's name
    ("ABS-CBN", ORG, ["ABS-CBN", "ABS-CBN Corporation"], [D20]),
    ("ABS-CBN News Channel", ORG, ["ABS-CBN News Channel"], [D20], OPT),  # a channel of the network
    ("Congress of the Philippines", ORG, ["Congress of the Philippines", "Congress"], [D20]),
    ("National Telecommunications Commission", ORG, ["National Telecommunications Commission", "NTC"], [D20]),
    ("Senate", ORG, ["Senate"], [D20]),
    # ---- fourth batch (Wikinews 2019 and 2020): people
    ("Mike Pence", PER, ["Mike Pence"], [D21]),
    ("Nancy Pelosi", PER, ["Nancy Pelosi"], [D21]),
    ("Chuck Schumer", PER, ["Chuck Schumer"], [D21]),
    ("Dick Durbin", PER, ["Dick Durbin", "Durbin", "Senate Minority Whip Dick Durbin"], [D21]),
    ("Adam Schiff", PER, ["Adam Schiff", "Schiff", "Represenative Adam Schiff"], [D21]),
    (
        "Recep Tayyip Erdoğan",
        PER,
        ["Recep Tayyip Erdoğan", "Erdoğan", "Erdogan", "President Erdogan", "Turkish President Recep Tayyip Erdoğan"],
        [D22, D85],
    ),
    ("George Katrougalos", PER, ["George Katrougalos", "Greek Foreign Minister George Katrougalos"], [D22]),
    ("Muhammadu Buhari", PER, ["Muhammadu Buhari"], [D23]),
    ("Patrice Talon", PER, ["Patrice Talon"], [D23]),
    ("Albert Muchanga", PER, ["Albert Muchanga"], [D23]),
    ("Mahamadou Issoufou", PER, ["Mahamadou Issoufou"], [D23]),
    ("Abdel Fattah el-Sisi", PER, ["Abdel Fattah el-Sisi", "President Abdel Fattah el-Sisi"], [D23]),
    ("Okey Oramah", PER, ["Okey Oramah"], [D23]),
    ("Yahya Sarea", PER, ["Yahya Sarea", "Sarea", "Saree"], [D24]),  # the source spells him both ways
    ("Jonathan Marcus", PER, ["Jonathan Marcus"], [D24]),
    ("Abdrabbuh Mansur Hadi", PER, ["Abdrabbuh Mansur Hadi"], [D24]),
    ("Jong Woo Son", PER, ["Jong Woo Son", "Jong"], [D25]),
    ("Jessie K. Liu", PER, ["Jessie K. Liu", "Liu"], [D25]),
    ("Nikki Holland", PER, ["Nikki Holland"], [D25]),
    ("Matthew Falder", PER, ["Matthew Falder"], [D25]),
    ("Russell Zimmerman", PER, ["Russell Zimmerman"], [D26]),
    ("Gary Mortimer", PER, ["Gary Mortimer", "Dr Gary Mortimer"], [D26]),
    ("Matt Simister", PER, ["Matt Simister"], [D27]),
    ("Dave Lewis", PER, ["Dave Lewis"], [D27]),
    # ---- fourth batch: countries
    ("Mexico", CTY, ["Mexico", "Mexican", "Mexicans"], [D21, D50, D91]),
    ("Turkey", CTY, ["Turkey", "Turkish"], [D22, D85, D88]),
    ("Israel", CTY, ["Israel", "Israeli", "Israelis", "State of Israel"], [D22, D35, D64]),
    ("Nigeria", CTY, ["Nigeria"], [D23]),
    ("Benin", CTY, ["Benin"], [D23]),
    ("Niger", CTY, ["Niger"], [D23]),
    ("Egypt", CTY, ["Egypt", "Egyptian"], [D23, D35]),
    ("Eritrea", CTY, ["Eritrea"], [D23]),
    ("Ghana", CTY, ["Ghana"], [D23]),
    ("Yemen", CTY, ["Yemen"], [D24, D89]),
    ("South Korea", CTY, ["South Korea", "South Korean", "Republic of Korea", "Korea"], [D25, D27, D42, D48]),
    ("Czech Republic", CTY, ["Czech Republic", "Czech"], [D25, D96]),
    ("United Arab Emirates", CTY, ["United Arab Emirates"], [D25, D89]),
    ("Czechia", CTY, ["Czechia"], [D27]),
    ("Hungary", CTY, ["Hungary", "Hungarian"], [D27, D96]),
    ("Slovakia", CTY, ["Slovakia"], [D27]),
    ("Thailand", CTY, ["Thailand", "Thai"], [D27, D80]),
    ("Malaysia", CTY, ["Malaysian"], [D27], OPT),  # an adjective only
    # ---- fourth batch: organisations
    # "Congress" is the Philippines' in 20 (batch apart)
    ("United States Congress", ORG, ["Congress"], [D21, D44, D49]),
    ("United States Senate", ORG, ["Senate"], [D21, D44], OPT),  # only in titles; "Senate" is the Philippines' in 20
    ("United States House of Representatives", ORG, ["House"], [D21, D44], OPT),  # only in titles
    ("House Intelligence Committee", ORG, ["House Intelligence Committee"], [D21]),
    ("Internal Revenue Service", ORG, ["Internal Revenue Service"], [D21]),
    (
        "UNESCO",
        ORG,
        ["UNESCO", "United Nations Educational, Scientific and Cultural Organization"],
        [D22],
    ),
    ("Hurriyet Daily News", ORG, ["Hurriyet Daily News"], [D22]),
    ("Greek Reporter", ORG, ["Greek Reporter"], [D22]),
    ("Sputnik News", ORG, ["Sputnik News"], [D22]),
    (
        "United States Commission on International Religious Freedom",
        ORG,
        ["United States Commission on International Religious Freedom", "USCIRF"],
        [D22],
    ),
    ("United Nations", ORG, ["United Nations", "UN", "U.N."], [D22, D24, D41, D51, D55, D70, D76, D88]),
    ("World Heritage Committee", ORG, ["World Heritage Committee"], [D22]),
    ("African Union", ORG, ["African Union", "AU"], [D23]),
    ("African Export–Import Bank", ORG, ["African Export–Import Bank"], [D23]),
    ("International Monetary Fund", ORG, ["International Monetary Fund"], [D23]),
    ("Saudi Aramco", ORG, ["Saudi Aramco"], [D24]),
    ("Houthi movement", ORG, ["Houthi movement", "Houthi", "Houthis"], [D24, D89]),
    ("Saudi Press Agency", ORG, ["Saudi Press Agency"], [D24]),
    ("al-Masirah TV", ORG, ["al-Masirah TV", "al-Masirah"], [D24]),
    ("Royal Saudi Air Force", ORG, ["Royal Saudi Air Force"], [D24]),
    ("Al-Qaeda", ORG, ["Al-Qaeda"], [D24]),
    (
        "United States Department of Justice",
        ORG,
        ["United States Department of Justice", "US Department of Justice"],
        [D25, D95],
    ),
    ("National Crime Agency", ORG, ["National Crime Agency", "NCA"], [D25]),
    ("National Police Agency", ORG, ["National Police Agency"], [D25]),
    ("Woolworths", ORG, ["Woolworths"], [D26]),
    ("Coles", ORG, ["Coles"], [D26]),
    ("ALDI", ORG, ["ALDI"], [D26]),
    ("Costco", ORG, ["Costco"], [D26]),
    ("Facebook", ORG, ["Facebook"], [D26], OPT),  # the chains' pages and posts: a website as a place
    ("Australian Retailers Association", ORG, ["Australian Retailers Association"], [D26]),
    ("News.com.au", ORG, ["News.com.au"], [D26]),
    ("Queensland University of Technology", ORG, ["Queensland University of Technology"], [D26]),
    ("Who Gives a Crap", ORG, ["Who Gives a Crap"], [D26]),
    ("Kimberly-Clark", ORG, ["Kimberly-Clark"], [D26]),
    ("Solaris Paper", ORG, ["Solaris Paper"], [D26]),
    ("Domain.com", ORG, ["Domain.com"], [D26]),
    ("NT News", ORG, ["NT News"], [D26]),
    ("Ocado", ORG, ["Ocado"], [D26]),
    ("Tesco", ORG, ["Tesco", "Tesco Polska"], [D27]),
    ("Salling Group", ORG, ["Salling Group", "Salling", "Salling Group A/S"], [D27]),
    ("Netto", ORG, ["Netto", "Netto Poland"], [D27]),
    ("UOKiK", ORG, ["UOKiK"], [D27]),
    ("Biedronka", ORG, ["Biedronka"], [D27]),
    ("LIDL", ORG, ["LIDL"], [D27]),
    ("Notes from Poland", ORG, ["Notes from Poland", "NFP"], [D27]),
    ("Gazeta Prawna", ORG, ["Gazeta Prawna"], [D27]),
    ("Deutsche Welle", ORG, ["Deutsche Welle", "DW"], [D27]),
    ("Charoen Pokphand", ORG, ["Charoen Pokphand"], [D27]),
    ("China Resources Holdings", ORG, ["China Resources Holdings"], [D27]),
    ("HomePlus", ORG, ["HomePlus"], [D27]),
    ("Portfolio.hu", ORG, ["Portfolio.hu"], [D27]),
    ("Gazeta Wyborcza", ORG, ["Gazeta Wyborcza"], [D27]),
    ("Kaufland", ORG, ["Kaufland"], [D27]),
    ("Echo Investment", ORG, ["Echo Investment"], [D27]),
    # ---- fifth batch (Wikinews 2019 and 2020): people
    ("Michael Siegel", PER, ["Michael Siegel", "Siegel", "Professor Michael Siegel", "Professor Siegel", "MS"], [D28]),
    ("Anita Knopov", PER, ["Anita Knopov"], [D28]),
    ("Madina Bizheva", PER, ["Madina Bizheva", "Bizheva"], [D29]),
    ("Oleg Titov", PER, ["Oleg Titov"], [D29]),
    ("Irina Borovikova", PER, ["Irina Borovikova"], [D29]),
    ("Albert Sufianov", PER, ["Albert Sufianov", "Sufianov"], [D29]),
    ("Alexander Moor", PER, ["Alexander Moor"], [D29]),
    ("Sergey Dydykin", PER, ["Sergey Dydykin", "Professor Sergey Dydykin"], [D29]),
    ("Ibrahim Salamov", PER, ["Ibrahim Salamov"], [D29]),
    ("Alexander Gagay", PER, ["Alexander Gagay"], [D29]),
    ("Denis Kovalchuk", PER, ["Denis Kovalchuk", "Kovalchuk"], [D29]),
    ("Ivan Shelyagin", PER, ["Ivan Shelyagin"], [D29]),
    ("Valentina Sidorenko", PER, ["Valentina Sidorenko"], [D29]),
    ("Дмитрий Кошелев", PER, ["Дмитрий Кошелев"], [D29], OPT),  # photo credits only
    ("Natasha Gownaris", PER, ["Natasha Gownaris", "Gownaris", "NG"], [D30]),
    ("Dee Boersma", PER, ["Dee Boersma", "Boersma"], [D30]),
    ("Joe Biden", PER, ["Joe Biden", "Biden"], [D31]),
    ("George Floyd", PER, ["George Floyd"], [D31]),
    ("Rayshard Brooks", PER, ["Rayshard Brooks"], [D31]),
    ("Keisha Lance Bottoms", PER, ["Keisha Lance Bottoms", "Bottoms"], [D31]),
    ("Amy Klobuchar", PER, ["Amy Klobuchar", "Senator Amy Klobuchar"], [D31]),
    ("Susan Rice", PER, ["Susan Rice"], [D31]),
    ("Val Demings", PER, ["Val Demings", "Congresswoman Val Demings"], [D31]),
    ("Michelle Lujan Grisham", PER, ["Michelle Lujan Grisham"], [D31]),
    ("Kamala Harris", PER, ["Kamala Harris"], [D31]),
    ("Elizabeth Warren", PER, ["Elizabeth Warren"], [D31]),
    ("Afdahe", PER, ["Afdahe"], [D31], OPT),  # a photo credit's user name
    ("Christopher Columbus", PER, ["Christopher Columbus"], [D31], OPT),  # subjects of statues
    ("George Washington", PER, ["George Washington"], [D31], OPT),
    ("Ulysses S. Grant", PER, ["Ulysses S. Grant"], [D31], OPT),
    ("Matthias Baldwin", PER, ["Matthias Baldwin"], [D31], OPT),
    ("Andrew Jackson", PER, ["Andrew Jackson"], [D31], OPT),
    ("Abraham Lincoln", PER, ["Abraham Lincoln"], [D31], OPT),
    ("John Bolton", PER, ["John Bolton", "Bolton"], [D31]),
    ("Xi Jinping", PER, ["Xi Jinping"], [D31]),
    ("Rocky De La Fuente", PER, ["Rocky De La Fuente", "De La Fuente"], [D31]),
    ("Darcy Richardson", PER, ["Darcy Richardson", "Richardson"], [D31]),
    ("J. R. Myers", PER, ["J. R. Myers", "Myers"], [D31]),
    ("Tiara Lusk", PER, ["Tiara Lusk", "Lusk"], [D31]),
    ("Howie Hawkins", PER, ["Howie Hawkins"], [D31]),
    ("Phil Collins", PER, ["Phil Collins", "Collins"], [D31]),
    ("Billy Joe Parker", PER, ["Billy Joe Parker", "Parker"], [D31]),
    ("James Hedges", PER, ["James Hedges"], [D31]),
    ("Bill Bayes", PER, ["Bill Bayes", "Bayes"], [D31]),
    ("C.L. Gammon", PER, ["C.L. Gammon", "Gammon"], [D31]),
    ("Eugene McCarthy", PER, ["Eugene McCarthy"], [D31]),
    ("Don Blankenship", PER, ["Don Blankenship", "Blankenship"], [D31]),
    ("Mohr", PER, ["Mohr"], [D31], OPT),  # only in "Blankenship/Mohr ticket"
    ("Gregory Kurtzer", PER, ["Gregory Kurtzer", "Kurtzer"], [D32]),
    ("Rocky McGaugh", PER, ["Rocky McGaugh"], [D32]),
    ("Chris Wright", PER, ["Chris Wright"], [D32]),
    ("Sara Seager", PER, ["Sara Seager", "Seager", "Dr Seager", "Dr Sara Seager", "Professor Seager"], [D33]),
    # ---- fifth batch: countries
    ("Russia", CTY, ["Russia", "Russian", "Russians"], [D29, D31, D89, D90]),
    ("Kazakhstan", CTY, ["Kazakhstan"], [D29]),
    ("Japan", CTY, ["Japan", "Japanese", "Japan's"], [D30, D36, D51, D76], OPT),  # "a Japanese company" only in 30
    ("Afghanistan", CTY, ["Afghanistan"], [D31]),
    # ---- fifth batch: organisations
    ("Boston University", ORG, ["Boston University", "Boston University School of Public Health"], [D28]),
    ("Department of Community Health Sciences", ORG, ["Department of Community Health Sciences"], [D28], OPT),
    ("American Journal of Preventive Medicine", ORG, ["American Journal of Preventive Medicine"], [D28], OPT),
    ("Centers for Disease Control and Prevention", ORG, ["Centers for Disease Control and Prevention"], [D28]),
    ("Federal Center for Neurosurgery", ORG, ["Federal Center for Neurosurgery"], [D29]),
    (
        "First Moscow State Medical University",
        ORG,
        ["First Moscow State Medical University", "First MSMU", "Sechenov University"],
        [D29],
    ),
    ("Kabardino-Balkarian State University", ORG, ["Kabardino-Balkarian State University"], [D29]),
    ("Ural State Medical University", ORG, ["Ural State Medical University"], [D29]),
    ("Buryat State University", ORG, ["Buryat State University"], [D29]),
    ("Tyumen State Medical University", ORG, ["Tyumen State Medical University"], [D29]),
    ("Ecological Applications", ORG, ["Ecological Applications"], [D30], OPT),
    ("University of Washington", ORG, ["University of Washington"], [D30]),
    ("Center for Ecosystem Sentinels", ORG, ["Center for Ecosystem Sentinels"], [D30]),
    ("Prohibition Party", ORG, ["Prohibition Party"], [D31]),
    ("Reform Party", ORG, ["Reform Party"], [D31]),
    ("Life and Liberty Party", ORG, ["Life and Liberty Party", "L&L"], [D31]),
    ("Democratic Party", ORG, ["Democratic Party", "Democratic", "Democrats"], [D31, D40, D60]),
    ("RealClearPolitics", ORG, ["RealClearPolitics"], [D31]),
    ("Black Lives Matter", ORG, ["Black Lives Matter"], [D31]),
    ("Alliance Party", ORG, ["Alliance Party"], [D31]),
    ("Natural Law Party of Michigan", ORG, ["Natural Law Party of Michigan"], [D31]),
    ("American Delta Party", ORG, ["American Delta"], [D31], OPT),  # only in a question's list of parties
    ("Green Party", ORG, ["Green Party"], [D31]),
    ("Taliban", ORG, ["Taliban"], [D31]),
    ("Zogby International", ORG, ["Zogby International"], [D31]),
    ("American Independent Party", ORG, ["American Independent Party"], [D31]),
    ("Uncovered Politics", ORG, ["Uncovered Politics"], [D31], OPT),  # a website a person owns
    ("Western Nevada College", ORG, ["Western Nevada College"], [D31]),
    ("Republican Party of Idaho", ORG, ["Republican Party of Idaho"], [D31], OPT),
    ("Constitution Party", ORG, ["Constitution Party"], [D31]),
    ("Constitution Party of Idaho", ORG, ["Constitution Party of Idaho"], [D31], OPT),
    ("Politics1.com", ORG, ["Politics1.com"], [D31]),
    ("Zoom", ORG, ["Zoom"], [D31], OPT),  # a platform met on
    ("Red Hat", ORG, ["Red Hat"], [D32]),
    ("IBM", ORG, ["IBM"], [D32]),
    ("Caos Linux Foundation", ORG, ["Caos Linux Foundation"], [D32]),
    ("Reddit", ORG, ["Reddit"], [D32], OPT),  # a website used as a place
    ("Nature Astronomy", ORG, ["Nature Astronomy"], [D33], OPT),
    # ---- sixth batch (Wikinews 2004, WikinewsSum), annotated by helper h16s before docbot was run on it
    ("Hari Kostov", PER, ["Hari Kostov", "Kostov"], [D34]),
    ("Macedonia", CTY, ["Macedonia", "Macedonian"], [D34]),
    ("NOS", ORG, ["NOS"], [D34, D62]),
    ("Ariel Sharon", PER, ["Ariel Sharon", "Sharon"], [D35]),
    ("Levi Eshkol", PER, ["Levi Eshkol", "Eshkol", "Prime Minister Eshkol"], [D35]),
    ("Yitzhak Rabin", PER, ["Yitzhak Rabin"], [D35]),
    ("Ma'arachot", ORG, ["Ma'arachot"], [D35], OPT),  # a publication where the comments appeared
    ("Self-Defence Forces", ORG, ["Self-Defence Forces", "Self-Defense Forces", "Japanese Self-Defense Forces"], [D36]),
    ("Defence Agency", ORG, ["Defence Agency"], [D36]),
    ("Wu Daiwei", PER, ["Wu Daiwei"], [D36]),
    ("Anami Koreshige", PER, ["Anami Koreshige"], [D36]),
    ("Koizumi Junichiro", PER, ["Koizumi Junichiro"], [D36]),
    ("Hu Jintao", PER, ["Hu Jintao"], [D36]),
    ("Liberal Democratic Party", ORG, ["Liberal Democratic Party", "LDP"], [D36]),
    ("Chile", CTY, ["Chile", "Chilean"], [D36, D50, D72]),
    ("Jim Taricani", PER, ["Jim Taricani", "Taricani"], [D37]),
    ("Ernest Torres", PER, ["Ernest Torres", "Torres", "Judge Ernest Torres"], [D37]),
    ("Vincent Cianci", PER, ["Vincent Cianci", "Cianci"], [D37]),
    ("WJAR-TV News", ORG, ["WJAR-TV News", "WJAR-TV"], [D37]),
    ("US District Court", ORG, ["US District Court"], [D37]),
    ("Bao", PER, ["Bao", "Mr. Bao"], [D38]),
    ("Vohor", PER, ["Vohor", "Mr. Vohor"], [D38]),
    ("Vanuatu", CTY, ["Vanuatu"], [D38]),
    ("Taiwan", CTY, ["Taiwan", "Republic of China"], [D38]),
    ("Wangari Maathai", PER, ["Wangari Maathai", "Dr Wangari Maathai", "Maathai", "Dr Maathai"], [D39]),
    ("Kenya", CTY, ["Kenya", "Kenyan"], [D39]),
    ("Nobel committee", ORG, ["Nobel committee"], [D39]),
    ("University of Nairobi", ORG, ["University of Nairobi"], [D39], OPT),  # her degree's university only
    ("Red Cross", ORG, ["Red Cross"], [D39, D51, D55]),
    ("Green Belt Movement", ORG, ["Green Belt Movement", "GBM"], [D39]),
    ("UNESCO Courier", ORG, ["UNESCO Courier"], [D39], OPT),  # the outlet spoken to, named in passing
    ("Daniel arap Moi", PER, ["Daniel arap Moi", "Moi"], [D39]),
    ("Liberal Party of Kenya", ORG, ["Liberal Party of Kenya"], [D39]),
    ("Kenya African National Union", ORG, ["Kenya African National Union"], [D39]),
    ("Wu", PER, ["Wu"], [D40]),
    ("Blackwell", PER, ["Blackwell", "Ohio Secretary of State Blackwell"], [D40]),
    ("John Conyers", PER, ["John Conyers", "Conyers"], [D40]),
    ("Jerrold Nadler", PER, ["Jerrold Nadler"], [D40]),
    ("Robert Wexler", PER, ["Robert Wexler"], [D40]),
    (
        "Government Accountability Office",
        ORG,
        ["Government Accountability Office", "GAO", "U.S. Government Accountability Office"],
        [D40],
    ),
    ("House Committee on the Judiciary", ORG, ["House Committee on the Judiciary"], [D40]),
    ("Department of Justice", ORG, ["DOJ", "Department of Justice"], [D40, D81]),
    ("Jan Egeland", PER, ["Jan Egeland", "Egeland"], [D41, D51]),
    ("Indonesia", CTY, ["Indonesia", "Indonesian"], [D41, D55]),
    ("Rachel Harvey", PER, ["Rachel Harvey"], [D41]),
    ("Michael Elmquist", PER, ["Michael Elmquist"], [D41]),
    ("World Food Programme", ORG, ["World Food Programme"], [D41]),
    # ---- seventh batch (Wikinews 2004, WikinewsSum), annotated by helper h16t before docbot was run on it
    ("Luiz Inácio Lula da Silva", PER, ["Luiz Inácio Lula da Silva", "Lula", "Mr. Lula"], [D42, D52]),
    ("Roh Moo-hyun", PER, ["Roh Moo-hyun"], [D42]),
    ("Inter-American Development Bank", ORG, ["Inter-American Development Bank", "IDB"], [D42]),
    ("George W. Bush", PER, ["George W. Bush", "Bush", "President Bush"], [D43, D49, D81]),
    ("Paul Martin", PER, ["Paul Martin", "Prime Minister Paul Martin"], [D43]),
    ("NORAD", ORG, ["NORAD", "North American Aerospace Defence Command"], [D43]),
    ("Indymedia", ORG, ["Indymedia", "IndyMedia"], [D43, D68]),
    ("Boeing", ORG, ["Boeing"], [D44]),
    ("John McCain", PER, ["John McCain", "McCain", "Senator John McCain", "Senator McCain"], [D44]),
    ("Congressional Record", ORG, ["Congressional Record"], [D44], OPT),  # a publication where words appeared
    (
        "United States Department of Defense",
        ORG,
        ["Pentagon", "US Department of Defense", "Department of Defense"],
        [D44, D68, D73],
    ),
    ("Dick Cheney", PER, ["Dick Cheney", "Vice President Dick Cheney"], [D44]),
    ("Halliburton", ORG, ["Halliburton"], [D44]),
    ("Airbus", ORG, ["Airbus"], [D44, D96]),
    ("Ralph Crosby", PER, ["Ralph Crosby"], [D44]),
    (
        "European Aeronautic Defense & Space Company",
        ORG,
        ["European Aeronautic Defense & Space Company", "EADS"],
        [D44],
    ),
    ("Bill Bodie", PER, ["Bill Bodie"], [D44]),
    ("James Roche", PER, ["James Roche", "Roche", "Jim"], [D44]),
    ("Darleen Druyun", PER, ["Darleen Druyun"], [D44]),
    ("Burkhardt & Associates", ORG, ["Burkhardt & Associates"], [D44]),
    ("Marvin Sambur", PER, ["Marvin Sambur"], [D44]),
    ("GovExec.com", ORG, ["GovExec.com"], [D44]),
    ("Michael Wynne", PER, ["Michael Wynne"], [D44]),
    ("Defense Science Board", ORG, ["Defense Science Board", "DSB"], [D44, D73]),
    ("Project on Government Oversight", ORG, ["Project on Government Oversight"], [D44]),
    ("Michael Sears", PER, ["Michael Sears"], [D44]),
    ("Paul Wolfowitz", PER, ["Wolfowitz", "Deputy Defense Secretary Wolfowitz"], [D44]),
    ("Mozambique", CTY, ["Mozambique"], [D45]),
    ("Frelimo", ORG, ["Frelimo"], [D45]),
    ("Armando Guebuza", PER, ["Armando Guebuza", "Guebuza", "Mr. Guebuza"], [D45]),
    ("National Elections Committee", ORG, ["National Elections Committee", "CNE"], [D45]),
    ("Renamo", ORG, ["Renamo"], [D45]),
    ("Portugal", CTY, ["Portugal", "Portuguese"], [D45, D58]),
    ("Carter Center", ORG, ["Carter Center"], [D45]),
    ("Zambia", CTY, ["Zambia", "Zambian"], [D46]),
    ("Times of Zambia", ORG, ["Times of Zambia"], [D46]),
    ("Mundia Sikatana", PER, ["Mundia Sikatana", "Sikatana", "Mr Sikatana", "Mr. Sikatana"], [D46]),
    ("Ministry of Agriculture", ORG, ["ministry of Agriculture"], [D46], OPT),  # a lowercase generic body
    ("Viktor Yushchenko", PER, ["Viktor Yushchenko", "Yushchenko", "Mr. Yushchenko"], [D47, D78]),
    ("Viktor Yanukovich", PER, ["Viktor Yanukovich", "Yanukovich", "Mr. Yanukovich"], [D47]),
    ("Ukraine", CTY, ["Ukrainian", "Ukraine"], [D47, D78]),
    ("Supreme Court of Ukraine", ORG, ["Supreme Court"], [D47, D78]),
    ("Sophos", ORG, ["Sophos"], [D48, D67]),
    ("MX Logic", ORG, ["MX Logic"], [D48]),
    ("Washington Post", ORG, ["Washington Post"], [D49, D88]),
    ("Social Security Administration", ORG, ["Social Security Administration"], [D49]),
    ("Commission to Strengthen Social Security", ORG, ["Commission to Strengthen Social Security"], [D49]),
    ("American Association of Retired Persons", ORG, ["American Association of Retired Persons", "AARP"], [D49]),
    ("John Rother", PER, ["John Rother", "Rother"], [D49]),
    # ---- eighth batch (Wikinews 2004, WikinewsSum), annotated by helper h16v before docbot was run on it
    ("South American Community of Nations", ORG, ["South American Community of Nations", "SACN"], [D50]),
    ("Andean Community", ORG, ["Andean Community", "Comunidad Andina"], [D50]),
    ("Mercosur", ORG, ["Mercosur", "Southern Common Market", "Mercado Común del Sur"], [D50]),
    ("Peru", CTY, ["Peru"], [D50]),
    ("Bolivia", CTY, ["Bolivia", "Bolivian"], [D50]),
    ("Colombia", CTY, ["Colombia", "Colombian"], [D50]),
    ("Venezuela", CTY, ["Venezuela"], [D50]),
    ("Suriname", CTY, ["Suriname"], [D50]),
    ("Ecuador", CTY, ["Ecuador"], [D50]),
    ("Paraguay", CTY, ["Paraguay"], [D50]),
    ("Panama", CTY, ["Panama"], [D50, D68]),
    ("Wagner", PER, ["Wagner"], [D50]),  # the Andean Community's Secretary General, named only so
    ("Fernando Henrique Cardoso", PER, ["Fernando Henrique Cardoso"], [D50]),
    ("Augusto Pinochet", PER, ["Augusto Pinochet", "General Augusto Pinochet", "Pinochet"], [D50, D72]),
    ("Simón Bolívar", PER, ["Simón Bolívar"], [D50]),
    ("Amazon.com", ORG, ["Amazon.com"], [D51]),
    ("American Red Cross", ORG, ["American Red Cross"], [D51], OPT),  # a national society named once as a payee
    ("Yahoo.com", ORG, ["Yahoo.com"], [D51]),
    ("Apple Computer", ORG, ["Apple Computer"], [D51]),
    ("Cisco", ORG, ["Cisco"], [D51]),
    ("eBay", ORG, ["eBay"], [D51]),
    ("Google", ORG, ["Google"], [D51]),
    ("AOL", ORG, ["AOL"], [D51]),
    ("Yasser Arafat", PER, ["Yasser Arafat", "Arafat"], [D52, D64]),
    ("José Dirceu", PER, ["José Dirceu"], [D52]),
    ("Civil House", ORG, ["Civil House"], [D52], OPT),  # named only in a title
    ("PCdoB", ORG, ["PCdoB"], [D52]),
    ("Jamil Murad", PER, ["Jamil Murad", "Deputy Jamil Murad"], [D52]),
    ("Alfred Gusenbauer", PER, ["Alfred Gusenbauer", "Gusenbauer"], [D53]),
    ("Social Democratic Party of Austria", ORG, ["Austrian Social Democrat Party", "SPOE"], [D53]),
    ("Austria", CTY, ["Austrian", "Austria"], [D53, D96]),
    ("Michael Haeupl", PER, ["Michael Haeupl"], [D53]),
    ("Wolfgang Schuessel", PER, ["Wolfgang Schuessel"], [D53]),
    ("Austrian People's Party", ORG, ["Austrian People's Party", "OEVP"], [D53]),
    ("ETA", ORG, ["ETA"], [D54]),
    ("Spanish Ministry of Interior", ORG, ["Ministry of Interior"], [D54]),
    ("Civil Guard", ORG, ["Civil Guard"], [D54]),
    ("El Mundo", ORG, ["El Mundo"], [D54]),
    ("José Antonio Alonso", PER, ["José Antonio Alonso"], [D54]),
    ("World Health Organization", ORG, ["World Health Organization"], [D55, D97]),  # "WHO": the trap "Who"
    ("Universal Pictures", ORG, ["Universal Pictures", "Universal"], [D56]),
    ("Michael Keaton", PER, ["Michael Keaton", "Keaton"], [D56]),
    ("Jack Garner", PER, ["Jack Garner", "Garner"], [D56]),
    ("Gannet News Service", ORG, ["Gannet News Service"], [D56]),
    ("RottenTomatoes.com", ORG, ["RottenTomatoes.com"], [D56]),
    ("Manohla Dargis", PER, ["Manohla Dargis"], [D56]),
    ("Hollywood Reporter", ORG, ["Hollywood Reporter"], [D56]),
    ("Kirk Honeycutt", PER, ["Kirk Honeycutt"], [D56]),
    ("Geoffrey Sax", PER, ["Geoffrey Sax"], [D56]),
    ("Ben Stiller", PER, ["Ben Stiller"], [D56]),
    ("Robert De Niro", PER, ["Robert De Niro"], [D56]),
    ("Dustin Hoffman", PER, ["Dustin Hoffman"], [D56]),
    ("Barbra Streisand", PER, ["Barbra Streisand"], [D56]),
    ("Box Office Mojo", ORG, ["Box Office Mojo"], [D56]),
    ("New Zealand", CTY, ["New Zealand"], [D57, D96]),
    ("Shane Warne", PER, ["Shane Warne"], [D57]),
    ("Stephen Fleming", PER, ["Stephen Fleming"], [D57]),
    ("Glenn McGrath", PER, ["Glenn McGrath"], [D57]),
    ("Nathan Astle", PER, ["Nathan Astle"], [D57]),
    ("Matthew Hayden", PER, ["Matthew Hayden"], [D57]),
    ("Daniel Vettori", PER, ["Daniel Vettori"], [D57]),
    ("John Bracewell", PER, ["John Bracewell"], [D57]),
    ("Scott Styris", PER, ["Scott Styris"], [D57]),
    ("James Franklin", PER, ["James Franklin"], [D57]),
    ("Darryl Tuffey", PER, ["Darryl Tuffey"], [D57]),
    ("Shane Bond", PER, ["Shane Bond"], [D57]),
    # ---- ninth batch (Wikinews 2004, WikinewsSum), annotated by helper ha before docbot was run on it
    ("José Manuel Barroso", PER, ["Barroso"], [D58]),
    ("European Commission", ORG, ["European Commission", "E.C."], [D58], OPT),  # named only in titles
    ("PSD", ORG, ["PSD"], [D58]),
    ("Pedro Santana Lopes", PER, ["Pedro Santana Lopes"], [D58]),
    ("Jorge Sampaio", PER, ["Jorge Sampaio"], [D58]),
    ("Portuguese Parliament", ORG, ["Parliament"], [D58]),
    ("Time Warner", ORG, ["Time Warner"], [D59]),
    ("Sprint", ORG, ["Sprint"], [D59]),
    ("Wall Street Journal", ORG, ["Journal"], [D59]),
    ("Verizon", ORG, ["Verizon"], [D59]),
    ("SBC", ORG, ["SBC"], [D59]),
    ("BellSouth", ORG, ["BellSouth"], [D59]),
    ("Cingular", ORG, ["Cingular"], [D59]),
    ("Dino Rossi", PER, ["Dino Rossi", "Rossi"], [D60]),
    ("Washington State Legislature", ORG, ["Legislature"], [D60]),
    ("Washington State Supreme Court", ORG, ["Supreme Court"], [D60], OPT),  # only where a lawsuit would be filed
    ("Abu Musab al-Zarqawi", PER, ["Abu Musab al-Zarqawi"], [D61]),
    ("Jordan", CTY, ["Jordanian"], [D61]),
    ("Iraqi National Guard", ORG, ["Iraqi National Guard"], [D61]),
    ("Senan Shukri", PER, ["Senan Shukri"], [D61]),
    ("Erik Kurilla", PER, ["Erik Kurilla"], [D61]),
    ("Donner", PER, ["Donner"], [D62]),  # the Dutch justice minister, named only so
    ("Christian Democratic Appeal", ORG, ["Christian Democratic Appeal", "CDA"], [D62]),
    (
        "People's Party for Freedom and Democracy",
        ORG,
        ["People's Party for Freedom and Democracy", "Volkspartij voor Vrijheid en Democratie", "VVD"],
        [D62],
    ),
    ("Democrats 66", ORG, ["Democrats 66", "D66"], [D62]),
    ("Labour Party", ORG, ["Labour Party"], [D62]),
    ("NRC Handelsblad", ORG, ["NRC Handelsblad"], [D62]),
    ("RTL", ORG, ["RTL"], [D62]),
    ("Lousewies van der Laan", PER, ["Lousewies van der Laan"], [D62]),
    ("Dutch parliament", ORG, ["Dutch parliament"], [D62], OPT),  # a lowercase generic body
    ("Ross", PER, ["Ross"], [D63]),  # the convicted killer, named only so
    ("Cornell University", ORG, ["Cornell University"], [D63]),
    ("Michael Norko", PER, ["Michael Norko", "Norko"], [D63]),
    ("Clifford", PER, ["Clifford", "Judge Clifford"], [D63]),  # the judge, named only so
    ("Connecticut Public Defender's Office", ORG, ["Connecticut Public Defender's Office"], [D63]),
    ("Rockville Superior Court", ORG, ["Rockville Superior Court"], [D63]),
    ("Haaretz", ORG, ["Haaretz"], [D64]),
    ("Mahmoud Abbas", PER, ["Mahmoud Abbas", "Abbas"], [D64]),
    ("Fatah", ORG, ["Fatah"], [D64]),
    ("Marwan Barghouti", PER, ["Marwan Barghouti", "Barghouti"], [D64]),
    ("Paul Lucas", PER, ["Paul Lucas"], [D65]),
    ("Peter Beattie", PER, ["Peter Beattie", "Mr Beattie", "Beattie"], [D65]),
    ("Queensland Rail", ORG, ["Queensland Rail"], [D65]),
    ("Bob Scheuber", PER, ["Bob Scheuber"], [D65]),
    # ---- tenth batch (Wikinews 2004, WikinewsSum), annotated by helper ha2 before docbot was run on it
    ("Frank Ford", PER, ['Frank "Greg" Ford', "Sergeant Ford", "Ford"], [D66]),
    ("David DeBatto", PER, ["David DeBatto", "DeBatto", "David"], [D66]),
    ("Democracy Now!", ORG, ["Democracy Now!", "Democracy Now"], [D66]),
    ("Victor Artiga", PER, ["Victor Artiga", "Captain Victor Artiga", "Captain Artiga", "Artiga"], [D66]),
    ("Michael Marciello", PER, ["Michael Marciello", "Sergeant First Class Michael Marciello"], [D66]),
    ("C. Tsai", PER, ["Tsai"], [D66]),  # "Col. C. Tsai", cut by the splitter
    ("Kuwait", CTY, ["Kuwait"], [D66]),
    ("FBI", ORG, ["FBI"], [D66, D81]),
    ("Office of the Inspector General", ORG, ["Office of the Inspector General"], [D66]),
    ("Criminal Investigation Division", ORG, ["Criminal Investigation Division"], [D66]),
    ("Department of the Army", ORG, ["Department of the Army"], [D66], OPT),  # named only as a body's owner
    ("Lycos Europe", ORG, ["Lycos Europe", "Lycos", "Lycos-Europe"], [D67]),
    ("Spamcop.com", ORG, ["Spamcop.com", "Spamcop"], [D67], OPT),  # named as an example of list makers
    ("Steve Linford", PER, ["Steve Linford", "Linford"], [D67]),
    ("Spamhaus", ORG, ["SpamHaus"], [D67]),
    ("Graham Cluley", PER, ["Graham Cluley", "Cluley"], [D67]),
    ("F-Secure", ORG, ["F-Secure"], [D67]),
    ("Finland", CTY, ["Finnish"], [D67]),
    ("Martin Sheen", PER, ["Martin Sheen"], [D68]),
    ("Susan Sarandon", PER, ["Susan Sarandon", "Sarandon"], [D68]),
    ("Elizabeth Nadeau", PER, ["Elizabeth Nadeau"], [D68]),
    (
        "School of the Americas",
        ORG,
        ["School of the Americas", "Army School of the Americas", "USARSA", "SOA"],
        [D68],
    ),
    (
        "Western Hemisphere Institute for Security Cooperation",
        ORG,
        ["Western Hemisphere Institute for Security Cooperation", "WHINSEC"],
        [D68],
    ),
    ("Carlos Marighella", PER, ["Carlos Marighella"], [D68]),
    ("Fidel Castro", PER, ["Fidel Castro"], [D68]),
    ("Soviet Union", CTY, ["Soviet Union", "USSR"], [D68, D78]),
    ("School of Americas Watch", ORG, ["School of Americas Watch", "SOAW"], [D68]),
    ("El Salvador", CTY, ["Salvadoran"], [D68]),
    (
        "University of Central America",
        ORG,
        ["University of Central America", "UCA"],
        [D68],
        OPT,
    ),  # a place of a killing
    ("UN Truth Commission", ORG, ["UN Truth Commission"], [D68]),
    ("Joe Leuer", PER, ["Joe Leuer", "Leuer"], [D68]),
    ("Miriam Tidwell", PER, ["Miriam Tidwell", "Tidwell"], [D68]),
    ("Associated Press", ORG, ["Associated Press"], [D68, D82, D89]),
    (
        "Landless Workers Movement",
        ORG,
        ["Brazilian Landless Workers Movement", "Landless Workers Movement", "MST"],
        [D69],
    ),
    ("Marise Andréa Barbosa Colares", PER, ["Marise Andréa Barbosa Colares"], [D69]),
    ("PSDB", ORG, ["PSDB"], [D69]),
    ("Ismael Rasp Rock", PER, ["Ismael Rasp Rock"], [D69]),
    ("PMDB", ORG, ["PMDB"], [D69]),
    ("Incra", ORG, ["Incra", "National Institute of Colonization and the Agrarian Reformation"], [D69]),
    ("Dendê do Pará S.A", ORG, ["Dendê do Pará S.A", "Dendê do Pará"], [D69]),
    ("Sudan", CTY, ["Sudan", "Sudanese"], [D70]),
    ("Security Council", ORG, ["Security Council"], [D70, D76]),
    ("India", CTY, ["India"], [D71, D76, D89, D97]),
    ("Indian Express", ORG, ["Indian Express"], [D71]),
    ("Supreme Court of Chile", ORG, ["Supreme Court"], [D72]),
    ("Rettig Commission", ORG, ["Rettig Commission"], [D72]),
    ("Henry Kissinger", PER, ["Henry Kissinger"], [D72]),
    ("Salvador Allende", PER, ["Salvador Allende"], [D72]),
    ("Zogby", ORG, ["Zogby"], [D73], OPT),  # named only in a poll's name
    ("Ricardo Lagos", PER, ["Ricardo Lagos"], [D74]),
    ("Armed Forces of Chile", ORG, ["Armed Forces"], [D74], OPT),  # a generic name, the country never named
    ("Carabineros", ORG, ["Carabineros"], [D74]),
    ("DINA", ORG, ["DINA", "Directorate of National Intelligence"], [D74]),
    ("CNI", ORG, ["CNI", "National Information Center"], [D74]),
    ("Investigations Department Police", ORG, ["Investigations Department Police"], [D74]),
    ("John Reid", PER, ["Reid", "Mr. Reid"], [D75]),
    ("National Health Service", ORG, ["National Health Service", "NHS"], [D75]),
    ("Scottish Executive", ORG, ["Scottish executive"], [D75]),
    ("Scotland", CTY, ["Scottish", "Scotland"], [D75, D92, D93], OPT),  # a nation of the UK (its executive, its court)
    ("Conservative Party", ORG, ["Tory"], [D75]),
    ("UK Labour Party", ORG, ["Labour"], [D75, D92], OPT),  # named only as the government's adjective
    ("Liberal Democrats", ORG, ["Liberal Democrats"], [D75]),
    ("British Medical Association", ORG, ["British Medical Association"], [D75]),
    ("Nobutaka Machimura", PER, ["Nobutaka Machimura", "Machimura"], [D76]),
    ("The Japan Times", ORG, ["The Japan Times", "Japan Times"], [D76]),
    ("Asia Times Online", ORG, ["Asia Times Online", "Asia Times"], [D76]),
    ("Kmart", ORG, ["Kmart Corp", "Kmart"], [D77]),
    ("Sears", ORG, ["Sears, Roebuck & Co", "Sears"], [D77]),
    ("Wal-Mart", ORG, ["Wal-Mart"], [D77]),
    ("Home Depot", ORG, ["Home Depot"], [D77]),
    ("Target", ORG, ["Target"], [D77]),
    ("Sears Holdings", ORG, ["Sears Holdings"], [D77], OPT),  # the company the deal will create
    ("Edward Lampert", PER, ["Edward Lampert", "Lampert"], [D77]),
    ("Alan Lacy", PER, ["Alan Lacy", "Lacy"], [D77]),
    ("Leonid Kuchma", PER, ["Kuchma"], [D78]),
    ("Viktor Yanukovych", PER, ["Yanukovych", "Mr Yanukovych"], [D78]),
    ("The Daily Telegraph", ORG, ["The Daily Telegraph", "Daily Telegraph"], [D78]),
    ("Sinn Fein", ORG, ["Sinn Fein"], [D79]),
    ("Gerry Adams", PER, ["Gerry Adams", "Adams"], [D79]),
    ("Bertie Ahern", PER, ["Bertie Ahern", "Ahern"], [D79]),
    ("Hugh Orde", PER, ["Hugh Orde", "Orde"], [D79]),
    ("IRA", ORG, ["IRA"], [D79]),
    ("Unionists", ORG, ["Unionists"], [D79], OPT),  # a political movement, not one body
    ("Irish republicans", ORG, ["Republicans"], [D79], OPT),  # a political movement, not one body
    ("Northern Ireland Assembly", ORG, ["Northern Ireland Assembly"], [D79]),
    ("British Army", ORG, ["British Army"], [D79], OPT),  # named only as the owner of bases
    ("Thaksin Shinawatra", PER, ["Thaksin Shinawatra", "Thaksin"], [D80]),
    ("Bhumibol Adulyadej", PER, ["Bhumibol Adulyadej", "King Bhumibol Adulyadej"], [D80]),
    ("Tom Ridge", PER, ["Tom Ridge", "Ridge"], [D81]),
    ("Tommy Thompson", PER, ["Tommy Thompson", "Thompson"], [D81]),
    ("Department of Homeland Security", ORG, ["Department of Homeland Security"], [D81]),
    (
        "Department of Health and Human Services",
        ORG,
        ["Health and Human Services"],
        [D81],
        OPT,
    ),  # named only in its secretary's title
    # ---- twelfth batch (Wikinews 2019), annotated by helper ha4 before docbot was run on it
    ("Paweł Adamowicz", PER, ["Paweł Adamowicz", "Adamowicz", "Mayor Adamowicz"], [D82]),
    ("Łukasz Szumowski", PER, ["Łukasz Szumowski", "Health Minister Łukasz Szumowski"], [D82]),
    ("Donald Tusk", PER, ["Donald Tusk", "Tusk"], [D82]),
    ("European Council", ORG, ["European Council"], [D82]),
    ("Civic Platform", ORG, ["Civic Platform"], [D82]),
    ("TVN24", ORG, ["TVN24"], [D82]),
    ("Mateusz Morawiecki", PER, ["Mateusz Morawiecki"], [D82]),
    ("Mariusz Ciarka", PER, ["Mariusz Ciarka"], [D82]),
    ("The Guardian", ORG, ["The Guardian", "Guardian"], [D82, D87]),
    ("Tomasz Stefaniak", PER, ["Tomasz Stefaniak", "Stefaniak"], [D82]),
    ("Sławoj Leszek Głódź", PER, ["Sławoj Leszek Głódź"], [D82]),
    ("Stefan W", PER, ["Stefan W"], [D82], OPT),  # the suspect, his surname withheld
    ("Krzysztof Sierak", PER, ["Krzysztof Sierak"], [D82]),
    ("Emily Spanton", PER, ["Emily Spanton", "Spanton", "Mme Spanton"], [D83]),
    ("Antoine Quirin", PER, ["Antoine Quirin", "Quirin"], [D83]),
    ("Nicolas Redouane", PER, ["Nicolas Redouane", "Redouane"], [D83]),
    ("Brigade de Recherche et d’Intervention", ORG, ["Brigade de Recherche et d’Intervention"], [D83]),
    ("Howard Rubel", PER, ["Howard Rubel"], [D83]),
    ("Sophie Obadia", PER, ["Sophie Obadia"], [D83]),
    ("Bill Brown", PER, ["Bill Brown", "Brown"], [D84]),
    ("United States Coast Guard", ORG, ["United States Coast Guard", "USCG"], [D84]),
    ("Monica Rochester", PER, ["Monica Rochester", "Rochester", "Captain Rochester"], [D84]),
    ("CNN", ORG, ["CNN"], [D84]),
    ("Truth Aquatics", ORG, ["Truth Aquatics"], [D84]),
    ("Worldwide Diving Adventures", ORG, ["Worldwide Diving Adventures"], [D84]),
    ("USA Today", ORG, ["USA Today"], [D84]),
    ("Syrian Democratic Forces", ORG, ["Syrian Democratic Forces", "SDF"], [D85]),
    ("Syrian Army", ORG, ["Syrian Army"], [D85]),
    ("Kurdistan Workers' Party", ORG, ["Kurdistan Workers' Party", "PKK"], [D85]),
    ("People's Protection Units", ORG, ["People's Protection Units", "YPG"], [D85]),
    ("NATO", ORG, ["NATO"], [D85, D96]),
    ("Jens Stoltenberg", PER, ["Jens Stoltenberg", "Stoltenberg"], [D85]),
    ("Bernard Schwartz", PER, ["Bernard Schwartz", "Schwartz", "Judge Bernard Schwartz"], [D86]),
    ("David Turpin", PER, ["David Turpin"], [D86]),
    ("Louise Turpin", PER, ["Louise Turpin"], [D86]),
    ("Carrie Lam", PER, ["Carrie Lam", "Lam"], [D87]),
    ("Joshua Wong", PER, ["Joshua Wong"], [D87]),
    ("Katya", PER, ["Katya"], [D87], OPT),  # a pseudonym
    ("Man-kei Tam", PER, ["Man-kei Tam"], [D87]),
    ("Hatice Cengiz", PER, ["Hatice Cengiz", "Cengiz"], [D88]),
    ("Jamal Khashoggi", PER, ["Jamal Khashoggi", "Khashoggi", "Jamal"], [D88]),
    (
        "United Nations General Assembly",
        ORG,
        ["United Nations General Assembly", "UN General Assembly", "General Assembly"],
        [D88, D89],
        OPT,
    ),  # a meeting as much as a body
    ("PBS", ORG, ["PBS"], [D88]),
    ("Mohammad bin Salman", PER, ["Mohammad bin Salman", "Crown Prince Mohammad bin Salman", "Mohammad"], [D88]),
    ("Martin Smith", PER, ["Martin Smith"], [D88]),
    ("NBC", ORG, ["NBC", "NBC News"], [D88]),
    ("Agnès Callamard", PER, ["Agnès Callamard", "Callamard"], [D88]),
    (
        "Office of the UN High Commissioner for Human Rights",
        ORG,
        ["Office of the UN High Commissioner for Human Rights"],
        [D88],
    ),
    ("CIA", ORG, ["CIA"], [D88]),
    ("Hassan Rouhani", PER, ["Hassan Rouhani", "Rouhani", "President Hassan Rouhani"], [D89]),
    ("Oman", CTY, ["Oman"], [D89]),
    ("Pakistan", CTY, ["Pakistan"], [D89]),
    ("Bahrain", CTY, ["Bahrain"], [D89]),
    # ---- thirteenth batch (Wikinews 2019-2020), annotated by helper ha5 before docbot was run on it
    ("Investigative Committee", ORG, ["Investigative Committee"], [D90]),
    ("Federal Security Service", ORG, ["Federal Security Service", "FSB"], [D90]),
    ("Vladimir Putin", PER, ["Vladimir Putin", "President Vladimir Putin"], [D90]),
    ("Yevgeny Zinichev", PER, ["Yevgeny Zinichev", "Zinichev", "Emergencies Minister Yevgeny Zinichev"], [D90]),
    ("Oleg Klimov", PER, ["Oleg Klimov"], [D90]),
    ("Alexander Chupriyan", PER, ["Alexander Chupriyan"], [D90]),
    ("TASS", ORG, ["TASS"], [D90]),
    ("Veronika Skvortsova", PER, ["Veronika Skvortsova", "Health Minister Veronika Skvortsova"], [D90]),
    ("Ivan", PER, ["Ivan"], [D90], OPT),  # a baby rescued, "identified only as Ivan"
    ("Emergencies Ministry", ORG, ["Emergencies Ministry"], [D90]),
    ("Znak.com", ORG, ["Znak.com"], [D90]),
    ("Boris Dubrovsky", PER, ["Boris Dubrovsky"], [D90]),
    ("Walmart", ORG, ["Walmart"], [D91], OPT),  # the store where it happened
    ("Josh Bash", PER, ["Josh Bash", "Bash", "Attorney Bash"], [D91]),
    ("Andrés Manuel López Obrador", PER, ["Andrés Manuel López Obrador"], [D91]),
    ("Marcelo Ebrard", PER, ["Marcelo Ebrard", "Ebrard"], [D91]),
    ("Patrick Crusius", PER, ["Patrick Crusius", "Crusius"], [D91]),
    ("Dee Margo", PER, ["Dee Margo"], [D91]),
    ("8chan", ORG, ["8chan"], [D91], OPT),  # a message board used as a place
    ("Greg Allen", PER, ["Greg Allen"], [D91]),
    ("Nicola Sturgeon", PER, ["Nicola Sturgeon"], [D92, D93]),
    ("Tom Watson", PER, ["Tom Watson"], [D92]),
    ("Theresa May", PER, ["Theresa May"], [D92]),
    ("People's Vote", ORG, ["People's Vote"], [D92], OPT),  # a campaign named in a handle and a caption
    ("Voice of America", ORG, ["Voice of America"], [D92], OPT),  # photo credit
    ("Andrew Gray", PER, ["Andrew Gray"], [D92], OPT),  # photo credits
    ("Thomas Davies", PER, ["Thomas Davies"], [D92], OPT),
    ("Michael Maggs", PER, ["Michael Maggs"], [D92], OPT),
    ("John Lubbock", PER, ["John Lubbock"], [D92], OPT),
    ("Garry Knight", PER, ["Garry Knight"], [D92], OPT),
    ("Chris j wood", PER, ["Chris j wood"], [D92], OPT),
    ("David Cameron", PER, ["David Cameron"], [D92], OPT),  # named on a protest sign
    ("Danny Dyer", PER, ["Danny Dyer"], [D92], OPT),  # named on a protest sign
    ("Court of Session", ORG, ["Court of Session"], [D93]),
    ("Supreme Court of the United Kingdom", ORG, ["Supreme Court of the United Kingdom"], [D93]),
    (
        "Parliament of the United Kingdom",
        ORG,
        ["Parliament of the United Kingdom", "UK parliament", "Parliament"],
        [D93],
    ),
    ("Joanna Cherry", PER, ["Joanna Cherry", "Cherry"], [D93]),
    ("Scottish National Party", ORG, ["Scottish National Party"], [D93]),
    ("Elizabeth II", PER, ["Queen Elizabeth II", "Queen"], [D93]),
    ("Colin Sutherland", PER, ["Colin Sutherland", "Lord Carloway"], [D93]),
    ("Jarosław Kaczyński", PER, ["Jarosław Kaczyński", "Kaczyński", "Jaroslaw Kaczynski"], [D94]),
    ("Law and Justice", ORG, ["Law and Justice Party", "Prawo i Sprawiedliwość"], [D94]),
    ("Tomasz Sekielski", PER, ["Tomasz Sekielski"], [D94]),
    ("Marek Sekielski", PER, ["Marek Sekielski"], [D94]),
    ("Wojciech Polak", PER, ["Wojciech Polak"], [D94]),
    ("Anna Franowska", PER, ["Anna Franowska"], [D94]),
    ("Have no fear", ORG, ["Have no fear"], [D94]),
    ("Pope Francis", PER, ["Pope Francis"], [D94]),
    ("Ford Motor Company", ORG, ["Ford Motor Company", "Ford"], [D95]),
    ("Securities and Exchange Commission", ORG, ["Securities and Exchange Commission"], [D95]),
    ("The Verge", ORG, ["The Verge"], [D95]),
    ("Sidley Austin", ORG, ["Sidley Austin"], [D95]),
    ("California Air Resources Board", ORG, ["California Air Resources Board"], [D95]),
    ("Magyar Nemzet", ORG, ["Magyar Nemzet"], [D96]),
    ("HDT Védelmi Ipari Kft.", ORG, ["HDT Védelmi Ipari Kft.", "HDT Limited", "HDT"], [D96]),
    ("Hirtenberger Defence Group", ORG, ["Hirtenberger Defence Group"], [D96]),
    ("Gáspár Maróth", PER, ["Gáspár Maróth", "Maróth"], [D96]),
    ("Viktor Orbán", PER, ["Viktor Orbán"], [D96]),
    ("Népszava", ORG, ["Népszava"], [D96]),
    ("Hungarian Development Bank", ORG, ["Hungarian Development Bank"], [D96]),
    ("Ministry of Defence", ORG, ["Ministry of Defence"], [D96]),
    ("Hungarian National Asset Management", ORG, ["Hungarian National Asset Management"], [D96]),
    ("Hungarian Defence Forces", ORG, ["Defence Forces", "Defence Force"], [D96], OPT),  # named only in passing
    ("Akhil Bharat Hindu Mahasabha", ORG, ["Akhil Bharat Hindu Mahasabha", "All India Hindu Union", "ABHM"], [D97]),
    ("Swami Chakrapani", PER, ["Swami Chakrapani", "Chakrapani"], [D97]),
    ("Om Prakash", PER, ["Om Prakash"], [D97]),
    ("ThePrint", ORG, ["ThePrint"], [D97]),
    ("Bharatiya Janta Party", ORG, ["Bharatiya Janta Party"], [D97]),
    ("Suman Haripriya", PER, ["Suman Haripriya"], [D97]),
    (
        "Johns Hopkins Center for Systems Science and Engineering",
        ORG,
        ["Johns Hopkins Center for Systems Science and Engineering"],
        [D97],
    ),
    # ---- the fourteenth batch (helper ha7), annotated before docbot was run on it
    ("George Pell", PER, ["George Pell", "Cardinal George Pell"], [D98]),
    ("Theodore McCarrick", PER, ["Theodore McCarrick"], [D98]),
    ("Holy See", ORG, ["Holy See", "Vatican", "Vatican City"], [D98]),  # the Church's government, see the docstring
    ("Marc Ouellet", PER, ["Marc Ouellet", "Cardinal Marc Ouellet"], [D98]),
    ("Charles Scicluna", PER, ["Charles Scicluna"], [D98]),
    ("Peter Iseley", PER, ["Peter Iseley", "Iseley"], [D98]),
    ("Ending Clergy Abuse", ORG, ["Ending Clergy Abuse"], [D98]),
    ("Jehovah's Witnesses", ORG, ["Jehovah's Witnesses", "JWs"], [D98], OPT),  # a denomination as a body
    ("Watch Tower Society", ORG, ["Watch Tower Society", "Watch Tower"], [D98]),
    ("The Atlantic", ORG, ["The Atlantic"], [D98]),  # the trap "Atlantic" (an ocean) folds to it
    ("Anthony Fauci", PER, ["Anthony Fauci", "Director Anthony Fauci"], [D99]),
    (
        "National Institute of Allergy and Infectious Diseases",
        ORG,
        ["National Institute of Allergy and Infectious Diseases", "NIAID"],
        [D99],
    ),
    ("Democratic Republic of the Congo", CTY, ["Democratic Republic of the Congo", "DRC"], [D99]),
    (
        "Jean-Jacques Muyembe",
        PER,
        ["Jean-Jacques Muyembe", "Muyembe", "Professor Jean-Jacques Muyembe"],
        [D99],
    ),
    ("Institut National de Recherche Biomédicale", ORG, ["Institut National de Recherche Biomédicale"], [D99]),
    ("Ridgeback Biotherapeutics", ORG, ["Ridgeback Biotherapeutics"], [D99]),
    ("Mike Ryan", PER, ["Mike Ryan"], [D99]),
    ("Emmanuel Macron", PER, ["Emmanuel Macron", "Macron", "French President Emmanuel Macron"], [D100]),
    ("G7", ORG, ["G7", "Group of Seven", "G-7"], [D100]),
    ("G20", ORG, ["G20"], [D100], OPT),  # named in passing
    ("Group of Six", ORG, ["Group of Six"], [D100], OPT),  # the G7's forerunner, named in passing
    ("Jair Bolsonaro", PER, ["Jair Bolsonaro", "Bolsonaro", "Brazilian President Jair Bolsonaro"], [D100]),
    ("National Institute for Space Research", ORG, ["National Institute for Space Research"], [D100]),
    ("Greenpeace", ORG, ["Greenpeace"], [D100]),
    ("Ane Alencar", PER, ["Ane Alencar"], [D100]),
    ("Amazon Environmental Research Institute", ORG, ["Amazon Environmental Research Institute"], [D100]),
    ("UOL", ORG, ["UOL.com.br"], [D100], OPT),  # the outlet told the remarks
    ("Matty Roberts", PER, ["Matty Roberts", "Roberts"], [D101]),
    ("Kerry Lee", PER, ["Kerry Lee", "Sheriff Lee"], [D101]),
    ("Little A'Le'Inn", ORG, ["Little A'Le'Inn"], [D101], OPT),  # a business named as a place
    ("Bob Lazar", PER, ["Bob Lazar"], [D101]),
    ("Parliament of New South Wales", ORG, ["Parliament of New South Wales", "NSW legislature"], [D102]),
    ("Alex Greenwich", PER, ["Alex Greenwich"], [D102]),
    ("Kevin Conolly", PER, ["Kevin Conolly"], [D102]),
    ("Tony Abbott", PER, ["Tony Abbott"], [D102]),
    ("Penny Sharpe", PER, ["Penny Sharpe", "MP Penny Sharpe"], [D102]),
    ("Tanya Davies", PER, ["Tanya Davies", "MP Tanya Davies"], [D102]),
    ("Gladys Berejiklian", PER, ["Gladys Berejiklian", "Premier Gladys Berejiklian"], [D102]),
    ("Kino Gabriel", PER, ["Kino Gabriel"], [D103]),
    ("Nikki Haley", PER, ["Nikki Haley"], [D103]),
    ("Brett McGurk", PER, ["Brett McGurk", "McGurk"], [D103]),
    ("Lindsey Graham", PER, ["Lindsey Graham", "Senator Lindsey Graham", "Graham"], [D103]),
    ("Fox News", ORG, ["Fox News"], [D103], OPT),  # spoken on: an outlet as a place
    ("Tahrir al-Sham", ORG, ["Tahrir al-Sham"], [D103], OPT),  # a map legend's line only
    ("Andrew Leung", PER, ["Andrew Leung", "Council President Andrew Leung"], [D104]),
    ("Tanya Chan", PER, ["Tanya Chan"], [D104]),
    ("Regina Ip", PER, ["Regina Ip"], [D104]),
    ("Fars", ORG, ["Fars"], [D105]),
    ("Qasem Soleimani", PER, ["Qasem Soleimani"], [D105]),
    ("Interpol", ORG, ["Interpol"], [D105]),
    ("ISNA", ORG, ["ISNA"], [D105]),
    ("Ali Alghasi Mehr", PER, ["Ali Alghasi Mehr"], [D105]),
    ("Brian Hook", PER, ["Brian Hook"], [D105]),
    # ---- the fifteenth batch (helper ha9), annotated before docbot was run on it
    ("Kyrgyzstan", CTY, ["Kyrgyzstan"], [D106]),
    ("Press TV", ORG, ["Press TV"], [D106]),
    ("The Aviation Herald", ORG, ["The Aviation Herald", "Aviation Herald"], [D106]),
    ("Islamic Republic of Iran Air Force", ORG, ["Islamic Republic of Iran Air Force", "Air Force"], [D106], OPT),
    ("Saha Airlines", ORG, ["Saha Airlines", "Saha"], [D106]),
    ("Centre for Aviation", ORG, ["Centre for Aviation"], [D106], OPT),  # named as a database's owner
    ("Graciano Mijares", PER, ["Graciano Mijares", "Mijares", "Chief Superintendent Graciano Mijares"], [D107]),
    ("Philippine National Police", ORG, ["National Police"], [D107], OPT),  # named among the wounded
    ("Armed Forces of the Philippines", ORG, ["Armed Forces"], [D107], OPT),  # named among the dead
    ("Philippine Coast Guard", ORG, ["Philippine Coast Guard", "Coast Guard"], [D107]),
    ("Delfin Lorenzana", PER, ["Delfin Lorenzana", "Lorenzana"], [D107]),
    ("Moro Islamic Liberation Front", ORG, ["Moro Islamic Liberation Front"], [D107]),
    ("Arnel dela Vega", PER, ["Arnel dela Vega", "dela Vega"], [D107]),
    ("Western Mindanao Command", ORG, ["Western Mindanao Command"], [D107], OPT),  # the speaker's command
    ("Abu Sayyaf Group", ORG, ["Abu Sayyaf Group", "Abu Sayyaf"], [D107]),
    ("Mujiv Hataman", PER, ["Mujiv Hataman", "Regional Governor Mujiv Hataman", "Hataman"], [D107]),
    ("Jaypee Galicha", PER, ["Jaypee Galicha"], [D107]),
    ("Elson Hermogino", PER, ["Elson Hermogino", "Admiral Elson Hermogino"], [D107]),
    ("Organisation of Islamic Cooperation", ORG, ["Organisation of Islamic Cooperation", "OIC"], [D107]),
    ("Yousef Al-Othaimeen", PER, ["Yousef Al-Othaimeen"], [D107]),
    ("Doris Day", PER, ["Doris Day", "Day", "Doris Mary Ann Kappelhoff"], [D108]),
    ("Doris Day Animal Foundation", ORG, ["Doris Day Animal Foundation"], [D108]),
    ("Mary Quant", PER, ["Mary Quant"], [D108]),
    ("Les Brown and His Band of Renown", ORG, ["Les Brown and His Band of Renown"], [D108], OPT),  # a band
    ("Rock Hudson", PER, ["Rock Hudson", "Hudson"], [D108]),
    ("Ruth Etting", PER, ["Ruth Etting"], [D108]),
    ("James Cagney", PER, ["James Cagney"], [D108]),
    ("Alfred Hitchcock", PER, ["Alfred Hitchcock"], [D108]),
    ("Sara Amundson", PER, ["Sara Amundson", "Amundson"], [D108]),
    ("Humane Society", ORG, ["Humane Society"], [D108]),
    ("Terry Melcher", PER, ["Terry Melcher"], [D108]),
    ("Al Jorden", PER, ["Al Jorden", "Jorden"], [D108]),
    ("George Weidler", PER, ["George Weidler"], [D108]),
    ("Marty Melcher", PER, ["Marty Melcher"], [D108]),
    ("Barry Comden", PER, ["Barry Comden"], [D108]),
    ("The Bark", ORG, ["The Bark"], [D108], OPT),  # the magazine interviewing: an outlet spoken to
    ("Robert Mugabe", PER, ["Robert Mugabe", "Mugabe", "Robert Gabriel Mugabe", "Cde Mugabe"], [D109]),
    ("Zimbabwe", CTY, ["Zimbabwe", "Zimbabwean"], [D109]),
    ("Emmerson Mnangagwa", PER, ["Emmerson Mnangagwa", "Mnangagwa", "President Mnangagwa"], [D109]),
    ("Singapore", CTY, ["Singapore"], [D109]),
    ("Ministry of Foreign Affairs", ORG, ["Ministry of Foreign Affairs"], [D109]),
    ("Zimbabwe African National Union", ORG, ["Zimbabwe African National Union", "ZANU"], [D109]),
    ("Ian Smith", PER, ["Ian Smith"], [D109]),
    ("Movement for Democratic Change", ORG, ["Movement for Democratic Change", "MDC"], [D109]),
    ("Morgan Tsvangirai", PER, ["Morgan Tsvangirai", "Tsvangirai"], [D109]),
    ("House of Assembly", ORG, ["House of Assembly"], [D109], OPT),  # won by a party, named in passing
    ("Grace Mugabe", PER, ["Grace Mugabe"], [D109]),
    ("Ashton Bumhira", PER, ["Ashton Bumhira"], [D109]),
    ("Youth Forum Zimbabwe", ORG, ["Youth Forum Zimbabwe"], [D109]),
    ("Mohammed Waseem", PER, ["Mohammed Waseem", "Waseem"], [D110]),
    ("Qandeel Baloch", PER, ["Qandeel Baloch", "Baloch", "Fouzia Azeem"], [D110]),
    ("Anwar", PER, ["Anwar"], [D110], OPT),  # the mother, named by one name
    ("Mufti Abdul Qawi", PER, ["Mufti Abdul Qawi", "Abdul Qawi", "Qawi"], [D110]),
    ("Dawn", ORG, ["Dawn"], [D110]),
    ("Kim Kardashian", PER, ["Kim Kardashian"], [D110], OPT),  # named only in a nickname
    ("Science Advances", ORG, ["Science Advances"], [D111], OPT),  # the journal publishing
    ("University of Colorado at Boulder", ORG, ["University of Colorado at Boulder", "CU Boulder"], [D111]),
    ("College of Wooster", ORG, ["College of Wooster", "Wooster"], [D111]),
    ("Karen Alley", PER, ["Karen Alley"], [D111]),
    ("Ted Scambos", PER, ["Ted Scambos"], [D111]),
    (
        "Cooperative Institute for Research in Environmental Sciences",
        ORG,
        ["Cooperative Institute for Research in Environmental Sciences", "CIRES"],
        [D111],
    ),
    ("Usman Khan", PER, ["Usman Khan"], [D112]),  # "Khan" alone is also the mayor's alias: left to the mayor
    ("Łukasz", PER, ["Łukasz", "Luckasz"], [D112], OPT),  # one name only
    ("The Times", ORG, ["The Times"], [D112]),
    ("NPR", ORG, ["NPR"], [D112]),
    ("University of Cambridge", ORG, ["University of Cambridge"], [D112]),
    ("Amy Cook", PER, ["Amy Cook"], [D112]),
    ("Piers Morgan", PER, ["Piers Morgan"], [D112]),
    ("James Ford", PER, ["James Ford"], [D112]),
    ("Thomas Gray", PER, ["Thomas Gray"], [D112]),
    ("London Stock Exchange", ORG, ["London Stock Exchange"], [D112], OPT),  # a bomb plan's target
    ("Lucy Fischer", PER, ["Lucy Fischer"], [D112]),
    ("David Wilson", PER, ["David Wilson"], [D112]),
    ("Birmingham City University", ORG, ["Birmingham City University"], [D112], OPT),  # the speaker's employer
    ("Chadwick Boseman", PER, ["Chadwick Boseman", "Boseman", "Chadwick", "Chad"], [D113]),
    ("American Broadcasting Company", ORG, ["American Broadcasting Company", "ABC"], [D113]),
    ("Marvel Studios", ORG, ["Marvel Studios", "Marvel"], [D113]),
    ("British American Drama Academy", ORG, ["British American Drama Academy", "BADA"], [D113]),
    ("Howard University", ORG, ["Howard University"], [D113]),
    ("Jackie Robinson", PER, ["Jackie Robinson"], [D113], OPT),  # portrayed in a film
    ("James Brown", PER, ["James Brown"], [D113], OPT),  # portrayed in a film
    ("Thurgood Marshall", PER, ["Thurgood Marshall"], [D113], OPT),  # portrayed in a film
    ("Ryan Coogler", PER, ["Ryan Coogler"], [D113]),
    ("Denzel Washington", PER, ["Denzel Washington"], [D113]),
    ("Wayne A. I. Frederick", PER, ["Wayne A. I. Frederick", "Frederick"], [D113]),
    ("James Shaw Jr.", PER, ["James Shaw Jr."], [D113]),
    ("Oprah Winfrey", PER, ["Oprah Winfrey"], [D113]),
    ("Whoopi Goldberg", PER, ["Whoopi Goldberg"], [D113]),
    ("Kevin Feige", PER, ["Kevin Feige"], [D113]),
    ("Bob Iger", PER, ["Bob Iger"], [D113]),
    ("Robert Downey Jr.", PER, ["Robert Downey Jr.", "Downey"], [D113]),
    ("Scarlett Johansson", PER, ["Scarlett Johansson"], [D113]),
    ("Don Cheadle", PER, ["Don Cheadle"], [D113]),
    ("Jeremy Renner", PER, ["Jeremy Renner"], [D113]),
    ("Winston Duke", PER, ["Winston Duke"], [D113]),
    ("Mark Ruffalo", PER, ["Mark Ruffalo"], [D113]),
    ("Paul Rudd", PER, ["Paul Rudd"], [D113]),
    ("Walt Disney Company", ORG, ["Walt Disney Company"], [D113]),
]

# the fourteenth batch: earlier entries named again (documents, and the forms new to these texts)
_AGAIN = {
    "Pope Francis": ([D98], ["the Pope"]),
    "Associated Press": ([D98], []),
    "World Health Organization": ([D99], []),
    "France": ([D100], []),
    "Brazil": ([D100], []),
    "Angela Merkel": ([D100], ["Merkel"]),
    "Germany": ([D100], []),
    "Boris Johnson": ([D100], []),
    "United Kingdom": ([D100], []),
    "Canada": ([D100], []),
    "Japan": ([D100], []),
    "Italy": ([D100], []),
    "European Union": ([D100], []),
    "Mercosur": ([D100], []),
    "Bolivia": ([D100], []),
    "Paraguay": ([D100], []),
    "US Air Force": ([D101], []),
    "Facebook": ([D101], []),
    "BBC News": ([D101, D103], []),
    "Australia": ([D102], []),
    "Donald Trump": ([D103, D105], []),
    "Syria": ([D103], ["Syrian Arab Republic"]),
    "Recep Tayyip Erdoğan": ([D103], []),
    "Turkey": ([D103], []),
    "Islamic State of Iraq and the Levant": ([D103], ["ISIL"]),
    "Syrian Democratic Forces": ([D103], []),
    "People's Protection Units": ([D103], []),
    "Kurdistan Workers' Party": ([D103], []),
    "CNN": ([D103], []),
    "Iran": ([D103, D105], []),
    "Bashar al-Assad": ([D103], []),
    "Legislative Council": ([D104], []),
    "Carrie Lam": ([D104], []),
    "China": ([D104], []),
    "Saudi Arabia": ([D105], []),
}
A = named_again(A, _AGAIN)

# the fifteenth batch: earlier entries named again (documents, and the forms new to these texts)
_AGAIN15 = {
    "Iran": ([D106], []),
    "Islamic Revolutionary Guard Corps": ([D106], []),
    "Boeing": ([D106], []),
    "Wikinews": ([D106], []),
    "Fars": ([D106], ["Fars News"]),
    "Philippines": ([D107], []),
    "Islamic State of Iraq and the Levant": ([D107], []),
    "Pope Francis": ([D107], []),
    "Rodrigo Duterte": ([D107], []),
    "BBC News": ([D108], []),
    "United Kingdom": ([D109], []),
    "CNN": ([D109], []),
    "European Union": ([D109], []),
    "Vladimir Putin": ([D109], []),
    "Russia": ([D109], []),
    "Pakistan": ([D110], ["Pakistani"]),
    "India": ([D110], []),
    "Facebook": ([D110], []),
    "Sadiq Khan": ([D112], []),
    "Poland": ([D112], []),
}
A = named_again(A, _AGAIN15)

# the sixteenth batch (VOA newscasts): new actors
A += [
    # newscasters and the wire correspondents whose reports the build left out: named only in sign-ons and hand-overs
    ("David Byrd", PER, ["David Byrd"], [D114, D120], OPT),
    ("Liz Parker", PER, ["Liz Parker"], [D115], OPT),
    ("Marissa Melton", PER, ["Marissa Melton"], [D116, D117, D118, D119, D121], OPT),
    ("Ed Donahue", PER, ["Ed Donahue"], [D114], OPT),
    ("Sagar Meghani", PER, ["Sagar Meghani"], [D114, D120], OPT),
    ("Jennifer King", PER, ["Jennifer King"], [D114], OPT),
    ("Libby Hogan", PER, ["Libby Hogan"], [D120], OPT),
    ("Ursula von der Leyen", PER, ["Ursula von der Leyen", "von der Leyen"], [D114]),
    ("Lloyd Austin", PER, ["Lloyd Austin", "Austin", "Defense Secretary Lloyd Austin"], [D114, D120]),
    ("United States Army", ORG, ["Army"], [D114, D120], OPT),  # only in a general's title
    ("Matt Hancock", PER, ["Matt Hancock"], [D115]),
    ("British Airways", ORG, ["British Airways"], [D115]),
    ("Andrew Cuomo", PER, ["Andrew Cuomo", "Cuomo"], [D115]),
    ("Bill De Blasio", PER, ["Bill De Blasio"], [D115]),
    ("Delta Airlines", ORG, ["Delta Airlines"], [D115]),
    ("Virgin Atlantic", ORG, ["Virgin Atlantic"], [D115]),
    ("William Barr", PER, ["William Barr", "Barr", "Attorney General Barr"], [D115]),
    ("Pan Am", ORG, ["Pan Am"], [D115], OPT),  # only in a flight's name
    ("Abu Agela Masud Kheir Al-Marimi", PER, ["Abu Agela Masud Kheir Al-Marimi", "Masud"], [D115]),
    ("Libya", CTY, ["Libyan"], [D115]),
    ("Alexei Navalny", PER, ["Alexei Navalny", "Navalny", "Aleksey Navalny"], [D116, D117]),
    ("Jean-Yves Le Drian", PER, ["Jean-Yves Le Drian"], [D116]),
    ("Financial Times", ORG, ["Financial Times"], [D116]),
    ("Josep Borrell", PER, ["Josep Borrell"], [D116]),
    ("Ned Price", PER, ["Ned Price", "Price"], [D116, D119]),
    ("Ministry of Foreign Affairs of Russia", ORG, ["Foreign Ministry"], [D117]),
    ("Giuseppe Conte", PER, ["Giuseppe Conte", "Conte"], [D117]),
    ("Sergio Mattarella", PER, ["Sergio Mattarella"], [D117]),
    ("Italia Viva", ORG, ["Italia Viva"], [D117]),
    ("Juan Guaidó", PER, ["Juan Guaidó"], [D117]),
    ("Tedros Adhanom Ghebreyesus", PER, ["Tedros Adhanom Ghebreyesus", "Tedros"], [D118]),
    ("Myanmar", CTY, ["Myanmar", "Burma", "Burmese"], [D118, D119, D120, D121]),
    ("Aung San Suu Kyi", PER, ["Aung San Suu Kyi", "Suu Kyi"], [D118, D119]),
    ("Win Myint", PER, ["Win Myint"], [D118]),
    ("Jen Psaki", PER, ["Jen Psaki"], [D119]),
    ("CBS News", ORG, ["CBS News", "CBS"], [D119, D121], OPT),  # an anchor's employer; the outlet interviewing
    ("Norah O'Donnell", PER, ["Norah O'Donnell"], [D119]),
    ("Haiti", CTY, ["Haiti"], [D119]),
    ("Jovenel Moïse", PER, ["Jovenel Moïse", "Moïse"], [D119]),
    ("Supreme Court of Haiti", ORG, ["Supreme Court"], [D119], OPT),  # only in a judge's title
    ("Joseph Mécène Jean-Louis", PER, ["Joseph Mécène Jean-Louis", "Jean-Louis"], [D119]),
    ("Jake Sullivan", PER, ["Jake Sullivan", "Sullivan"], [D121]),
    ("Lu Min", PER, ["Lu Min"], [D121]),
    ("Nigerian Air Force", ORG, ["air force"], [D121], OPT),  # a lowercase generic body ("Nigeria's air force")
]

# the sixteenth batch: earlier entries named again (documents, and the forms new to these texts)
_AGAIN16 = {
    "Voice of America": ([D114, D115, D116, D117, D118, D119, D120, D121], ["VOA"]),
    "Associated Press": ([D114, D120], ["AP"]),
    "Reuters": ([D120], []),
    "Boris Johnson": ([D114], []),
    "United Kingdom": ([D114, D115], ["Britain", "U.K."]),
    "European Commission": ([D114], []),
    "European Union": ([D114, D116, D117], []),
    "Facebook": ([D114], []),
    "Joe Biden": ([D114, D115, D116, D117, D118, D119, D120, D121], []),
    "United States Congress": ([D114], []),
    "United States Department of Defense": ([D114, D120], ["Defense Department"]),
    "Boeing": ([D114], []),
    "Canada": ([D115], []),
    "India": ([D115], []),
    "France": ([D115, D116], []),
    "Donald Trump": ([D115], []),
    "United States Department of Justice": ([D115], ["Justice Department"]),
    "Scotland": ([D115], []),
    "England": ([D115], []),
    "Russia": ([D116, D117], ["Kremlin"]),
    "Vladimir Putin": ([D116, D117], ["Putin"]),
    "Poland": ([D116], []),
    "Andrzej Duda": ([D116], []),
    "United States Department of State": ([D116, D119], []),
    "Emmanuel Macron": ([D116], []),
    "Iran": ([D116, D119, D121], []),
    "Afghanistan": ([D117, D120], []),
    "Taliban": ([D117, D120], []),
    "Germany": ([D117, D120], []),
    "Italy": ([D117], []),
    "Venezuela": ([D117], []),
    "World Health Organization": ([D118], []),
    "Republican Party": ([D118], []),
    "Democratic Party": ([D118], []),
    "G7": ([D120], []),
    "United Nations": ([D120], []),
    "Angela Merkel": ([D120], []),
    "Nigeria": ([D121], []),
    "Muhammadu Buhari": ([D121], []),
}
A = named_again(A, _AGAIN16)

# the seventeenth batch (Global Voices posts): new actors
A += [
    ("Hossein Derakhshan", PER, ["Hossein Derakhshan", "Hoder"], [D122]),
    ("Islamic Army", ORG, ["Islamic Army"], [D122], OPT),  # a blog sending threats, named once
    ("Jomhouri-e Eslami", ORG, ["Jomhouri-e Eslami"], [D122], OPT),  # newspapers named in passing
    ("Kayhan", ORG, ["Kayhan"], [D122], OPT),
    ("Spirit of America", ORG, ["Spirit of America"], [D123]),
    ("iUpload", ORG, ["iUpload"], [D123]),
    ("Friends of Democracy", ORG, ["Friends of Democracy"], [D123]),
    ("Jim Moore", PER, ["Jim Moore"], [D124]),
    ("Jackman", PER, ["Jackman"], [D124], OPT),  # only the giver of a talk
    ("Scripps", ORG, ["Scipps"], [D124], OPT),  # misspelt, in the speaker's "from X"
    ("E. O. Wilson", PER, ["E.O. Wilson", "Wilson"], [D124]),
    ("South Africa", CTY, ["South Africa"], [D124]),
    ("Ory Okolloh", PER, ["Ory Okolloh", "Ory"], [D125]),
    ("Mshairi", PER, ["Mshairi"], [D125], OPT),  # a blogger named in a quoted question
    ("Andrea", PER, ["Andrea"], [D126]),
    ("T-Salon", ORG, ["T-Salon"], [D126], OPT),  # her blog
    ("Xiao Qiang", PER, ["Xiao Qiang", "Xiao"], [D126]),
    ("China Internet Project", ORG, ["China Internet Project"], [D126], OPT),  # only in the speaker's title
    ("University of California, Berkeley", ORG, ["UC Berkeley"], [D126], OPT),
    ("China Digital News", ORG, ["China Digital News"], [D126], OPT),  # the blog written on
    ("Fons", PER, ["Fons"], [D126]),
    ("Dan Gillmor", PER, ["Dan Gillmor"], [D126]),
    ("Topku", PER, ["Topku"], [D126]),
    ("Chiu Yung", PER, ["Chiu Yung"], [D126]),
    ("The Voice of Chinese Bloggers", ORG, ["The Voice of Chinese Bloggers"], [D126], OPT),  # a group blog
    ("Slashdot", ORG, ["Slashdot"], [D126], OPT),  # a website used as a place
    ("Citizen Reporter", ORG, ["Citizen Reporter"], [D126], OPT),
    ("Civic Writing Machine", ORG, ["Civic Writing Machine"], [D126], OPT),
    ("International Telecommunication Union", ORG, ["ITU"], [D127]),
    ("ICANN", ORG, ["ICANN"], [D127]),
    ("Federal Communications Commission", ORG, ["FCC"], [D127], OPT),  # named in passing inside a quote
    ("DailySummit.net", ORG, ["DailySummit.net"], [D127], OPT),
    ("Rebecca MacKinnon", PER, ["Rebecca MacKinnon"], [D127]),
    ("Dave Winer", PER, ["Dave Winer"], [D127, D128]),
    ("ConventionBloggers.com", ORG, ["ConventionBloggers.com"], [D127], OPT),
    ("Jay Rosen", PER, ["Jay Rosen"], [D128]),
    ("Ed Cone", PER, ["Ed Cone"], [D128]),
    ("BloggerCorps", ORG, ["BloggerCorps", "Bloggercorps"], [D129]),
    ("Bob Cornett", PER, ["Bob Cornett"], [D129]),
    ("John Stanforth", PER, ["John Stanforth"], [D129]),
]

# the seventeenth batch: earlier entries named again (documents, and the forms new to these texts)
_AGAIN17 = {
    "Iran": ([D122, D123, D124, D125], []),
    "Canada": ([D122], []),
    "Google": ([D122], []),
    "Iraq": ([D123, D124], []),
    "Saudi Arabia": ([D123], []),
    "Syria": ([D123], []),
    "Ghana": ([D124], []),
    "Democratic Republic of the Congo": ([D124], ["Congo"]),
    "Sudan": ([D124], []),
    "United Kingdom": ([D124], []),
    "France": ([D124], []),
    "Japan": ([D124], []),
    "China": ([D124, D125, D126], []),
    "Malaysia": ([D124, D128], ["Malaysia"]),
    "Kenya": ([D125], []),
    "United Nations": ([D127], []),
    "Tunisia": ([D127], []),
    "Democratic Party": ([D127], []),
    "Republican Party": ([D127], []),
    "India": ([D128], []),
    "Mexico": ([D128], []),
    "South Korea": ([D128], []),
    "England": ([D129], []),
}
A = named_again(A, _AGAIN17)

# the eighteenth batch (Global Voices posts on the founding meeting): new actors
A += [
    ("Alex Steffen", PER, ["Alex Steffen", "Alex"], [D130, D131, D132]),
    ("Velveteen Rabbi", PER, ["Velveteen Rabbi"], [D130], OPT),  # a blogger's handle
    ("Latvia", CTY, ["Latvia"], [D130]),
    ("Harvard University", ORG, ["Harvard"], [D130, D135], OPT),  # owner of a hall, of a site
    ("Harvard Law School", ORG, ["Harvard Law School", "HLS"], [D130, D133]),
    (
        "Berkman Center",
        ORG,
        ["Berkman Center for Internet and Society", "Berkman Center", "Berkman"],
        [D130, D132, D133],
    ),
    ("Open Society Institute", ORG, ["Open Society Institute"], [D130, D133]),
    ("Wendy Koslow", PER, ["Wendy Koslow"], [D130]),
    ("Mohammed", PER, ["Mohammed"], [D130], OPT),  # bloggers named by given name only
    ("Omar", PER, ["Omar"], [D130], OPT),
    ("Blackfive", PER, ["Blackfive"], [D130], OPT),  # a milblogger's handle
    ("Jeff Ooi", PER, ["Jeff Ooi"], [D130, D134]),
    ("Isaac Mao", PER, ["Isaac Mao"], [D130, D134]),
    ("Joi Ito", PER, ["Joi Ito", "Joi"], [D130, D132, D134]),
    ("Jon Lebkowsky", PER, ["Jon Lebkowsky"], [D130]),
    ("Sam Klein", PER, ["Sam Klein"], [D130]),
    ("David Weinberger", PER, ["David Weinberger"], [D130]),
    ("Jeff Jarvis", PER, ["Jeff Jarvis"], [D130, D134]),
    ("J", PER, ["J"], [D130], OPT),  # a blogger named by one letter
    ("Ethan Zuckerman", PER, ["Ethan"], [D131, D134]),
    ("SJ", PER, ["SJ"], [D131]),
    ("Wikipedia", ORG, ["Wikipedia"], [D131], OPT),  # named in passing
    ("Kwin Kramer", PER, ["Kwin Kramer"], [D134]),
    ("Ben Walker", PER, ["Ben Walker", "Ben"], [D135]),
    ("Personal Democracy Forum", ORG, ["Personal Democracy Forum"], [D135], OPT),  # receives a report
    ("Nick Lewis", PER, ["Nick Lewis"], [D136]),
    ("Progressive Blog Alliance", ORG, ["Progressive Blog Alliance"], [D136]),
    ("South-East Asia Earthquake and Tsunami blog", ORG, ["South-East Asia Earthquake and Tsunami blog"], [D136], OPT),
    ("Andy Carvin", PER, ["Andy Carvin"], [D137]),
    ("Waste of Bandwidth", ORG, ["Waste of Bandwidth"], [D137], OPT),  # his blog, a place
    ("Digital Divide Network", ORG, ["Digital Divide Network", "DDN"], [D137]),
]

# the eighteenth batch: earlier entries named again (documents, and the forms new to these texts)
_AGAIN18 = {
    "Hossein Derakhshan": ([D130, D132, D134, D135], ["Hossein"]),
    "Ory Okolloh": ([D130, D134], []),
    "Jim Moore": ([D130, D132, D134], []),
    "Rebecca MacKinnon": ([D130, D131, D132, D134, D135], ["Rebecca"]),
    "Spirit of America": ([D130, D133, D134], []),
    "Iran": ([D130, D134], ["Iranians"]),
    "Iraq": ([D130, D134], []),
    "South Korea": ([D130], []),
    "Malaysia": ([D130, D134], ["Malaysians"]),
    "China": ([D130], []),
    "Kenya": ([D130], []),
    "Poland": ([D130], []),
    "Canada": ([D130], []),
    "India": ([D136], []),
}
A = named_again(A, _AGAIN18)

# the nineteenth batch (PCLOB press releases, annotated by helper ha17 before docbot was run on it): new actors
PCLOB = "Privacy and Civil Liberties Oversight Board"
A += [
    (
        PCLOB,
        ORG,
        [
            PCLOB,
            "PCLOB",
            "Board",
            "Privacy And Civil Liberties Oversight Board",
            "PRIVACY AND CIVIL LIBERTIES OVERSIGHT BOARD",
        ],
        [D138, D139, D140, D141, D142, D143, D144, D145],
    ),
    ("David Medine", PER, ["David Medine", "Medine", "Chairman Medine", "David"], [D138, D139, D140]),
    ("Rachel L. Brand", PER, ["Rachel L. Brand"], [D140]),
    (
        "Elisebeth Collins",
        PER,
        [
            "Elisebeth Collins",
            "Elisebeth B. Collins",
            "Collins",
            "Board Member Collins",
            "Member Collins",
            "ELISEBETH COLLINS",
        ],
        [D140, D141],
    ),
    ("James X. Dempsey", PER, ["James X. Dempsey"], [D140]),
    (
        "Patricia Wald",
        PER,
        ["Patricia Wald", "Patricia M. Wald", "Judge Patricia Wald", "Judge Wald", "Wald", "PATRICIA WALD"],
        [D140, D142],
    ),
    ("Intelligence Community", ORG, ["Intelligence Community"], [D140], OPT),  # consulted, named in passing
    (
        "Adam Klein",
        PER,
        ["Adam Klein", "Adam I. Klein", "Chairman Adam Klein", "Chairman Klein", "Klein"],
        [D141, D142, D143, D144, D145],
    ),
    ("Jane Nitze", PER, ["Jane Nitze", "Jane E. Nitze", "Nitze"], [D141, D142, D144, D145]),
    ("Edward Felten", PER, ["Edward Felten", "Edward W. Felten", "Ed Felten", "Felten"], [D141, D142, D144, D145]),
    (
        "Lynn Parker Dupree",
        PER,
        ["Lynn Parker Dupree", "Dupree", "Lynn", "LYNN PARKER DUPREE"],
        [D143],
    ),
    ("Burr Forman LLP", ORG, ["Burr Forman LLP", "Burr Forman"], [D143]),
    ("Michael P. Mills", PER, ["Michael P. Mills", "Judge Michael P. Mills"], [D143]),
    ("National Security Agency", ORG, ["NSA"], [D144, D145]),
    ("Aditya Bamzai", PER, ["Aditya Bamzai", "Bamzai"], [D145]),
    ("Travis LeBlanc", PER, ["Travis LeBlanc", "LeBlanc"], [D145]),
]

# the nineteenth batch: earlier entries named again (documents, and the forms new to these texts)
_AGAIN19 = {
    "United States Congress": ([D138, D142, D144], []),
    "United States Senate": ([D141, D145], []),  # stays optional: one entry serves its earlier documents
    "Department of Homeland Security": ([D143], ["DHS"]),
    "FBI": ([D144], []),
}
A = named_again(A, _AGAIN19)

# the twentieth batch (Wikinews 2019-2020, annotated by helper ha18 before docbot was run on it): new actors
A += [
    ("James Rovella", PER, ["James Rovella", "Commissioner James Rovella"], [D146]),
    (
        "Connecticut Department of Emergency Services and Public Protection",
        ORG,
        ["Connecticut Department of Emergency Services and Public Protection"],
        [D146],
    ),
    ("Chris Kervick", PER, ["Chris Kervick"], [D146]),
    ("Steven Wolf", PER, ["Steven Wolf"], [D146]),
    ("Saint Francis Hospital", ORG, ["Saint Francis Hospital", "Saint Francis"], [D146]),
    ("Hartford Hospital", ORG, ["Hartford Hospital"], [D146], OPT),  # received victims, named in a list
    ("Bridgeport Hospital", ORG, ["Bridgeport Hospital"], [D146], OPT),
    ("Ned Lamont", PER, ["Ned Lamont", "Connecticut Governor Ned Lamont"], [D146]),
    ("Federal Aviation Administration", ORG, ["Federal Aviation Administration"], [D146]),
    ("National Transportation Safety Board", ORG, ["National Transportation Safety Board", "NTSB"], [D146, D149]),
    ("Richard Blumenthal", PER, ["Richard Blumenthal", "Blumenthal"], [D146]),
    ("Jennifer Homendy", PER, ["Jennifer Homendy", "Board Member Jennifer Homendy"], [D146]),
    ("National Hurricane Center", ORG, ["National Hurricane Center"], [D147]),
    ("Hubert Minnis", PER, ["Hubert Minnis", "Minnis"], [D147]),
    ("Bahamas", CTY, ["Bahamas"], [D147]),
    ("Brenton Tarrant", PER, ["Brenton Tarrant", "Brenton"], [D148]),
    ("Christchurch District Court", ORG, ["Christchurch District Court"], [D148]),
    ("Paul Kellar", PER, ["Paul Kellar", "Judge Paul Kellar"], [D148]),
    ("Jacinda Ardern", PER, ["Jacinda Ardern", "Ardern", "Prime Minister Ardern"], [D148]),
    ("Greg Barton", PER, ["Greg Barton", "Professor Greg Barton"], [D148]),
    ("Deakin University", ORG, ["Deakin University"], [D148], OPT),  # named only in the speaker's title
    (
        "Officials Committee for Domestic and External Security Coordination",
        ORG,
        ["Officials Committee for Domestic and External Security Coordination", "ODESC"],
        [D148],
        OPT,
    ),  # named inside a quotation, to report to Cabinet
    ("Avoyelles House of Mercy", ORG, ["Avoyelles House of Mercy"], [D149]),
    ("Florida Highway Patrol", ORG, ["Florida Highway Patrol"], [D149]),
    ("Vinnie DeVita", PER, ["Vinnie DeVita", "DeVita"], [D149]),
    ("Alachua Sheriff's Office", ORG, ["Alachua Sheriff's Office"], [D149]),
    ("Nicole Towarek", PER, ["Nicole Towarek"], [D149]),
    ("Troy Roberts", PER, ["Troy Roberts"], [D149]),  # "Roberts" is another entry's alias in other documents
    ("Florida Department of Transportation", ORG, ["Florida Department of Transportation"], [D149], OPT),
    ("Narendra Modi", PER, ["Narendra Modi", "Prime Minister Narendra Modi"], [D150]),
    ("Satyendra Jain", PER, ["Satyendra Jain"], [D150]),
    ("Kurt Volker", PER, ["Kurt Volker", "Volker"], [D151]),
    ("Volodymyr Zelensky", PER, ["Volodymyr Zelensky", "Zelensky", "President Zelensky"], [D151]),
    ("Rudy Giuliani", PER, ["Rudy Giuliani", "Giuliani"], [D151]),
    ("Andriy Yermak", PER, ["Andriy Yermak"], [D151]),
    ("Eliot Engel", PER, ["Eliot Engel"], [D151]),
    ("Elijah Cummings", PER, ["Elijah Cummings", "Cummings", "Elijah Eugene Cummings"], [D151, D152]),
    ("Hunter Biden", PER, ["Hunter Biden"], [D151]),
    ("Burisma Holdings", ORG, ["Burisma Holdings", "Burisma"], [D151]),
    ("PolitiFact", ORG, ["PolitiFact"], [D151]),
    ("Elie Honig", PER, ["Elie Honig"], [D151]),
    ("Ken Gude", PER, ["Ken Gude"], [D151]),
    ("Mark Amodei", PER, ["Mark Amodei", "Amodei"], [D151]),
    ("Nevada Independent", ORG, ["Nevada Independent"], [D151], OPT),  # an outlet interviewing
    (
        "House Oversight and Reform Committee",
        ORG,
        ["House Oversight and Reform Committee", "Oversight and Reform Committee"],
        [D152],
    ),
    ("Robert Cummings Sr.", PER, ["Robert Cummings Sr."], [D152]),
    ("Ruth Elma Cummings", PER, ["Ruth Elma Cummings"], [D152]),
    ("University of Maryland", ORG, ["University of Maryland"], [D152]),
    ("Maryland General Assembly", ORG, ["Maryland General Assembly"], [D152]),
    ("Kweisi Mfume", PER, ["Kweisi Mfume"], [D152]),
    ("Congressional Black Caucus", ORG, ["Congressional Black Caucus"], [D152]),
    (
        "United States House Select Committee on Benghazi",
        ORG,
        ["United States House Select Committee on Benghazi"],
        [D152],
    ),
    ("The Baltimore Sun", ORG, ["The Baltimore Sun", "Baltimore Sun"], [D152]),
    ("Maya Rockeymoore Cummings", PER, ["Maya Rockeymoore Cummings"], [D152]),
    ("Maryland Democratic Party", ORG, ["Maryland Democratic Party"], [D152]),
    ("MSNBC", ORG, ["MSNBC"], [D152], OPT),  # an outlet interviewing
    ("Carolyn Maloney", PER, ["Carolyn Maloney"], [D152]),
    ("Larry Hogan", PER, ["Larry Hogan"], [D152]),
    ("Caloundra", ORG, ["Caloundra"], [D153]),
    ("Wynnum", ORG, ["Wynnum"], [D153]),
    ("Matt Myers", PER, ["Matt Myers", "Myers"], [D153]),
    ("Jarrod Kidston", PER, ["Jarrod Kidston", "Kidston"], [D153]),
    ("Sunshine Coast Rugby Union", ORG, ["Sunshine Coast Rugby Union"], [D153], OPT),  # the competition's body
    ("Maroochydore", ORG, ["Maroochydore"], [D153], OPT),  # clubs named only in other results
    ("Caboolture", ORG, ["Caboolture"], [D153], OPT),
    ("Noosa", ORG, ["Noosa"], [D153], OPT),
]

# the twentieth batch: earlier entries named again (documents, and the forms new to these texts)
_AGAIN20 = {
    "CNN": ([D147], []),
    "BBC News": ([D147], []),
    "Red Cross": ([D147], []),
    "United Nations": ([D147], []),
    "Australia": ([D148], []),
    "New Zealand": ([D148], []),
    "Australian Broadcasting Corporation": ([D148], ["ABC"]),  # "ABC reported" of an Australian charged in NZ
    "India": ([D150], []),
    "Myanmar": ([D150], ["Myanma"]),
    "Mike Pompeo": ([D151], []),
    "Donald Trump": ([D151, D152], []),
    "Ukraine": ([D151], ["Ukrainians"]),
    "United States Department of State": ([D151], []),
    "Joe Biden": ([D151], []),
    "Democratic Party": ([D151, D152], ["Democrat"]),
    "Republican Party": ([D151, D152], []),  # stays optional: one entry serves its earlier documents
    "The New York Times": ([D151], []),
    "Barack Obama": ([D151], []),
    "Russia": ([D151], []),
    "United Nations General Assembly": ([D151], []),
    "NBC": ([D151], []),
    "House Committee on the Judiciary": ([D151], ["House Judiciary Committee"]),
    "United States House of Representatives": ([D151, D152], ["House of Representatives"]),  # stays optional
    "United States Senate": ([D151], []),
    "United States Congress": ([D152], []),
    "Howard University": ([D152], []),
    "Nancy Pelosi": ([D152], []),
    "Chuck Schumer": ([D152], []),
    "Iraq": ([D152], []),  # "the Iraq War" only; the entry is optional
    "Adam Schiff": ([D151], []),
}
A = named_again(A, _AGAIN20)

# the twenty-first batch (Wikinews 2019-2020, annotated by helper ha19 before docbot was run on it): new actors
A += [
    ("Walter Munk", PER, ["Walter Munk", "Munk"], [D154]),
    ("University of California, San Diego", ORG, ["University of California, San Diego"], [D154]),
    ("University of California, Los Angeles", ORG, ["University of California, Los Angeles"], [D154], OPT),  # a degree
    ("Pradeep Khosla", PER, ["Pradeep Khosla", "Khosla"], [D154]),
    ("Margaret Leinen", PER, ["Margaret Leinen"], [D154]),
    ("Mary Munk", PER, ["Mary"], [D154]),  # "His wife Mary"
    ("Patricia Ann Spearman", PER, ["Patricia Ann Spearman", "Spearman"], [D155]),
    ("Selena Torres", PER, ["Selena Torres", "Assemblywoman Selena Torres"], [D155]),
    ("Rutgers University", ORG, ["Rutgers University"], [D155], OPT),  # named only in the speaker's title
    ("Kelly Dittmar", PER, ["Kelly Dittmar", "Dittmar"], [D155]),
    ("Jill Tolles", PER, ["Jill Tolles"], [D155]),
    ("Legislative Yuan", ORG, ["Legislative Yuan"], [D156]),
    ("Constitutional Court of Taiwan", ORG, ["Constitutional Court"], [D156]),
    ("Jennifer Lu", PER, ["Jennifer Lu"], [D156]),
    ("Marriage Equality Coalition Taiwan", ORG, ["Marriage Equality Coalition Taiwan"], [D156], OPT),
    ("Xiaogang Wei", PER, ["Xiaogang Wei"], [D156]),
    ("Beijing Gender Health Education Institute", ORG, ["Beijing Gender Health Education Institute"], [D156], OPT),
    ("British Transport Police", ORG, ["British Transport Police", "BTP"], [D157]),
    ("London Ambulance Service", ORG, ["London Ambulance Service"], [D157]),
    ("London Fire Brigade", ORG, ["London Fire Brigade"], [D157]),
    ("Transport for London", ORG, ["Transport for London", "TfL"], [D157]),
    ("Darren Gough", PER, ["Darren Gough", "Detective Inspector Darren Gough"], [D157]),
    ("The Lancet Infectious Diseases", ORG, ["The Lancet Infectious Diseases"], [D158], OPT),  # publishes findings
    ("David Livermore", PER, ["David Livermore", "Livermore", "Professor David Livermore"], [D158]),
    ("University of East Anglia", ORG, ["University of East Anglia"], [D158], OPT),  # the speaker's title
    ("Royal Pharmaceutical Society", ORG, ["Royal Pharmaceutical Society"], [D158]),
    ("Ash Soni", PER, ["Ash Soni"], [D158]),
    ("Grant Shapps", PER, ["Grant Shapps", "Shapps"], [D159]),
    ("Mick Whelan", PER, ["Mick Whelan"], [D159]),
    ("Aslef", ORG, ["Aslef"], [D159], OPT),  # named only in the speaker's title
    ("Mick Cash", PER, ["Mick Cash"], [D159]),
    (
        "National Union of Rail, Maritime and Transport Workers",
        ORG,
        ["National Union of Rail, Maritime and Transport Workers", "RMT"],
        [D159],
        OPT,
    ),  # named only in the speaker's title
    ("Wales", CTY, ["Wales"], [D159], OPT),  # a nation of the UK, as Scotland
]

# the twenty-first batch: earlier entries named again (documents, and the forms new to these texts)
_AGAIN21 = {
    "Austria": ([D154], []),
    "France": ([D154], []),  # "the French Legion of Honour"; stays optional
    "Scripps": ([D154], ["Scripps Institution of Oceanography", "Scripps"]),  # his employer; stays optional
    "United States Army": ([D154, D155], ["US Army"]),  # stays optional
    "Democratic Party": ([D155], []),
    "Republican Party": ([D155], []),  # stays optional
    "United States Senate": ([D155], []),  # stays optional
    "United States House of Representatives": ([D155], []),  # stays optional
    "Taiwan": ([D156], ["Taiwanese"]),
    "China": ([D156], []),  # stays optional
    "Sadiq Khan": ([D157], []),
    "United Kingdom": ([D157, D158, D159], ["Great Britain", "Britons"]),
    "England": ([D157, D159], []),  # stays optional
    "Scotland": ([D159], []),  # stays optional
    "Nicola Sturgeon": ([D159], []),
}
A = named_again(A, _AGAIN21)

# the twenty-second batch (Wikinews 2019-2020, annotated by helper ha20 before docbot was run on it): new actors
A += [
    ("Tony Mendez", PER, ["Tony Mendez", "Mendez"], [D160]),
    ("Michael Morell", PER, ["Michael Morell"], [D160]),
    ("Jonna Mendez", PER, ["Jonna Mendez", "Jonna"], [D160]),
    ("Ben Affleck", PER, ["Ben Affleck", "Affleck"], [D160]),
    ("Jimmy Carter", PER, ["Jimmy Carter"], [D160]),
    ("Center for Biological Diversity", ORG, ["Center for Biological Diversity"], [D161]),
    ("Tierra Curry", PER, ["Tierra Curry"], [D161]),
    ("Chip Taylor", PER, ["Chip Taylor"], [D161]),
    ("University of Kansas", ORG, ["University of Kansas"], [D161], OPT),  # only in the speaker's title
    ("Ryan Norris", PER, ["Ryan Norris"], [D161]),
    ("University of Guelph", ORG, ["University of Guelph"], [D161], OPT),  # only in the speaker's title
    ("World Wildlife Fund Mexico", ORG, ["World Wildlife Fund Mexico"], [D161]),
    ("Center for Food Safety", ORG, ["Center for Food Safety"], [D161]),
    ("George Kimbrell", PER, ["George Kimbrell"], [D161]),
    ("Sea-Eye", ORG, ["Sea-Eye"], [D162]),
    ("Alan Kurdi", PER, ["Alan Kurdi", "Alan", "Kurdi"], [D162]),
    ("Abdullah Kurdi", PER, ["Abdullah Kurdi"], [D162]),
    ("Tima Kurdi", PER, ["Tima Kurdi"], [D162]),
    ("Carlotta Weibl", PER, ["Carlotta Weibl"], [D162]),
    ("Pacific Gas and Electric Company", ORG, ["Pacific Gas and Electric Company", "PG&E"], [D163]),
    ("Sumeet Singh", PER, ["Sumeet Singh"], [D163]),
    ("Evan Duffey", PER, ["Evan Duffey"], [D163]),
    ("Michael Lewis", PER, ["Michael Lewis"], [D163]),
    ("Clark Waddoups", PER, ["Clark Waddoups", "Waddoups"], [D164]),
    ("American Samoa", CTY, ["American Samoa", "American Samoans", "American Samoan"], [D164]),
    ("Samoa", CTY, ["Samoa"], [D164], OPT),  # named only to be told apart
    ("Supreme Court of the United States", ORG, ["Supreme Court"], [D164]),
    ("Pale Tuli", PER, ["Pale Tuli"], [D164]),
    ("Rosavita Tuli", PER, ["Rosavita Tuli"], [D164]),
    ("John Fitisemanu", PER, ["John Fitisemanu", "Fitisemanu"], [D164]),
    ("Equally American", ORG, ["Equally American"], [D164]),
    ("Aumua Amata", PER, ["Aumua Amata"], [D164]),
    ("American Civil Liberties Union of Montana", ORG, ["American Civil Liberties Union of Montana"], [D165]),
    ("Native American Rights Fund", ORG, ["Native American Rights Fund"], [D165]),
    ("Jacqueline De León", PER, ["Jacqueline De León"], [D165]),
    ("Corey Stapleton", PER, ["Corey Stapleton"], [D165]),
    ("United States Postal Service", ORG, ["United States Postal Service"], [D165]),
    ("World Population Review", ORG, ["World Population Review"], [D165], OPT),  # a website's estimate
    ("Western Native Voice", ORG, ["Western Native Voice"], [D165]),
    ("Montana Native Vote", ORG, ["Montana Native Vote"], [D165]),
    ("Assiniboine and Sioux Tribes of Fort Peck", ORG, ["Assiniboine and Sioux Tribes of Fort Peck"], [D165]),
    ("Blackfeet Nation", ORG, ["Blackfeet Nation"], [D165]),
    ("Confederated Salish and Kootenai Tribes", ORG, ["Confederated Salish and Kootenai Tribes"], [D165]),
    ("Crow Tribe", ORG, ["Crow Tribe"], [D165]),
    ("Fort Belknap Indian Community", ORG, ["Fort Belknap Indian Community"], [D165]),
]

# the twenty-second batch: earlier entries named again (documents, and the forms new to these texts)
_AGAIN22 = {
    "CIA": ([D160], ["Central Intelligence Agency"]),
    "Washington Post": ([D160], []),
    "Iran": ([D160], []),
    "Canada": ([D160, D161], []),
    "Mexico": ([D161], []),
    "Germany": ([D162], []),
    "Syria": ([D162], []),
    "Turkey": ([D162], []),
    "Greece": ([D162], []),
    "Iraq": ([D162], []),
    "Spain": ([D162], []),  # "the Spanish island", as "the French Legion of Honour"
    "United States Congress": ([D164], []),
    "United States House of Representatives": ([D164], []),  # stays optional
}
A = named_again(A, _AGAIN22)

# the twenty-third batch (Wikinews 2019-2020, annotated by helper ha21 before docbot was run on it): new actors
A += [
    ("Thai Raksa Chart Party", ORG, ["Thai Raksa Chart Party", "Thai Raksa Chart"], [D166]),
    (
        "Ubolratana Mahidol",
        PER,
        ["Princess Ubolratana Mahidol", "Ubolratana Mahidol", "Princess Ubolratana", "Ubolratana"],
        [D166],
    ),
    ("Maha Vajiralongkorn", PER, ["King Maha Vajiralongkorn", "Maha Vajiralongkorn", "Vajiralongkorn"], [D166]),
    ("Yingluck Shinawatra", PER, ["Yingluck Shinawatra", "Yingluck"], [D166]),
    ("Prayuth Chan-o-cha", PER, ["Prayuth Chan-o-cha", "Chan-o-cha"], [D166]),
    ("Royal Swedish Academy of Sciences", ORG, ["Royal Swedish Academy of Sciences"], [D167]),
    ("James Peebles", PER, ["James Peebles"], [D167]),
    ("Didier Queloz", PER, ["Didier Queloz", "Queloz"], [D167]),
    ("Michel Mayor", PER, ["Michel Mayor"], [D167]),  # "Mayor" alone is a trap of an earlier batch
    ("Nobel Foundation", ORG, ["Nobel Foundation"], [D167]),
    ("Princeton University", ORG, ["Princeton University"], [D167]),
    ("University of Geneva", ORG, ["University of Geneva"], [D167]),
    ("Ulf Danielsson", PER, ["Ulf Danielsson"], [D167]),
    ("Sweden", CTY, ["Sweden", "Swedish", "Swede", "Swedes"], [D167, D170]),
    ("Brigid Kosgei", PER, ["Brigid Kosgei", "Kosgei", "Brigid"], [D168]),
    ("Lawrence Cherono", PER, ["Lawrence Cherono", "Cherono"], [D168]),
    ("Paula Radcliffe", PER, ["Paula Radcliffe", "Radcliffe"], [D168]),
    ("Mary Jepkosgei Keitany", PER, ["Mary Jepkosgei Keitany"], [D168]),
    ("Ababel Yeshaneh", PER, ["Ababel Yeshaneh"], [D168]),
    ("Gelete Burka", PER, ["Gelete Burka"], [D168]),
    ("Dejene Debela", PER, ["Dejene Debela"], [D168]),
    ("Asefa Mengstu", PER, ["Asefa Mengstu"], [D168]),
    ("Ethiopia", CTY, ["Ethiopia", "Ethiopians"], [D168]),
    ("Eliud Kipchoge", PER, ["Eliud Kipchoge", "Kipchoge"], [D168]),
    ("IAAF", ORG, ["IAAF"], [D168], OPT),  # only as the adjective of its rules
    ("Lost 52 Project", ORG, ["Lost 52 Project", "Lost 52"], [D169]),
    ("United States Navy", ORG, ["United States Navy", "U.S. Navy", "Navy"], [D169]),
    ("Yutaka Iwasaki", PER, ["Yutaka Iwasaki"], [D169]),
    ("Tim Taylor", PER, ["Tim Taylor"], [D169]),
    ("Time", ORG, ["Time magazine", "Time"], [D170]),
    ("Greta Thunberg", PER, ["Greta Thunberg", "Thunberg"], [D170]),
    ("Fridays for Future", ORG, ["Fridays for Future"], [D170]),
    ("Belgium", CTY, ["Belgium"], [D170]),
    ("Indian Railways", ORG, ["Indian Railways", "Indian Railway", "Railways"], [D171]),
    ("B Shiva Parvathi", PER, ["B Shiva Parvathi"], [D171]),
    ("Rangoli Patil", PER, ["Rangoli Patil", "Rangoli"], [D171]),
    ("Star of Mysore", ORG, ["Star of Mysore"], [D171]),
    ("Aparna Garg", PER, ["Aparna Garg", "Garg"], [D171]),
    ("South West Railway", ORG, ["South West Railway", "SWR"], [D171]),
    ("Mysore Division", ORG, ["Mysore Division"], [D171], OPT),  # a railway's division, named as a place and a host
    ("The Hindu", ORG, ["The Hindu"], [D171]),
]

# the twenty-third batch: earlier entries named again (documents, and the forms new to these texts)
_AGAIN23 = {
    "Thailand": ([D166], ["Thailand's"]),
    "Thaksin Shinawatra": ([D166], []),
    "Massachusetts Institute of Technology": ([D166], []),
    "Switzerland": ([D167], []),
    "Canada": ([D167], []),  # stays optional
    "University of Cambridge": ([D167], []),
    "Kenya": ([D168], ["Kenya's"]),
    "Austria": ([D168], []),
    "Japan": ([D169], []),  # stays optional
    "The New York Times": ([D169], []),
    "Washington Post": ([D169], []),
    "Germany": ([D170], []),
    "United Nations": ([D170], []),
    "Pope Francis": ([D170], []),
    "United States Congress": ([D170], ["United States Congress"]),
    "Nancy Pelosi": ([D170], []),
    "Donald Trump": ([D170], []),
    "Volodymyr Zelensky": ([D170], ["Ukraine President Volodymyr Zelensky"]),
    "Ukraine": ([D170], []),
    "NBC": ([D170], []),
    "China": ([D170], []),  # stays optional
    "India": ([D171], ["Indian"]),
    "Wikinews": ([D171], []),
}
A = named_again(A, _AGAIN23)

# the twenty-fourth batch (Wikinews 2019-2020, annotated by helper ha24 before docbot was run on it): new actors
A += [
    ("Jeremy Corbyn", PER, ["Jeremy Corbyn"], [D172]),
    ("John Bercow", PER, ["John Bercow", "House of Commons Speaker John Bercow"], [D172]),
    ("House of Commons", ORG, ["House of Commons"], [D172], OPT),  # named only in titles
    ("House of Commons Library", ORG, ["House of Commons Library"], [D172]),
    ("Yvette Cooper", PER, ["Yvette Cooper"], [D172]),
    ("Philip Hammond", PER, ["Philip Hammond", "Conservative MP Philip Hammond"], [D172]),
    ("European Court of Justice", ORG, ["European Court of Justice"], [D172], OPT),  # named in a list of matters
    ("Ricardo Rosselló", PER, ["Ricardo Rosselló Nevares", "Rosselló"], [D173]),
    (
        "Puerto Rico Center for Investigative Journalism",
        ORG,
        ["Puerto Rico Center for Investigative Journalism"],
        [D173],
    ),
    ("Wanda Vázquez Garced", PER, ["Wanda Vázquez Garced", "Vázquez"], [D173]),
    ("Luis Rivera Marín", PER, ["Luis Rivera Marín"], [D173]),
    ("Ricardo Llerandi", PER, ["Ricardo Llerandi"], [D173]),
    ("New Progressive Party", ORG, ["New Progressive Party"], [D173]),
    ("Gray Miller", PER, ["Gray Miller", "Miller", "Judge Miller", "District Judge Gray Miller"], [D174]),
    ("National Coalition for Men", ORG, ["National Coalition for Men"], [D174]),
    ("CNA", ORG, ["CNA"], [D174]),
    ("Selective Service System", ORG, ["Selective Service System"], [D174], OPT),  # what one registers for
    ("Franky Zapata", PER, ["Franky Zapata", "Zapata"], [D175]),
    ("BFM TV", ORG, ["BFM TV"], [D175]),
    ("Louis Blériot", PER, ["Louis Blériot"], [D175]),
    ("Serbia", CTY, ["Serbia", "Serbian", "Serbians"], [D176]),
    ("Vladimir Rebic", PER, ["Vladimir Rebic", "Director Rebic", "Rebic"], [D176]),
    ("Aleksandar Vučić", PER, ["Aleksandar Vučić", "President Aleksandar Vučić", "President Vučić", "Vučić"], [D176]),
    ("Khairi Saadallah", PER, ["Khairi Saadallah", "Saadallah"], [D177]),
    ("Neil Basu", PER, ["Neil Basu", "Basu"], [D177]),
]

# the twenty-fourth batch: earlier entries named again (documents, and the forms new to these texts)
_AGAIN24 = {
    "Elizabeth II": ([D172], ["Queen Elizabeth"]),
    "Boris Johnson": ([D172], []),
    "United Kingdom": ([D172, D177], []),
    "Parliament of the United Kingdom": ([D172], ["UK Parliament", "British parliament"]),
    "UK Labour Party": ([D172], ["Labour Party"]),  # stays optional
    "BBC News": ([D172], []),
    "European Union": ([D172], []),
    "Ireland": ([D172], ["Republic of Ireland"]),
    "Supreme Court of the United States": ([D174], []),
    "USA Today": ([D174], []),
    "France": ([D175], []),  # stays optional
    "England": ([D175], []),  # stays optional
    "Thames Valley Police": ([D177], []),
    "Libya": ([D177], []),
    "The Daily Telegraph": ([D177], ["The Telegraph"]),
    "Black Lives Matter": ([D177], []),
}
A = named_again(A, _AGAIN24)

# the twenty-fifth batch (VOA newscasts, annotated by helper ha26 before docbot was run on it): new actors
A += [
    ("Ben Thomas", PER, ["Ben Thomas"], [D178], OPT),  # a correspondent named only in a hand-over
    ("Somalia", CTY, ["Somalia"], [D178]),
    ("al-Shabab", ORG, ["al-Shabab"], [D178]),
    ("Cyril Ramaphosa", PER, ["Cyril Ramaphosa", "Ramaphosa"], [D179]),
    ("Antony Blinken", PER, ["Antony Blinken", "Blinken", "Secretary of State Antony Blinken"], [D180, D182]),
    ("North Korea", CTY, ["North Korea"], [D180]),
    ("Guatemala", CTY, ["Guatemala"], [D181]),
    ("Honduras", CTY, ["Honduras"], [D181]),
    ("Ali Khamenei", PER, ["Ali Khamenei", "Ayatollah Ali Khamenei"], [D181]),
    ("Jeanine Hennis-Plasschaert", PER, ["Jeanine Hennis-Plasschaert"], [D182]),
    ("Richard Mills", PER, ["Richard Mills"], [D182]),
    ("Martin Lee", PER, ["Martin Lee"], [D182]),
    ("Jimmy Lai", PER, ["Jimmy Lai"], [D182]),
    ("Lee Kwok-hung", PER, ["Lee Kwok-hung", "Long Hair"], [D182]),
]

# the twenty-fifth batch: earlier entries named again (documents, and the forms new to these texts)
_AGAIN25 = {
    "Voice of America": ([D178, D179, D180, D181, D182], []),
    "David Byrd": ([D178], []),
    "Liz Parker": ([D179], []),
    "Marissa Melton": ([D180, D181, D182], []),
    "Sagar Meghani": ([D178], []),
    "Ed Donahue": ([D178], []),
    "Associated Press": ([D178], []),
    "Joe Biden": ([D178, D180, D181, D182], ["President Biden", "President-elect Joe Biden"]),
    "United States Congress": ([D178], []),
    "World Health Organization": ([D178, D179], []),
    "Tedros Adhanom Ghebreyesus": ([D178, D179], ["Ghebreyesus"]),
    "United Nations General Assembly": ([D178], ["U.N. General Assembly"]),  # stays optional
    "United States Department of Defense": ([D178], []),
    "Donald Trump": ([D178, D179, D180, D181], []),
    "Al-Qaeda": ([D178], []),
    "United Kingdom": ([D178, D179], []),
    "European Union": ([D178], []),
    "United States House of Representatives": ([D179], []),  # stays optional
    "United States Senate": ([D179, D180], []),  # stays optional
    "Democratic Party": ([D179], []),
    "Republican Party": ([D179, D181], []),  # stays optional
    "South Africa": ([D179], []),
    "Finland": ([D179], ["Finland"]),
    "South Korea": ([D179], []),
    "Russia": ([D179, D180], []),
    "Vladimir Putin": ([D180], []),
    "Alexei Navalny": ([D180], []),
    "NATO": ([D180], []),
    "Jens Stoltenberg": ([D180], []),
    "Facebook": ([D180], []),  # stays optional
    "China": ([D180, D182], []),  # stays optional
    "Iran": ([D180, D181, D182], []),
    "United States Department of State": ([D180, D181], []),
    "Haiti": ([D181], ["Haitian"]),
    "Supreme Court of Haiti": ([D181], []),  # stays optional
    "Jovenel Moïse": ([D181], []),
    "Ned Price": ([D181], []),
    "El Salvador": ([D181], ["El Salvador"]),
    "CBS News": ([D181], []),  # stays optional
    "United Nations": ([D182], []),
    "Iraq": ([D182], []),  # stays optional
    "Islamic State of Iraq and the Levant": ([D182], ["Islamic State"]),
    "Security Council": ([D182], ["U.N. Security Council"]),
    "Afghanistan": ([D180], []),  # a place of "U.S. troops in Afghanistan"
}
A = named_again(A, _AGAIN25)

# the twenty-sixth batch (18F blog posts, annotated by helper ha28 before docbot was run on it): new actors
A += [
    ("Ryan Panchadsaram", PER, ["Ryan Panchadsaram"], [D183]),
    ("Hillary Hartley", PER, ["Hillary Hartley"], [D183, D186]),
    ("Megan Smith", PER, ["Megan Smith", "Smith", "Chief Technology Officer Megan Smith"], [D183, D184]),
    ("Erica Deahl", PER, ["Erica Deahl", "Deahl"], [D183]),
    ("Noah Manger", PER, ["Noah Manger", "Manger"], [D183]),
    ("Leah Bannon", PER, ["Leah Bannon"], [D183]),
    ("Charles Worthington", PER, ["Charles Worthington"], [D183]),
    ("Liina Areng", PER, ["Liina Areng"], [D184]),
    ("Denise Turner Roth", PER, ["Denise Turner Roth"], [D185]),
    ("Shashank Khandelwal", PER, ["Shashank Khandelwal", "Khandelwal"], [D185]),
    ("Christine Cheung", PER, ["Christine Cheung", "Cheung"], [D185]),
    ("Ross Dakin", PER, ["Ross Dakin"], [D186], OPT),  # named only in a photo credit
    ("Chris Ferguson", PER, ["Chris Ferguson", "Ferguson"], [D186]),
    ("Phaedra Chrousos", PER, ["Phaedra Chrousos", "Chrousos"], [D186]),
    ("David A. Chandler", PER, ["David A. Chandler", "Dr. David A. Chandler", "Chandler"], [D187]),
    ("Christine Townsend", PER, ["Christine Townsend"], [D187]),
    ("Rafael López", PER, ["Rafael López"], [D187]),
    ("Nepal", CTY, ["Nepal"], [D183]),
    ("Estonia", CTY, ["Estonia", "Republic of Estonia", "Estonians"], [D184]),
    ("18F", ORG, ["18F"], [D183, D184, D185, D186, D187]),
    ("General Services Administration", ORG, ["General Services Administration", "GSA"], [D183, D185, D186]),
    ("Presidential Innovation Fellows", ORG, ["Presidential Innovation Fellows", "PIF"], [D183, D186]),
    ("United States Digital Service", ORG, ["U.S. Digital Service", "USDS"], [D183, D186]),
    ("VA Digital Service", ORG, ["VA Digital Service"], [D183]),
    (
        "Office of Science and Technology Policy",
        ORG,
        ["White House Office of Science and Technology Policy", "Office of Science and Technology Policy", "OSTP"],
        [D183],
    ),
    (
        "Federal Election Commission",
        ORG,
        ["Federal Election Commission", "Federal Elections Commission", "FEC"],
        [D183, D187],
    ),
    (
        "United States Citizenship and Immigration Services",
        ORG,
        ["U.S. Citizenship and Immigration Services", "Citizenship and Immigration Services", "USCIS"],
        [D183],
    ),
    ("Digital Analytics Program", ORG, ["Digital Analytics Program", "DAP"], [D183], OPT),  # a programme of GSA's
    ("Information System Authority", ORG, ["Information System Authority"], [D184]),
    ("World Bank", ORG, ["World Bank"], [D184]),
    (
        "United States Department of the Interior",
        ORG,
        ["U.S. Department of Interior", "Department of Interior", "Interior Department"],
        [D185],
    ),
    ("Samuel W. Tucker Elementary School", ORG, ["Samuel W. Tucker Elementary School"], [D185], OPT),
    ("Government Digital Service", ORG, ["Government Digital Service", "GDS"], [D186]),
    (
        "Office of Citizen Services and Innovative Technologies",
        ORG,
        ["Office of Citizen Services and Innovative Technologies"],
        [D186],
    ),
    (
        "Mississippi Department of Child Protection Services",
        ORG,
        ["Mississippi Department of Child Protection Services", "Department of Child Protection Services", "MDCPS"],
        [D187],
    ),
    ("Administration on Children, Youth and Families", ORG, ["Administration on Children, Youth and Families"], [D187]),
]

# the twenty-sixth batch: earlier entries named again (documents, and the forms new to these texts)
_AGAIN26 = {
    "United States": ([D183, D184, D185, D186], []),
    "United Kingdom": ([D186], []),
    "Barack Obama": ([D183], ["President Obama"]),
    "United States Department of State": ([D183, D184], ["U.S. Department of State"]),
    "The Atlantic": ([D184], []),
    "University of Maryland": ([D185], []),
    "Department of Health and Human Services": ([D187], ["Department of Health and Human Services"]),  # stays optional
}
A = named_again(A, _AGAIN26)

# the twenty-seventh batch (DigitalGov news posts, annotated by helper ha31 before docbot was run on it): new actors
A += [
    ("Scott Davis", PER, ["Scott Davis", "Davis"], [D188]),
    ("Jono Bacon", PER, ["Jono Bacon", "Bacon"], [D188]),
    ("Gerry McGovern", PER, ["Gerry McGovern"], [D189]),
    ("Ashley Gordon", PER, ["Ashley Gordon", "Gordon"], [D189]),
    ("Kathryn Kundrod", PER, ["Kathryn Kundrod"], [D190]),
    ("Denice Shaw", PER, ["Denice Shaw", "Shaw"], [D191]),
    ("Sef Kloninger", PER, ["Sef Kloninger", "Kloninger"], [D192]),
    ("Sarah Allen", PER, ["Sarah", "Allen"], [D192]),  # the team's lead, named by given name and by surname
    ("Sandra Vuong", PER, ["Sandra Vuong", "Vuong"], [D193]),
    (
        "Department of Housing and Urban Development",
        ORG,
        ["Department of Housing and Urban Development", "HUD"],
        [D188],
    ),
    ("RAND Corporation", ORG, ["RAND Corporation"], [D188]),
    ("GitHub", ORG, ["GitHub"], [D188, D192]),
    ("XPRIZE", ORG, ["XPRIZE"], [D188, D191]),
    ("Nielsen Norman Group", ORG, ["Nielsen Norman Group"], [D189]),
    ("User Experience Community of Practice", ORG, ["User Experience Community of Practice"], [D189], OPT),
    ("Consumer Financial Protection Bureau", ORG, ["Consumer Financial Protenction Bureau", "CFPB"], [D189]),
    ("National Institutes of Health", ORG, ["National Institutes of Health", "NIH"], [D190]),
    ("Lehigh University", ORG, ["Lehigh University", "Lehigh"], [D190]),
    ("Biomedical Engineering Society", ORG, ["Biomedical Engineering Society"], [D190], OPT),  # a meeting's host
    ("Rice University", ORG, ["Rice University"], [D190], OPT),  # where the speaker studies
    ("National Geographic", ORG, ["National Geographic"], [D191]),
    ("United States Department of Education", ORG, ["Department of Education"], [D191]),
    ("Federal Student Aid", ORG, ["Federal Student Aid"], [D193]),
    (
        "Veterans Benefits Administration",
        ORG,
        ["Department of Veteran Affairs Benefits Administration", "Department of Veteran Affairs"],
        [D193],
    ),
    ("New Futuro", ORG, ["New Futuro"], [D193]),
]

# the twenty-seventh batch: earlier entries named again (documents, and the forms new to these texts)
_AGAIN27 = {
    "United Kingdom": ([D189], []),  # "the UK Digital Government Service"
    "Government Digital Service": ([D189], ["UK Digital Government Service", "Digital Government Service"]),
    "Wikipedia": ([D188], []),  # stays optional
    "U.S. Environmental Protection Agency": ([D191], ["EPA"]),
    "General Services Administration": ([D191], []),  # "GSA's Challenge.gov"
    "YouTube": ([D192], []),
    "18F": ([D192], []),
}
A = named_again(A, _AGAIN27)

# the twenty-eighth batch (Wikinews 2019-2020, annotated by helper ha33 before docbot was run on it): new actors
A += [
    ("Sharif Hotak", PER, ["Sharif Hotak", "Hotak"], [D194]),
    ("Zabiullah Mujahid", PER, ["Zabiullah Mujahid", "Taliban spokesperson Zabiullah Mujahid"], [D194]),
    ("Abdurrahman Mangal", PER, ["Abdurrahman Mangal"], [D194]),
    ("Zalmay Khalilzad", PER, ["Zalmay Khalilzad"], [D194]),
    ("National Directorate of Security", ORG, ["National Directorate for Security"], [D194]),
    ("Ministry of Interior Affairs of Afghanistan", ORG, ["Interior Ministry"], [D194]),
    ("Qatar", CTY, ["Qatar"], [D194]),
    ("Wilbur Ross", PER, ["Wilbur Ross", "Ross", "Commerce Secretary Wilbur Ross"], [D195]),
    ("Eric Holder", PER, ["Eric Holder", "Attorney General Eric Holder"], [D195]),
    ("Kerri Kupec", PER, ["Kerri Kupec"], [D195]),
    ("United States Census Bureau", ORG, ["Census Bureau"], [D195]),
    ("Eva Glawischnig-Piesczek", PER, ["Eva Glawischnig-Piesczek", "Glawischnig-Piesczek"], [D196]),
    ("Supreme Court of Justice of Austria", ORG, ["Supreme Court of Justice", "Oberster Gerichtshof"], [D196]),
    ("The Greens", ORG, ["The Greens"], [D196]),
    ("Steve Peers", PER, ["Steve Peers"], [D196]),
    ("University of Essex", ORG, ["University of Essex"], [D196]),
    ("Jennifer Daskal", PER, ["Jennifer Daskal"], [D196]),
    ("American University", ORG, ["American University"], [D196]),
    ("Slate", ORG, ["Slate"], [D196]),
    (
        "Combined Joint Task Force Operation Inherent Resolve",
        ORG,
        ["Combined Joint Task Force Operation Inherent Resolve"],
        [D197],
    ),
    ("Military Times", ORG, ["Military Times"], [D197]),
    ("Iraqi Security Forces", ORG, ["Iraqi Security Forces", "Iraqi security forces"], [D197]),
    ("Saddam Hussein", PER, ["Saddam Hussein"], [D197]),
    ("Council of Representatives of Iraq", ORG, ["Parliament"], [D197], OPT),  # named only in a demand to dissolve it
    ("Emily W. Murphy", PER, ["Emily W. Murphy", "Murphy"], [D198]),
    ("Chris Christie", PER, ["Chris Christie"], [D198]),
    ("Stephen Schwarzman", PER, ["Stephen Schwarzman"], [D198]),
]

# the twenty-eighth batch: earlier entries named again (documents, and the forms new to these texts)
_AGAIN28 = {
    "United States": ([D194, D195, D197, D198], []),
    "Afghanistan": ([D194], ["Afghan"]),
    "Taliban": ([D194], []),
    "Reuters": ([D194], []),
    "Donald Trump": ([D195, D198], ["President Donald Trump"]),
    "William Barr": ([D195], ["Attorney General William Barr"]),
    "United States Congress": ([D195], []),
    "United States House of Representatives": ([D195], ["United States House of Representatives"]),  # stays optional
    "House Oversight and Reform Committee": ([D195], ["Oversight Committee"]),
    "Department of Justice": ([D195], []),
    "Supreme Court of the United States": ([D195], ["United States Supreme Court"]),
    "European Court of Justice": ([D196], ["ECJ", "Court of Justice"]),  # stays optional
    "Facebook": ([D196], ["Facebook Ireland Limited"]),  # stays optional
    "European Union": ([D196], []),
    "Austria": ([D196], []),
    "Ireland": ([D196], []),
    "BBC News": ([D196], []),
    "Iraq": ([D197], ["Government of Iraq"]),  # stays optional
    "Iran": ([D197], []),
    "Islamic State of Iraq and the Levant": ([D197], []),
    "Agence France-Presse": ([D197], ["AFP"]),
    "General Services Administration": ([D198], ["United States General Services Administration"]),
    "Joe Biden": ([D198], []),
    "Chuck Schumer": ([D198], []),
    "Democratic Party": ([D198], []),
    "Republican Party": ([D198], []),  # stays optional
}
A = named_again(A, _AGAIN28)

# the twenty-ninth batch (Wikinews 2019-2020, annotated by helper ha34 before docbot was run on it): new actors
A += [
    ("Bruce McArthur", PER, ["Bruce McArthur", "McArthur"], [D199]),
    ("Skandaraj Navaratnam", PER, ["Skandaraj Navaratnam", "Navaratnam"], [D199]),
    ("Andrew Kinsman", PER, ["Andrew Kinsman"], [D199]),
    ("Toronto Police Service", ORG, ["Toronto Police"], [D199]),
    ("John Tory", PER, ["John Tory"], [D199]),
    ("Rachel Giese", PER, ["Rachel Giese"], [D199]),
    ("Daily Xtra", ORG, ["Daily Xtra"], [D199], OPT),  # named only in the speaker's title
    ("Ontario Superior Court of Justice", ORG, ["Superior Court"], [D199], OPT),  # where the pleas were made
    ("Pedro Pierluisi", PER, ["Pedro Pierluisi", "Pierluisi"], [D200]),
    ("Senate of Puerto Rico", ORG, ["Senate"], [D200]),
    ("House of Representatives of Puerto Rico", ORG, ["House of Representatives"], [D200]),
    ("Legislative Assembly of Puerto Rico", ORG, ["Legislative Assembly"], [D200], OPT),  # a constitution's rule
    ("Thomas Rivera Schatz", PER, ["Thomas Rivera Schatz", "Senate President Thomas Rivera Schatz"], [D200]),
    ("Eduardo Bhatia", PER, ["Eduardo Bhatia"], [D200]),
    ("Carmen Yulín Cruz", PER, ["Carmen Yulín Cruz"], [D200]),
    ("Doug Collins", PER, ["Doug Collins"], [D201]),
    ("Andrew Johnson", PER, ["Andrew Johnson", "Johnson"], [D201]),
    ("Bill Clinton", PER, ["Bill Clinton", "Clinton"], [D201]),
    ("Richard Nixon", PER, ["Richard Nixon"], [D201]),
    ("International Committee on Taxonomy of Viruses", ORG, ["International Committee on Taxonomy of Viruses"], [D202]),
    ("Food and Agriculture Organization", ORG, ["Food and Agriculture Organization"], [D202]),
    ("Northwestern University", ORG, ["Northwestern University"], [D202], OPT),  # in the speaker's title
    ("Wendy Parmet", PER, ["Wendy Parmet"], [D202]),
    (
        "Johns Hopkins Center for Health Security",
        ORG,
        ["Johns Hopkins Center for Health Security"],
        [D202],
        OPT,  # in the speaker's title
    ),
    ("Monica Schoch-Spana", PER, ["Monica Schoch-Spana"], [D202]),
    ("North Wales Fire and Rescue Service", ORG, ["North Wales Fire and Rescue Service"], [D203]),
    ("North Wales Police", ORG, ["North Wales Police"], [D203]),
    ("Neville Chamberlain", PER, ["Neville Chamberlain"], [D203]),
    ("Richard Burton", PER, ["Richard Burton"], [D203]),
    ("Tong Yung-soo", PER, ["Tong Yung-soo", "Mr Tong"], [D203]),
    ("WalesOnline", ORG, ["WalesOnline"], [D203]),
    ("David Clay", PER, ["David Clay", "Clay"], [D203]),
    ("Barmouth Publicity", ORG, ["Barmouth Publicity"], [D203], OPT),  # in the speaker's title
    ("Mid Wales Tourism Partnership", ORG, ["Mid Wales Tourism Partnership"], [D203], OPT),  # in the speaker's title
]

# the twenty-ninth batch: earlier entries named again (documents, and the forms new to these texts)
_AGAIN29 = {
    "Canada": ([D199, D202], []),  # stays optional
    "Ricardo Rosselló": ([D200], []),
    "Wanda Vázquez Garced": ([D200], ["Secretary of Justice Wanda Vázquez Garced"]),
    "Jerrold Nadler": ([D201], []),
    "United States": ([D200, D201, D202], []),
    "Reuters": ([D200], []),
    "Nancy Pelosi": ([D201], ["Pelosi"]),
    "Donald Trump": ([D201], ["United States President Donald Trump"]),
    "United States House of Representatives": ([D201], []),  # stays optional
    "United States Senate": ([D201], []),  # stays optional
    "United States Congress": ([D201], []),
    "NBC": ([D201], []),
    "House Committee on the Judiciary": ([D201], []),
    "The New York Times": ([D201], []),
    "Volodymyr Zelensky": ([D201], []),
    "Ukraine": ([D201], []),
    "Hunter Biden": ([D201], []),
    "Joe Biden": ([D201], []),
    "Democratic Party": ([D201], []),
    "Republican Party": ([D201], []),  # stays optional
    "Supreme Court of the United States": ([D201], []),
    "World Health Organization": ([D202], []),
    "Tedros Adhanom Ghebreyesus": ([D202], ["WHO director-general Tedros Adhanom Ghebreyesus"]),
    "China": ([D202], []),  # stays optional
    "Egypt": ([D202], []),
    "United Nations": ([D202], []),
    "Time": ([D202], []),
    "Italy": ([D202], []),
    "Thailand": ([D202], []),
    "Wales": ([D203], []),  # stays optional
    "United Kingdom": ([D203], []),  # "ex-UK Prime Minister"
}
A = named_again(A, _AGAIN29)

# the thirtieth batch (Wikinews 2019-2020, annotated by helper ha36 before docbot was run on it): new actors
A += [
    ("Northern Arapaho Tribe", ORG, ["Northern Arapaho Tribe", "Northern Arapaho", "Arapaho"], [D205]),
    ("Nelson White", PER, ["Nelson White", "Elder Nelson White"], [D205]),
    ("Crystal C'Bearing", PER, ["Crystal C'Bearing"], [D205]),
    ("Eastern Shoshone Tribe", ORG, ["Eastern Shoshone Tribe", "Eastern Shoshone"], [D205]),
    ("Devin Oldman", PER, ["Devin Oldman"], [D205]),
    ("Qaboos bin Said", PER, ["Qaboos bin Said", "Qaboos", "Sultan Qaboos"], [D206]),
    ("Mohammad Javad Zarif", PER, ["Mohammad Javad Zarif", "Iranian Foreign Minister Mohammad Javad Zarif"], [D206]),
    ("Haitham bin Tariq Al Said", PER, ["Haitham bin Tariq Al Said", "Haitham"], [D206]),
    ("Said bin Taimur", PER, ["Said bin Taimur", "Sultan Said bin Taimur"], [D206]),
    ("Air India Express", ORG, ["Air India Express"], [D207]),
    ("National Disaster Response Force", ORG, ["National Disaster Response Force"], [D207]),
    ("Directorate General of Civil Aviation", ORG, ["Directorate General of Civil Aviation"], [D207]),
    (
        "Hardeep Singh Puri",
        PER,
        ["Hardeep Singh Puri", "Civil Aviation Minister Hardeep Singh Puri", "Hardeep"],
        [D207],
    ),
    (
        "Commission on Presidential Debates",
        ORG,
        ["United States Commission on Presidential Debates", "Commission on Presidential Debates", "CPD"],
        [D208],
    ),
    ("Kristen Welker", PER, ["Kristen Welker"], [D208]),
]

# the thirtieth batch: earlier entries named again (documents, and the forms new to these texts)
_AGAIN30 = {
    "Donald Trump": ([D204, D208], []),
    "John Bolton": ([D204], []),
    "Mike Pompeo": ([D204], ["Pompeo"]),
    "United States": ([D204, D205, D208], []),
    "North Korea": ([D204], []),
    "Iran": ([D204, D206], []),
    "Taliban": ([D204], []),
    "Russia": ([D204], []),
    "United Nations": ([D204], []),
    "George W. Bush": ([D204], []),
    "Ulysses S. Grant": ([D205], []),  # stays optional
    "Oman": ([D206], []),
    "Boris Johnson": ([D206], []),
    "United Kingdom": ([D206], []),
    "India": ([D206, D207], []),
    "United Arab Emirates": ([D207], ["UAE"]),
    "Boeing": ([D207], []),  # the maker of "a Boeing 737"
    "Narendra Modi": ([D207], ["Indian Prime Minister Narendra Modi"]),
    "Joe Biden": ([D208], []),
    "Democratic Party": ([D208], []),  # "Democratic rival Joe Biden"
    "NBC": ([D208], []),  # "NBC News correspondent"
}
A = named_again(A, _AGAIN30)

# the thirty-first batch (Wikinews 2019-2020, annotated by helper ha38 before docbot was run on it): new actors
A += [
    ("Al Jazeera", ORG, ["Al Jazeera"], [D209, D212]),
    (
        "United States Department of the Treasury",
        ORG,
        ["U.S. Treasury Department", "Treasury Department"],
        [D209],
    ),
    (
        "United States District Court for the Northern District of California",
        ORG,
        [
            "U.S. District Court for Northern District of California",
            "District Court for Northern District of California",
        ],
        [D209],
        OPT,  # named only as where the lawsuit was filed
    ),
    (
        "Xavier Becerra",
        PER,
        ["Xavier Becerra", "Becerra", "California Attorney General Xavier Becerra", "Attorney General Xavier Becerra"],
        [D209],
    ),
    ("Sirhan Sirhan", PER, ["Sirhan Sirhan", "Sirhan"], [D210]),
    ("Robert F. Kennedy", PER, ["Robert F. Kennedy", "Senator Kennedy", "Kennedy", "Robert"], [D210]),
    ("John F. Kennedy", PER, ["John F. Kennedy", "President John F. Kennedy"], [D210]),
    (
        "California Department of Corrections and Rehabilitation",
        ORG,
        ["California Department of Corrections and Rehabilitation", "CDCR"],
        [D210],
    ),
    (
        "California Department of Forestry and Fire Protection",
        ORG,
        ["California Department of Forestry and Fire Protection", "CalFire"],
        [D211],
    ),
    ("Bell Helicopter", ORG, ["Bell"], [D211], OPT),  # the maker, named only in "The Bell 206"
    ("The Mercury News", ORG, ["The Mercury News", "Mercury News"], [D211]),
    ("Andy Vesey", PER, ["Andy Vesey", "Vesey", "PG&E President and CEO Andy Vesey"], [D211]),
    (
        "Pierre Nkurunziza",
        PER,
        ["Pierre Nkurunziza", "Nkurunziza", "Burundi President Pierre Nkurunziza"],
        [D212],
    ),
    ("Burundi", CTY, ["Burundi", "Burundians"], [D212]),
    ("Denise Nkurunziza", PER, ["Denise"], [D212]),  # "his widow, Denise,"
    ("Evariste Ndayishimiye", PER, ["Evariste Ndayishimiye", "Ndayishimiye"], [D212]),
    ("CNDD-FDD", ORG, ["CNDD-FDD"], [D212]),
    ("Vijayaragavan", PER, ["Vijayaragavan"], [D213]),
    ("Journal of Threatened Taxa", ORG, ["Journal of Threatened Taxa"], [D213], OPT),  # a study's venue
]

# the thirty-first batch: earlier entries named again (documents, and the forms new to these texts)
_AGAIN31 = {
    "Donald Trump": ([D209], []),
    "Mexico": ([D209], []),  # "the U.S.-Mexican border"
    "United States Congress": ([D209], []),
    "United States Department of Defense": ([D209], []),  # "a Pentagon construction budget"
    "Jordan": ([D210], ["Jordan"]),
    "Israel": ([D210], []),  # "Senator Kennedy's pro-Israel position"
    "Democratic Party": ([D210], []),  # "the Democratic nomination"
    "Pacific Gas and Electric Company": ([D211], ["Pacific Gas and Electric"]),
    "Federal Aviation Administration": ([D211], []),
    "National Transportation Safety Board": ([D211], []),
    "Wikinews": ([D211], []),  # "Wikinews approached the NTSB"
    "Kenya": ([D212], []),
    "India": ([D213], []),
}
A = named_again(A, _AGAIN31)

# the thirty-second batch (Wikinews 2019-2020, annotated by helper ha41 before docbot was run on it): new actors
A += [
    ("Kevin McCarthy", PER, ["Kevin McCarthy"], [D214]),
    ("Tim Gunn", PER, ["Tim Gunn"], [D214]),
    ("Mickey Hart", PER, ["Mickey Hart"], [D214]),
    ("Grateful Dead", ORG, ["Grateful Dead"], [D214], OPT),  # named only in "Grateful Dead drummer Mickey Hart"
    ("Leo Varadkar", PER, ["Leo Varadkar", "Taoiseach Leo Varadkar"], [D215]),
    ("Hamza bin Laden", PER, ["Hamza bin Laden", "Hamza", "Hamza bin Ladin"], [D216]),
    ("Osama bin Laden", PER, ["Osama bin Laden", "Osama", "Usama bin Ladin"], [D216]),
    ("Ali Soufan", PER, ["Ali Soufan", "Soufan"], [D216]),
    ("Adil Abdul-Mahdi", PER, ["Adil Abdul-Mahdi"], [D217]),
    ("Morgan Ortagus", PER, ["Morgan Ortagus"], [D217]),
    ("Foreign Ministry of Iraq", ORG, ["Foreign Ministry of Iraq"], [D217]),
    ("Global Coalition to Defeat ISIS", ORG, ["Global Coalition to Defeat ISIS"], [D217], OPT),  # in a quotation
    ("Women for America First", ORG, ["Women for America First"], [D218]),
    ("Michael Flynn", PER, ["Michael Flynn", "Flynn"], [D218]),
    ("Sebastian Gorka", PER, ["Sebastian Gorka"], [D218]),
    ("Richard Parry", PER, ["Richard"], [D218]),  # "Richard and Lisa Parry"
    ("Lisa Parry", PER, ["Lisa Parry"], [D218]),
]

# the thirty-second batch: earlier entries named again (documents, and the forms new to these texts)
_AGAIN32 = {
    "Nancy Pelosi": ([D214], []),
    "United States Congress": ([D214], []),
    "United States House of Representatives": ([D214], []),
    "United States Senate": ([D214], []),
    "Democratic Party": ([D214], []),
    "Republican Party": ([D214], []),
    "Donald Trump": ([D214, D216, D218], []),
    "Mexico": ([D214], []),  # "the country's border with Mexico"
    "Boris Johnson": ([D215], []),
    "Elizabeth II": ([D215], []),
    "Parliament of the United Kingdom": ([D215], []),
    "United Kingdom": ([D215], []),
    "European Union": ([D215], []),
    "BBC News": ([D215], []),
    "Ireland": ([D215], []),  # "a visit to Ireland"
    "House of Commons": ([D215], []),
    "Jeremy Corbyn": ([D215], []),
    "UK Labour Party": ([D215], []),
    "Conservative Party": ([D215], ["Conservative Party"]),  # "leader of the Conservative Party"
    "Theresa May": ([D215], []),
    "Al-Qaeda": ([D216], ["al-Qa’ida"]),
    "United States Department of Defense": ([D216], ["United States Department of Defense"]),
    "Afghanistan": ([D216], []),  # "the Afghanistan/Pakistan region"
    "Pakistan": ([D216], []),
    "FBI": ([D216], []),  # "Retired FBI agent"
    "NPR": ([D216, D217], []),
    "United States Department of State": ([D216, D217], ["US State Department"]),
    "Council of Representatives of Iraq": ([D217], ["Parliament of Iraq", "Iraqi Parliament"]),
    "Iraq": ([D217], []),
    "Qasem Soleimani": ([D217], []),
    "Islamic State of Iraq and the Levant": ([D217], []),
    "Supreme Court of the United States": ([D218], ["Supreme Court of the United States"]),
    "Joe Biden": ([D218], []),
}
A = named_again(A, _AGAIN32)

# Ambiguous between a facility, a programme or a place and an actor: neither required nor an error.
NEUTRAL = [
    "Hong Kong",
    "Kennedy Space Center",
    "KSC",
    "Johnson Space Center",
    "JSC",
    "Houston",
    "State of Texas",
    "Andy Warhol Photographic Legacy Program",
    "USI Art Collections",
    "PlayStation VR",
    "NCLAN",
    "Udvar-Hazy Center",
    # second batch
    "European",
    "Blenheim Palace",
    "Blenheim",
    "White House",
    "Northamptonshire",
    # third batch
    "Canadian Public Health Infobase",
    "Stavanger Airport",
    "Sola Airport",
    # fourth batch
    "National Zoo",
    "African Continental Free Trade Area",
    "AfCFTA",
    # fifth batch
    "Youth Risk Behavior Surveillance System",
    "National Violent Injury Statistic System",
    "Tyumen Oblast",
    "Minneapolis",
    "John’s Episcopal Church",
    "CentOS",
    "Rocky Linux",
    "CAOS Linux",
    "CAOS",
    # sixth batch
    "Albanian",
    "Southern Division",
    "Asia-Pacific Economic Cooperation",
    # seventh batch
    "Palacio do Planalto",
    "Plateau Palace",
    "Palestinian",
    "Bush administration",
    # eighth batch
    "French Guiana",
    "South American Union",
    # ninth batch
    "24th Infantry Regiment",
    "Palestinians",
    # tenth batch
    "Army Regional Medical Center",
    "Latin American Training Center",
    "Army Caribbean Training Center",
    "Ground Forces",
    "Fort Benning",
    "Virtual Truth Commission",
    "Ternuma",
    "Jesuit",
    "Khartoum",
    "Mumbai",
    # eleventh batch
    "This Commission",
    "Lands' End",
    "Martha Stewart",
    "Moscow",
    "Northern Ireland",
    # twelfth batch
    "Medical University of Gdańsk",
    "Great Orchestra of Christmas Charity",
    "Santa Barbara County",
    "Riverside County",
    "Turpins",
    "Kurdish",
    # thirteenth batch
    "Chelyabinsk",
    "Gun Violence Archive",
    "10 Downing Street",
    # fourteenth batch
    "New South Wales",
    "NSW",
    "South Australia",
    "Lincoln County",
    "Area 51 Alien Center",
    "WH",
    # fifteenth batch
    "Airfleets",
    "Fath Airport",
    "Payam International Airport",
    "Autonomous Region in Muslim Mindanao",
    "Bangsamoro",
    "Gleneagles Hospital",
    "Rhodesia",
    "Southern Rhodesia",
    "Fishmongers' Hall",
    "Learning Together",
    "MTV Video Music Awards",
    # sixteenth batch
    "Trump administration",
    "Obama administration",
    "Biden administration",
    # seventeenth batch
    "Kennedy School Arco Forum",
    "Rconversation.com",
    "RConversation.com",
    # eighteenth batch
    "Global Voices",
    "Global Voices Online",
    "Global Voice",
    "GVO",
    "Open Society Institute Information Program",
    "digitaldivide.net",
    # nineteenth batch
    "White House Office of the Press Secretary",
    "Executive Branch",
    "Presidential Personnel",
    "Northern District of Mississippi",
    # twentieth batch
    "Bradley International Airport",
    "Bradley Airport",
    "Hotel Arpit Palace",
    "Cabinet",
    "Warsaw",
    # twenty-first batch
    "Nevada",
    "London Underground",
    # twenty-second batch
    "Albrecht Penck",  # a ship's namesake, named only in its former name
    "Puerto Rico",
    "Guam",
    "Montana",  # the state sued, and a place
    "Montanans",
    "Native Americans",
    # twenty-third batch
    "Swedish Parliament",  # "outside of the Swedish Parliament": the building and the body
    "Shinawatra family",
    "Chakri dynasty",  # the royal house, named as what the princess belongs to
    # twenty-fourth batch
    "Conservative",  # "Conservative MP X": the party named only as an MP's adjective
    # twenty-fifth batch
    "ACT Accelerator",  # a global collaboration that develops and funds
    "House Republicans",  # the party's members of one chamber
    # twenty-sixth batch
    "Every Kid in a Park",  # a programme that "gives" passes
    "Kids Team",  # a university's team of children testing designs
    "State of Mississippi",  # the state government ("Mississippi" alone stays a trap, a US state)
    "State of California",
    # twenty-seventh batch
    "Challenge.gov",  # a platform that publishes and administers competitions
    "DigitalGov University",
    "Open Opportunities",  # a programme and platform whose team acts
    "FAFSA",  # the aid form, and its experts and account
    "Digital Engagement Team",  # Federal Student Aid's team
    "Federal Student Aid Digital Engagement Team",
    "OpenStreetMap",  # online communities named as examples
    "Open Compute Project",
    # twenty-eighth batch
    "Coalition",  # the task force's coalition ("Coalition forces") and 2003's
    "Luxembourg",  # "the Luxembourg-based court": the seat, a city and a country
    # twenty-ninth batch
    "Electoral College",
    "Tongs",  # the hall's owners as a family
    "The Tongs",
    # thirtieth batch
    "National Bison Range",  # a refuge "run by the U.S. federal government"
    "Royal Military Academy",  # where the sultan was educated: a school and a place
    "Royal Military Academy, Sandhurst",
    "Sandhurst",
    "Calicut International Airport",
    "Kozhikode Medical College",  # a hospital the injured were taken to
    "Belmont University",  # the debate's venue
    # thirty-first batch
    "Richard J. Donovan Correctional Facility",  # prisons
    "Donovan Correctional Facility",
    "Donovan",
    "Corcoran State Prison",
    "Palestinian",  # "an ethnic Palestinian from Jordan"
    # thirty-second batch
    "Baghdad International Airport",
]

# Capitalised words and phrases of the texts that are not actors: none may be listed as an actor.
TRAPS = {
    "sentence openers and common words": [
        "A",
        "The",
        "There",
        "Had",
        "As",
        "Construction",
        "Photos",
        "According",
        "Those",
        "Muslims",
        "This",
        "Last",
        "Prior",
        "Due",
        "Today",
        "Many",
        "Young",
        "Also",
        "In",
        "At",
        "Though",
        "Writing",
        "He",
        "Lawsuits",
        "One",
        "Theres",
        "Prompted",
        "Someone",
        "It",
        "Some",
        "Posts",
        "Critics",
        "Traffic",
        "She",
        "Here",
        "They",
        "On",
        "Several",
        "By",
        "Depending",
        "Results",
        "However",
        "Despite",
        "An",
        "Ozone",
        "Not",
        "Finally",
        "Other",
        "Visitors",
        "Like",
        "While",
        "These",
        "Since",
        "Hundreds",
        "Various",
        "Crossing",
        "Gameplay",
        "After",
        "Both",
        "Even",
        "From",
        "Ground-level",
        # second batch
        "Escape",
        "Following",
        "President",
        "Police",
        "State",
        "Mayor",
        "Interior Minister",
        "Other",
        "With",
        "Secretary of State",
        "Ambassador",
        "Reportedly",
        "Speaking",
        "Previously",
        "That",
        "Maybe",
        "We",
        "Prime Minister",
        "Yesterday",
        "Another",
        "Our",
        "When",
        "Who",
        "I",
        "Back",
        "Detective Inspector",
        "Normally",
        "Foreign Secretary",
        "Police and Crime Commissioner",
        "TV",
    ],
    "days, months": [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "September",
        "October",
        "BST",
        "UTC",
    ],
    "titles without a name": ["Governor", "Senator", "Administrator", "Administration"],
    "places not used as a government": [
        "Mecca",
        "Grand Mosque",
        "Jamarat Bridge",
        "Al-Ghaza Hotel",
        "Masjid Al-Haram",
        "Taikoo",
        "Hong Kong Island",
        "Internet",
        "Clearwater",
        "Florida",
        "Flag Land Base",
        "Sydney",
        "Cape Canaveral",
        "Orbiter Processing Facility-1",
        "Washington Dulles International Airport",
        "New York City",
        "Los Angeles",
        "California",
        "Texas",
        "Seattle",
        "Washington",
        "Pacific Northwest",
        "Chicago",
        "Illinois",
        "McMinnville",
        "Oregon",
        "Wright-Patterson Air Force Base",
        "Ohio",
        "Huntsville",
        "Alabama",
        "Kennedy Space Center Visitor Complex",
        "Evansville",
        "Indiana",
        "Toronto",
        "Metro Toronto Convention Centre",
        "North America",
        "Bat Cave",
        # second batch
        "Koszalin",
        "North Poland",
        "Europe",
        "Middle East",
        "Middle Eastern",
        "Tunis",
        "African",
        "Cheltenham",
        "Oxfordshire",
        "Watford",
        "London",
        "John Radcliffe Hospital",
        "RAF Croughton",
    ],
    "gods, characters, works, products, vehicles, events, laws, groups and other non-actors": [
        "Hajj",
        "Islam",
        "Islamic",
        "Muslim",
        "Satan",
        "Zeus",
        "Hera",
        "Poseidon",
        "Aphrodite",
        "Athena",
        "Wicca",
        "Hellenic",
        "Christian",
        "Social Welfare",
        "Insurgency Wiki",
        "History",
        "Gigaloader",
        "Scientology.org",
        "GMT",
        "Lifestyle-Religion",
        "Freewinds",
        "Rehabilitation Project Force",
        "Scientologist",
        "Clean Air Act",
        "Space Shuttle",
        "Space Shuttle Columbia",
        "Columbia",
        "STS-1",
        "Space Shuttle Atlantis",
        "Atlantis",
        "STS-135",
        "Space Shuttle Enterprise",
        "Enterprise",
        "Space Shuttle Discovery",
        "Discovery",
        "STS-133",
        "Space Shuttle Endeavour",
        "Endeavour",
        "STS-134",
        "Space Shuttle Challenger",
        "Challenger",
        "Space Shuttle Program",
        "Vostok 1",
        "Texans",
        "Polaroids",
        "Fan Expo Canada",
        "Booker Prize",
        "Angel Catbird",
        "Batman",
        "Batman: The Animated Series",
        "Star Wars",
        "Joker",
        "Batman: Arkham VR",
        "Bruce Wayne",
        "Nightwing",
        "Northern Arena Esports Championship",
        "Counter-Strike: Global Offensive",
        # second batch
        "God",
        "Presidency",
        "America",
        "Volvo",
        "Volvo XC90",
        # third batch
        "British Columbia",
        "B.C.",
        "Kamloops",
        "McDonald Park",
        "COVID-19",
        "Ontario",
        "New York State",
        "Quebec",
        "CERB",
        "Canada Emergency Response Benefit",
        "Vancouver",
        "Kiss & Fly",
        "UTC",
        "Opel Zafira",
        "Cork",
        "Stavanger",
        "Oslo",
        "Johan Sverdrup",
        "Twitter",
        "Tuesday",
        "Wednesday",
        "Sunday",
        "Monday",
        "Latin American",
        "Catholic",
        "Spanish",
        "Century",
        "London",
        "Streatham High Road",
        "Streatham",
        "Jannah",
        "Radio Control Law",
        "Republic Act",
        "Lenten Break",
        "Senators",
        "FM",
        "AM",
        # fourth batch
        "Friday",
        "Thursday",
        "Saturday",
        "December",
        "March",
        "May",
        "June",
        "July",
        "February",
        "I",
        "We",
        "He",
        "They",
        "It",
        "Its",
        "So",
        "On",
        "In",
        "At",
        "With",
        "This",
        "These",
        "Those",
        "Some",
        "Yesterday",
        "Earlier",
        "Namely",
        "Unfortunately",
        "Being",
        "How",
        "What",
        "After",
        "Without",
        "While",
        "One",
        "Currently",
        "Seven",
        "Leaders",
        "According",
        "Speaking",
        "Allegedly",
        "Authorities",
        "Listed",
        "Despite",
        "Children",
        "Dark",
        "Buyers",
        "Sales",
        "Recycled",
        "Similarly",
        "Staff",
        "Both",
        "Federal",
        "Vice President",
        "Speaker of the House",
        "Senate Minority Leader",
        "Senate Minority Whip",
        "Medicare",
        "Medicaid",
        "Hagia Sophia",
        "Hagia Sophia Museum",
        "Haghia Sophia",
        "Ayasofya",
        "Istanbul",
        "Constantinople",
        "Islambol",
        "Golan Heights",
        "Masjid Al-Aqsa",
        "Christendom",
        "Christians",
        "Muslims",
        "Niamey",
        "Africa",
        "African",
        "North American",
        "Presidents",
        "Abqaiq",
        "Khurais",
        "Riyadh",
        "A.M.",
        "Welcome To Video",
        "Tor",
        "Mr",
        "Alabama",
        "Arkansas",
        "California",
        "Connecticut",
        "Florida",
        "Georgia",
        "Kansas",
        "Louisiana",
        "Maryland",
        "Massachusetts",
        "Nebraska",
        "New Jersey",
        "New York",
        "North Carolina",
        "Ohio",
        "Oregon",
        "Pennsylvania",
        "Rhode Island",
        "South Carolina",
        "Texas",
        "Utah",
        "Virginia",
        "Washington",
        "Washington, D.C.",
        "Canberra",
        "Melbourne",
        "Darwin",
        "Labour Day",
        "Kleenex Toilet Tissue",
        "Sorbent",
        "Andres",
        "Poznan",
        "Southern Poland",
        "Central Europe",
        "Central European",
    ],
    "fifth batch: places, states and peoples": [
        "Alaska",
        "Mississippi",
        "Alabama",
        "Native American",
        "African-American",
        "Tyumen",
        "Aktobe",
        "Yekaterinburg",
        "Dagestan",
        "Europe",
        "Eurasia",
        "Baku",
        "Yekaterinburgers",
        "Punta Tombo",
        "South America",
        "Atlanta",
        "Lafayette Square",
        "Seattle",
        "Capitol Hill",
        "Tulsa",
        "Oklahoma",
        "Charlotte",
        "Jacksonville",
        "Minnesota",
        "New Mexico",
        "Idaho",
        "Vermont",
        "Colorado",
        "Tennessee",
        "Delaware",
        "Michigan",
        "Lincoln Park",
        "Earth",
    ],
    "fifth batch: products, species, works, events, slogans, titles": [
        "CentOS Stream",
        "Stream",
        "Fedora",
        "RHEL",
        "Red Hat Enterprise Linux",
        "Red Hat Linux",
        "RHL",
        "End of Life",
        "EOL",
        "Internet Relay Chat",
        "IRC",
        "GNU General Public",
        "Linux",
        "Community Enterprise Operating System",
        "Magellanic",
        "Spheniscus magellanicus",
        "Emerita talpoida",
        "Escherichia coli",
        "E. coli",
        "Saccharomyces cerevisiæ",
        "James Webb Telescope",
        "James Webb Space Telescope",
        "ELT",
        "TMT",
        "GMT",
        "Olympiad",
        "International Student Olympiad in Neurosurgery",
        "Governor of Tyumen Oblast",
        "Image",
        "Bible",
        "Defund the Police",
        "CHAZ",
        "CHOP",
        "Capitol Hill Autonomous Zone",
        "Capitol Hill Occupied Protests",
        "Confederate States of America",
        "Emancipation Memorial",
        "Republican National Convention",
        "Reform National Convention",
        "The Room Where It Happened",
        "Marine",
        "WSS",
        "Senator",
        "Congresswoman",
        "Professor",
    ],
    "fifth batch: sentence openers": [
        "Thank",
        "Would",
        "Given",
        "Moving",
        "Thus",
        "Having",
        "Policy",
        "Regarding",
        "Contestants",
        "Participants",
        "Several",
        "Unfortunately",
        "Plus",
        "Studying",
        "Members",
        "Counts",
        "Findings",
        "Female",
        "Overnight",
        "Started",
        "Saying",
        "Talking",
        "Thinking",
        "Myself",
        "Tell",
        "Features",
        "Until",
        "Soon",
        "Life",
        "Hydrogen",
        "Oxygen",
        "Researchers",
        "Confirming",
        "Protests",
        "Charges",
        "Afterwards",
        "Notably",
        "Nevertheless",
        "Still",
        "Attendance",
        "Law",
        "Due",
    ],
    "sixth batch: events, places, titles, openers": [
        "May",
        "Arab-Israeli War",
        "Major General",
        "Chief of Staff",
        "Military",
        "Then-Prime Minister",
        "Okinawa",
        "Second World War",
        "World War II",
        "Han Class",
        "International",
        "Constitution",
        "Sino-Japanese",
        "November",
        "Providence",
        "Rhode Island",
        "Wednesday",
        "Sentencing",
        "Prosecutions",
        "Eight",
        "USD",
        "December",
        "However",
        "Currently",
        "OSLO",
        "Nobel Peace Prize",
        "Peace",
        "Africa",
        "African",
        "Swedish Kronor",
        "Dr",
        "Ohio",
        "Florida",
        "North Carolina",
        "California",
        "D-MI",
        "D-NY",
        "D-FL",
        "September",
        "Other",
        "Aceh",
        "Banda Aceh",
        "Jakarta",
        "Seahawk",
        "Regional",
        "Supplies",
    ],
    "seventh batch: places, titles, programmes, products, openers": [
        "BRASÍLIA",
        "Brasilia",
        "PM",
        "Asia",
        "At",
        "According",
        "Broad Relationship of Cooperation for Common Prosperity",
        "XXI Century",
        "Presidential",
        "War on Terror",
        "Star Wars",
        "AIDS",
        "Ottawa",
        "Halifax",
        "Gander",
        "Newfoundland",
        "Tuesday",
        "Topics",
        "Protesters",
        "During",
        "Thousands",
        "Atlantic",
        "Prime Minister",
        "Emails",
        "Senator",
        "R-AZ",
        "Such",
        "This",
        "Special Asst",
        "Director of Air Force Communications",
        "Sir",
        "BS",
        "Oy",
        "North America",
        "Blue Eyed Arabs of the North",
        "Big Guy",
        "Boeing 767",
        "Former",
        "Days",
        "Sen",
        "Civilian Deputy Undersecretary",
        "Assistant Secretary",
        "Acquisition",
        "Southern African",
        "Nevertheless",
        "For",
        "Minister of Agriculture",
        "Co-Operatives",
        "Mr",
        "It",
        "Unofficial",
        "Supporters",
        "Western",
        "Unlike",
        "With",
        "CAN-SPAM",
        "Internet",
        "Trailing",
        "Yet",
        "Indeed",
        "Analysts",
        "Social Security",
        "Benefits",
        "Opponents",
        "Under",
        "While",
        "February",
        "March",
        "Policy Director",
    ],
    "eighth batch: events, places, films, titles alone and sentence openers": [
        "Third South American Summit",
        "First South American Summit",
        "South American Summits",
        "First SACN Summit",
        "Second SACN Summit",
        "Foundation Act",
        "United States of South America",
        "Cusco",
        "Ayacucho",
        "Ayachucho",
        "Brasília",
        "Guayaquil",
        "Andes",
        "South America",
        "South American",
        "Central American",
        "Incas",
        "Secretary General",
        "December",
        "GDP",
        "However",
        "Although",
        "Named",
        "Details",
        "Worth",
        "Many",
        "Two",
        "Work",
        "Critics",
        "Independently",
        "International",
        "Scores",
        "While",
        "On",
        "Unfortunately",
        "Deputy",
        "November",
        "President",
        "Albeit",
        "Vienna",
        "In",
        "ALMERIA",
        "Almería",
        "Andalucía",
        "Madrid",
        "Plaza de España",
        "Spain Square",
        "Spanish Constitution",
        "Eastern Africa",
        "Indian Ocean",
        "Officials",
        "Tsunami",
        "Meet the Fockers",
        "White Noise",
        "Noise",
        "Fockers",
        "Batman Returns",
        "Meet the Parents",
        "But",
        "With",
        "To",
        "Dec",
        "Brisbane",
        "Bowler",
    ],
    "ninth batch: places, states, titles alone, a law's article and sentence openers": [
        "European Constitution",
        "European Identity",
        "Lisbon",
        "State Budget",
        "Prime Minister",
        "Prime-Minister",
        "President",
        "Tuesday",
        "Friday",
        "November",
        "While",
        "He",
        "Kansas City",
        "March",
        "Any",
        "As",
        "For",
        "Washington",
        "This",
        "In",
        "Under",
        "After",
        "Because",
        "She",
        "To",
        "They",
        "Mosul",
        "Internet",
        "Lt",
        "Col",
        "According",
        "Beheaded",
        "However",
        "Without",
        "Consequently",
        "Although",
        "Member of Parliament",
        "Majority",
        "Connecticut",
        "New York",
        "Connecticut Serial Killer",
        "Competent",
        "Waives Further Appeals",
        "Dr",
        "There",
        "January",
        "Middle East",
        "Nonetheless",
        "Queensland",
        "Brisbane",
        "Transport Minister",
        "Premier",
        "CEO",
        "If",
        "That",
    ],
    "tenth batch: places, regions, books, reports, operations, titles alone and sentence openers": [
        "Veteran",
        "Sergeant",
        "Samarra",
        "Whitewashing",
        "Landstuhl",
        "Kentucky",
        "Gulf War",
        "Specifically",
        "Shortly",
        "When",
        "All",
        "Captain",
        "HTTP",
        "Distributed Denial of Service",
        "DDoS",
        "Trojan",
        "Internet",
        "Security",
        "Other",
        "Next",
        "Some",
        "School of Assassins",
        "Communism",
        "Communist",
        "Latin America",
        "Latin American",
        "Columbus",
        "Spanish",
        "English",
        "Activists",
        "Cold War",
        "Manual of the Urban Guerrilla",
        "God Bless Fort Benning Celebration",
        "Pro-military",
        "Unverified",
        "Prison",
        "Certificate of Agreement",
        "Agrarian Reformation",
        "Santa Bárbara do Pará",
        "Pará",
        "Marxist-Maoist",
        "Currently",
        "Darfur",
        "Arab",
        "Africans",
        "December",
        "Officials",
        "Valech Report",
        "Operation Condor",
        "Santiago",
        "Court",
        "Gen",
        "Thanksgiving",
        "War on Terror",
        "Wednesday",
        "Islamist-Jihadists",
        "Statistical",
    ],
    "eleventh batch: reports, programmes, brands, places, peoples, faiths, titles alone and sentence openers": [
        "Valech Report",
        "Consciously",
        "Political",
        "Most",
        "Many",
        "Thirteen",
        "Because",
        "During",
        "Almost",
        "September",
        "August",
        "June",
        "White Paper",
        "Choosing Health",
        "Smoking",
        "Permanent",
        "Food",
        "Packaged",
        "Additionally",
        "School",
        "Shadow Health Secretary",
        "ODA",
        "Rape of Nanking",
        "Holocaust",
        "Sino-Japanese",
        "Popular",
        "Total",
        "Loans",
        "Through",
        "Craftsman Tools",
        "Kenmore",
        "Joe Boxer",
        "Chicago",
        "Discount",
        "Shares",
        "Amid",
        "Western",
        "pro-Western",
        "Dublin",
        "South Armagh",
        "Peace Process",
        "Hopes",
        "Previous",
        "Even",
        "Narathiwat",
        "Pattani",
        "Yala",
        "Ramadan",
        "Buddhist",
        "Muslim",
        "Muslims",
        "Islamic",
        "Tensions",
        "Critics",
        "Secretary of Homeland Security",
        "Washington",
        "Several",
        "Throughout",
    ],
    "twelfth batch: places, events, operations, vessels, titles, peoples and openers": [
        "Gdańsk",
        "LGBT",
        "Ex-Prime Minister",
        "Interior Minister",
        "Prime Minister",
        "Police",
        "Quai des Orfèvres",
        "CCTV",
        "Toronto",
        "Women",
        "Basic",
        "Santa Cruz Island",
        "California",
        "Conception",
        "Labor Day",
        "UTC",
        "Roger",
        "No",
        "Authorities",
        "Commenting",
        "Kurds",
        "Tell Tamer",
        "Ain Issa",
        "Operation Peace Spring",
        "Article 5",
        "Late",
        "Los Angeles",
        "Specifically",
        "Sometimes",
        "Although",
        "Whenever",
        "Visitors",
        "Families",
        "New York",
        "Istanbul",
        "London",
        "Virginia",
        "Crown Prince",
        "Imagine",
        "True",
        "Persian Gulf",
        "Gulf of Oman",
        "Strait of Hormuz",
        "Sacred Defence Week",
        "Iran–Iraq War",
        "Tehran",
        "Yesterday",
        "Recently",
    ],
    "thirteenth batch: places, titles, captions, a film, a god, a disease and openers": [
        "Magnitogorsk",
        "Magnitigorsk",
        "Ural",
        "Karl Marx Avenue",
        "Emergencies Minister",
        "Deputy Governor",
        "Rescuers",
        "Cranes",
        "Residents",
        "Search",
        "El Paso",
        "Western District of Texas",
        "Cielo Vista Mall",
        "Ciudad Juárez",
        "Rio Grande",
        "Dallas",
        "Gilroy",
        "Chippewa Falls",
        "Wisconsin",
        "Dayton",
        "Ohio",
        "Hispanic",
        "Foreign Secretary",
        "Article 50",
        "Brexit",
        "Hyde Park Corner",
        "Trafalgar Square",
        "Parliament Square",
        "Whitehall",
        "Grim Reaper",
        "WW2",
        "flickr",
        "Mirrys",
        "C.Suthorn",
        "EliasHabermas",
        "Placards",
        "Protestors",
        "Stage",
        "First Minister",
        "Lord President",
        "HM",
        "Her Majesty",
        "Just don't tell anyone",
        "Tylko nie mów nikomu",
        "Roman Catholic Christianity",
        "Presently",
        "Speaking",
        "Calling",
        "Kiskunfélegyháza",
        "Gyula",
        "Zrínyi 2026",
        "GDP",
        "New Delhi",
        "Narsimha",
        "Telangana",
        "Assam",
        "Hajo",
        "COVID-19",
        "Hindus",
        "Passengers",
        "Multiple",
    ],
    "fourteenth batch (helper ha7)": [
        "Rome",
        "Our Lord",
        "Christianity",
        "Ebola",
        "ZMapp",
        "PALM",
        "EVD",
        "Beni",
        "Butembo",
        "Kikwit",
        "Swahili",
        "Amazon",
        "São Paulo",
        "Paris Climate Accord",
        "El Niño",
        "Earth",
        "Literally",
        "Area 51",
        "Storm Area 51",
        "Rachel",
        "Nevada",
        "Bakersfield",
        "Hiko",
        "Las Vegas",
        "Naruto",
        "Alien Stock",
        "Nevada Test and Training Range",
        "UFO",
        "Flying Saucers",
        "Reproductive Health Care Reform Bill 2019",
        "Euphrates River",
        "Raqqa",
        "ERV",
        "Northern Syria",
        "Syrian Civil War",
        "Arabs",
        "Special Presidential Envoy",
        "Economy of Turkey",
        "Caliphate",
        "Please",
        "Lawmakers",
        "Chief Executive",
        "Friday",
        "Thursday",
        "Yesterday",
    ],
    "fifteenth batch (helper ha9)": [
        "Karaj",
        "Bishkek",
        "Photographs",
        "Boeing 707",
        "Jolo Cathedral",
        "Jolo",
        "Mindanao",
        "Zamboanga",
        "Sulu",
        "Mass",
        "Defence Secretary",
        "Regional Governor",
        "Chief Superintendent",
        "Statements",
        "Carmel Valley",
        "Presidential Medal of Freedom",
        "Hurricane Katrina",
        "Cincinnati",
        "Oscar",
        "Pillow Talk",
        "Love Me or Leave Me",
        "The Man Who Knew Too Much",
        "Miss Goody Two-Shoes",
        "The Doris Day Show",
        "Doris Day's Best Friends",
        "Day after Day",
        "Reportedly",
        "Kutama",
        "Marxism",
        "Gukurahundi",
        "Ndebele",
        "Blue House",
        "Multan",
        "Lahore",
        "Antarctica",
        "Colorado",
        "London Bridge",
        "Staffordshire",
        "Eastern Europeans",
        "Londoners",
        "Broadcaster",
        "Black Panther",
        "King T'Challa",
        "Captain America: Civil War",
        "Avengers: Infinity War",
        "Avengers: Endgame",
        "Get On Up",
        "South Carolina",
        "Tennessee",
        "Best Hero",
        "Assured",
        "Rest in Power",
    ],
    "seventeenth batch (helper ha11)": [
        "Death",
        "Islamic",
        "Gmail",
        "Go",
        "So",
        "Operation",
        "Viral Freedom",
        "Arabic",
        "Arab",
        "Farsi",
        "Kurdish",
        "Beyond Iraq",
        "Web",
        "December",
        "Thoughts",
        "Indians",
        "Africans",
        "Mississippi",
        "Texas",
        "Massachusetts",
        "Complementing",
        "Reactions",
        "E.g.",
        "PDF",
        "I&S",
        "Alpha",
        "Finally",
        "Rational",
        "Roundup",
        "Hongkong",
        "Guangzhou",
        "Wangfujing",
        "Everytime",
        "Business",
        "West",
        "Good",
        "Meanwhile",
        "WSIS",
        "World Summit on the Information Society",
        "Geneva",
        "Capetown",
        "Internet",
        "RSS",
        "National Conventions",
        "Undoubtedly",
        "Additionally",
        "Precedence",
        "Anyway",
        "Imagine",
        "BloggerCon",
        "BloggerCon III",
        "BloggerCon IV",
        "BlogerCon IV",
        "BloggerCons",
        "The Fat Man Sings",
        "Europe",
        "London",
        "Western",
        "Kuala Lumpur",
        "Hyderabad",
        "Monterrey",
        "Seoul",
        "Furthermore",
        "Hosting",
        "Kentucky",
        "Middle East",
        "Typepad",
        "WordPress",
        "Civicspace",
        "Unfortunately",
        "Whither",
    ],
    "eighteenth batch (helper ha15)": [
        "Pound Hall",
        "Votes, Bits and Bytes",
        "Votes, Bits & Bytes",
        "Internet & Society 2004",
        "I&S2004",
        "Milbloggers",
        "Spanish",
        "Persian",
        "IRC",
        "Southeast Asia",
        "Emergency Action Blog",
        "CivicSpace",
        "Cluetrain Manifesto",
        "Arabic Blog",
        "The Model",
        "Global Voices Mission Statement",
        "Manifesto",
        "LUNCH",
        "EAT",
        "UPDATE",
        "Intro",
        "Tools",
        "Grand",
        "Building",
        "Featuring",
        "Leaders",
        "Led",
        "Thanks",
        "Thank",
        "Special",
        "Rather",
        "Whatever",
        "Well",
        "Once",
        "Debates",
        "Direct",
        "Posted",
        "Please",
        "Among",
        "EDT",
        "Friday",
        "Saturday",
        "Sunday",
        "Dec",
        "Hosted",
        "Participants",
    ],
    "nineteenth batch (helper ha17)": [
        "FOR RELEASE",
        "PRESS RELEASE",
        "For Immediate Release",
        "WASHINGTON",
        "DC",
        "Statement",
        "Link",
        "Official White House Statement",
        "Nation",
        "Government",
        "Recommendations",
        "Recommendations Assessment Report",
        "Section 215",
        "Section 702",
        "USA FREEDOM Act",
        "USA Freedom Act",
        "USA PATRIOT Act",
        "Foreign Intelligence Surveillance Act",
        "Executive Order",
        "Commission Act",
        "Implementing Recommendations",
        "Documents",
        "Specifically",
        "Combined",
        "Implementation",
        "Current",
        "Equally",
        "Beginning",
        "Despite",
        "Our",
        "Prior",
        "Upon",
        "Several",
        "Where",
        "Judge",
        "Chairman",
        "Member",
        "Board Member",
        "Board Members",
        "Former Board Member",
        "Executive Director",
        "Deputy General Counsel",
        "General Counsel",
        "Special Assistant",
        "Chief Privacy Officer",
        "Deputy Associate Counsel",
        "Facial Recognition",
        "Biometric Technologies",
        "Aviation Security",
        "From Booking To Baggage Claim",
        "Passenger Name Records",
        "Senate Confirmation",
        "New Members",
        "Summer",
        "Departing",
    ],
    "sixteenth batch (helper ha10)": [
        "Via",
        "Reporting",
        "Find",
        "Meanwhile",
        "Earlier",
        "Brussels",
        "Wilmington",
        "Delaware",
        "African American",
        "Boeing 737 Max",
        "London",
        "New York City",
        "Lockerbie",
        "Near and Middle East",
        "New START",
        "Joint Comprehensive Plan of Agreement",
        "Caribbean",
        "Face the Nation",
        "Yangon",
        "Abuja",
        "Minna",
        "Middle East",
        "COVID-19",
        "Sunday",
        "Monday",
    ],
    "twentieth batch (helper ha18)": [
        "World War II",
        "Windsor Locks",
        "Level 1 Trauma Center",
        "New England",
        "Flying Fortress",
        "Middlesex County",
        "Massachusetts",
        "Beaver Falls",
        "Pennsylvania",
        "Hurricane Dorian",
        "Dorian",
        "Abaco Islands",
        "Abaco",
        "Grand Bahama",
        "Category 5",
        "Sandy Point",
        "Marsh Harbour",
        "Al Noor Mosque",
        "Linwood Mosque",
        "Strickland Street",
        "Christchurch",
        "Global Islamic Politics",
        "Faculty of Arts and Education",
        "Interstate 75",
        "Gainesville",
        "Marksville",
        "West Palm Beach",
        "Albuquerque",
        "New Mexico",
        "Pentecostal",
        "Walt Disney World",
        "Karol Bagh",
        "Buddhist",
        "Iraq War",
        "Gilchrist Hospice Care",
        "Baltimore",
        "Benghazi",
        "Grenada Street",
        "Round 4",
        "Thursday",
        "Wednesday",
        "Saturday",
    ],
    "twenty-first batch (helper ha19)": [
        "La Jolla",
        "California",
        "World War Two",
        "D-Day",
        "Allied",
        "Atlantic",
        "National Medal of Science",
        "Legion of Honour",
        "New Hampshire",
        "Colorado",
        "Latina",
        "Asia",
        "Waterloo",
        "Waterloo station",
        "Cambridgeshire",
        "Jubilee",
        "UTC",
        "E. coli",
        "Escerichia coli",
        "ESBL-E",
        "SARS-CoV-2",
        "National Rail Conditions of Travel",
        "Public Service Vehicle Regulations for Buses",
        "Tube",
        "Twitter",
        "London",
        "Monday",
        "Friday",
        "Sunday",
        "Tuesday",
    ],
    "twenty-second batch (helper ha20)": [
        "Maryland",
        "Iran Hostage Crisis",
        "Twitter",
        "Rest In Peace",
        "Asia",
        "Hollywood",
        "The Master of Disguise",
        "Argo",
        "Canadian Caper",
        "Academy Award",
        "Intelligence Star",
        "Parkinson's disease",
        "Endangered Species Act",
        "Ontario",
        "Majorca",
        "Mediterranean Sea",
        "European migrant crisis",
        "Non-Governmental Organizations",
        "MV Alan Kurdi",
        "MV Professor Albrecht Penck",
        "Europe",
        "Northern California",
        "San Francisco",
        "California",
        "UTC",
        "Company",
        "Fourteenth Amendment",
        "United States Constitution",
        "District Judge",
        "Utah",
        "Ballot Interference Prevention Act",
        "BIPA",
        "Yellowstone County",
        "Indian Country",
        "Western culture",
        "Secretary of State",
        "Saturday",
        "Sunday",
        "Monday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Tuesday",
    ],
    "twenty-third batch (helper ha21)": [
        "Princess",
        "Instagram",
        "Saturday",
        "Monday",
        "Friday",
        "Nobel Prize in Physics",
        "Stockholm",
        "Jupiter",
        "Universe",
        "Tuesday",
        "Thursday",
        "Chicago Marathon",
        "London Marathon",
        "Chicago",
        "Illinois",
        "Vienna",
        "Countryman",
        "Winner",
        "Grayback",
        "Okinawa",
        "Kobe",
        "Nakajima",
        "World War II",
        "Sunday",
        "Wednesday",
        "Person of the Year",
        "Paris Agreement",
        "Nobel Peace Prize",
        "New York City",
        "London",
        "Speaker of the House",
        "Make the World Greta Again",
        "International Women's Day",
        "Women's day",
        "Tippu Express",
        "Karnataka",
        "Mysore Junction",
        "KSR Bangalore",
        "Mysore",
        "IST",
        "UTC",
        "Loco Pilot",
        "Divisional Railway Manager",
        "Equal for All",
    ],
    "twenty-fourth batch (helper ha24)": [
        "Brexit",
        "Thursday",
        "Yesterday",
        "Critics",
        "Per",
        "According",
        "Currently",
        "Oct",
        "September",
        "October",
        "Officially",
        "During",
        "However",
        "Member of Parliament",
        "MP",
        "Speaker",
        "Prime Minister",
        "Twitter",
        "Sunday",
        "Wednesday",
        "July",
        "August",
        "January",
        "Telegram",
        "San Juan",
        "Hurricane Maria",
        "Secretary of Justice",
        "Secretary of State",
        "Spanish",
        "UTC",
        "Protesters",
        "Messages",
        "Since",
        "Despite",
        "Monday",
        "Friday",
        "February",
        "Texas",
        "United States Constitution",
        "Due Process Clause",
        "Armed Services",
        "Vietnam War",
        "District Judge",
        "Judge",
        "Women",
        "Combat",
        "Part",
        "While",
        "Tuesday",
        "English Channel",
        "Channel",
        "Flyboard Air",
        "Flyboard",
        "Dover",
        "Sangatte",
        "St Margaret's at Cliffe",
        "Bastille Day",
        "Once",
        "Strong",
        "Upon",
        "Belgrade",
        "COVID-19",
        "Public",
        "Anti-government",
        "Director",
        "Police",
        "Saturday",
        "Forbury Gardens",
        "Reading",
        "Berkshire",
        "Reports",
        "Witnesses",
        "Libyan Civil War",
    ],
    "twenty-fifth batch (helper ha26)": [
        "VOA NEWS",
        "December",
        "Friday",
        "President-elect",
        "Dr",
        "Horn",
        "Horn of African",
        "Talks",
        "You",
        "Monday",
        "Sunday",
        "April",
        "November",
        "Cape Town",
        "Johannesburg",
        "That",
        "Tuesday",
        "February",
        "West",
        "World War II",
        "Mr",
        "Former President",
        "Saturday",
        "Voting",
        "Supreme Leader",
        "Ayatollah",
        "Erbil",
        "Baghdad",
        "Shiite",
        "Deputy",
        "Ambassador",
        "August",
        "Seven",
        "Hong Kongers",
        "More",
        "Such",
    ],
    "twenty-sixth batch (helper ha28)": [
        "Elsa",
        "Frozen",
        "Computer Science Education Week",
        "Cheers",
        "Chief Technology Officer",
        "UX",
        "API",
        "Who",
        "Social Security",
        "D.C.",
        "IT",
        "e-Estonia",
        "Photo",
        "Students",
        "Administrator",
        "Developer",
        "Best",
        "Image",
        "Across",
        "Director",
        "Washington",
        "College Scorecard",
        "Mississippi",
        "Mississippian",
        "RFP",
        "Comprehensive Child Welfare Information System",
        "CCWIS",
        "Dr",
        "Commissioner",
        "Caseworkers",
        "Mostly",
        "Instead",
        "Smaller",
    ],
    "twenty-seventh batch (helper ha31)": [
        "Hurricane Sandy",
        "Rebuild by Design Challenge",
        "Building a Community",
        "The New Normal",
        "PDF",
        "Just",
        "Designers",
        "Currently",
        "FAQs",
        "FAQ",
        "FAQs Still Deliver Great Value",
        "FAQs Are the Dinosaurs of Web Navigation",
        "FAQs For Content Delivery",
        "AskCFPB",
        "Product Manager",
        "Users",
        "Below",
        "Similarly",
        "Previously",
        "Success Spotlight",
        "Design by Biomedical Undergraduate Teams",
        "DEBUT",
        "Viral Diagnostic Technology",
        "HIV",
        "Rising to the Challenge",
        "Leaders",
        "Pennsylvania",
        "Chief Innovation Officer",
        "Expert Training Series",
        "Marketing",
        "Choosing",
        "Developing",
        "Author",
        "Anyone",
        "The Makings of a Positive Contribution Experience",
        "Beyond Deliverables",
        "Former",
        "Conversations",
        "San Francisco",
        "Slack",
        "Google Hangout",
        "AskFAFSA",
        "Twitter",
        "Storify",
        "Google spreadsheets",
        "SMEs",
        "EST",
        "Gathering Questions",
        "Assigning Roles",
        "Tweeter",
        "Finally",
        "Latino",
        "Spanish",
        "English",
        "December",
        "November",
        "Monday",
        "Wednesday",
    ],
    "twenty-eighth batch (helper ha33)": [
        "Car",
        "Maidan Wardak",
        "Maidan Shahr",
        "Humvee",
        "Kabul",
        "Ghazni",
        "Sharia",
        "Dozens",
        "Some",
        "Efforts",
        "Last",
        "Thursday",
        "January",
        "August",
        "Cabinet officers",
        "Commerce Secretary",
        "Attorney General",
        "Voting Rights Act",
        "Operation Fast and Furious",
        "Historically",
        "People",
        "Only",
        "Saturday",
        "July",
        "June",
        "April",
        "Electronic Commerce Directive",
        "Directive",
        "Member State",
        "Internet",
        "In",
        "According",
        "Sunday",
        "October",
        "Seventeen",
        "Mosul",
        "Baghdad",
        "Protesters",
        "Protests",
        "Friday",
        "November",
        "Twitter",
        "US Presidential Election",
        "Presidential Election",
        "New Jersey",
        "Michigan",
        "Pennsylvania",
        "Traditionally",
        "Additionally",
        "Other Republicans",
        "Monday",
    ],
    "twenty-ninth batch (helper ha34)": [
        "Toronto",
        "Gay Village",
        "LGBT",
        "Beginning",
        "Other",
        "Several",
        "Many",
        "Sentencing",
        "National",
        "Friday",
        "February",
        "Tuesday",
        "San Juan",
        "LA Fortaleza",
        "Hall of Mirrors",
        "Spanish",
        "UTC",
        "Secretary of Justice",
        "Senate President",
        "Wednesday",
        "Sunday",
        "August",
        "Yesterday",
        "Members",
        "Specifically",
        "Georgia",
        "Impeachment",
        "United States Constitution",
        "Constitution",
        "Treason",
        "Bribery",
        "Tenure of Office Act",
        "Lewinsky",
        "Watergate",
        "Vice President",
        "Speaker",
        "COVID-19",
        "SARS-CoV-2",
        "H1N1",
        "Middle East Respiratory Syndrome",
        "Wuhan",
        "Reportedly",
        "Bontddu Hall",
        "Dolgellau",
        "Gwynedd",
        "Snowdonia National Park",
        "Mawddach Estuary",
        "Harlech",
        "Barmouth",
        "Bala",
        "Blaenau Ffestiniog",
        "Bryn Tirion",
        "Mayor of Birmingham",
        "Birmingham",
        "The Last Days of Dolwyn",
        "Photos",
        "Guests",
        "Resources",
        "Following",
        "Fire",
    ],
    "thirtieth batch (helper ha36)": [
        "Thursday",
        "September",
        "Tuesday",
        "Monday",
        "April",
        "Twitter",
        "National Security Advisor",
        "Administration",
        "Trump administration",
        "Reportedly",
        "Afghan Taliban",
        "Ambassador",
        "Saturday",
        "October",
        "Wednesday",
        "Wind River Reservation",
        "Wyoming",
        "Kinnear",
        "Native American",
        "Elementary",
        "Elder",
        "Sultan",
        "Sultan of Oman",
        "Sultan Qaboos Grand Mosque",
        "Muscat",
        "Arab",
        "Middle Eastern",
        "Belgian",
        "Islamic",
        "Omani",
        "Friday",
        "December",
        "Recently",
        "Most",
        "Arriving",
        "Calicut",
        "Karipur",
        "Kerala",
        "Dubai",
        "IST",
        "UTC",
        "Vande Bharat Mission",
        "Boeing 737",
        "COVID-19",
        "Civil Aviation Minister",
        "Among",
        "Authorities",
        "May",
        "Yesterday",
        "SARS-CoV-2",
        "COVID",
        "Miami",
        "Cleveland",
        "Ohio",
        "Pennsylvania",
        "Nashville",
        "Tennessee",
        "Biden-Trump",
        "Second",
        "Subsequently",
        "Prior",
    ],
    "thirty-first batch (helper ha38)": [
        "Sixteen",
        "Thursday",
        "February",
        "Monday",
        "Friday",
        "December",
        "January",
        "United States Constitution",
        "Northern District of California",
        "California",
        "Maine",
        "New York",
        "New Jersey",
        "Connecticut",
        "Delaware",
        "Maryland",
        "Virginia",
        "Michigan",
        "Illinois",
        "Minnesota",
        "Colorado",
        "New Mexico",
        "Nevada",
        "Oregon",
        "Hawaii",
        "Texas",
        "Because",
        "Tuesday",
        "September",
        "Saturday",
        "August",
        "June",
        "San Diego County",
        "Officers",
        "Rather",
        "Image",
        "Fairfield",
        "Bell 206",
        "Interstate 80",
        "Twitter",
        "Chapter 11",
        "Three",
        "Investigations",
        "Power",
        "Sunday",
        "African",
        "COVID-19",
        "President",
        "Despite",
        "Around",
        "Tamil Nadu",
        "Trichy",
        "Poolangudi",
        "Jeeyapuram",
        "Kerala",
        "Narikuravars",
        "Wildlife Protection Act",
        "Police",
        "Authorities",
        "Officials",
        "Jackals",
        "Jackal",
        "March",
        "Last",
    ],
    "thirty-second batch (helper ha41)": [
        "Speaker",
        "Speaker of the House",
        "Chamber",
        "Guests",
        "Within",
        "Some",
        "Altogether",
        "Unlike",
        "Senators",
        "Vice President",
        "Federal",
        "Taoiseach",
        "Brexit",
        "Prime Minister's Questions",
        "Members of the House of Commons",
        "Opposition",
        "Per",
        "Retired",
        "Sunni",
        "Members of Parliament",
        "Following",
        "Yesterday",
        "Prime Minister",
        "Reportedly",
        "Georgia",
        "Pennsylvania",
        "Wisconsin",
        "Florida",
        "Washington D.C.",
        "Washington",
        "West Point",
        "Marine One",
        "Stop the Steal",
        "MAGA",
        "Make America Great Again",
        "Former",
        "Another",
        "Organizers",
        "Imagine",
    ],
}

# doc stem -> {sentence number (this file's splitter, 1 = headline): [(actor, "req" | "opt:<why>")]}
S = {
    D01: {
        3: [("Civil Defense Authority", R), ("Saudi Arabia", "opt:country of the speaking authority")],
        4: [("Suleiman al-Amr", R), ("Civil Defense Authority", "opt:employer of the speaker")],
        5: [("Suleiman al-Amr", R)],
        9: [("Khaled Al-Maeena", R), ("Saudi Gazette", "opt:employer of the speaker")],
        10: [("Khaled Al-Maeena", R)],
    },
    D02: {
        3: [("Saudi Interior Ministry", R), ("Saudi Arabia", "opt:country of the speaking ministry")],
    },
    D03: {
        8: [("Greek Orthodox Church", "opt:soft verb (estimates)")],
    },
    D05: {
        3: [("Wikinews", "opt:has learned, reporting a posting")],
        5: [("Church of Scientology", "opt:attempts, no verb of saying")],
        6: [("Gawker.com", "opt:named as an example of the sites that stated")],
        7: [("Matthew Ingram", R), ("The Globe and Mail", "opt:employer of the speaker")],
        8: [("Matthew Ingram", R)],
        9: [("Matthew Ingram", R)],
        19: [("Operation Clambake", "opt:posts on the site's message board")],
    },
    D06: {
        1: [("Valeska Paris", "opt:unnamed in the headline (an Australian woman claims)")],
        3: [("Valeska Paris", R)],
        7: [("Valeska Paris", R)],
        8: [("Valeska Paris", R)],
        9: [("Valeska Paris", "opt:first-person sentence without quote marks or attribution")],
        11: [("Valeska Paris", R)],
        12: [("Valeska Paris", R)],
        13: [("Valeska Paris", R)],
        15: [("Church of Scientology", R)],
        17: [("Church of Scientology", R)],
        18: [("Church of Scientology", "opt:block quote introduced in the previous paragraph")],
        19: [("Church of Scientology", "opt:block quote introduced in the previous paragraph")],
        20: [("Church of Scientology", R)],
        21: [("Church of Scientology", R)],
    },
    D07: {
        8: [("Colette Heald", R)],
        11: [("Colette Heald", R)],
        13: [("U.S. Department of Agriculture", "opt:title fragment the splitter cuts off")],
        14: [("U.S. Department of Agriculture", R)],
        15: [("AS Heagle", "opt:results of a paper by him show")],
        18: [("U.S. Environmental Protection Agency", "opt:title fragment the splitter cuts off")],
        19: [("U.S. Environmental Protection Agency", R)],
        22: [("Colette Heald", R)],
        23: [("Colette Heald", R)],
        24: [("Colette Heald", R)],
        25: [("Colette Heald", R)],
    },
    D08: {
        1: [("NASA", R)],
        6: [("Charles Bolden", R), ("NASA", "opt:employer of the speaker")],
        16: [("Charles Bolden", R)],
        17: [("Charles Bolden", R)],
        18: [("Charles Bolden", R)],
        19: [("Charles Bolden", R)],
        21: [("John Cornyn", "opt:title fragment the splitter cuts off")],
        22: [("John Cornyn", R)],
        23: [("John Cornyn", R)],
        24: [("John Cornyn", R)],
        25: [("John Cornyn", R), ("Charles Bolden", "opt:reported inside Cornyn's statement")],
        26: [("John Cornyn", R)],
        28: [("Chris Gregoire", R)],
        29: [("Chris Gregoire", R)],
        30: [("Chris Gregoire", R)],
        31: [("Chris Gregoire", "opt:quotation continued across a paragraph break")],
        32: [("Chris Gregoire", "opt:quotation continued across a paragraph break")],
        33: [("Chris Gregoire", "opt:quotation continued across a paragraph break")],
        34: [("Chris Gregoire", "opt:quotation continued across a paragraph break")],
        39: [("NASA", "opt:offering, an action")],
    },
    D09: {
        9: [("Kristen Wilkins", R)],
        11: [("Kathryn Waters", "opt:expressed interest, no verb of saying")],
    },
    D11: {
        7: [("Andrzej Duda", R), ("Joachim Brudziński", R)],
        8: [("Joachim Brudziński", R)],
        9: [("Andrzej Duda", R)],
        10: [("Tomasz Kubiak", R)],
        11: [("Monika Kosiec", R)],
        12: [("Monika Kosiec", R)],
        13: [("PAP", R)],
        15: [("Piotr Jedlinski", "opt:declared a day of mourning, an act")],
    },
    D12: {
        1: [("Germany", "opt:headline, citing")],
        3: [("Germany", "opt:unnamed officials")],
        5: [("Mike Pompeo", R), ("United States", "opt:employer of the speaker")],
        6: [("United States", "opt:soft verb (encouraging)")],
        7: [("Germany", R)],
        8: [("Rudaw", R)],
        10: [
            ("Steffen Seibert", R),
            ("Angela Merkel", "opt:employer of the speaker"),
            ("Germany", "opt:country of the speaker"),
        ],
        11: [("Richard Grenell", R), ("United States", "opt:employer of the speaker")],
        12: [("United States", R)],
        17: [
            ("Deutsche Bahn", "opt:named as an example of the firms that announced"),
            ("Deutsche Telekom", "opt:named as an example of the firms that announced"),
            ("Daimler", "opt:named as an example of the firms that announced"),
            ("Siemens", "opt:named as an example of the firms that announced"),
            ("Germany", "opt:German firms"),
        ],
        20: [("Reuters", R), ("Germany", "opt:unnamed government source, reported by Reuters")],
    },
    D13: {
        5: [("Tunisia", "opt:unnamed government official")],
        10: [("Islamic State of Iraq and the Levant", R)],
        11: [("Jamel Msallem", R), ("Tunisian League for the Defence of Human Rights", "opt:employer of the speaker")],
        12: [("Samir Dilou", R), ("Tunisian Parliament", "opt:employer of the speaker")],
        14: [("Souhail Alouini", R), ("Tunisian Parliament", "opt:employer of the speaker")],
        15: [("Algeria", "opt:soft verb (cited)"), ("Morocco", "opt:soft verb (cited)")],
    },
    D14: {
        3: [("Thames Valley Police", R)],
        10: [("Steven Jones", R), ("Thames Valley Police", "opt:employer of the speaker")],
        11: [("Steven Jones", R), ("Thames Valley Police", "opt:employer of the speaker")],
        14: [("Dominic Hare", "opt:placed the value, an estimate")],
        17: [("Thames Valley Police", "opt:Police, the force not named")],
        18: [("Maurizio Cattelan", R)],
        19: [("Maurizio Cattelan", R)],
        21: [("Dominic Hare", R)],
    },
    D15: {
        1: [("United Kingdom", R)],
        3: [("Boris Johnson", "opt:joined the calls"), ("United Kingdom", "opt:officials asking")],
        7: [("Boris Johnson", R)],
        8: [("Boris Johnson", R)],
        9: [("Boris Johnson", R)],
        10: [("Boris Johnson", R)],
        11: [("Boris Johnson", R)],
        19: [("Anne Sacoolas", R)],
        21: [("Northamptonshire Police", "opt:police revealed, the force not named")],
        22: [("Nick Adderley", R)],
        23: [("Nick Adderley", R), ("Stephen Mold", R)],
        24: [("US Embassy", "opt:descriptive reference (the embassy)")],
        25: [("Dominic Raab", R)],
        26: [("United States Department of State", R)],
        27: [("Charlotte Charles", R)],
        28: [("Charlotte Charles", R)],
        29: [("Charlotte Charles", R)],
        30: [("Charlotte Charles", R)],
        31: [("Charlotte Charles", R)],
    },
    D16: {
        2: [("Kamloops Police", R)],
        4: [("Royal Canadian Mounted Police", R)],
        5: [("Royal Canadian Mounted Police", R)],
        6: [("Gary Gray", R), ("Royal Canadian Mounted Police", "opt:employer of the speaker")],
        8: [("Daniel Dubé", R)],
        9: [("Daniel Dubé", R)],
        10: [("Bob Hughes", R), ("Ask Wellness Society", "opt:employer of the speaker")],
        11: [("B.C. Coroners Service", "opt:the head of a sentence the splitter cut after B.C.")],
        12: [("B.C. Coroners Service", R)],
        14: [
            ("Michaela Jyrkkanen", "opt:soft verb (disagreed)"),
            ("The Mustard Seed Kamloops", "opt:employer of the speaker"),
        ],
        16: [("Sukhpreet Klaire", R)],
    },
    D17: {
        5: [("NRK", R)],
        9: [("Nils-Erik Haagenrud", R), ("Rogaland Fire and Rescue", "opt:employer of the speaker")],
        10: [("Rogaland Fire and Rescue", "opt:request reported as an action")],
        14: [("Erna Solberg", "opt:a post asking for places to eat")],
    },
    D18: {
        2: [("Alberto Fernández", R)],
        3: [("Alberto Fernández", "opt:descriptive reference (the president)")],
        4: [("Alberto Fernández", R)],
        7: [("Alberto Fernández", R)],
        8: [("Argentina", R)],
        10: [("Alberto Fernández", R)],
        11: [("Alberto Fernández", R)],
        12: [("Mariela Belski", R), ("Amnesty International", "opt:employer of the speaker")],
        13: [("Jorge Eduardo Scheinig", "opt:soft verb (criticised)")],
        14: [("Jorge Eduardo Scheinig", R)],
    },
    D19: {
        14: [("Sudesh Amman", R)],
        15: [("Sadiq Khan", "opt:attribution line of a pull quote the scrape lost")],
        16: [("Alexis Boon", R), ("Metropolitan Police Counter Terrorism Command", "opt:employer of the speaker")],
        17: [("Alexis Boon", R)],
        18: [("Alexis Boon", R)],
        19: [("Alexis Boon", R)],
        21: [("Sadiq Khan", "opt:soft verb (thanked)")],
        22: [("Sadiq Khan", R)],
        23: [("Boris Johnson", R)],
        24: [("Boris Johnson", R)],
    },
    D20: {
        15: [("ABS-CBN", "opt:they've said, inside a clause"), ("Rodrigo Duterte", "opt:soft verb (accused)")],
        16: [("Jose Calida", "opt:a petition filed, accusing")],
        18: [("Carlo Katigbak", R), ("ABS-CBN", "opt:employer of the speaker")],
        19: [
            ("Harry Roque", R),
            ("Carlo Katigbak", "opt:soft verb (apologized)"),
            ("Rodrigo Duterte", "opt:employer of the speaker"),
        ],
        20: [("ABS-CBN", "opt:descriptive reference (the network)")],
    },
    # ---- fourth batch
    D21: {
        1: [("Donald Trump", R)],
        3: [("Donald Trump", R)],
        5: [("Donald Trump", "opt:descriptive reference (the President), named two sentences before")],
        6: [("Donald Trump", R)],
        7: [("Donald Trump", R)],
        8: [("Donald Trump", R)],
        9: [("Donald Trump", R)],
        10: [("Donald Trump", R)],
        11: [("Mike Pence", R)],
        12: [("Nancy Pelosi", R)],
        13: [("Nancy Pelosi", R)],
        14: [("Nancy Pelosi", R)],
        15: [("Chuck Schumer", R)],
        16: [("Chuck Schumer", R)],
        17: [("Dick Durbin", "opt:soft verb (questioned)"), ("Adam Schiff", "opt:soft verb (questioned)")],
        18: [("Adam Schiff", R)],
        19: [("Dick Durbin", R)],
        20: [("Donald Trump", R)],
        23: [("Internal Revenue Service", "opt:a website's advice")],
    },
    D22: {
        1: [("Recep Tayyip Erdoğan", "opt:a proposal in a headline")],
        3: [("Recep Tayyip Erdoğan", "opt:soft verb (pledged)")],
        4: [
            ("Recep Tayyip Erdoğan", R),
            ("Greece", "opt:criticism reported as a noun"),
            ("UNESCO", "opt:criticism reported as a noun"),
        ],
        5: [("Recep Tayyip Erdoğan", R)],
        6: [("Recep Tayyip Erdoğan", R), ("Hurriyet Daily News", "opt:the outlet reporting the quotation")],
        7: [("Recep Tayyip Erdoğan", R)],
        8: [("Recep Tayyip Erdoğan", R)],
        9: [("George Katrougalos", R), ("Greece", "opt:country of the speaker")],
        10: [("George Katrougalos", R)],
        11: [("George Katrougalos", R), ("Greek Reporter", "opt:the outlet quoting")],
        12: [("UNESCO", R), ("Sputnik News", "opt:the outlet interviewing")],
        13: [("United States Commission on International Religious Freedom", R)],
        14: [("United States Commission on International Religious Freedom", R)],
        15: [("Recep Tayyip Erdoğan", "opt:soft verb (attacked)")],
        16: [("United Nations", "opt:an official position, no verb of saying")],
        17: [("Recep Tayyip Erdoğan", R)],
        18: [("Recep Tayyip Erdoğan", R)],
        19: [("Recep Tayyip Erdoğan", R)],
        20: [("Recep Tayyip Erdoğan", R)],
        21: [("Recep Tayyip Erdoğan", R)],
        22: [("UNESCO", R)],
    },
    D23: {
        4: [("Nigeria", R)],
        5: [("Albert Muchanga", R)],
        6: [("Albert Muchanga", R), ("African Union", "opt:employer of the speaker")],
        7: [("Mahamadou Issoufou", R), ("Niger", "opt:country of the speaker")],
        8: [("Mahamadou Issoufou", R)],
        10: [
            ("Abdel Fattah el-Sisi", R),
            ("Egypt", "opt:country of the speaker"),
            ("African Union", "opt:the speaker chairs it"),
        ],
        14: [("African Union", R)],
        15: [("Okey Oramah", R), ("African Export–Import Bank", "opt:employer of the speaker")],
        20: [("International Monetary Fund", R)],
    },
    D24: {
        5: [("Houthi movement", R)],
        6: [("Saudi Press Agency", R)],
        8: [("Saudi Press Agency", "opt:descriptive reference (the agency), named two sentences before")],
        9: [("Reuters", R)],
        10: [("Saudi Arabia", R)],
        12: [
            ("Yahya Sarea", R),
            ("Houthi movement", "opt:employer of the speaker"),
            ("al-Masirah TV", "opt:the channel spoken on"),
        ],
        13: [("Yahya Sarea", R)],
        14: [("Yahya Sarea", R)],
        15: [("Yahya Sarea", R)],
        16: [("Mike Pompeo", R), ("United States", "opt:employer of the speaker")],
        17: [("Jonathan Marcus", R), ("BBC News", "opt:employer of the speaker")],
        19: [("United Nations", R)],
    },
    D25: {
        3: [("United Kingdom", R), ("United States", R)],
        12: [("Jessie K. Liu", "opt:the head of a sentence the splitter cut after K.")],
        13: [("Jessie K. Liu", R), ("United States Department of Justice", "opt:employer of the speaker")],
        14: [("Nikki Holland", R), ("National Crime Agency", "opt:employer of the speaker")],
        15: [("Nikki Holland", R)],
        17: [("National Police Agency", "opt:soft verb (identified him as)")],
        23: [("United States", R)],
        24: [("United States", "opt:a list introduced, no verb of saying")],
        25: [("United States", R)],
        26: [("United States", "opt:they said, inside a clause"), ("United Kingdom", "opt:they said, inside a clause")],
    },
    D26: {
        8: [("Coles", R), ("ALDI", R)],
        9: [("Woolworths", R)],
        12: [("Russell Zimmerman", R), ("Australian Retailers Association", "opt:employer of the speaker")],
        13: [("Russell Zimmerman", "opt:belief (expects)")],
        14: [("ALDI", R)],
        15: [
            ("Gary Mortimer", R),
            ("News.com.au", "opt:the outlet reporting"),
            ("Queensland University of Technology", "opt:employer of the speaker"),
        ],
        16: [("Gary Mortimer", R)],
        17: [("Russell Zimmerman", R), ("Australian Broadcasting Corporation", "opt:the outlet reporting")],
        18: [("Who Gives a Crap", R)],
        19: [("Kimberly-Clark", R), ("Solaris Paper", R), ("News.com.au", "opt:the outlet reporting others' words")],
        20: [("Domain.com", R)],
        22: [("Australian Broadcasting Corporation", R)],
        23: [("Russell Zimmerman", R)],
    },
    D27: {
        2: [("Tesco", R), ("Salling Group", R)],
        3: [("Tesco", R), ("Salling Group", "opt:the verb left out (gapping)")],
        5: [("Salling Group", R)],
        9: [("Tesco", R)],
        12: [
            ("Tesco", "opt:descriptive reference (the parties)"),
            ("Salling Group", "opt:descriptive reference (the parties)"),
        ],
        15: [("Notes from Poland", R)],
        17: [("Gazeta Prawna", R)],
        19: [("Deutsche Welle", R)],
        22: [
            ("Matt Simister", R),
            ("Tesco", "opt:employer of the speaker"),
            ("Portfolio.hu", "opt:the outlet spoken to"),
        ],
        23: [
            ("Dave Lewis", R),
            ("Tesco", "opt:employer of the speaker"),
            ("Deutsche Welle", "opt:the outlet reporting"),
        ],
        24: [("Gazeta Wyborcza", R)],
        25: [("Tesco", "opt:descriptive reference (the chain's press release)")],
        26: [("Notes from Poland", "opt:soft verb (named)")],
    },
    # ---- fifth batch
    D28: {
        3: [("Michael Siegel", R), ("Boston University", "opt:employer of the speaker")],
        12: [("Michael Siegel", "opt:descriptive reference (the team)")],
        18: [("Wikinews", "opt:the interviewer's question")],
        19: [("Wikinews", "opt:the interviewer's question")],
        20: [("Michael Siegel", R)],
        21: [("Michael Siegel", R)],
        22: [("Michael Siegel", R)],
        23: [("Michael Siegel", R)],
        24: [("Wikinews", "opt:the interviewer's question")],
        25: [("Michael Siegel", R)],
        26: [("Michael Siegel", R)],
        27: [("Wikinews", "opt:the interviewer's question")],
        28: [("Michael Siegel", R)],
        29: [("Michael Siegel", R)],
        30: [("Wikinews", "opt:the interviewer's question")],
        31: [("Michael Siegel", R)],
        32: [("Michael Siegel", R)],
        33: [("Michael Siegel", R)],
        34: [("Wikinews", "opt:the interviewer's question")],
        35: [("Michael Siegel", R)],
        36: [("Michael Siegel", "opt:an attribution line whose pull quote the scrape lost")],
        37: [("Wikinews", "opt:the interviewer's question")],
        38: [("Michael Siegel", R)],
        39: [("Michael Siegel", R)],
        40: [("Michael Siegel", R)],
        41: [("Wikinews", "opt:the interviewer's question")],
        42: [("Wikinews", "opt:the interviewer's question")],
        43: [("Michael Siegel", R)],
        44: [("Michael Siegel", R)],
        45: [("Wikinews", "opt:the interviewer's question")],
        46: [("Michael Siegel", R)],
    },
    D29: {
        11: [("Madina Bizheva", R)],
        12: [("Madina Bizheva", R)],
        13: [("Madina Bizheva", R)],
        14: [("Madina Bizheva", R)],
        15: [("Madina Bizheva", R)],
        25: [("Alexander Moor", R)],
        26: [("Alexander Moor", R)],
        27: [("Alexander Moor", R)],
        28: [("Alexander Moor", R)],
        29: [("Alexander Moor", R)],
        30: [("Alexander Moor", R)],
        31: [("Sergey Dydykin", R), ("First Moscow State Medical University", "opt:employer of the speaker")],
        35: [("Albert Sufianov", R), ("Federal Center for Neurosurgery", "opt:employer of the speaker")],
        36: [("Albert Sufianov", "opt:soft verb (suggested as an illustration)")],
        38: [("Albert Sufianov", R), ("Federal Center for Neurosurgery", "opt:employer of the speaker")],
        39: [("Albert Sufianov", "opt:reported view, no verb of saying")],
        40: [("Albert Sufianov", "opt:reported view, no verb of saying")],
        42: [("Alexander Gagay", R)],
        43: [("Alexander Gagay", "opt:reported view, no verb of saying")],
        44: [("Alexander Gagay", "opt:reported view, no verb of saying")],
        45: [("Alexander Gagay", "opt:reported view, no verb of saying")],
        48: [("Denis Kovalchuk", R)],
        49: [("Denis Kovalchuk", R)],
        50: [("Denis Kovalchuk", "opt:reported speech continued without a verb")],
    },
    D30: {
        5: [("Natasha Gownaris", R), ("University of Washington", "opt:employer of the speaker")],
        16: [("Natasha Gownaris", R)],
        18: [("Wikinews", "opt:the interviewer's question")],
        19: [("Natasha Gownaris", R)],
        20: [("Natasha Gownaris", R)],
        21: [("Natasha Gownaris", R)],
        22: [("Natasha Gownaris", R)],
        23: [("Natasha Gownaris", R)],
        24: [("Natasha Gownaris", R)],
        25: [("Wikinews", "opt:the interviewer's question")],
        26: [("Natasha Gownaris", R)],
        28: [("Natasha Gownaris", R)],
        29: [("Natasha Gownaris", R)],
        30: [("Natasha Gownaris", R)],
        31: [("Natasha Gownaris", R)],
        32: [("Natasha Gownaris", R)],
        33: [("Wikinews", "opt:the interviewer's question")],
        34: [("Wikinews", "opt:the interviewer's question")],
        35: [("Natasha Gownaris", R)],
        36: [("Natasha Gownaris", R)],
        37: [("Natasha Gownaris", R)],
        38: [("Natasha Gownaris", R)],
        39: [("Natasha Gownaris", R)],
        40: [("Natasha Gownaris", R)],
        41: [("Natasha Gownaris", R)],
        42: [("Natasha Gownaris", R)],
        43: [("Natasha Gownaris", "opt:an attribution line whose pull quote the scrape lost")],
        44: [("Wikinews", "opt:the interviewer's question")],
        45: [("Wikinews", "opt:the interviewer's question")],
        46: [("Natasha Gownaris", R)],
        47: [("Natasha Gownaris", R)],
        48: [("Natasha Gownaris", R)],
        49: [("Natasha Gownaris", R)],
        50: [("Natasha Gownaris", R)],
        51: [("Natasha Gownaris", R)],
        52: [("Natasha Gownaris", R)],
        53: [("Wikinews", "opt:the interviewer's question")],
        54: [("Wikinews", "opt:the interviewer's question")],
        55: [("Natasha Gownaris", R)],
        56: [("Natasha Gownaris", R)],
        57: [("Natasha Gownaris", R)],
    },
    D31: {
        9: [("Donald Trump", R)],
        18: [("Amy Klobuchar", "opt:soft verb (endorsed)")],
        35: [("Donald Trump", "opt:his campaign's claim")],
        40: [("Donald Trump", "opt:soft verb (vowed)")],
        41: [("Donald Trump", "opt:soft verb (railed against)")],
        44: [("Donald Trump", "opt:a statement reported as a noun")],
        49: [("United States", "opt:descriptive reference (the administration)")],
        51: [("John Bolton", R), ("Donald Trump", R)],
        52: [("Donald Trump", R)],
        53: [("Democratic Party", "opt:soft verb (expressed dissatisfaction)")],
        54: [("John Bolton", R)],
        61: [
            ("Donald Trump", R),
            ("Joe Biden", "opt:soft verb (broached)"),
            ("The New York Times", "opt:a report's content"),
        ],
        62: [("Joe Biden", R)],
        64: [("Zogby International", "opt:a poll's finding")],
        82: [("Billy Joe Parker", "opt:spoke with, no content")],
        83: [("Billy Joe Parker", "opt:soft verb (discussed)")],
        84: [("Wikinews", "opt:the interviewer's question")],
        85: [("Wikinews", "opt:the interviewer's question")],
        86: [("Wikinews", "opt:the interviewer's question")],
        97: [("Darcy Richardson", "opt:soft verb (discussed)")],
        98: [("Wikinews", "opt:the interviewer's question")],
        99: [("Wikinews", "opt:the interviewer's question")],
        100: [("Wikinews", "opt:the interviewer's question")],
        101: [("Wikinews", "opt:the interviewer's question")],
        102: [("Wikinews", "opt:the interviewer's question")],
        103: [("Wikinews", "opt:the interviewer's question")],
        117: [("Politics1.com", R)],
        118: [("Tiara Lusk", "opt:soft verb (discussed)")],
        119: [("Wikinews", "opt:the interviewer's question")],
        120: [("Wikinews", "opt:the interviewer's question")],
        121: [("Wikinews", "opt:the interviewer's question")],
        122: [("Wikinews", "opt:the interviewer's question")],
        123: [("Wikinews", "opt:the interviewer's question")],
    },
    D32: {
        1: [("Gregory Kurtzer", "opt:soft verb (discusses) in a headline")],
        2: [("Red Hat", R)],
        4: [("Gregory Kurtzer", R), ("Wikinews", "opt:the outlet spoken to")],
        16: [("Chris Wright", R), ("Red Hat", "opt:employer of the speaker")],
        19: [("Gregory Kurtzer", R)],
        20: [("Gregory Kurtzer", R)],
        21: [("Gregory Kurtzer", R)],
        22: [("Gregory Kurtzer", R)],
        23: [("Gregory Kurtzer", R)],
        25: [("Gregory Kurtzer", R)],
        26: [("Gregory Kurtzer", R)],
        27: [("Gregory Kurtzer", R)],
        28: [("Gregory Kurtzer", R)],
        29: [("Wikinews", "opt:the interviewer's question")],
        30: [("Wikinews", "opt:the interviewer's question")],
        31: [("Gregory Kurtzer", R)],
        32: [("Gregory Kurtzer", R)],
        33: [("Gregory Kurtzer", R)],
        34: [("Gregory Kurtzer", "opt:an answer continued across a paragraph break")],
        35: [("Gregory Kurtzer", "opt:an answer continued across a paragraph break")],
        36: [("Gregory Kurtzer", "opt:an answer continued across a paragraph break")],
        37: [("Gregory Kurtzer", "opt:an answer continued across a paragraph break")],
        38: [("Gregory Kurtzer", "opt:an answer continued across a paragraph break")],
        39: [("Gregory Kurtzer", "opt:an answer continued across a paragraph break")],
        40: [("Wikinews", "opt:the interviewer's question")],
        41: [("Gregory Kurtzer", R)],
        42: [("Gregory Kurtzer", "opt:an answer continued across a paragraph break")],
        43: [("Wikinews", "opt:the interviewer's question")],
        44: [("Gregory Kurtzer", R)],
        45: [("Gregory Kurtzer", R)],
        46: [("Gregory Kurtzer", R)],
        47: [("Gregory Kurtzer", R)],
        48: [("Wikinews", "opt:the interviewer's question")],
        49: [("Gregory Kurtzer", R)],
        50: [("Gregory Kurtzer", R)],
        51: [("Wikinews", "opt:the interviewer's question")],
        52: [("Gregory Kurtzer", R)],
        53: [("Gregory Kurtzer", R)],
        54: [("Gregory Kurtzer", R)],
        55: [("Gregory Kurtzer", R)],
        56: [("Gregory Kurtzer", R)],
        57: [("Gregory Kurtzer", R)],
        58: [("Gregory Kurtzer", "opt:an answer continued across a paragraph break")],
    },
    D33: {
        1: [("Sara Seager", R), ("Wikinews", "opt:the outlet spoken to")],
        3: [("Sara Seager", "opt:her study's finding (showing)")],
        23: [("Sara Seager", R)],
        24: [("Sara Seager", R)],
        25: [("Sara Seager", R)],
        28: [("Sara Seager", R)],
        32: [("Sara Seager", R)],
        34: [("Wikinews", "opt:the interviewer's question")],
        35: [("Sara Seager", R)],
        36: [("Wikinews", "opt:the interviewer's question")],
        37: [("Sara Seager", R)],
        38: [("Sara Seager", R)],
        39: [("Sara Seager", "opt:an answer continued across a paragraph break")],
        40: [("Wikinews", "opt:the interviewer's question")],
        41: [("Sara Seager", R)],
        42: [("Sara Seager", R)],
    },
}

S.update(
    {
        D34: {
            2: [("Hari Kostov", R), ("BBC News", "opt:as quoted by an outlet")],
            3: [("Hari Kostov", R), ("Reuters", R)],
            7: [("NOS", R)],
        },
        D35: {
            7: [("Ariel Sharon", R)],
            8: [("Ariel Sharon", "opt:soft verb (felt)")],
            10: [("Ariel Sharon", R)],
            11: [("Ariel Sharon", R)],
            12: [("Ariel Sharon", R)],
            13: [("Ariel Sharon", R)],
            14: [("Ariel Sharon", R)],
            15: [("Ariel Sharon", R)],
            16: [("Ariel Sharon", R)],
        },
        D36: {
            6: [("Defence Agency", "opt:soft verb (considered) of unnamed officials")],
            14: [("Wu Daiwei", R), ("China", "opt:country of the speaker")],
            15: [("Defence Agency", "opt:soft verb (is studying)")],
            16: [("Koizumi Junichiro", R)],
            20: [("Liberal Democratic Party", "opt:soft verb (proposed)")],
        },
        D37: {
            7: [("Ernest Torres", R)],
            11: [("Ernest Torres", "opt:soft verb (calling it)")],
            12: [("Jim Taricani", R)],
            15: [("Jim Taricani", R)],
            17: [("Ernest Torres", R)],
        },
        D38: {
            2: [("Bao", R)],
            3: [("Bao", "opt:the rest of a sentence the splitter cuts after Mr.")],
            6: [("Bao", "opt:to complain, a purpose")],
            7: [("Bao", R)],
            8: [("Bao", R)],
            9: [("Bao", R)],
            10: [("Bao", R)],
            21: [("Vanuatu", "opt:its council of ministers reiterated")],
        },
        D39: {
            4: [("Nobel committee", R)],
            8: [("Green Belt Movement", R)],
            10: [("Wangari Maathai", R), ("UNESCO Courier", "opt:the outlet spoken to")],
            11: [("Wangari Maathai", R)],
            12: [("Wangari Maathai", R)],
            15: [("Wangari Maathai", R)],
            16: [("Wangari Maathai", R)],
        },
        D40: {
            1: [("Democratic Party", "opt:soft verb (ask) in a headline")],
            3: [("Wu", R)],
            4: [("Wu", R)],
            5: [("Wu", R)],
            6: [("Wu", R)],
            7: [
                ("John Conyers", "opt:soft verb (voiced concerns, requested)"),
                ("Jerrold Nadler", "opt:soft verb (voiced concerns, requested)"),
                ("Robert Wexler", "opt:soft verb (voiced concerns, requested)"),
            ],
            8: [("John Conyers", "opt:issued letters, no content")],
            11: [("Government Accountability Office", "opt:reported on, no content")],
            12: [("Government Accountability Office", "opt:a report's content")],
            13: [("Government Accountability Office", "opt:a report's content")],
        },
        D41: {
            2: [("Jan Egeland", R), ("United Nations", "opt:employer of the speaker")],
            3: [("Jan Egeland", R)],
            4: [("Rachel Harvey", R), ("BBC News", "opt:employer of the speaker")],
            5: [("Jan Egeland", R)],
            9: [("Michael Elmquist", R), ("United Nations", "opt:employer of the speaker")],
            10: [("World Food Programme", R)],
        },
    }
)

S.update(
    {
        D42: {
            6: [("Luiz Inácio Lula da Silva", R), ("Brazil", "opt:country of the speaker")],
            8: [("Luiz Inácio Lula da Silva", R)],
            9: [("Brazil", "opt:soft verb (discussed), unnamed sources"), ("South Korea", "opt:soft verb (discussed)")],
        },
        D43: {
            10: [("Indymedia", R)],
            11: [("Indymedia", R)],
            12: [("George W. Bush", R)],
            13: [("George W. Bush", R)],
        },
        D44: {
            15: [("Bill Bodie", R)],
            16: [("Bill Bodie", R)],
            17: [("Bill Bodie", R)],
            18: [("James Roche", R)],
            19: [("James Roche", R)],
            20: [("James Roche", R)],
            21: [("James Roche", "opt:a signature inside the quote")],
            22: [("Darleen Druyun", R)],
            23: [("Darleen Druyun", R)],
            24: [("James Roche", R)],
            25: [("James Roche", R)],
            26: [("James Roche", R)],
            27: [("James Roche", "opt:a signature inside the quote")],
            28: [("Burkhardt & Associates", R)],
            29: [("James Roche", R)],
            30: [("James Roche", R)],
            31: [("GovExec.com", "opt:as quoted by an outlet"), ("United States Senate", "opt:unnamed aide of a body")],
            32: [("GovExec.com", "opt:as quoted by an outlet"), ("United States Senate", "opt:unnamed aide of a body")],
            33: [("Project on Government Oversight", R)],
            34: [("Marvin Sambur", R), ("US Air Force", "opt:employer of the speaker")],
            35: [("Marvin Sambur", R)],
            40: [("US Air Force", R)],
            41: [("Paul Wolfowitz", R), ("Congressional Record", "opt:where the words appeared")],
        },
        D45: {
            5: [("National Elections Committee", R)],
            6: [("National Elections Committee", R)],
            11: [("Carter Center", "opt:the verb of saying is missing from the text")],
            13: [("Renamo", R)],
        },
        D46: {
            3: [("Times of Zambia", R)],
            4: [
                ("Times of Zambia", "opt:descriptive reference (the newspaper)"),
                ("Mundia Sikatana", "opt:named in the next sentence (cut after Mr.)"),
            ],
            5: [("Mundia Sikatana", "opt:the name only (cut after Mr.)")],
            7: [("Mundia Sikatana", R)],
            9: [("Mundia Sikatana", R)],
        },
        D47: {
            1: [("Viktor Yushchenko", "opt:claims victory in a headline")],
            3: [("Viktor Yushchenko", "opt:descriptive reference (the opposition candidate)")],
            7: [("Viktor Yushchenko", R)],
            11: [("Viktor Yanukovich", "opt:soft verb (vowed)")],
            12: [("Viktor Yanukovich", R)],
            13: [
                ("United States", "opt:soft verb (hailed), unnamed officials"),
                ("European Union", "opt:soft verb (hailed), unnamed officials"),
            ],
        },
        D48: {
            3: [("Sophos", R)],
            9: [("Sophos", R)],
            10: [("MX Logic", R)],
        },
        D49: {
            2: [("Republican Party", "opt:the verb is in the next sentence (cut after W.)")],
            3: [("Republican Party", R), ("Washington Post", R)],
            10: [("George W. Bush", "opt:future (will support ... by pointing out)")],
            16: [
                ("John Rother", R),
                ("American Association of Retired Persons", "opt:employer of the speaker"),
            ],
            17: [("John Rother", R)],
            18: [("John Rother", R)],
        },
    }
)

S.update(
    {
        D50: {
            22: [("Wagner", R), ("Andean Community", "opt:employer of the speaker")],
            35: [("Wagner", R)],
            36: [("Wagner", R)],
            37: [("Wagner", "opt:soft verb (identifies)")],
        },
        D51: {
            3: [("Jan Egeland", R), ("United Nations", "opt:employer of the speaker")],
            4: [("Jan Egeland", R)],
        },
        D52: {
            5: [("Jamil Murad", R), ("PCdoB", "opt:party of the speaker")],
            7: [("Jamil Murad", R)],
            8: [("Jamil Murad", R), ("Yasser Arafat", "opt:a letter reported by another speaker")],
        },
        D53: {
            6: [("Alfred Gusenbauer", R)],
            7: [
                ("Alfred Gusenbauer", R),
                ("Michael Haeupl", R),
                ("Social Democratic Party of Austria", "opt:heads of the party"),
            ],
            8: [("Alfred Gusenbauer", "opt:criticism without its content")],
        },
        D54: {
            4: [("Spanish Ministry of Interior", R)],
            5: [("El Mundo", R), ("Civil Guard", "opt:soft verb (calculated)")],
            6: [("José Antonio Alonso", R), ("Spanish Ministry of Interior", "opt:employer of the speaker")],
        },
        D55: {
            4: [("Red Cross", R), ("United Nations", R)],
            6: [("World Health Organization", R)],
        },
        D56: {
            6: [("Jack Garner", "opt:named in the next paragraph (one critic)")],
            7: [("Jack Garner", R)],
            8: [("Jack Garner", R), ("Gannet News Service", "opt:employer of the speaker")],
            10: [("RottenTomatoes.com", R)],
            11: [("Manohla Dargis", R), ("The New York Times", "opt:employer of the speaker")],
            13: [("Kirk Honeycutt", R), ("Hollywood Reporter", "opt:employer of the speaker")],
            16: [("Box Office Mojo", "opt:the splitter cuts the sentence at Dec.")],
            17: [("Box Office Mojo", R)],
        },
        D57: {
            2: [("Australia", "opt:talked up (the national team), no content")],
            3: [
                ("Shane Warne", R),
                ("Glenn McGrath", R),
                ("Matthew Hayden", "opt:soft verb (vowed)"),
            ],
            5: [("John Bracewell", R)],
            6: [("John Bracewell", R)],
            7: [("John Bracewell", R)],
            8: [("Scott Styris", R)],
        },
    }
)

S.update(
    {
        D58: {
            3: [("José Manuel Barroso", R), ("European Commission", "opt:employer of the speaker")],
            5: [("José Manuel Barroso", "opt:descriptive reference (the E.C. President)")],
            8: [("Jorge Sampaio", R), ("Portugal", "opt:country of the speaker")],
        },
        D59: {
            3: [("Wall Street Journal", R)],
            5: [("Time Warner", "opt:descriptive reference (the company)")],
            6: [("Time Warner", "opt:descriptive reference (the company)")],
        },
        D60: {
            2: [("Dino Rossi", "opt:soft verb (contested), a request (asking for)")],
            11: [("Dino Rossi", "opt:soft verb (threatened)")],
            12: [("Dino Rossi", R)],
            13: [("Chris Gregoire", R)],
            14: [("Chris Gregoire", R)],
        },
        D61: {
            2: [("Abu Musab al-Zarqawi", R)],
            3: [("Senan Shukri", R)],
            4: [("Erik Kurilla", "opt:the splitter cuts the sentence at Lt.")],
            5: [("Erik Kurilla", "opt:the splitter cuts the sentence at Col.")],
            6: [("Erik Kurilla", R)],
        },
        D62: {
            2: [("NOS", R)],
            3: [("People's Party for Freedom and Democracy", R), ("Democrats 66", R)],
            6: [("NRC Handelsblad", R)],
            9: [("RTL", R)],
        },
        D63: {
            2: [("Ross", "opt:the scrape cut the name")],
            5: [("Michael Norko", R)],
            6: [("Michael Norko", R)],
            7: [("Michael Norko", R)],
            8: [("Michael Norko", R)],
            9: [("Clifford", R)],
            10: [("Connecticut Public Defender's Office", R)],
        },
        D64: {
            3: [("Haaretz", R), ("Mahmoud Abbas", R)],
            7: [("Israel", R)],
        },
        D65: {
            2: [("Paul Lucas", R)],
            3: [("Peter Beattie", R), ("Bob Scheuber", R), ("Queensland Rail", "opt:employer of the speaker")],
            4: [("Peter Beattie", R)],
            5: [("Peter Beattie", R)],
        },
    }
)

S.update(
    {
        D66: {
            2: [("Frank Ford", R)],
            4: [("David DeBatto", "opt:wrote an account"), ("Frank Ford", "opt:his report, retold in a book")],
            6: [("David DeBatto", R)],
            8: [("Frank Ford", R)],
            12: [("Michael Marciello", R)],
            13: [("Michael Marciello", "opt:the witness's account continued, no verb of saying")],
            17: [("David DeBatto", R)],
            18: [("David DeBatto", R)],
            19: [("David DeBatto", R)],
            20: [("C. Tsai", "opt:the splitter cuts the sentence at Col.")],
            21: [("C. Tsai", "opt:the splitter cuts the sentence at C.")],
            22: [("C. Tsai", R)],
            23: [("C. Tsai", "opt:the psychiatrist's account continued, no verb of saying")],
            24: [("David DeBatto", R)],
            25: [("David DeBatto", R)],
            27: [("David DeBatto", R)],
        },
        D67: {
            8: [
                ("Steve Linford", R),
                ("Graham Cluley", R),
                ("Spamhaus", "opt:employer of the speaker"),
                ("Sophos", "opt:employer of the speaker"),
            ],
            13: [("Lycos Europe", R)],
            16: [("Lycos Europe", "opt:descriptive reference (the company)")],
            17: [("Lycos Europe", R)],
            19: [("F-Secure", R)],
        },
        D68: {
            3: [("Elizabeth Nadeau", R), ("Indymedia", "opt:an outlet quoting someone else's words")],
            4: [("Elizabeth Nadeau", R)],
            22: [("Fidel Castro", "opt:soft verb (advocated)")],
            26: [("School of Americas Watch", "opt:soft verb (lists)")],
            27: [("United States", R)],
            28: [("School of the Americas", R)],
            29: [("Joe Leuer", R), ("School of the Americas", "opt:employer of the speaker")],
            31: [("Miriam Tidwell", R), ("Associated Press", "opt:the outlet told")],
        },
        D69: {
            2: [("Landless Workers Movement", "opt:the scrape cut the name")],
            6: [("Incra", R), ("Landless Workers Movement", "opt:soft verb (demands)")],
            10: [("Landless Workers Movement", R)],
            11: [("Landless Workers Movement", R)],
        },
        D70: {
            2: [("BBC News", "opt:the scrape cut 'According'")],
            6: [("BBC News", R)],
        },
        D71: {
            7: [("Indian Express", R)],
        },
        D72: {
            3: [("Supreme Court of Chile", "opt:unnamed court officials; the splitter cuts the sentence at Gen.")],
            6: [("Rettig Commission", "opt:soft verb (listed)")],
        },
        D73: {
            2: [("Defense Science Board", "opt:soft verb (considers)")],
            3: [("Defense Science Board", "opt:the board's report speaks (It asserts)")],
            7: [("Defense Science Board", "opt:according to the board's report")],
            8: [("Defense Science Board", "opt:the report's quote continued")],
            9: [("Defense Science Board", "opt:the report quotes a poll")],
        },
    }
)

S.update(
    {
        D74: {
            4: [("Ricardo Lagos", R)],
        },
        D75: {
            7: [("Scottish Executive", "opt:soft verb (proposed)")],
            13: [("John Reid", R)],
            20: [("Conservative Party", "opt:its unnamed shadow secretary criticized")],
            21: [("Conservative Party", "opt:its unnamed shadow secretary, described ... as")],
            22: [("Liberal Democrats", "opt:soft verb (accused)")],
            23: [("British Medical Association", R)],
            24: [("John Reid", "opt:the splitter cuts the sentence at Mr.")],
            25: [("John Reid", R)],
            26: [("John Reid", R)],
            27: [("John Reid", R)],
        },
        D76: {
            11: [("Nobutaka Machimura", "opt:soft verb (criticized, passive)")],
            15: [("The Japan Times", R)],
            16: [("Asia Times Online", R)],
        },
        D77: {
            2: [("Kmart", R)],
            6: [("Alan Lacy", "opt:soft verb (promised)"), ("Sears", "opt:employer of the speaker")],
        },
        D78: {
            2: [("Leonid Kuchma", "opt:his remarks, without their content")],
            4: [("Viktor Yushchenko", R)],
            9: [("Viktor Yushchenko", R), ("The Daily Telegraph", "opt:an outlet quoting someone else's words")],
            10: [("Viktor Yushchenko", R)],
        },
        D79: {
            5: [("Unionists", "opt:a movement, not a body")],
            6: [("Unionists", "opt:soft verb (insisting)")],
        },
        D80: {
            4: [("Thailand", "opt:descriptive reference (the government), soft verb (blamed)")],
        },
        D81: {
            3: [("Tom Ridge", R), ("George W. Bush", "opt:the one thanked")],
            4: [("Tom Ridge", R)],
            5: [("Tommy Thompson", R)],
        },
    }
)

# the twelfth batch, annotated by helper ha4 before docbot was run on it
S.update(
    {
        D82: {
            5: [("Łukasz Szumowski", "opt:attribution line of a pull quote the scrape lost")],
            7: [("Stefan W", "opt:the attacker, unnamed in the sentence, soft verb (claimed)")],
            9: [("Donald Tusk", R)],
            10: [("Donald Tusk", R)],
            12: [("Joachim Brudziński", R)],
            13: [("Joachim Brudziński", R)],
            14: [("Joachim Brudziński", R)],
            17: [("Joachim Brudziński", R), ("TVN24", R)],
            18: [("Mateusz Morawiecki", R)],
            19: [("Andrzej Duda", R)],
            20: [("Andrzej Duda", R)],
            21: [("Andrzej Duda", R)],
            22: [
                ("Mariusz Ciarka", R),
                ("The Guardian", "opt:passive reported by, a fact"),
                ("Associated Press", "opt:passive reported by, a fact"),
            ],
            25: [("Tomasz Stefaniak", R)],
            26: [("Tomasz Stefaniak", R)],
            29: [("Łukasz Szumowski", R)],
            36: [("Krzysztof Sierak", R)],
        },
        D83: {
            10: [("Emily Spanton", R)],
            11: [("Emily Spanton", R)],
            12: [("Emily Spanton", R)],
            13: [
                ("Antoine Quirin", "opt:the defendants, unnamed"),
                ("Nicolas Redouane", "opt:the defendants, unnamed"),
            ],
            14: [("Antoine Quirin", R), ("Nicolas Redouane", R)],
            21: [("Howard Rubel", R), ("BBC News", "opt:the outlet told")],
            22: [("Howard Rubel", R)],
            23: [("Sophie Obadia", R)],
            24: [("Sophie Obadia", R)],
            25: [("Sophie Obadia", R)],
            27: [("Antoine Quirin", "opt:both officers, unnamed"), ("Nicolas Redouane", "opt:both officers, unnamed")],
            35: [("Antoine Quirin", "opt:the officers, unnamed"), ("Nicolas Redouane", "opt:the officers, unnamed")],
        },
        D84: {
            8: [("Bill Brown", R)],
            9: [("Bill Brown", R)],
            10: [("Bill Brown", R)],
            11: [("Bill Brown", R)],
            13: [("Monica Rochester", R), ("United States Coast Guard", "opt:employer of the speaker")],
            14: [("Monica Rochester", R)],
            15: [("Monica Rochester", R)],
            17: [("CNN", R)],
            18: [("CNN", "opt:an outlet reporting someone else's words")],
            19: [("United States Coast Guard", "opt:its unnamed dispatcher's words")],
            20: [("United States Coast Guard", "opt:its unnamed dispatcher's words")],
            21: [("United States Coast Guard", "opt:attribution line, unnamed dispatcher")],
            22: [("Monica Rochester", R)],
            23: [("Monica Rochester", R)],
            25: [("USA Today", R)],
        },
        D85: {
            3: [("Syrian Democratic Forces", R)],
            4: [("Syria", "opt:according to its state media")],
            5: [("United States", R)],
            6: [("Syrian Democratic Forces", R)],
            7: [("Syria", "opt:according to its state media")],
            8: [("Syrian Democratic Forces", R)],
            10: [("United States", "opt:both nations' statements"), ("Turkey", "opt:both nations' statements")],
            12: [("Recep Tayyip Erdoğan", R)],
            13: [("Recep Tayyip Erdoğan", "opt:soft verb (named)")],
            14: [("Turkey", R)],
            15: [("European Union", "opt:its members, passive condemned by")],
            16: [("Recep Tayyip Erdoğan", R)],
            17: [("Jens Stoltenberg", R), ("NATO", "opt:employer of the speaker")],
        },
        D86: {
            10: [("Bernard Schwartz", R)],
            11: [("Bernard Schwartz", R)],
            14: [("David Turpin", "opt:descriptive reference (the father)")],
            15: [("Louise Turpin", "opt:descriptive reference (the mother)")],
        },
        D87: {
            3: [("Carrie Lam", R)],
            5: [("Carrie Lam", R)],
            6: [("Carrie Lam", "opt:soft verb (agreed)")],
            7: [("Carrie Lam", R)],
            8: [("Carrie Lam", R)],
            9: [("Carrie Lam", R)],
            10: [("Carrie Lam", R)],
            11: [("Carrie Lam", R)],
            13: [("Joshua Wong", R)],
            14: [("Joshua Wong", R)],
            15: [("Katya", "opt:a pseudonym")],
            16: [("Katya", "opt:a pseudonym")],
            17: [("Katya", "opt:a pseudonym")],
            18: [("Katya", "opt:a pseudonym")],
            19: [("Katya", "opt:a pseudonym")],
            20: [("Man-kei Tam", R), ("Amnesty International", "opt:employer of the speaker")],
            21: [("The Guardian", R)],
        },
        D88: {
            3: [("Hatice Cengiz", R)],
            7: [("PBS", R), ("Mohammad bin Salman", "opt:his words reported by an outlet")],
            8: [("Mohammad bin Salman", R)],
            9: [("Mohammad bin Salman", R)],
            10: [("Saudi Arabia", "opt:the official position")],
            11: [("Reuters", R), ("NBC", R)],
            12: [("Hatice Cengiz", R)],
            13: [("Hatice Cengiz", R)],
            14: [("Hatice Cengiz", "opt:soft verb (credited)")],
            15: [("Hatice Cengiz", R), ("NBC", "opt:the outlet told")],
            16: [("Hatice Cengiz", R)],
            17: [("Hatice Cengiz", R)],
            18: [("Hatice Cengiz", R)],
            19: [("Agnès Callamard", R)],
            20: [("Agnès Callamard", R)],
            21: [("CIA", "opt:reportedly believe")],
            22: [("Agnès Callamard", R)],
            23: [("Agnès Callamard", "opt:did not give it credence")],
            27: [("Saudi Arabia", R), ("United Nations", "opt:a report's words")],
        },
        D89: {
            1: [("Hassan Rouhani", "opt:a headline")],
            3: [("Hassan Rouhani", R)],
            4: [("Hassan Rouhani", R)],
            6: [("Hassan Rouhani", R)],
            7: [("Hassan Rouhani", R)],
            8: [("Hassan Rouhani", R)],
            10: [("Associated Press", R)],
            12: [("Saudi Arabia", R), ("United States", R), ("Houthi movement", "opt:passive claimed by")],
            13: [("Saudi Arabia", R)],
            14: [("United States", "opt:soft verb (blaming)")],
            15: [("United States", R)],
        },
    }
)

# the thirteenth batch, annotated by helper ha5 before docbot was run on it
S.update(
    {
        D90: {
            8: [("Emergencies Ministry", "opt:according to the ministry written in lower case")],
            11: [("Investigative Committee", R), ("Federal Security Service", R)],
            13: [("Yevgeny Zinichev", R), ("Oleg Klimov", "opt:soft verb (indicated)")],
            14: [("Yevgeny Zinichev", R)],
            15: [("Yevgeny Zinichev", R)],
            18: [("Alexander Chupriyan", R)],
            19: [("Boris Dubrovsky", "opt:descriptive reference (Chelyabinsk's governor) before the name")],
            20: [("Veronika Skvortsova", "opt:soft verb (indicated)")],
            24: [("Emergencies Ministry", R)],
            28: [("Yevgeny Zinichev", "opt:a caption's attribution line")],
            29: [("Federal Security Service", R)],
            30: [("Znak.com", R), ("Federal Security Service", "opt:unnamed sources, reported by Znak.com")],
            31: [("Investigative Committee", R), ("Znak.com", "opt:despite ... claiming")],
            32: [("Znak.com", R)],
            33: [("Boris Dubrovsky", R)],
            34: [("Znak.com", R)],
            35: [("Znak.com", "opt:descriptive reference (The website)")],
        },
        D91: {
            7: [("Josh Bash", R)],
            9: [("Josh Bash", R)],
            10: [("Josh Bash", R)],
            13: [("Andrés Manuel López Obrador", R)],
            14: [("Mexico", R)],
            15: [("Marcelo Ebrard", R)],
            16: [("Marcelo Ebrard", R)],
            17: [("Marcelo Ebrard", R)],
            19: [("Dee Margo", R)],
            20: [("Patrick Crusius", "opt:a manifesto whose author is not yet confirmed")],
            21: [("Josh Bash", "opt:the splitter's cut (According to U.S.)")],
            22: [("Josh Bash", R)],
            23: [("Greg Allen", R)],
        },
        D92: {
            5: [("Sadiq Khan", R)],
            7: [("Tom Watson", R)],
            8: [("Nicola Sturgeon", R)],
            12: [("BBC News", "opt:an unnamed MP's words to the outlet")],
        },
        D93: {
            3: [("Court of Session", "opt:soft verb (issued an opinion)")],
            8: [("Court of Session", "opt:descriptive reference (The three-judge court)")],
            9: [("Colin Sutherland", R)],
            10: [("Court of Session", "opt:descriptive reference (The court's summary)")],
            11: [("Nicola Sturgeon", R)],
            12: [("Nicola Sturgeon", R)],
            13: [("Joanna Cherry", R)],
            14: [("BBC News", R), ("United Kingdom", "opt:a spokesman for 10 Downing Street")],
            15: [("United Kingdom", "opt:a spokesman for 10 Downing Street, quote continued")],
        },
        D94: {
            1: [("Jarosław Kaczyński", "opt:a headline")],
            3: [("Jarosław Kaczyński", R)],
            4: [("Jarosław Kaczyński", R)],
            6: [("Jarosław Kaczyński", R)],
            11: [("Wojciech Polak", R)],
            12: [("Wojciech Polak", R)],
            13: [("Anna Franowska", R)],
        },
        D95: {
            3: [("Ford Motor Company", R)],
            4: [("Ford Motor Company", R)],
            5: [("Ford Motor Company", "opt:the splitter's cut after U.S.")],
            6: [("Ford Motor Company", R)],
            7: [("Ford Motor Company", R)],
            8: [("Ford Motor Company", R)],
            9: [("Ford Motor Company", R)],
            10: [("Ford Motor Company", R)],
            12: [("The Verge", R)],
            13: [("Ford Motor Company", "opt:according to the filing")],
        },
        D96: {
            3: [("Magyar Nemzet", R)],
            4: [("Hirtenberger Defence Group", "opt:soft verb (acknowledged)")],
            7: [("Gáspár Maróth", "opt:an interview published"), ("Magyar Nemzet", "opt:published an interview")],
            8: [("Hirtenberger Defence Group", "opt:issued a press release")],
            9: [("Gáspár Maróth", R)],
            10: [("Gáspár Maróth", R)],
            11: [("Gáspár Maróth", R)],
            12: [("Gáspár Maróth", "opt:descriptive reference (the commissioner)")],
            14: [("Népszava", "opt:a headline pointing out")],
            16: [("Gáspár Maróth", R)],
            18: [("Gáspár Maróth", R)],
            19: [("Gáspár Maróth", R)],
            20: [("Népszava", R)],
            23: [("Donald Trump", R)],
            24: [("NATO", R)],
            25: [("Gáspár Maróth", R)],
        },
        D97: {
            4: [("Reuters", "opt:soft verb (estimated)")],
            5: [("Om Prakash", R)],
            6: [("Om Prakash", R)],
            8: [("Swami Chakrapani", R)],
            9: [("Swami Chakrapani", R)],
            10: [("Swami Chakrapani", R)],
            11: [("Swami Chakrapani", R)],
            12: [("World Health Organization", "opt:passive (announced by)")],
            13: [("World Health Organization", R)],
            14: [("World Health Organization", R)],
            15: [("World Health Organization", R)],
            16: [("Swami Chakrapani", R)],
            17: [("Swami Chakrapani", R)],
            18: [("Swami Chakrapani", R)],
            19: [("Swami Chakrapani", R)],
            20: [("Swami Chakrapani", R)],
            21: [("Bharatiya Janta Party", "opt:politicians of the party, soft verb (cited)")],
            23: [("Suman Haripriya", R)],
            24: [("Johns Hopkins Center for Systems Science and Engineering", R)],
        },
    }
)

# the fourteenth batch, annotated by helper ha7 before docbot was run on it
S.update(
    {
        D98: {
            3: [("Pope Francis", R)],
            4: [("Pope Francis", "opt:per the decree, a descriptive reference (the leader of ...)")],
            6: [("Pope Francis", R)],
            8: [("Pope Francis", "opt:the decree signed by him read")],
            9: [("Pope Francis", "opt:the decree's quotation continued")],
            10: [("Pope Francis", "opt:the decree mentions")],
            11: [("Associated Press", "opt:per numbers reported by, a fact")],
            12: [("Pope Francis", "opt:the decree instructs")],
            14: [("Marc Ouellet", R), ("Holy See", "opt:employer of the speaker")],
            15: [("Charles Scicluna", R)],
            16: [("Charles Scicluna", R)],
            18: [("Peter Iseley", R), ("Ending Clergy Abuse", "opt:the speaker's group")],
            19: [("Peter Iseley", R)],
            20: [("Peter Iseley", R)],
            24: [("The Atlantic", R)],
        },
        D99: {
            3: [
                ("Anthony Fauci", R),
                ("National Institute of Allergy and Infectious Diseases", "opt:employer of the speaker"),
            ],
            6: [("Jean-Jacques Muyembe", R)],
            12: [("Mike Ryan", R), ("World Health Organization", "opt:employer of the speaker")],
            13: [("World Health Organization", "opt:according to its statistics, a fact")],
            14: [("Jean-Jacques Muyembe", R)],
            15: [("Jean-Jacques Muyembe", R)],
            16: [("World Health Organization", "opt:per its framework")],
        },
        D100: {
            3: [("Emmanuel Macron", R)],
            5: [("Angela Merkel", "opt:soft verb (seconded)"), ("Boris Johnson", "opt:soft verb (seconded)")],
            6: [("Emmanuel Macron", R)],
            7: [("Emmanuel Macron", "opt:a one-word sentence of the quotation")],
            8: [("Emmanuel Macron", R)],
            9: [("Emmanuel Macron", R)],
            10: [("Emmanuel Macron", R)],
            11: [("Emmanuel Macron", R)],
            12: [("Angela Merkel", "opt:soft verb (seconded)")],
            13: [("Boris Johnson", R)],
            14: [("Jair Bolsonaro", R)],
            19: [("National Institute for Space Research", R)],
            20: [("Jair Bolsonaro", R), ("Greenpeace", "opt:soft verb (blame)")],
            24: [("Ane Alencar", R), ("UOL", "opt:the outlet told")],
            25: [("Ane Alencar", R)],
        },
        D101: {
            5: [("Matty Roberts", "opt:posted an invitation")],
            7: [("Matty Roberts", R)],
            9: [("Matty Roberts", "opt:his event's description read")],
            10: [("Matty Roberts", "opt:his event's description read")],
            17: [("Kerry Lee", R), ("BBC News", "opt:the outlet told")],
            18: [("US Air Force", R)],
            21: [("Kerry Lee", R)],
            22: [("Kerry Lee", "opt:the report continued without a verb of saying")],
        },
        D102: {
            3: [("Parliament of New South Wales", "opt:voted")],
            7: [("Alex Greenwich", R)],
            9: [("Kevin Conolly", R)],
            10: [("Tony Abbott", R)],
            11: [("Tony Abbott", R)],
            12: [("Penny Sharpe", R)],
            13: [("Tanya Davies", R)],
        },
        D103: {
            7: [("Donald Trump", R)],
            9: [("Donald Trump", "opt:descriptive reference (the statement)")],
            10: [("Donald Trump", "opt:descriptive reference (the statement)")],
            12: [("Syrian Democratic Forces", R)],
            13: [("Kino Gabriel", R), ("Syrian Democratic Forces", "opt:the speaker's force")],
            14: [("BBC News", R)],
            16: [("Recep Tayyip Erdoğan", "opt:a statement of his office"), ("Turkey", "opt:its president's office")],
            18: [("CNN", R)],
            19: [("Turkey", R)],
            20: [("Nikki Haley", R)],
            21: [("Nikki Haley", R)],
            22: [("Nikki Haley", R)],
            23: [("Brett McGurk", R)],
            24: [("Brett McGurk", R)],
            25: [("Brett McGurk", R)],
            26: [("Brett McGurk", R)],
            27: [("Brett McGurk", R)],
            28: [("Brett McGurk", R)],
            29: [("Brett McGurk", R)],
            30: [("Brett McGurk", R)],
            31: [("Donald Trump", R)],
            32: [("Donald Trump", R)],
            33: [("Donald Trump", R)],
            34: [("Donald Trump", R)],
            35: [("Donald Trump", R)],
            36: [("Lindsey Graham", R), ("Fox News", "opt:spoken on")],
            37: [("Lindsey Graham", R)],
            38: [("Lindsey Graham", R)],
            39: [("Lindsey Graham", R)],
            40: [("Lindsey Graham", R)],
            41: [("Lindsey Graham", R)],
            42: [("Lindsey Graham", R)],
            43: [("Lindsey Graham", R)],
            44: [("Lindsey Graham", R)],
            45: [("Lindsey Graham", R)],
            46: [("Lindsey Graham", R)],
        },
        D104: {
            3: [("Carrie Lam", "opt:delivered a speech, no content")],
            10: [("Carrie Lam", R)],
            11: [("Carrie Lam", R)],
            12: [("Carrie Lam", "opt:spoke on the economy, no content")],
            13: [("Carrie Lam", R)],
            14: [("Carrie Lam", R)],
            15: [("Carrie Lam", "opt:introduced initiatives")],
            16: [("Tanya Chan", R)],
            17: [("Tanya Chan", R)],
            18: [("Tanya Chan", R)],
            19: [("Tanya Chan", R)],
            20: [("Regina Ip", R)],
        },
        D105: {
            2: [("Fars", R), ("Iran", "opt:demanded, reported by Fars")],
            3: [("Ali Alghasi Mehr", R), ("ISNA", "opt:an outlet reporting someone else's words")],
            7: [("Interpol", R)],
            8: [("Interpol", R)],
            9: [("Brian Hook", R)],
            10: [("Brian Hook", R)],
            11: [("Brian Hook", R)],
        },
    }
)

# the fifteenth batch, annotated by helper ha9 before docbot was run on it
S.update(
    {
        D106: {
            8: [("Iran", "opt:the country's unnamed army said")],
            9: [("Fars", R)],
            11: [("Iran", "opt:the country's unnamed army said")],
            12: [("Press TV", R)],
            14: [("The Aviation Herald", R)],
            15: [("The Aviation Herald", "opt:descriptive reference (the industry publication)")],
            16: [("The Aviation Herald", R), ("Islamic Republic of Iran Air Force", "opt:cited as stating")],
            17: [("The Aviation Herald", R)],
            18: [("Centre for Aviation", "opt:its database lists")],
            21: [("The Aviation Herald", R)],
            23: [("Boeing", R), ("Wikinews", "opt:the outlet told")],
            24: [("Boeing", "opt:soft verb (referred to as)")],
        },
        D107: {
            5: [("Graciano Mijares", R)],
            7: [("Graciano Mijares", R)],
            9: [("Delfin Lorenzana", R)],
            11: [("Delfin Lorenzana", R)],
            14: [("Philippines", "opt:the government announced")],
            17: [("Arnel dela Vega", R), ("Western Mindanao Command", "opt:the speaker's command")],
            19: [("Mujiv Hataman", R)],
            20: [("Islamic State of Iraq and the Levant", R)],
            21: [("Philippine Coast Guard", R)],
            22: [("Philippine Coast Guard", "opt:identified by its spokesperson")],
            23: [("Philippine Coast Guard", R), ("Elson Hermogino", "opt:his order announced")],
            24: [
                ("Yousef Al-Othaimeen", "opt:statements of condemnation, no content"),
                ("Pope Francis", "opt:statements of condemnation, no content"),
                ("Rodrigo Duterte", "opt:statements of condemnation by his spokesperson, no content"),
            ],
        },
        D108: {
            5: [("Doris Day Animal Foundation", R)],
            6: [("Doris Day Animal Foundation", R)],
            7: [("Mary Quant", R), ("BBC News", "opt:the outlet told")],
            8: [("Mary Quant", R)],
            9: [("Mary Quant", R)],
            10: [("Mary Quant", R)],
            18: [("Doris Day", "opt:soft verb (considered)")],
            21: [("Doris Day", R)],
            23: [("Sara Amundson", R), ("Humane Society", "opt:employer of the speaker")],
            26: [("Doris Day", R), ("BBC News", "opt:the outlet interviewing")],
            27: [("Doris Day", R)],
            28: [("Doris Day", R)],
            31: [("Doris Day", R)],
            32: [("Doris Day", R), ("The Bark", "opt:the outlet interviewing")],
            33: [("Doris Day", R)],
            34: [("Doris Day", R)],
            35: [("Doris Day", R)],
        },
        D109: {
            3: [("Emmerson Mnangagwa", R)],
            5: [("Ministry of Foreign Affairs", R)],
            16: [("CNN", "opt:according to, a fact")],
            23: [("Robert Mugabe", "opt:claimed victory"), ("Morgan Tsvangirai", "opt:claimed victory")],
            25: [("Robert Mugabe", R)],
            26: [("Morgan Tsvangirai", "opt:his allegations")],
            31: [("Emmerson Mnangagwa", R)],
            32: [("Emmerson Mnangagwa", R)],
            33: [("Emmerson Mnangagwa", R)],
            34: [("Vladimir Putin", R)],
            35: [("Vladimir Putin", R)],
            36: [("Ashton Bumhira", R)],
            37: [("Ashton Bumhira", R)],
            38: [("Ashton Bumhira", R)],
            39: [("Ashton Bumhira", R), ("Youth Forum Zimbabwe", "opt:the speaker's group")],
        },
        D110: {
            6: [("Anwar", "opt:the mother, one name")],
            12: [("Mufti Abdul Qawi", "opt:which he denied")],
            14: [("Mohammed Waseem", "opt:expressed no regret, mentioned")],
            15: [("Mohammed Waseem", R)],
            16: [("Qandeel Baloch", R)],
            17: [("Qandeel Baloch", R)],
            18: [("Qandeel Baloch", R)],
            22: [("Qandeel Baloch", R), ("Dawn", "opt:the outlet interviewing")],
            23: [("Qandeel Baloch", R)],
        },
        D111: {
            3: [
                ("University of Colorado at Boulder", "opt:its researchers reported"),
                ("College of Wooster", "opt:its researchers reported"),
                ("Science Advances", "opt:published in"),
            ],
            4: [("Karen Alley", R)],
            5: [("Karen Alley", R)],
            6: [("Karen Alley", R)],
            15: [("Ted Scambos", R), ("Cooperative Institute for Research in Environmental Sciences", "opt:employer")],
            16: [("Ted Scambos", R)],
        },
        D112: {
            9: [("The Times", R)],
            13: [("NPR", "opt:according to videos and NPR")],
            15: [("Amy Cook", R)],
            16: [("Piers Morgan", R)],
            17: [("Piers Morgan", R)],
            20: [("Thomas Gray", R)],
            21: [("Thomas Gray", R)],
            22: [("Sadiq Khan", R)],
            23: [("Sadiq Khan", R)],
            26: [("Lucy Fischer", R), ("The Times", "opt:employer of the speaker"), ("NPR", "opt:the outlet told")],
            27: [("David Wilson", R), ("Birmingham City University", "opt:employer of the speaker")],
            28: [("David Wilson", R)],
        },
        D113: {
            5: [("Chadwick Boseman", "opt:a statement posted to his account")],
            6: [("Chadwick Boseman", "opt:a statement posted to his account")],
            15: [("Ryan Coogler", R)],
            16: [("Ryan Coogler", R)],
            17: [("Ryan Coogler", "opt:a one-word sentence of the quotation")],
            18: [("Ryan Coogler", R)],
            19: [("Ryan Coogler", R)],
            20: [("Denzel Washington", R)],
            23: [("Wayne A. I. Frederick", R), ("Howard University", "opt:the speaker's university")],
            24: [("Wayne A. I. Frederick", R)],
            25: [("Wayne A. I. Frederick", R)],
            30: [("Robert Downey Jr.", R)],
            31: [("Robert Downey Jr.", R)],
            32: [("Robert Downey Jr.", R)],
        },
    }
)

# the sixteenth batch (VOA newscasts, annotated by helper ha10 before docbot was run on it)
S.update(
    {
        D114: {
            4: [("Boris Johnson", "opt:agreed"), ("Ursula von der Leyen", "opt:agreed")],
            5: [("Boris Johnson", "opt:the prime minister's office")],
            6: [("Ursula von der Leyen", R), ("European Commission", "opt:employer of the speaker")],
            7: [("Ursula von der Leyen", R)],
            8: [("Ursula von der Leyen", R)],
            16: [("Joe Biden", R)],
            17: [("Joe Biden", R)],
            18: [("Joe Biden", R)],
            19: [("Joe Biden", R)],
            20: [("Joe Biden", R)],
            26: [("Jennifer King", "opt:a hand-over to a report left out"), ("Associated Press", "opt:the same")],
        },
        D115: {
            7: [("Matt Hancock", R), ("United Kingdom", "opt:country of the speaker")],
            14: [("British Airways", R)],
            15: [("Andrew Cuomo", "opt:calls, a noun"), ("Bill De Blasio", "opt:calls, a noun")],
            16: [("Andrew Cuomo", R)],
            17: [("Virgin Atlantic", R)],
            18: [("William Barr", R)],
            24: [("William Barr", "opt:announced charges, vowing")],
        },
        D116: {
            4: [("Russia", "opt:accused, soft")],
            6: [("Jean-Yves Le Drian", R), ("France", "opt:country of the speaker")],
            7: [
                ("Andrzej Duda", R),
                ("Poland", "opt:country of the speaker"),
                ("Financial Times", "opt:the outlet told"),
            ],
            8: [("Andrzej Duda", R)],
            9: [("Andrzej Duda", "opt:The Polish (president)"), ("Poland", "opt:the same")],
            11: [("Vladimir Putin", "opt:his unnamed spokesman, accused"), ("Russia", "opt:the same")],
            13: [("Ned Price", R), ("United States Department of State", "opt:employer of the speaker")],
            14: [("Ned Price", R)],
            16: [("Emmanuel Macron", "opt:the office of the French president"), ("France", "opt:the same")],
            17: [("Emmanuel Macron", "opt:the same sentence cut after U.S.")],
            18: [
                ("Emmanuel Macron", "opt:discussing"),
                ("Joe Biden", "opt:discussing"),
                ("France", "opt:the words of the French presidency"),
            ],
            20: [("Emmanuel Macron", "opt:according to members of his team")],
            21: [("Joe Biden", "opt:a White House statement")],
        },
        D117: {
            5: [("Joe Biden", R)],
            6: [("Joe Biden", R)],
            7: [("Joe Biden", R)],
            8: [("Joe Biden", R)],
            9: [("Joe Biden", "opt:referred to")],
            10: [("Joe Biden", R)],
            12: [("European Union", R)],
            13: [("Ministry of Foreign Affairs of Russia", R), ("Russia", "opt:country of the speaking ministry")],
            17: [("Giuseppe Conte", "opt:informed his cabinet"), ("Italy", "opt:according to the cabinet office")],
            18: [("Giuseppe Conte", "opt:hopes")],
            21: [("European Union", R)],
        },
        D118: {
            4: [("World Health Organization", R)],
            5: [("Tedros Adhanom Ghebreyesus", R), ("World Health Organization", "opt:employer of the speaker")],
            6: [("Tedros Adhanom Ghebreyesus", R)],
            7: [("Tedros Adhanom Ghebreyesus", R)],
            8: [("Tedros Adhanom Ghebreyesus", R)],
            9: [("Tedros Adhanom Ghebreyesus", R)],
            10: [("Tedros Adhanom Ghebreyesus", R)],
            14: [("Joe Biden", "opt:proposed")],
            15: [("Republican Party", "opt:the party's senators calling for")],
            16: [("Republican Party", "opt:the group of its senators")],
            17: [("Joe Biden", R), ("Republican Party", "opt:the party's senators calling for")],
            20: [("Joe Biden", R)],
            21: [("Joe Biden", R)],
            22: [("Joe Biden", R)],
        },
        D119: {
            4: [("Joe Biden", "opt:indicated")],
            5: [("Jen Psaki", R)],
            6: [("Norah O'Donnell", R), ("Joe Biden", "opt:nodded"), ("CBS News", "opt:employer of the speaker")],
            8: [("Jen Psaki", "opt:The White House press secretary, the role given two sentences before")],
            9: [("Jen Psaki", R)],
            10: [("Jen Psaki", R)],
            11: [("United States Department of State", R)],
            13: [("Jovenel Moïse", R)],
            14: [("Joseph Mécène Jean-Louis", R)],
            17: [("United States", R)],
            18: [("Ned Price", R), ("United States Department of State", "opt:employer of the speaker")],
        },
        D120: {
            5: [("Joe Biden", R)],
            6: [("Sagar Meghani", "opt:a hand-over to a report left out"), ("Associated Press", "opt:the same")],
            7: [("G7", "opt:promised")],
            9: [("Angela Merkel", R), ("Germany", "opt:country of the speaker")],
            10: [("Angela Merkel", R)],
            11: [("G7", "opt:the leaders said, a descriptive reference")],
            14: [("Lloyd Austin", R), ("United States Department of Defense", "opt:employer of the speaker")],
            15: [("Lloyd Austin", R)],
            16: [("Lloyd Austin", R)],
            17: [("Lloyd Austin", R)],
            19: [("Libby Hogan", "opt:a hand-over to a report left out"), ("Reuters", "opt:the same")],
        },
        D121: {
            4: [("Jake Sullivan", R)],
            5: [("Jake Sullivan", R), ("CBS News", "opt:the outlet interviewing")],
            6: [("Jake Sullivan", R)],
            7: [("Jake Sullivan", R)],
            9: [("Jake Sullivan", R), ("Iran", "opt:Iranian officials maintain, in a relative clause")],
            10: [("Jake Sullivan", R)],
            11: [("Iran", R)],
            12: [("United States", "opt:Washington says, the capital for the government")],
            16: [("Nigerian Air Force", "opt:an optional actor"), ("Nigeria", "opt:country of the speaking force")],
            19: [("Muhammadu Buhari", R)],
        },
    }
)

# the seventeenth batch (Global Voices posts, annotated by helper ha11 before docbot was run on it)
_CONTINUED = "opt:the quoted page continued after the author's own lead-in"
_ROUNDUP = "opt:the roundup quoted whole after the blogger's name"
S.update(
    {
        D122: {
            2: [("Hossein Derakhshan", "opt:is concerned about")],
            3: [("Hossein Derakhshan", R)],
            4: [("Hossein Derakhshan", R)],
            5: [("Hossein Derakhshan", R)],
            6: [("Hossein Derakhshan", R)],
        },
        D123: {
            5: [("Spirit of America", R)],
            6: [("Spirit of America", R)],
            7: [("Spirit of America", R)],
            8: [("Spirit of America", R)],
            9: [("Spirit of America", R)],
            10: [("Spirit of America", "opt:soliciting, no verb of saying")],
            **{n: [("Spirit of America", _CONTINUED)] for n in (13, 14, 15, 16, 17, 18, 20, 21, 22, 24, 25)},
        },
        D124: {
            2: [("Jim Moore", R)],
            **{n: [("Jim Moore", R)] for n in (3, 4, 5, 7, 8, 9, 11, 13, 14, 15, 16, 18, 20, 22)},
            **{n: [("Jim Moore", "opt:a list marker of the quotation")] for n in (6, 10, 12, 19, 21)},
            17: [("E. O. Wilson", R), ("Jim Moore", R)],
        },
        D125: {
            3: [("Ory Okolloh", R)],
            **{n: [("Ory Okolloh", R)] for n in range(4, 19)},
        },
        D126: {
            2: [("Andrea", "opt:wrapped up, introducing her roundup")],
            3: [("Xiao Qiang", "opt:has put into perspective in an article"), ("Andrea", _ROUNDUP)],
            4: [("Xiao Qiang", R)],
            5: [("Xiao Qiang", R)],
            6: [("Xiao Qiang", R)],
            7: [("Fons", R), ("Dan Gillmor", "opt:paraphrasing his words")],
            8: [("Andrea", _ROUNDUP)],
            9: [("Topku", R)],
            10: [("Chiu Yung", R), ("Topku", "opt:points to")],
            11: [("Chiu Yung", "opt:the examples he cited, reported after")],
            12: [("Chiu Yung", R)],
            13: [("Chiu Yung", R)],
            14: [("Chiu Yung", "opt:continues what he noted")],
            **{n: [("Andrea", _ROUNDUP)] for n in (15, 16, 18, 19, 20, 21)},
        },
        D127: {
            12: [("Rebecca MacKinnon", R)],
            13: [("Rebecca MacKinnon", R)],
            14: [("Rebecca MacKinnon", R)],
        },
        D128: {
            3: [("Jay Rosen", R)],
            4: [("Jay Rosen", R)],
            5: [("Jay Rosen", R)],
            6: [("Jay Rosen", R)],
            7: [("Jay Rosen", R)],
            8: [("Jay Rosen", R)],
            9: [("Dave Winer", R)],
            12: [("Ed Cone", "opt:the author agreeing with his view")],
        },
        D129: {
            2: [("Bob Cornett", R)],
        },
    }
)

# the eighteenth batch (Global Voices posts on the founding meeting, annotated by helper ha15 before docbot was run)
S.update(
    {
        D130: {33: [("Joi Ito", "opt:has agreed to take the lead, no verb of saying")]},
        D131: {
            10: [("Alex Steffen", R)],
            11: [("Alex Steffen", R)],
            12: [("Alex Steffen", R)],
            19: [("SJ", R)],
            20: [("Rebecca MacKinnon", R)],
        },
        D132: {n: [("Alex Steffen", "opt:the draft Alex and the author wrote")] for n in range(11, 25)},
        D137: {2: [("Andy Carvin", "opt:the author, named through his blog")]},
    }
)

# the nineteenth batch (PCLOB press releases, annotated by helper ha17 before docbot was run on it)
_JOINT = "opt:a joint statement, this member named after the chairman who leads it"
_FOR_BOARD = "opt:the members speak for the Board"
S.update(
    {
        D138: {
            5: [("David Medine", "opt:notified of his intent, no content")],
            **{n: [("David Medine", R)] for n in range(7, 15)},
        },
        D140: {
            6: [(PCLOB, "opt:released a report that provides")],
            16: [(PCLOB, R)],
        },
        D141: {n: [(PCLOB, R)] for n in (5, *range(7, 19))},
        D142: {
            n: [("Adam Klein", R), ("Edward Felten", _JOINT), ("Jane Nitze", _JOINT), (PCLOB, _FOR_BOARD)]
            for n in (5, *range(6, 15))
        },
        D143: {n: [("Adam Klein", R)] for n in range(9, 14)},
        D144: {
            8: [("Adam Klein", R), ("Jane Nitze", _JOINT), ("Edward Felten", _JOINT)],
            12: [(PCLOB, R)],
        },
        D145: {
            n: [("Adam Klein", R), ("Jane Nitze", _JOINT), ("Edward Felten", _JOINT), (PCLOB, _FOR_BOARD)]
            for n in range(8, 14)
        },
    }
)

# the twentieth batch (Wikinews 2019-2020, annotated by helper ha18 before docbot was run on it)
S.update(
    {
        D146: {
            7: [
                ("James Rovella", R),
                (
                    "Connecticut Department of Emergency Services and Public Protection",
                    "opt:the commissioner's department",
                ),
            ],
            8: [("Chris Kervick", R)],
            11: [("Steven Wolf", R)],
            12: [("Steven Wolf", R), ("Saint Francis Hospital", "opt:the doctor speaks for the hospital")],
            16: [("Ned Lamont", R)],
            17: [("Ned Lamont", R)],
            18: [("Federal Aviation Administration", "opt:according to its records")],
            19: [("National Transportation Safety Board", R)],
            20: [("National Transportation Safety Board", "opt:the report of the sentence before")],
            21: [("Richard Blumenthal", R)],
            22: [("Richard Blumenthal", R)],
        },
        D147: {
            5: [("National Hurricane Center", R)],
            7: [("CNN", R)],
            8: [("National Hurricane Center", R)],
            9: [("BBC News", R)],
            **{n: [("Hubert Minnis", R)] for n in range(10, 19)},
            19: [("Red Cross", "opt:estimates by")],
            20: [("United Nations", R)],
        },
        D148: {
            12: [("Australian Broadcasting Corporation", R)],
            13: [("Jacinda Ardern", R)],
            14: [("Greg Barton", R)],
            15: [("Greg Barton", R)],
            17: [("Jacinda Ardern", R)],
            18: [("Jacinda Ardern", R)],
        },
        D149: {
            10: [("Florida Highway Patrol", R)],
            14: [("Vinnie DeVita", R)],
            15: [("Vinnie DeVita", R)],
            17: [("Alachua Sheriff's Office", R)],
            20: [("Troy Roberts", "opt:an attribution line whose pull quote the scrape lost")],
            21: [("Nicole Towarek", R)],
            22: [("Troy Roberts", R)],
            23: [("Troy Roberts", R)],
            24: [("Troy Roberts", R)],
            28: [("National Transportation Safety Board", "opt:its website notes")],
        },
        D150: {
            5: [("Myanmar", R)],
            13: [("Narendra Modi", R)],
            14: [("Narendra Modi", R)],
            17: [("Satyendra Jain", R)],
            18: [("Satyendra Jain", R)],
            19: [("Satyendra Jain", R)],
        },
        D151: {
            17: [("The New York Times", R)],
            20: [("Donald Trump", "opt:asks, in a call summary")],
            23: [("PolitiFact", "opt:an investigation found")],
            **{n: [("Donald Trump", R)] for n in range(24, 30)},
            30: [("Volodymyr Zelensky", R)],
            31: [("Volodymyr Zelensky", R)],
            32: [("Elie Honig", R)],
            33: [("Ken Gude", R)],
            34: [("Ken Gude", R)],
            35: [("NBC", R)],
            39: [("Mark Amodei", R)],
            40: [("Mark Amodei", R)],
        },
        D152: {
            19: [("The Baltimore Sun", R)],
            20: [("Elijah Cummings", "opt:his office said")],
            21: [("Maya Rockeymoore Cummings", R)],
            25: [("Chuck Schumer", R), ("Donald Trump", R)],
            27: [("The Baltimore Sun", R)],
        },
        D153: {
            **{n: [("Matt Myers", R)] for n in (3, 4, 6, 7, 13)},
            **{n: [("Jarrod Kidston", R)] for n in (9, 10, 11, 14, 15)},
        },
    }
)

# the twenty-first batch (Wikinews 2019-2020, annotated by helper ha19 before docbot was run on it)
S.update(
    {
        D154: {
            3: [("University of California, San Diego", R)],
            14: [("Pradeep Khosla", R)],
            15: [("Pradeep Khosla", R)],
            16: [("Margaret Leinen", R)],
            17: [("Margaret Leinen", R)],
            19: [("Mary Munk", R)],
            20: [("Mary Munk", R)],
        },
        D155: {
            4: [("Patricia Ann Spearman", R)],
            5: [("Patricia Ann Spearman", R)],
            6: [("Patricia Ann Spearman", R)],
            7: [("Selena Torres", R)],
            8: [("Kelly Dittmar", R)],
            9: [("Kelly Dittmar", R)],
            11: [("Jill Tolles", R)],
        },
        D156: {
            8: [("Jennifer Lu", R)],
            10: [("Xiaogang Wei", R)],
            11: [("Xiaogang Wei", R)],
            13: [("Constitutional Court of Taiwan", R)],
        },
        D157: {
            4: [("British Transport Police", R)],
            7: [("British Transport Police", "opt:by its report")],
            10: [("Transport for London", R)],
            12: [("Darren Gough", R), ("British Transport Police", "opt:the detective speaks for his force")],
            13: [("Transport for London", R)],
            14: [("Sadiq Khan", R)],
        },
        D158: {
            4: [("David Livermore", R)],
            8: [("David Livermore", R)],
            9: [("David Livermore", R)],
            10: [("David Livermore", R)],
            11: [("David Livermore", R)],
            12: [("David Livermore", R)],
            13: [("Royal Pharmaceutical Society", "opt:according to a survey it published")],
            14: [("Ash Soni", R)],
        },
        D159: {
            2: [("Grant Shapps", R)],
            4: [("Grant Shapps", "opt:announced the measure at a briefing")],
            5: [("Grant Shapps", R)],
            8: [("Mick Whelan", R)],
            9: [("Mick Cash", R)],
            14: [("Nicola Sturgeon", R)],
        },
    }
)

# the twenty-second batch (Wikinews 2019-2020, annotated by helper ha20 before docbot was run on it)
S.update(
    {
        D160: {
            **{n: [("Michael Morell", R)] for n in (5, 6, 7, 8)},
            9: [("Tony Mendez", R)],
            14: [("Jonna Mendez", R)],
            **{n: [("Ben Affleck", R)] for n in (20, 21, 22, 23)},
        },
        D161: {
            3: [("Center for Biological Diversity", R)],
            5: [("Tierra Curry", R), ("Center for Biological Diversity", "opt:employer of the speaker")],
            7: [("Chip Taylor", R)],
            8: [("Chip Taylor", R)],
            9: [("Ryan Norris", R)],
            11: [("World Wildlife Fund Mexico", "opt:an estimate's method")],
            17: [("George Kimbrell", R), ("Center for Food Safety", "opt:employer of the speaker")],
        },
        D162: {
            **{n: [("Abdullah Kurdi", R)] for n in (8, 9, 10)},
            **{n: [("Carlotta Weibl", R), ("Sea-Eye", "opt:its spokesperson speaks")] for n in (13, 14, 15)},
            16: [("Sea-Eye", "opt:credit themselves with")],
        },
        D163: {
            4: [("Pacific Gas and Electric Company", R)],
            8: [("Pacific Gas and Electric Company", "opt:according to its schedule")],
            11: [("Pacific Gas and Electric Company", "opt:announced the schedule, not quoted")],
            12: [("Sumeet Singh", R)],
            13: [("Evan Duffey", R)],
            14: [("Michael Lewis", R)],
            15: [("Michael Lewis", R)],
            17: [("Pacific Gas and Electric Company", R)],
            18: [("Pacific Gas and Electric Company", "opt:apologized")],
        },
        D164: {
            3: [("Clark Waddoups", "opt:reconsidered his decision")],
            5: [("Clark Waddoups", R)],
            13: [("American Samoa", R)],
            14: [("American Samoa", R)],
            18: [("Aumua Amata", R)],
        },
        D165: {
            2: [("American Civil Liberties Union of Montana", R), ("Native American Rights Fund", R)],
            **{n: [("Jacqueline De León", R), ("Native American Rights Fund", "opt:employer")] for n in (9, 10, 11)},
            13: [("Corey Stapleton", R)],
            15: [("World Population Review", "opt:estimated")],
        },
    }
)

# the twenty-third batch (Wikinews 2019-2020, annotated by helper ha21 before docbot was run on it)
S.update(
    {
        D166: {
            3: [("Maha Vajiralongkorn", "opt:a statement from him, as a noun")],
            4: [("Maha Vajiralongkorn", "opt:the palace's statement of what the king considered")],
            6: [("Maha Vajiralongkorn", "opt:descriptive reference (a statement from the king)")],
            7: [("Thai Raksa Chart Party", "opt:descriptive reference (the party informed the press)")],
            9: [("Ubolratana Mahidol", "opt:announced her candidacy (an act)")],
            16: [("Ubolratana Mahidol", R)],
            17: [("Ubolratana Mahidol", "opt:used Instagram to thank supporters")],
        },
        D167: {
            3: [("Royal Swedish Academy of Sciences", R)],
            10: [("Royal Swedish Academy of Sciences", "opt:descriptive reference (according to the academy)")],
            **{n: [("Ulf Danielsson", R)] for n in (12, 13, 14)},
        },
        D168: {
            **{n: [("Brigid Kosgei", R)] for n in (11, 12, 13)},
            14: [("Paula Radcliffe", R)],
        },
        D169: {
            3: [("Lost 52 Project", R)],
            6: [("United States Navy", "opt:confirmed")],
            10: [("The New York Times", R)],
            16: [("Tim Taylor", R)],
            17: [("Tim Taylor", R)],
            21: [("Lost 52 Project", "opt:identifies")],
        },
        D170: {
            3: [("Time", R)],
            5: [("Time", "opt:credits")],
            8: [("Greta Thunberg", "opt:promised protests")],
            10: [("Time", R)],
            13: [("Time", R)],
            14: [("Greta Thunberg", "opt:advocating, an address")],
            16: [("NBC", R)],
        },
        D171: {
            7: [("B Shiva Parvathi", R)],
            8: [("Aparna Garg", R)],
            11: [("The Hindu", R)],
            **{n: [("Aparna Garg", R)] for n in (12, 13, 14)},
        },
    }
)

# the twenty-fourth batch (Wikinews 2019-2020, annotated by helper ha24 before docbot was run on it)
S.update(
    {
        D172: {
            3: [("Elizabeth II", R)],
            6: [("Boris Johnson", R)],
            9: [("Boris Johnson", "opt:the quotation's opening, cut by the splitter at 'Oct.'")],
            10: [("Boris Johnson", R)],
            11: [("Boris Johnson", R)],
            12: [("Jeremy Corbyn", R)],
            13: [("John Bercow", R), ("BBC News", "opt:an aside, 'which the BBC noted as'")],
            14: [("Boris Johnson", R)],
            15: [("Yvette Cooper", R)],
            16: [("Philip Hammond", R)],
            20: [("House of Commons Library", R)],
        },
        D173: {
            3: [("Ricardo Rosselló", "opt:announced his resignation (an act)")],
            4: [("Ricardo Rosselló", R)],
            6: [("Ricardo Rosselló", R)],
            8: [("Puerto Rico Center for Investigative Journalism", "opt:released the messages publicly")],
            13: [("Wanda Vázquez Garced", R)],
            14: [("Wanda Vázquez Garced", R)],
            15: [("Ricardo Llerandi", "opt:also announced his resignation (an act)")],
            17: [("Ricardo Rosselló", R)],
        },
        D174: {
            3: [("Gray Miller", "opt:a judge's ruling told before his name")],
            5: [("Gray Miller", R)],
            6: [("Gray Miller", R)],
            7: [("CNA", R)],
            8: [("Gray Miller", R)],
            11: [("Gray Miller", R)],
            12: [("Gray Miller", R)],
            13: [("Gray Miller", "opt:went on to cite")],
            15: [("United States", "opt:the government asked")],
            16: [("USA Today", R)],
        },
        D175: {
            **{n: [("Franky Zapata", R)] for n in (10, 11, 12, 13, 14)},
        },
        D176: {
            3: [("Vladimir Rebic", R)],
            9: [("Vladimir Rebic", R)],
            12: [("Aleksandar Vučić", R)],
        },
        D177: {
            5: [("Thames Valley Police", "opt:'Police also announced', the named force")],
            6: [("The Daily Telegraph", R)],
            7: [("The Daily Telegraph", "opt:an outlet's report of witnesses' words")],
            11: [("Neil Basu", R)],
            12: [("Neil Basu", R)],
            13: [("Neil Basu", R)],
        },
    }
)

# the twenty-fifth batch (VOA newscasts, annotated by helper ha26 before docbot was run on it)
_HAND_OVER = "opt:a hand-over to a report left out"
S.update(
    {
        D178: {
            5: [("Sagar Meghani", _HAND_OVER), ("Associated Press", "opt:the same")],
            6: [("Joe Biden", "opt:is predicting")],
            7: [("Ed Donahue", _HAND_OVER), ("Associated Press", "opt:the same")],
            11: [("World Health Organization", R)],
            13: [("Tedros Adhanom Ghebreyesus", R), ("World Health Organization", "opt:employer of the speaker")],
            14: [("Tedros Adhanom Ghebreyesus", R)],  # the words of 13, cut by the splitter at "U.N."
            15: [("Tedros Adhanom Ghebreyesus", R)],
            16: [("Tedros Adhanom Ghebreyesus", R)],  # a bare quotation paragraph continuing the speaker
            17: [("Tedros Adhanom Ghebreyesus", R), ("World Health Organization", "opt:employer of the speaker")],
            18: [("United States Department of Defense", R)],
            21: [("Ben Thomas", _HAND_OVER), ("Associated Press", "opt:the same")],
        },
        D179: {
            7: [("Donald Trump", "opt:demanding")],
            10: [("World Health Organization", "opt:its head is calling for")],
            11: [("Tedros Adhanom Ghebreyesus", R), ("World Health Organization", "opt:employer of the speaker")],
            12: [("Tedros Adhanom Ghebreyesus", R)],
            13: [("United Kingdom", "opt:British officials")],
            16: [("United States", "opt:U.S. authorities")],
            19: [("Russia", "opt:Russian officials")],
            25: [("Cyril Ramaphosa", "opt:announced the closure (an act)")],
            27: [("Cyril Ramaphosa", R), ("South Africa", "opt:country of the speaker")],
        },
        D180: {
            5: [("Joe Biden", "opt:officials of his administration described the call")],
            6: [("Joe Biden", R), ("United States", "opt:according to U.S. accounts")],
            7: [("Russia", "opt:Moscow announced")],
            9: [("Joe Biden", R)],
            10: [("Joe Biden", R)],
            12: [("Joe Biden", "opt:reassuring")],
            16: [("Alexei Navalny", "opt:his aides called for")],
            22: [("Antony Blinken", R)],
            23: [("Antony Blinken", R)],
            25: [("Antony Blinken", "opt:pledged")],
            26: [("Antony Blinken", R)],
        },
        D181: {
            11: [("Jovenel Moïse", R)],
            12: [
                ("Ned Price", R),
                ("United States Department of State", "opt:employer of the speaker"),
                ("United States", "opt:Washington has urged"),
            ],
            13: [("Joe Biden", "opt:the Biden administration said")],
            18: [("Joe Biden", R)],
            19: [("Joe Biden", R), ("CBS News", "opt:the outlet interviewing")],
            20: [("Ali Khamenei", R), ("Iran", "opt:country of the speaker")],
            21: [("Ali Khamenei", "opt:the anchor's recap of the speaker")],
        },
        D182: {
            4: [("United Nations", R)],
            6: [("Jeanine Hennis-Plasschaert", R), ("United Nations", "opt:employer of the speaker")],
            8: [("Antony Blinken", R)],
            9: [("Iraq", "opt:its unnamed prime minister")],
            10: [("Iraq", "opt:its unnamed prime minister, vowed")],
            13: [("Joe Biden", "opt:the Biden administration laid out ..., saying")],
            15: [("Richard Mills", R), ("United States", "opt:country of the speaker")],
            16: [("Richard Mills", R)],  # the words of 15, cut by the splitter at "U.N."
            17: [("Richard Mills", R)],
            20: [("Joe Biden", "opt:the White House said")],
            21: [("Joe Biden", "opt:the White House said")],
            22: [("Joe Biden", "opt:the White House said")],
        },
    }
)

# the twenty-sixth batch (18F blog posts, annotated by helper ha28 before docbot was run on it)
_EMPLOYER = "opt:employer of the speaker"
_IN_QUOTE = "opt:a fragment inside a quotation attributed at its end"
S.update(
    {
        D183: {
            11: [("Ryan Panchadsaram", R)],
            13: [("Hillary Hartley", R), ("18F", _EMPLOYER)],
            16: [("Megan Smith", "opt:recognized")],
            17: [("Megan Smith", R)],
            18: [("18F", "opt:teams shared why"), ("Presidential Innovation Fellows", "opt:teams shared why")],
            21: [("Erica Deahl", "opt:shared how")],
            24: [("Erica Deahl", "opt:discussed")],
            25: [("Erica Deahl", R)],
            26: [("Erica Deahl", "opt:elaborated on")],
            27: [("Erica Deahl", R)],
            28: [("Erica Deahl", "opt:expressed the honor")],
            29: [("Noah Manger", "opt:discussed")],
            30: [("Noah Manger", R)],
            31: [("Noah Manger", R)],
            34: [("Leah Bannon", "opt:highlighted ... as"), ("Charles Worthington", "opt:highlighted ... as")],
        },
        D184: {
            11: [("Estonia", "opt:a rhetorical answer")],
            13: [("The Atlantic", R)],
            19: [("Liina Areng", R), ("Information System Authority", _EMPLOYER), ("Estonia", "opt:its agency")],
        },
        D185: {
            9: [("Denise Turner Roth", R), ("General Services Administration", _EMPLOYER)],
            10: [("Denise Turner Roth", R)],  # the quotation continued in its paragraph
            16: [("Shashank Khandelwal", R), ("18F", _EMPLOYER)],
            19: [("Christine Cheung", R)],
            20: [("Christine Cheung", R)],
        },
        D186: {
            3: [("Government Digital Service", "opt:its motto")],
            4: [("18F", "opt:the writers' we say")],
            5: [("Chris Ferguson", R), ("Government Digital Service", _EMPLOYER)],
            12: [
                ("Chris Ferguson", "opt:talked about"),
                ("Phaedra Chrousos", "opt:talked about"),
                ("Hillary Hartley", "opt:talked about"),
            ],
            13: [("Chris Ferguson", R)],
            14: [("Chris Ferguson", R)],
            15: [("Chris Ferguson", "opt:talked about")],
            16: [("Chris Ferguson", R)],
            17: [("Chris Ferguson", _IN_QUOTE)],
            18: [("Chris Ferguson", _IN_QUOTE)],
            19: [("Chris Ferguson", R)],
            20: [("Chris Ferguson", R)],  # the quotation continued after "Ferguson said."
            21: [("Phaedra Chrousos", "opt:talked about")],
            24: [("Chris Ferguson", "opt:talked about"), ("Phaedra Chrousos", "opt:talked about")],
        },
        D187: {
            6: [("Mississippi Department of Child Protection Services", R)],  # according to its project team
            7: [("Mississippi Department of Child Protection Services", R)],
            9: [("David A. Chandler", R), ("Mississippi Department of Child Protection Services", _EMPLOYER)],
            11: [("David A. Chandler", 'opt:the attribution\'s tail, cut by the splitter at "Dr." and "A."')],
            12: [("David A. Chandler", R)],
            13: [("David A. Chandler", R)],
            15: [("Mississippi Department of Child Protection Services", "opt:an unnamed representative")],
            16: [("Mississippi Department of Child Protection Services", "opt:an unnamed representative")],
            32: [("Christine Townsend", R)],
            34: [("Rafael López", R), ("Administration on Children, Youth and Families", _EMPLOYER)],
            35: [("Rafael López", R)],
            36: [("Rafael López", R)],
            38: [("Mississippi Department of Child Protection Services", "opt:the project team said")],
            39: [("Mississippi Department of Child Protection Services", "opt:the project team said")],
        },
    }
)

# the twenty-seventh batch (DigitalGov news posts, annotated by helper ha31 before docbot was run on it)
_AT_END = "opt:a sentence of a paragraph attributed at its end"
S.update(
    {
        D188: {
            6: [
                ("Scott Davis", R),
                ("Department of Housing and Urban Development", "opt:the challenge he administered"),
            ],
            8: [("Scott Davis", "opt:joined a panel to describe how")],
            12: [("Jono Bacon", R), ("GitHub", _EMPLOYER)],
            13: [("Jono Bacon", R)],
            16: [("Jono Bacon", R), ("XPRIZE", "opt:his former employer")],
        },
        D189: {
            5: [("Nielsen Norman Group", "opt:published two articles arguing")],
            6: [("Gerry McGovern", "opt:a counter opinion was released by")],
            7: [("Government Digital Service", "opt:published an article on their approach")],
            13: [("Ashley Gordon", R), ("Consumer Financial Protection Bureau", "opt:employer of the speaker")],
            15: [("Ashley Gordon", R)],
            16: [("Ashley Gordon", R)],  # the quotation continued in its paragraph
            17: [("Ashley Gordon", R)],
            18: [("Ashley Gordon", R)],
            19: [("Ashley Gordon", R)],
            20: [("Ashley Gordon", R)],
            25: [("Ashley Gordon", R)],
            26: [("Ashley Gordon", R)],
            27: [("Ashley Gordon", R)],  # the quotation continued in its paragraph
        },
        D190: {
            4: [("National Institutes of Health", "opt:called for")],
            5: [("National Institutes of Health", "opt:announced winners")],
            11: [("Kathryn Kundrod", R)],
        },
        D191: {
            4: [("Denice Shaw", R), ("U.S. Environmental Protection Agency", _EMPLOYER)],
            5: [("Denice Shaw", 'opt:the attribution\'s tail, cut by the splitter at "U.S."')],
            9: [("Denice Shaw", R)],
            10: [("Denice Shaw", R)],
            11: [("Denice Shaw", R)],
            13: [("Denice Shaw", _AT_END)],
            14: [("Denice Shaw", R)],
        },
        D192: {
            12: [("Sef Kloninger", R)],
            13: [("Sef Kloninger", R)],
            14: [("Sef Kloninger", R)],  # the quotation continued in its paragraph
            15: [("Sef Kloninger", R)],
            16: [("Sef Kloninger", R)],
            17: [("Sef Kloninger", R)],
            18: [("Sef Kloninger", "opt:cited as")],
            20: [("Sef Kloninger", R)],
            21: [("Sef Kloninger", R)],
            22: [("Sef Kloninger", R)],
            23: [("Sef Kloninger", R)],
            24: [("Sef Kloninger", R)],
        },
        D193: {
            15: [("Sandra Vuong", R), ("Federal Student Aid", _EMPLOYER)],
            16: [("Sandra Vuong", R)],
            20: [("Sandra Vuong", "opt:shared tips")],
            21: [("Sandra Vuong", R)],
            22: [("Sandra Vuong", R)],
            23: [("Sandra Vuong", R)],
            24: [("Sandra Vuong", R)],
        },
    }
)

# the twenty-eighth batch (Wikinews 2019-2020, annotated by helper ha33 before docbot was run on it)
_BY_TITLE = "opt:the president, named by title only"
S.update(
    {
        D194: {
            7: [("Sharif Hotak", "opt:described witnessing")],
            8: [("Sharif Hotak", R)],  # a quotation before its attribution, in its paragraph
            9: [("Sharif Hotak", R)],
            10: [("Sharif Hotak", R)],  # "alleged"
            11: [("Ministry of Interior Affairs of Afghanistan", "opt:an unnamed source within it")],
            12: [("Ministry of Interior Affairs of Afghanistan", "opt:an unnamed source within it")],
            13: [("Taliban", "opt:claimed responsibility")],
            14: [("Zabiullah Mujahid", R), ("Taliban", _EMPLOYER)],
            16: [("Reuters", R)],
            17: [("Abdurrahman Mangal", R)],
        },
        D195: {
            8: [("Donald Trump", R)],
            10: [("Supreme Court of the United States", R)],
            11: [("Donald Trump", R)],
            17: [
                ("Kerri Kupec", "opt:sharply criticized"),
                ("Department of Justice", _EMPLOYER),
                ("Wilbur Ross", R),  # "which Ross has referred to as ..."
            ],
        },
        D196: {
            1: [("European Court of Justice", R)],
            3: [("European Court of Justice", "opt:ruled")],
            14: [("Supreme Court of Justice of Austria", "opt:asking for clarifications")],
            16: [("European Court of Justice", "opt:set rules")],
            17: [("European Court of Justice", "opt:a block quotation attributed on the line after it")],
            20: [("Steve Peers", R), ("University of Essex", _EMPLOYER)],
            21: [("Jennifer Daskal", R), ("American University", _EMPLOYER), ("Slate", _EMPLOYER)],
            22: [("Jennifer Daskal", R)],
            23: [("Jennifer Daskal", R)],
            24: [("Facebook", R)],
            25: [("Facebook", R)],
        },
        D197: {
            3: [("Combined Joint Task Force Operation Inherent Resolve", R)],
            4: [("Combined Joint Task Force Operation Inherent Resolve", "opt:an unnamed spokesperson")],
            5: [("Combined Joint Task Force Operation Inherent Resolve", "opt:the statement read, named before")],
            6: [("Combined Joint Task Force Operation Inherent Resolve", "opt:the statement read, named before")],
            7: [("Combined Joint Task Force Operation Inherent Resolve", "opt:the statement read, named before")],
            8: [("Iraq", "opt:according to the country's military")],
            16: [("Agence France-Presse", "opt:placed the death count")],
        },
        D198: {
            3: [("Emily W. Murphy", R)],  # "what she described as"
            4: [("Emily W. Murphy", R)],
            5: [("Emily W. Murphy", R)],
            6: [("Donald Trump", R)],  # "calling for"
            7: [("Donald Trump", _BY_TITLE)],
            8: [("Donald Trump", _BY_TITLE)],
            12: [("Joe Biden", R), ("Democratic Party", "opt:others in the party")],
            13: [("Chuck Schumer", R)],
            14: [("Chris Christie", "opt:denounced ... as")],
            15: [("Stephen Schwarzman", R)],
        },
    }
)

# the twenty-ninth batch (Wikinews 2019-2020, annotated by helper ha34 before docbot was run on it)
S.update(
    {
        D199: {
            19: [("Toronto Police Service", "opt:indicated")],
            20: [("John Tory", R)],  # "suggested"
            21: [("Rachel Giese", R), ("Daily Xtra", _EMPLOYER)],
        },
        D200: {
            8: [("Pedro Pierluisi", R)],
            9: [("Pedro Pierluisi", R)],  # the quotation continued
            10: [("Senate of Puerto Rico", R)],  # "the Senate announced", after the scrape's Spanish gloss
            11: [("Thomas Rivera Schatz", R), ("Senate of Puerto Rico", "opt:the speaker's body, in his title")],
            12: [("Eduardo Bhatia", R)],
            13: [("Carmen Yulín Cruz", R)],
            14: [("Wanda Vázquez Garced", R), ("Reuters", R)],  # "has expressed she is ..., according to Reuters"
        },
        D201: {
            1: [("Nancy Pelosi", R)],  # the headline's "announces"
            3: [("Nancy Pelosi", R)],
            5: [("Nancy Pelosi", R), ("NBC", R)],  # a quotation "according to NBC", then "she announced"
            6: [("Nancy Pelosi", "opt:directing ... to, with a quotation")],
            8: [("Doug Collins", R)],
            9: [("Jerrold Nadler", R)],  # "has repeatedly maintained"
            10: [("The New York Times", R)],
            12: [("Donald Trump", R)],  # "characterized ... as"
            13: [("Donald Trump", "opt:attacked ... as")],
            18: [("Supreme Court of the United States", "opt:ruled")],
        },
        D202: {
            1: [("World Health Organization", "opt:names, a naming")],
            2: [("World Health Organization", R)],
            4: [("International Committee on Taxonomy of Viruses", "opt:named, a naming")],
            6: [("Tedros Adhanom Ghebreyesus", R), ("World Health Organization", _EMPLOYER)],
            7: [("World Health Organization", "opt:its guidelines cite")],
            10: [("Food and Agriculture Organization", "opt:its unnamed chief veterinary officer")],
            11: [("World Health Organization", "opt:its guidelines list")],
            12: [("Wendy Parmet", R), ("Time", "opt:the outlet interviewing")],
            13: [("Wendy Parmet", R)],  # the quotation continued
            14: [("Monica Schoch-Spana", R)],
        },
        D203: {
            6: [("North Wales Fire and Rescue Service", "opt:according to a fire service statement, named before")],
            9: [("North Wales Fire and Rescue Service", "opt:the fire service indicated")],
            14: [("WalesOnline", R)],  # "what X called \"fury\""
            15: [("David Clay", R)],
            16: [("Tong Yung-soo", R), ("David Clay", "opt:recognised")],
        },
    }
)

# the thirtieth batch (Wikinews 2019-2020, annotated by helper ha36 before docbot was run on it)
_CAMPAIGN = "opt:his campaign criticized"
S.update(
    {
        D204: {
            3: [("Donald Trump", R)],  # "announced he had asked"
            6: [("Donald Trump", R)],  # a quotation before its attribution, in its paragraph
            7: [("Donald Trump", R)],  # "wrote Trump on Twitter", the quotation split around it
            8: [("Donald Trump", R)],  # the quotation continued
            9: [("Donald Trump", R)],
            10: [("John Bolton", R), ("Donald Trump", "opt:a quotation inside the speaker's quotation")],
            14: [("Mike Pompeo", R)],  # "Pompeo told the press"
            15: [("Mike Pompeo", R)],  # the quotation continued
            16: [("Mike Pompeo", R)],
        },
        D205: {
            7: [("Crystal C'Bearing", R), ("Northern Arapaho Tribe", _EMPLOYER)],
            8: [("Northern Arapaho Tribe", R)],  # "The Arapaho ... report they are considering"
            9: [("Devin Oldman", R)],  # a quotation before its attribution, in its paragraph
            10: [("Devin Oldman", R)],
            11: [("Devin Oldman", R)],  # the quotation continued
        },
        D206: {
            4: [("Mohammad Javad Zarif", "opt:tributes paid"), ("Boris Johnson", "opt:tributes paid")],
            5: [("Oman", R)],  # "The government of Oman announced"
            20: [("Haitham bin Tariq Al Said", R)],
        },
        D207: {
            8: [("National Disaster Response Force", R)],  # "According to X,"
            9: [("Directorate General of Civil Aviation", R)],  # ", according to X"
            11: [("Hardeep Singh Puri", R)],
            13: [("Hardeep Singh Puri", R)],  # "Hardeep also stated"
            17: [("Narendra Modi", R)],  # "wrote, \"...\""
            18: [("Narendra Modi", R)],  # the quotation continued
        },
        D208: {
            2: [("Commission on Presidential Debates", R)],  # "announced ... citing"
            3: [("Commission on Presidential Debates", R)],  # "the commission said"
            4: [("Commission on Presidential Debates", R)],  # the quotation continued
            8: [("Donald Trump", _BY_TITLE)],  # "The president called the notion a \"...\""
            11: [("Joe Biden", _CAMPAIGN)],
        },
    }
)

# the thirty-first batch (Wikinews 2019-2020, annotated by helper ha38 before docbot was run on it)
_UNNAMED_OFFICIALS = "opt:the government's officials, unnamed"
_STUDY = "opt:a study in the journal noted"
S.update(
    {
        D209: {
            9: [("Al Jazeera", R)],  # "according to Al Jazeera"
            11: [("Xavier Becerra", R)],
            12: [("Xavier Becerra", R)],  # the quotation continued
            14: [("Donald Trump", R)],  # "declared ..., claiming this would stem illegal immigration"
        },
        D210: {
            11: [("California Department of Corrections and Rehabilitation", R)],  # "The Department issued a statement"
            12: [("California Department of Corrections and Rehabilitation", R)],  # the quotation continued
            13: [("California Department of Corrections and Rehabilitation", R)],  # "They also said"
            15: [("Sirhan Sirhan", R)],  # "later claimed"
        },
        D211: {
            5: [("California Department of Forestry and Fire Protection", R)],  # "(CalFire) said"
            6: [("California Department of Forestry and Fire Protection", "opt:requested")],
            7: [("California Department of Forestry and Fire Protection", R)],  # "CalFire indicated"
            9: [("Pacific Gas and Electric Company", R)],  # "The company said"
            10: [("National Transportation Safety Board", R)],  # "the latter ... confirming on Twitter"
            13: [
                ("Andy Vesey", R),
                ("Pacific Gas and Electric Company", _EMPLOYER),
                ("The Mercury News", "opt:the paper the letter was sent to"),
            ],
            14: [("Andy Vesey", R)],  # "Vesey also indicated"
        },
        D212: {
            3: [("Burundi", R)],  # "The government of Burundi ... announced"
            5: [("Burundi", R)],  # "The government statement ... announced"
            7: [("Burundi", _UNNAMED_OFFICIALS)],  # "government officials stated"
            8: [("Burundi", _UNNAMED_OFFICIALS)],  # "They also declared seven days of national mourning"
            10: [("Al Jazeera", "opt:its unnamed reporter noted")],
            13: [("Pierre Nkurunziza", R)],  # "he announced he would stand down"
        },
        D213: {
            12: [("Journal of Threatened Taxa", _STUDY)],
            13: [("Journal of Threatened Taxa", _STUDY)],
        },
    }
)

# the thirty-second batch (Wikinews 2019-2020, annotated by helper ha41 before docbot was run on it)
_HEADLINE = 'opt:an "X says" headline'
S.update(
    {
        D214: {
            7: [("Nancy Pelosi", R)],  # "Pelosi told the public"
            9: [("Donald Trump", R)],  # "congratulated Pelosi, saying, \"...\""
            10: [("Nancy Pelosi", R)],  # "Pelosi has said"
            12: [("Donald Trump", R)],  # "President Trump has said"
        },
        D215: {
            7: [("BBC News", R)],  # "According to the BBC"
            10: [("Boris Johnson", "opt:his stated intent")],
            11: [("Boris Johnson", R)],  # "Johnson said in a video statement"
            13: [("House of Commons", "opt:its members shouted")],
            14: [("Jeremy Corbyn", R), ("UK Labour Party", "opt:the party its leader speaks for")],
            15: [("Boris Johnson", "opt:asked the Queen for")],
        },
        D216: {
            1: [("Donald Trump", _HEADLINE)],
            3: [("Donald Trump", R)],  # "in a brief but official statement, US President Donald Trump said"
            6: [("Donald Trump", R)],  # "Trump's statement read:"
            7: [("Donald Trump", R)],  # the quotation continued
            8: [("Donald Trump", R)],
            9: [("United States Department of Defense", "opt:unnamed sources within it")],
            10: [("United States Department of Defense", "opt:the sources said")],
            12: [("Ali Soufan", R), ("NPR", "opt:the outlet he told")],  # "told NPR"
            13: [("Ali Soufan", R)],  # "according to Soufan"
            14: [("United States Department of State", R)],  # "described Hamza bin Laden ... as an \"emerging\""
        },
        D217: {
            6: [("NPR", R), ("Adil Abdul-Mahdi", R)],  # "NPR reported X ... recommended"
            8: [("Morgan Ortagus", R), ("United States Department of State", _EMPLOYER)],  # "indicated", "he said"
            10: [("Iraq", "opt:declared victory")],
            12: [("Foreign Ministry of Iraq", R)],  # "characterized the attack as \"...\""
        },
        D218: {
            4: [("Donald Trump", R)],  # "Trump tweeted"
            5: [("Donald Trump", R)],  # the tweet continued
            6: [("Donald Trump", R)],
            10: [("Michael Flynn", R)],  # "He said"
            11: [("Michael Flynn", R)],
            12: [("Sebastian Gorka", "opt:encouraged supporters to")],
            14: [("Donald Trump", R)],  # "Trump and his supporters claimed"
            15: [("Women for America First", "opt:organizers of the rally said")],
            16: [("Michael Flynn", R)],  # "Flynn said"
            18: [("Lisa Parry", R)],  # "Lisa Parry, a retired nurse, said"
            19: [("Lisa Parry", R)],
        },
    }
)


def main() -> int:
    corpus = {
        "docs": "docs/ beside this file (145 English Wikinews articles, 2004-2020; 2006-2020 CC BY 2.5, 2004 "
        "public domain; and 13 Voice of America newscast transcripts of 2020-2021, public domain; "
        "and 16 Global Voices Online posts of 2004, CC BY; and 8 PCLOB press releases of 2016-2019, public domain; "
        "and 5 posts of 2015-2016 from the blog of 18F, public domain; "
        "and 6 news posts of 2015-2016 from DigitalGov, public domain; "
        "and 25 more Wikinews articles of 2019-2020, CC BY 2.5; "
        "see README.md)",
        "source": "01-10: GUM (amir-zeldes/gum @ 72ce5ac1) news documents not used in actors-dev; 11-15: "
        "Wikinews 2019 articles, 16-20: Wikinews 2020 articles, 21-27 and 28-33: Wikinews 2019 and 2020 articles, "
        "as scraped in vanatteveldt/wikinews @ 34725417; 34-81: Wikinews 2004 articles as wikitext in "
        "airKlizz/WikinewsSum @ 1d985031; 82-89: Wikinews 2019 articles and 90-113: Wikinews 2019 and 2020 "
        "articles from vanatteveldt/wikinews @ 34725417; 114-121 and 178-182: VOA newscast transcripts from "
        "littleflute/voanews1 @ 8bf9c199 (the anchor's stories only); 122-137: Global Voices Online posts of 2004 "
        "from OpenGenderTracking/globalvoices @ 8d0e8f8e; 138-145: PCLOB press releases from 18F/pclob @ 331e90c1; "
        "146-153, 154-159, 160-165, 166-171 and 172-177: Wikinews 2019 and 2020 articles from "
        "vanatteveldt/wikinews @ 34725417; 183-187: posts of the 18F blog from 18F/18f.gsa.gov @ 0a55c75e; "
        "188-193: DigitalGov news posts from GSA/digitalgov.gov @ 49795832; 194-198, 199-203, 204-208, 209-213 and "
        "214-218: Wikinews 2019 and 2020 articles from vanatteveldt/wikinews @ 34725417",
        "batches": {batch: [d + ".txt" for d in stems] for batch, stems in BATCHES.items()},
    }
    # one alias for two actors only in different documents ("Congress" of two countries)
    counts = write_gold(HERE, A, S, TRAPS, NEUTRAL, corpus, __doc__ or "", alias_in_other_documents=True)
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
