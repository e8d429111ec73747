"""Actor rules of issue 16, round 4, each on made-up news sentences (names invented; no text of actors-dev): world
cities, titles and roles, events and laws, news agencies and media named before the verb, asides between a speaker
and the verb, and "according to" a body named after a possessive."""

from __future__ import annotations

from retrieval.actors.analysis import _code_words, analyse_document
from retrieval.actors.corpus import find_actors
from retrieval.actors.facts import NEWS_DOCUMENT, PROSE_DOCUMENT
from retrieval.actors.lexicon import load_lexicon, tokenize_sentence
from retrieval.models import IndexedSentence
from tests.test_actors import analyse, found, indexed_documents


def test_a_city_named_alone_is_a_place_but_a_titled_namesake_is_a_person() -> None:
    city = found(
        analyse(
            "Flooding in Houston closed schools on Monday.",
            "Houston said it would reopen the schools next week.",
            "Officials in Seattle and Houston met on Tuesday.",
        )
    )
    assert not {"Houston", "Seattle"} & set(city.names)
    person = found(analyse("Mr Houston, a teacher, said the schools were safe.", "Houston said they would reopen."))
    assert person.names[person.actor_of("Houston")][0] == "person"
    assert "houston" in load_lexicon().cities and "hong kong" in load_lexicon().cities


def test_a_city_inside_a_longer_name_stays_a_name() -> None:
    result = found(analyse("The Houston Police Department said two men were arrested."))
    assert result.names["Houston Police Department"][0] == "organisation"


def test_more_titles_and_roles_mark_people() -> None:
    result = found(
        analyse(
            "Space agency Administrator Dana Brooks said the launch would go ahead.",
            "Emeritus Professor Ian Lowe said the flag was outdated.",
            "Team coach Rafa Ortiz said the players were tired.",
        )
    )
    assert {"Dana Brooks", "Ian Lowe", "Rafa Ortiz"} <= set(result.names)
    assert not {"Administrator", "Emeritus", "Emeritus Professor Ian Lowe"} & set(result.names)
    assert all(result.names[name][0] == "person" for name in ("Dana Brooks", "Ian Lowe", "Rafa Ortiz"))


def test_events_contests_laws_and_agreements_are_not_actors() -> None:
    result = found(
        analyse(
            "The Northland Cup final was delayed by rain, said Rafa Ortiz.",
            "The Clean Water Law passed the Senate on Friday.",
            "The Harbour Agreement was signed by both sides.",
            "The Battle of Redmarsh is remembered every year.",
        )
    )
    assert not {"Northland Cup", "Clean Water Law", "Harbour Agreement", "Battle of Redmarsh"} & set(result.names)


def test_a_news_agency_or_broadcaster_named_before_the_verb_speaks() -> None:
    result = found(
        analyse(
            '"We will not yield to pressure," the Gralpress news agency said.',
            "Kestrel television reported that troops had crossed the river.",
        )
    )
    assert result.statements[1] == {"Gralpress"}
    assert result.names["Gralpress"][0] == "organisation"
    assert result.statements[2] == {"Kestrel"}
    assert result.names["Kestrel"][0] == "organisation"


def test_an_aside_between_the_speaker_and_the_verb() -> None:
    result = found(
        analyse(
            "Director Tom Baker, in remarks to the Daily Star newspaper, said the injured were in hospital.",
            "Lena Ruiz, in a statement on Sunday, said the plant would close.",
        )
    )
    assert result.statements[1] == {"Tom Baker"}
    assert result.statements[2] == {"Lena Ruiz"}


def test_according_to_a_body_named_after_a_possessive() -> None:
    result = found(analyse("The bridge collapsed at noon, according to France's Civil Aviation Authority."))
    speaker = result.actor_of("Civil Aviation Authority")
    assert result.statements[1] == {speaker}
    assert result.names[speaker][0] == "organisation"


def test_a_groups_possessive_inside_an_organisations_name() -> None:
    result = found(
        analyse(
            "The Workers' Party of Zembla said the vote was rigged.",
            "The National People's Congress approved the law on Monday.",
            "Zembla's Foreign Ministry said the talks would go on.",
        )
    )
    assert {"Workers' Party of Zembla", "National People's Congress"} <= set(result.names)
    assert not {"Party of Zembla", "National People", "Congress"} & set(result.names)
    assert result.statements[1] == {"Workers' Party of Zembla"}
    assert "Zembla's Foreign Ministry" not in result.names  # a possessive of a place still ends a name


def test_coined_company_names_are_organisations_and_family_names_stay_people() -> None:
    result = found(
        analyse(
            "Zentrosoft said on Monday it would stop supporting the old version.",
            "FluxBank chief executive Maria Lopez said the deal was good.",
            "Zentrosoft added that staff would help customers, and FluxBank agreed.",
            "Senator Ann McDowell said the deal needed scrutiny, and McDowell later added she would vote for it.",
        )
    )
    assert result.names["Zentrosoft"][0] == "organisation"
    assert result.names["FluxBank"][0] == "organisation"
    assert result.names[result.actor_of("McDowell")][0] == "person"


def test_a_short_quotation_left_open_goes_on_to_the_speaker_named_where_it_ends() -> None:
    result = found(
        analyse(
            ["Anna Berg said the talks had failed.", '"We tried everything.', 'They never listened to us," she said.'],
            '"It is a sad day for the region."',
        )
    )
    assert all(result.statements[i] == {"Anna Berg"} for i in (1, 2, 3, 4))


def test_a_label_opening_a_line_is_not_a_name() -> None:
    result = found(
        analyse(
            ["The stands were full on Friday.", "Image: Nick Moreau."],
            ["Fans queued for hours.", "Image: Nick Moreau."],
            ["A volunteer sold raffle tickets.", "Image: Nick Moreau."],
        )
    )
    assert "Image" not in result.names


def test_appositions_with_a_place_or_an_employer_before_the_role() -> None:
    result = found(
        analyse(
            "Cynthia Thompson, curator at the University of Arkansas, Fayetteville, said the images were rare.",
            "Hilary Braysmith, USI associate professor of art history, said his photography was influential.",
            "Tom Reed, Ann Lowe and Bo Berg said they would appeal.",
        )
    )
    assert result.statements[1] == {"Cynthia Thompson"}
    assert result.statements[2] == {"Hilary Braysmith"}
    assert result.statements[3] == {"Tom Reed", "Ann Lowe", "Bo Berg"}


def test_a_state_after_of_and_a_capitalised_word_is_inside_the_name() -> None:
    result = found(
        analyse(
            "The exhibit opened at the University of Southern Indiana on Thursday.",
            "The University of Southern Indiana said it was pleased.",
            "Wikinews observed that the line was long, and the Leigh Block Museum said it would lend the prints.",
        )
    )
    assert result.names["University of Southern Indiana"][0] == "organisation"
    assert "University of Southern" not in result.names
    assert result.names["Wikinews"][0] == "organisation"
    assert result.names["Leigh Block Museum"][0] == "organisation"


def test_a_newspaper_or_airline_named_after_its_country_is_an_organisation() -> None:
    result = found(
        analyse(
            "According to the New Zealand Herald, Professor John Burrows said the flag was old.",
            "Khaled Maeena, editor at large at the Saudi Gazette, said it could have been worse.",
            "The Kenya Airways flight landed safely, and Kenya said the airport was open.",
        )
    )
    assert result.statements[1] == {"New Zealand Herald", "John Burrows"}
    assert {"Saudi Gazette", "Kenya Airways"} <= set(result.names)
    assert result.names["Saudi Gazette"][0] == "organisation"
    assert result.statements[3] == {"Kenya"}


def test_a_countrys_government_speaks_for_the_country() -> None:
    result = found(
        analyse(
            "The UK government said the plan would go ahead.",
            "The Kenyan Government said the talks would resume.",
            "Indonesian authorities said the boats were turned back.",
        )
    )
    assert "Government" not in result.names
    assert result.statements == {1: {"United Kingdom"}, 2: {"Kenya"}, 3: {"Indonesia"}}


def test_a_body_named_by_its_type_continues_the_organisation_that_spoke_last() -> None:
    result = found(
        analyse(
            ["Kestrel Corp said profits rose.", "The company said sales in Asia had doubled."],
            ["Ann Lowe said the results were good.", "The company said nothing more."],
        )
    )
    assert result.statements[2] == {"Kestrel Corp"}
    assert 4 not in result.statements  # the last speaker is a person: no organisation to continue


def test_a_web_address_names_an_organisation_that_speaks() -> None:
    result = found(
        analyse(
            "Security firm Vulnora.com said the flaw was serious.",
            "According to Vulnora.com, most users had not upgraded.",
        )
    )
    assert result.names["Vulnora.com"][0] == "organisation"
    assert result.statements == {1: {"Vulnora.com"}, 2: {"Vulnora.com"}}
    assert "George W. Bush" in found(analyse("President George W. Bush said the plan was good.")).names


def test_a_title_with_of_and_a_name_set_off_after_its_role_speak() -> None:
    result = found(
        analyse(
            "Secretary of State Lena Moss said the talks would go on.",
            "The Kestrel Trust's chief economist, Bo Berg, said rates would rise.",
            "He met Ann Lowe, said a source close to the talks.",
        )
    )
    assert result.statements[1] == {"Lena Moss"}
    assert result.statements[2] == {"Bo Berg"}
    assert 3 not in result.statements  # "..., said a source": Ann Lowe is spoken of


def test_posts_zones_indices_and_legislative_chambers() -> None:
    result = found(
        analyse(
            "A Member of Parliament asked about the budget.",
            "Troops crossed the Demilitarized Zone on Thursday.",
            "The Dow Jones Industrial Average fell 300 points.",
            "The House of Representatives rejected the bill on Monday.",
        )
    )
    assert not {"Member", "Parliament", "Demilitarized Zone", "Dow Jones Industrial Average"} & set(result.names)
    assert result.names["House of Representatives"][0] == "organisation"
    assert "Representatives" not in result.names
    assert result.statements == {4: {"House of Representatives"}}


def test_company_endings_and_a_compass_word_opening_an_organisations_name() -> None:
    result = found(
        analyse(
            "Kestrel Resources said profits rose.",
            "Kestrel said sales in Asia had doubled.",
            "The North Atlantic Treaty Organization said troops were ready.",
            "NATO added that the alliance was united.",
            "Protests were held in East Los Angeles on Friday.",
        )
    )
    assert result.names["Kestrel Resources"] == ("organisation", ("Kestrel", "Kestrel Resources"))
    assert result.actor_of("NATO") == "North Atlantic Treaty Organization"
    assert not {"East Los Angeles", "Los Angeles"} & set(result.names)


def test_a_title_word_opening_an_organisations_name_stays_in_it() -> None:
    result = found(
        analyse(
            "The crane fell on Friday, according to Saudi Arabia's Civil Defense Authority.",
            "Civil Defense Authority director Suleiman Amr said the injured were in hospital.",
            "The crowd was large. Photo and Image: Nick Moreau.",
        )
    )
    authority = result.actor_of("Civil Defense Authority")
    assert "Defense Authority" not in result.names
    assert result.statements[1] == {authority}
    assert result.statements[2] == {"Suleiman Amr"}
    assert "Image" not in result.names


def test_a_countrys_body_after_its_possessive_speaks_for_the_country_but_a_persons_office_does_not() -> None:
    result = found(
        analyse(
            "Russia's foreign ministry said talks would resume.",
            "Kenya's electoral commission said the vote was fair.",
            "Ann Lowe's office said she had a scheduling conflict.",
        )
    )
    assert result.statements == {1: {"Russia"}, 2: {"Kenya"}}


def test_a_name_set_off_after_a_role_phrase_speaks_through_auxiliaries() -> None:
    result = found(
        analyse(
            "The electoral board's chairman, Omar Haddad, has said results will come soon.",
            "A spokesman for the police, Ivo Renner, said officers were ready.",
            "The mayor of Dunmore, Lee Kasten, told reporters the town was calm.",
            "He met the spokesman, Piet Smal, and left.",
        )
    )
    assert result.statements[1] == {"Omar Haddad"}
    assert result.statements[2] == {"Ivo Renner"}
    assert result.statements[3] == {"Lee Kasten"}
    assert 4 not in result.statements


def test_a_sentence_about_the_person_named_before_keeps_them_for_the_pronoun_after_it() -> None:
    result = found(
        analyse(
            [
                "Prime Minister Tove Ramsland visited the flooded town on Monday.",
                "She met families at a shelter.",
                '"The damage is worse than we feared," she said.',
            ],
            ["The river rose again.", '"Nobody expected it," he said.'],
        )
    )
    assert result.statements[3] == {"Tove Ramsland"}
    assert 5 not in result.statements  # a sentence about something else ends the chain


def test_party_nicknames_clipped_names_and_an_organisations_last_word_are_aliases() -> None:
    result = found(
        analyse(
            "The Social Democrats said the budget was unfair.",
            "Soc Dems spokesman Ivo Renner said taxes were too high.",
            "The Green Party said it would vote against the budget.",
            "The Greens have two seats.",
            "The Democratic Party said the bill was flawed, and Democrats in the Senate said they would block it.",
            "The Northland Commission said it would study the budget.",
            "The Commission's spokesman, Omar Haddad, said it was too early.",
        )
    )
    assert result.actor_of("Soc Dems") == "Social Democrats"
    assert result.actor_of("Greens") == "Green Party"
    assert result.actor_of("Democrats") == "Democratic Party"
    assert result.actor_of("Commission") == "Northland Commission"
    assert all(result.names[name][0] == "organisation" for name in ("Social Democrats", "Green Party"))


def test_family_names_equal_to_a_capital_and_prefixed_words_inside_a_name() -> None:
    result = found(
        analyse(
            "Police chief Ahmad Jakarta said the boat had been overloaded.",
            "Meanwhile Moscow said the boat was not Russian.",
            "The European Anti-Fraud Office said it had opened an inquiry into the port.",
            "The pro-Beijing Harbour Workers Union said nothing about the inquiry.",
        )
    )
    assert result.statements[1] == {"Ahmad Jakarta"} and result.names["Ahmad Jakarta"][0] == "person"
    assert result.statements[2] == {"Russia"}
    assert result.statements[3] == {"European Anti-Fraud Office"}
    assert "Harbour Workers Union" in result.names and not any("Beijing" in name for name in result.names)


def test_ships_stations_villages_members_and_bare_government_words_are_no_actors() -> None:
    result = found(
        analyse(
            "The MV Sea Star sank off the coast on Sunday night with many people on board.",
            "Survivors were taken to Kembang Station and the village of Tanjung Rasa.",
            "Residents of Tanjung Rasa said the boat had left at dawn.",
            "Reporters spoke to Scientologist Lena Varga at the pier on Monday morning.",
            "The Government said an inquiry would be held into the sinking.",
            "Wilma Chan of the Harbour Union In the meantime, rescuers kept searching.",
        )
    )
    names = set(result.names)
    assert not {"MV Sea Star", "Sea Star", "Kembang Station", "Tanjung Rasa", "Government"} & names
    assert "Lena Varga" in names and "Scientologist Lena Varga" not in names
    assert "Wilma Chan" in names and "Harbour Union In" not in names


def test_a_name_set_off_after_a_type_of_body_speaks() -> None:
    result = found(analyse('The state broadcaster, Radio Vostok, said the drills were "a provocation".'))
    assert result.statements[1] == {"Radio Vostok"}


def test_an_organisations_title_word_after_of_stays_in_its_name() -> None:
    result = found(analyse("The Ministry of Foreign Affairs of Japan said talks would resume next week."))
    assert "Ministry of Foreign Affairs" in result.names and "Affairs" not in result.names


def test_what_someone_is_after_a_or_an_is_no_actor_but_an_employer_before_a_role_is() -> None:
    result = found(
        analyse(
            "Senate leader Mira Holt, a Republican from Kentucky, said she would support the veto.",
            "Representative Dale Kerr, a Minnesota Democrat, said farmers needed help.",
            "A Vostok Radio photographer said the crowd was large.",
        )
    )
    assert not {"Republican", "Minnesota Democrat"} & set(result.names)
    assert result.statements[1] == {"Mira Holt"} and result.statements[2] == {"Dale Kerr"}
    assert "Vostok Radio" in result.names


def test_a_party_and_state_tag_in_brackets_is_an_aside() -> None:
    result = found(analyse("Judge Carl Weber (R-Texas) said the court would rule in July."))
    assert result.statements[1] == {"Carl Weber"} and "R-Texas" not in result.names


def test_a_leader_named_before_the_body_they_lead_stays_a_person() -> None:
    result = found(
        analyse(
            "Critics said the Varga administration had ignored the warnings for years.",
            "Tomas Varga said the warnings had been heeded.",
        )
    )
    assert result.actor_of("Varga") == "Tomas Varga" and result.names["Tomas Varga"][0] == "person"


def test_former_countries_are_countries() -> None:
    result = found(analyse("The Soviet Union said the talks were over.", "The USSR collapsed in 1991."))
    assert result.names["Soviet Union"][0] == "country" and result.statements[1] == {"Soviet Union"}


def test_two_organisations_joined_by_and_stay_apart_and_prizes_are_no_actors() -> None:
    result = found(
        analyse(
            "She studied at the University of Zembla and Kestrel University before the Department of Health and"
            " Human Services hired her.",
            "She won the Northland Music Awards twice and competed at the Olympics in her youth.",
            "Professor Dame Ilse Varga DBE said the prize was a surprise.",
        )
    )
    names = set(result.names)
    assert {"University of Zembla", "Kestrel University", "Department of Health and Human Services"} <= names
    assert not {"Northland Music Awards", "Olympics"} & names
    assert result.statements[3] == {"Ilse Varga"}


def test_abbreviated_titles_with_their_dot_are_stripped() -> None:
    result = found(
        analyse(
            "Rep. Dale Kerr said the bill was flawed.",
            "Lt. Gen. Omar Faruk said troops were ready.",
            "Representative Dale Kerr said it again on Friday.",
        )
    )
    assert {"Dale Kerr", "Omar Faruk"} <= set(result.names)
    assert result.statements[3] == {"Dale Kerr"}
    assert not any(name.startswith(("Rep.", "Lt.")) for name in result.names)


def test_police_court_and_acting_titles_are_stripped() -> None:
    result = found(
        analyse(
            "Detective Inspector Tom Rowe said police were searching the harbour.",
            "Prosecutor Ana Lind said the case was strong.",
            "Acting President Ali Musa said the vote would go ahead.",
        )
    )
    assert {"Tom Rowe", "Ana Lind", "Ali Musa"} <= set(result.names)
    assert all(result.names[name][0] == "person" for name in ("Tom Rowe", "Ana Lind", "Ali Musa"))


def test_a_body_named_by_its_type_goes_back_to_the_one_organisation_named_before() -> None:
    result = found(
        analyse(
            "The Northland Security Council will meet on Monday, diplomats said.",
            "The council has condemned the drills.",
        )
    )
    assert result.statements[2] == {"Northland Security Council"}


def test_a_people_named_before_refugees_or_minority_is_no_actor() -> None:
    result = found(
        analyse(
            "More than 500 Zemi refugees were rescued by fishermen on Friday.",
            "The Zemi minority has long faced persecution.",
            "Zemi Muslim families fled the violence.",
            "Aid groups said the Zemi needed food.",
        )
    )
    assert not any("Zemi" in name for name in result.names)


def test_a_surname_typed_as_an_employer_joins_the_person_and_an_embassy_speaks_for_its_country() -> None:
    result = found(
        analyse(
            "After an intervention by President Tove Ramsland, the visas were granted.",
            "Ramsland's spokeswoman Sara Kent said the president was delighted.",
            "The Kenyan embassy said in a statement that it was grateful.",
        )
    )
    assert result.actor_of("Ramsland") == "Tove Ramsland" and result.names["Tove Ramsland"][0] == "person"
    assert result.statements[2] == {"Sara Kent"} and result.statements[3] == {"Kenya"}


def test_a_title_with_for_and_its_department_and_an_acronym_in_brackets() -> None:
    result = found(
        analyse(
            "Undersecretary for Education Ilse Varga said the case was open.",
            "Secretary of Homeland Security Dale Kerr said the border was safe.",
            "The Union of Free Thinkers (UFLP) welcomed the ruling.",
            "UFLP secretary Omar Haddad said it was a step forward.",
        )
    )
    assert {"Ilse Varga", "Dale Kerr"} <= set(result.names)
    assert not any(name.startswith(("Education", "Security")) for name in result.names)
    assert result.actor_of("UFLP") == "Union of Free Thinkers"


def test_hyphenated_titles_are_stripped() -> None:
    result = found(
        analyse(
            "Then-President Ali Musa said the vote would go ahead.",
            "Vice-President Dale Kerr said it would not.",
            "President-elect Sam Obi said nothing.",
        )
    )
    assert {"Ali Musa", "Dale Kerr", "Sam Obi"} <= set(result.names)
    assert not any("-" in name for name in result.names)


def test_a_pronoun_reaches_back_to_the_last_person_who_spoke_unless_another_is_named() -> None:
    result = found(
        analyse(
            "Anna Berg said the plan would fail.",
            ["The ministry has denied the claims.", "Officials met on Tuesday to discuss the plan."],
            '"We will keep fighting," she added.',
            ["Tom Lee arrived later.", "The weather was calm at the harbour.", '"Calm seas," she said.'],
        )
    )
    assert result.statements[4] == {"Anna Berg"}
    assert 7 not in result.statements  # another person was named since


def test_a_name_before_a_role_and_a_persons_name_is_an_organisation() -> None:
    result = found(
        analyse(
            "The team won a silver medal at the Northland Robotics Challenge on Monday.",
            "Robotics Challenge president Joe Sestak said the team showed courage.",
        )
    )
    assert result.actor_of("Robotics Challenge") == "Northland Robotics Challenge"
    assert result.names["Northland Robotics Challenge"][0] == "organisation"


def test_a_name_spelt_out_in_brackets_after_its_acronym() -> None:
    result = found(
        analyse("The ZPA (Zemblan People's Army) said it was ready.", "The ZPA fired shells across the border.")
    )
    assert result.actor_of("ZPA") == "Zemblan People's Army" and result.statements[1] == {"Zemblan People's Army"}


def test_the_north_and_the_south_name_the_documents_compass_country() -> None:
    result = found(
        analyse(
            "North Korea said it would respond to the drills.",
            "Meanwhile, the North said its troops were ready.",
            "North Korea has put its army on alert.",
        )
    )
    assert result.statements[2] == {"North Korea"}
    passing = found(analyse("Farmers in the South said prices were low.", "South Africa exported more maize."))
    assert passing.mentions.get(1, set()) == set()


def test_a_paragraph_of_quotation_continues_the_person_quoted_at_the_end_of_the_paragraph_before() -> None:
    result = found(
        analyse(
            '"The bridge will open in May," Anna Berg said.',
            '"We have the money and the workers to finish it."',  # 2
            ['"Nobody can stop it now.', 'The river is low."'],  # 3, 4: a chain of quote paragraphs
            "Tom Hale said the costs had doubled.",  # 5: no quotation
            '"It is a waste of public money and everyone knows it."',  # 6
            "Officials met on Tuesday.",
        )
    )
    assert result.statements[2] == result.statements[3] == result.statements[4] == {"Anna Berg"}
    assert result.statements[5] == {"Tom Hale"}
    assert 6 not in result.statements  # the paragraph before quoted no one: not Tom Hale's by this rule


def test_a_quotation_introduced_with_a_colon_is_the_introducers() -> None:
    result = found(analyse("Anna Berg wrote on her blog:", '"The harbour is safe again and the boats can sail."'))
    assert result.statements[2] == {"Anna Berg"}


def test_a_quote_paragraph_with_its_own_speaker_is_theirs() -> None:
    result = found(
        analyse(
            '"The bridge will open in May," Anna Berg said.',
            ['"We will not wait for the council to decide.', '"It has had years," Tom Hale said.'],
        )
    )
    assert result.statements[2] == result.statements[3] == {"Tom Hale"}


def test_a_quotation_left_open_goes_on_only_into_a_paragraph_that_reopens_it() -> None:
    sentences = ["The first part of the plan is simple.", "We build.", "We wait.", "We test.", "We open."]
    result = found(
        analyse(
            ["Anna Berg said:", '"' + sentences[0], *sentences[1:]],  # 1-6: left open
            ['"Then the second part begins.', "It is harder.", "It takes a year.", 'It ends in May."'],  # 7-10
            "Anna Berg spoke for an hour, and the town hall was full.",  # 11
            ['Tom Hale said: "The costs are too high for the town.'],  # 12: never closed
            ["The council meets on Monday.", "Residents are worried about the road."],  # 13, 14
        )
    )
    assert all(result.statements[n] == {"Anna Berg"} for n in range(2, 11))  # longer than one quotation's 6
    assert result.statements[12] == {"Tom Hale"}
    assert 13 not in result.statements and 14 not in result.statements


def test_a_closed_quotation_does_not_wait_for_a_speaker_across_a_paragraph_break() -> None:
    result = found(
        analyse(
            "Storm Ada reached the coast on Monday.",
            '"We are ready for the storm and the flooding."',
            "Tom Hale said the roads were closed.",
        )
    )
    assert 2 not in result.statements and result.statements[3] == {"Tom Hale"}
    same = found(analyse(['"We are ready for the storm and the flooding."', "Tom Hale said the roads were closed."]))
    assert same.statements[1] == {"Tom Hale"}  # in one paragraph it still waits for the next sentence's speaker


def test_an_apposition_or_relative_clause_left_unclosed_still_leads_to_the_names_verb() -> None:
    result = found(
        analyse(
            'Tom Hale, adviser to the city council on transport said in an interview, "The bridge is late."',
            'Anna Berg, who runs a shelter for the Harbour Trust said, "We are full."',
            "Rafa Ortiz, a spokesman for the port said the ships were delayed.",
            "The bridge plan, the mayor said, will cost more than expected.",  # a parenthetical verb
            "Tom Hale, who the police said was armed, was arrested.",  # the clause has a subject of its own
        )
    )
    assert result.statements[1] == {"Tom Hale"} and result.statements[2] == {"Anna Berg"}
    assert result.statements[3] == {"Rafa Ortiz"}
    assert 4 not in result.statements and 5 not in result.statements


def test_two_common_words_joined_by_and_before_an_organisation_word_are_one_name() -> None:
    result = found(
        analyse(
            "The Ways and Means Committee approved the bill.",
            "Tom Hale, chairman of the Ways and Means Committee, said the vote was close.",
            "The Fish and Wildlife Service said the river was clean.",
        )
    )
    assert {"Ways and Means Committee", "Fish and Wildlife Service"} <= set(result.names)
    assert not {"Ways", "Means Committee", "Fish", "Wildlife Service"} & set(result.names)


def test_korea_alone_is_a_peninsula_not_an_actor() -> None:
    result = found(analyse("Officials in Korea said the talks would resume.", "Korea said it would send a delegation."))
    assert "Korea" not in result.names
    both = found(analyse("North Korea said it would test a missile.", "South Korea said the talks were over."))
    assert both.names["North Korea"][0] == both.names["South Korea"][0] == "country"


def test_a_title_named_after_a_territory_is_one_person_and_the_place_no_actor() -> None:
    result = found(
        analyse(
            "The Duke of Wellington said the estate would stay open.",
            "The Archbishop of Canterbury said the church would help.",
        )
    )
    assert result.names["Duke of Wellington"][0] == result.names["Archbishop of Canterbury"][0] == "person"
    assert result.statements[1] == {"Duke of Wellington"} and result.statements[2] == {"Archbishop of Canterbury"}
    assert "New Zealand" not in result.names  # Wellington is its capital, not here


def test_a_list_of_places_after_a_place_noun_and_of_is_places() -> None:
    result = found(analyse("Residents of Oakridge and Millbrook said the water was unsafe."))
    assert not {"Oakridge", "Millbrook"} & set(result.names)
    assert 1 not in result.statements


def test_a_pronoun_in_a_later_clause_stands_for_the_name_opening_its_sentence() -> None:
    result = found(
        analyse(
            "Tom Hale said the plant would stay open.",
            "Anna Berg visited the plant in Leeds, where she claimed the plan would cut jobs.",
        )
    )
    assert result.statements[2] == {"Anna Berg"}  # not the speaker of the sentence before
    before = found(
        analyse("Tom Hale met the union.", "The union asked for more money, but he replied that it was fixed.")
    )
    assert before.statements[2] == {"Tom Hale"}  # no name opens the sentence: the person named before


def test_a_long_role_phrase_opening_the_sentence_leads_to_the_name_set_off_after_it() -> None:
    result = found(
        analyse(
            "Deputy director for the Middle East and North Africa for the Harbour Trust, Anna Berg, said the ships "
            "were late.",
            "After the storm hit the coast of the island near the port, Rafa Ortiz said the roads were shut.",
        )
    )
    assert "Anna Berg" in result.statements[1]
    assert result.statements[2] == {"Rafa Ortiz"}


def test_a_name_after_a_publications_noun_is_an_organisation() -> None:
    result = found(
        analyse(
            "Employees of the newspaper Kalameh Vox were taken into custody.",
            "He edited a periodical called Nameh.",
            "The daily Haaretz reported that talks had failed.",
            "Tom Hale said he was tired. The radio Tom Hale had bought was broken.",
        )
    )
    assert all(result.names[name][0] == "organisation" for name in ("Kalameh Vox", "Nameh", "Haaretz"))
    assert result.names["Tom Hale"][0] == "person"  # a weak sign: a person's other evidence outweighs it


def test_according_to_an_adjective_and_a_role_leads_to_the_name_after_the_role() -> None:
    result = found(
        analyse(
            "The dam is safe according to Zemblan vice-premier Tom Hale.",
            "The dam is old, according to Zemblan co-ordinator Anna Berg.",
        )
    )
    assert result.statements[1] == {"Tom Hale"} and result.statements[2] == {"Anna Berg"}


def test_a_relative_clause_without_its_comma_still_makes_the_name_its_speaker() -> None:
    result = found(analyse("The dam is safe, said Tom Hale and the health minister Anna Berg who adds that it is old."))
    assert {"Tom Hale", "Anna Berg"} <= result.statements[1]


def test_a_speech_participle_hangs_on_the_name_opening_its_clause() -> None:
    result = found(
        analyse(
            'Zemblan president Tom Hale sent his wishes during his weekly broadcast saying "Get well soon."',
            "Anna Berg left the room, adding that the vote was unfair.",
            "Tom Hale dismissed reports saying he would resign.",  # the reports say it
            "The crowd chanted slogans, saying Tom Hale must go.",  # no name opens the clause
            "Rafa Ortiz has made it a priority, with laws banning migrants from claiming asylum.",  # no speech
        )
    )
    assert result.statements[1] == {"Tom Hale"} and result.statements[2] == {"Anna Berg"}
    assert not {3, 4, 5} & set(result.statements)


def test_they_in_a_later_clause_speaks_for_the_officials_opening_the_sentence() -> None:
    result = found(
        analyse(
            "Acme Corp officials met in Leeds, where they said the plant would close.",
            "Tom Hale went to the station where they claimed the man had fled.",  # not one person's "they"
        )
    )
    assert result.statements[1] == {"Acme Corp"}
    assert 2 not in result.statements


def test_what_people_use_is_not_an_actor() -> None:
    result = found(
        analyse(
            "Users of Vexo Pro can upgrade to Vexo Max.",
            "Many schools still use Zenwrite Pad.",
            "Tom Hale said the upgrade was free.",
        )
    )
    assert not {"Vexo Pro", "Vexo Max", "Zenwrite Pad"} & set(result.names)
    assert "Tom Hale" in result.names


def test_a_built_place_is_a_place_even_after_an_organisation_word() -> None:
    result = found(
        analyse(
            "The plane landed at Northfield International Airport on Monday.",
            "The bodies arrived at Redmarsh Air Force Base in the evening.",
        )
    )
    assert not {"Northfield International Airport", "Redmarsh Air Force Base"} & set(result.names)


def test_subjects_joined_before_both_or_all_speak_and_a_name_after_a_preposition_does_not() -> None:
    result = found(
        analyse(
            "Tom Hale and Anna Berg both said the port was closed.",
            "In an interview with the Harbour Times, Rafa Ortiz said the port was closed.",
            "Both the Harbour Trust and Tom Hale have asserted that the port is safe.",
        )
    )
    assert result.statements[1] == {"Tom Hale", "Anna Berg"}
    assert result.statements[2] == {"Rafa Ortiz"}  # the newspaper listened
    assert result.statements[3] == {"Harbour Trust", "Tom Hale"}


def test_the_issuer_of_a_document_speaks_through_it() -> None:
    result = found(
        analyse(
            "A statement from the Harbour Trust said the port was closed.",
            "The statement, issued by the Harbour Trust, said the port would reopen.",
            "According to a statement released by the Harbour Trust, the port is safe.",
            "He read a report by Tom Hale on the radio.",  # no verb of saying
        )
    )
    assert all(result.statements[n] == {"Harbour Trust"} for n in (1, 2, 3))
    assert 4 not in result.statements


def test_went_on_with_a_colon_and_a_clause_inside_an_apposition() -> None:
    result = found(
        analyse(
            ['"The vote was rigged," Tom Hale told reporters.', 'He went on: "We will appeal."'],
            "Anna Berg, the head of the Harbour Trust, which runs the port, said it was closed.",
            "The port, which Tom Hale runs, was closed.",
        )
    )
    assert result.statements[2] == {"Tom Hale"}
    assert result.statements[3] == {"Anna Berg"}
    assert 4 not in result.statements


def test_a_quotation_attributed_to_unnamed_speakers_waits_for_no_one() -> None:
    result = found(
        analyse(
            [
                '"The crimes involve massive sums," court officials told the Harbour Times.',
                "Tom Hale had denied corruption at his trial.",
            ]
        )
    )
    assert 1 not in result.statements  # not Tom Hale's, named after it
    assert result.statements[2] == {"Tom Hale"}
    before = found(analyse(['"We will rebuild the port."', "Tom Hale said the work would start in May."]))
    assert before.statements[1] == {"Tom Hale"}  # a bare quotation still waits for its speaker


def test_quotations_in_single_marks_are_quotations() -> None:
    result = found(
        analyse(
            ["Anna Berg said: 'We are ready.", "We will win.'"],
            ["'We are not giving up.'", "Tom Hale said the union would strike."],
            ["She certainly wasn't 'forced' to be there.", "The port's owners disagreed."],
        )
    )
    assert result.statements[2] == {"Anna Berg"}  # the quotation goes on
    assert result.statements[3] == {"Tom Hale"}  # a quote before its attribution in the same paragraph
    assert 6 not in result.statements  # a scare quote closes: the next sentence is not quoted


def test_single_marks_inside_a_double_quotation_do_not_end_it() -> None:
    result = found(
        analyse(
            [
                "Tom Hale said officials had, \"... called me the 'anti-christ' of the town.",
                'The next thing I knew I was in a cell for the night."',
            ]
        )
    )
    assert result.statements[2] == {"Tom Hale"}


def test_according_to_is_no_place_and_a_body_noun_before_a_name_makes_it_an_organisation() -> None:
    result = found(
        analyse(
            "Browser use fell, according to Net Vista.",
            "Localist group Civic Storm's leader was defeated, and resigned from Civic Storm.",
        )
    )
    assert result.statements[1] == {"Net Vista"}
    assert result.names["Civic Storm"][0] == "organisation"


def test_he_or_she_said_goes_to_no_person_whose_name_says_the_other() -> None:
    result = found(
        analyse(
            [
                "Mary Quell, a teacher, met Tom Varley, a doctor, in the town on Monday.",
                "He said he was tired.",
                "She said she was fine.",
            ],
            [
                "Mrs Orla Brisk met Dan Kettle in the capital.",
                "Kettle said the talks went well.",
                "She said it would rain.",
            ],
        )
    )
    assert result.statements[2] == {"Tom Varley"}  # not the first person named, a woman
    assert result.statements[3] == {"Mary Quell"}  # the last woman named, a few sentences back
    assert result.statements[5] == {"Dan Kettle"}
    assert result.statements[6] == {"Orla Brisk"}  # a title says it too
    assert load_lexicon().genders["mary"] == "she" and load_lexicon().genders["mr"] == "he"


def test_a_short_verb_makes_a_sentence_of_names_no_headline() -> None:
    result = found(analyse("Body text.", "Anna Berg met Tom Hale in Paris on Monday.", "Hale said he was hopeful."))
    assert {"Anna Berg", "Tom Hale"} <= set(result.names)


def test_an_organisation_named_for_a_or_the_study_of_something_is_one_name() -> None:
    result = found(
        analyse(
            "Ian Brook of the Center for a New Northland Security said the plan was weak.",
            "The Institute for the Study of War said the army was tired.",
        )
    )
    assert result.names["Center for a New Northland Security"][0] == "organisation"
    assert result.names["Institute for the Study of War"][0] == "organisation"
    assert result.statements[1] == {"Ian Brook"}
    assert not {"Security", "Northland Security"} & set(result.names)


def test_a_hill_is_a_place_unless_a_given_name_comes_before_it() -> None:
    result = found(
        analyse(
            "Anita Hill said the bill was weak.",
            "Hill said more.",
            "Lawmakers on Capitol Hill said the bill would pass.",
        )
    )
    assert "Capitol Hill" not in result.names
    assert result.names["Anita Hill"][0] == "person"
    assert result.statements[2] == {"Anita Hill"}  # the surname joins the person, not the place


def test_one_word_a_person_only_by_speaking_with_a_sign_of_a_body_is_an_organisation() -> None:
    result = found(
        analyse(
            "Varnak said it had taken the town.",
            "Varnak said the road was closed.",
            "Fighters loyal to the Varnak held the bridge.",
        )
    )
    assert result.names["Varnak"][0] == "organisation"


def test_a_city_spelt_with_saint_is_no_saint_and_a_clause_opener_no_speaker() -> None:
    result = found(
        analyse(
            "Tom Hale taught in St. Petersburg in 1724.",
            "Concerts were held in St Petersburg and Moscow.",
            "Although initially denied a visa, Hale said he would travel.",
        )
    )
    assert not {"Petersburg", "St Petersburg", "Although"} & set(result.names)
    assert result.statements[3] == {"Tom Hale"}


def test_a_body_speaking_through_its_spokesperson_or_officials_is_listed() -> None:
    result = found(
        analyse(
            "A spokeswoman for the Varnak Front said the plant was safe.",
            "Officials from Kestrel said the road was closed.",
            "A spokesman for Tom Hale said he was ill.",
        )
    )
    assert result.names["Varnak Front"][0] == "organisation"
    assert result.names["Kestrel"][0] == "organisation"
    assert result.names["Tom Hale"][0] == "person"


def test_tokens_of_a_sentence_are_the_same_from_the_match_cache() -> None:
    text = "The anti-Assad Al-Qaeda-linked group's U.S. envoy, Mr. Lee, said: “We’re ready.”"
    first, again = tokenize_sentence(text), tokenize_sentence(text)
    assert first == again  # the second time from the cache
    assert [(t.text, t.kind, t.affix) for t in first[:7]] == [
        ("The", "word", ""),
        ("Assad", "word", "anti"),
        ("Al-Qaeda", "word", "linked"),
        ("group", "word", ""),
        ("'s", "possessive", ""),
        ("U.S.", "acronym", ""),
        ("envoy", "word", ""),
    ]
    assert "We're" in [t.text for t in first]


def test_a_chamber_is_not_its_committee_and_no_name_ends_with_a_preposition_or_a_time_zone() -> None:
    result = found(
        analyse(
            "The Senate Finance Committee said it would vote.",
            "Tom Hale told the Senate that the banks had failed.",
            "The Senate said it would vote on Friday.",
            "The bill goes to the Northland Assembly on Friday, at 9 am Eastern Time.",
            "The Northland Assembly said it would pass the bill.",
        )
    )
    assert result.names["Senate"][0] == "organisation"
    assert result.names["Senate Finance Committee"][0] == "organisation"
    assert result.actor_of("Senate") != result.actor_of("Senate Finance Committee")
    assert "Northland Assembly" in result.names
    assert not {"Northland Assembly on", "Eastern Time"} & set(result.names)


def test_a_place_attacked_and_an_event_are_no_organisations_and_a_news_agency_is_one() -> None:
    result = found(
        analyse(
            "Marines moved into Karbeth on Wednesday.",
            "The Karbeth assault has killed dozens, and the Karbeth offensive goes on.",
            "Protests against the Karbeth siege spread, Xinhua reported.",
            "Xinhua said the town was calm, and the Holocaust museum opened.",
            "The Holocaust was remembered.",
        )
    )
    assert not {"Karbeth", "Holocaust"} & set(result.names)
    assert result.names["Xinhua"][0] == "organisation"


def test_one_letter_is_no_actor_and_a_prophet_is_a_person() -> None:
    result = found(
        analyse(
            "When Z happens after X, Z is not always caused by X.",
            "Z said nothing, and X agreed.",
            "Cartoons of the Prophet Mohammed were printed.",
        )
    )
    assert not {"X", "Z"} & set(result.names)
    assert result.names["Mohammed"][0] == "person"


def test_a_couples_given_names_joined_by_and_open_one_foundations_name() -> None:
    result = found(
        analyse(
            "The Tom and Mary Quell Foundation said it would give more.",
            "Tom and Mary Hale said they agreed.",
        )
    )
    assert result.names["Tom and Mary Quell Foundation"][0] == "organisation"
    assert not {"Mary Quell Foundation", "Tom and Mary Hale"} & set(result.names)


def test_a_name_opened_by_a_religion_or_people_is_a_body() -> None:
    result = found(
        analyse(
            "The Muslim Brotherhood said it would vote.",
            "Christian Varley said he would stay.",
        )
    )
    assert result.names["Muslim Brotherhood"][0] == "organisation"
    assert result.names["Christian Varley"][0] == "person"  # a given name too


def test_a_role_word_right_after_the_verb_leads_to_the_speaker() -> None:
    result = found(
        analyse(
            '"The command will not confirm it," said reporter Lena Varga.',
            '"Nothing is known yet," said spokesman Piet Hale.',
        )
    )
    assert result.statements[1] == {"Lena Varga"}
    assert result.statements[2] == {"Piet Hale"}


def test_an_opening_participle_and_its_object_are_no_name() -> None:
    result = found(
        analyse(
            "Tom Quell spoke at the university on Monday.",
            'Countering claims that his party took bribes, he replied, "We are clean."',
        )
    )
    assert "Countering" not in result.names
    assert result.statements[2] == {"Tom Quell"}


def test_joined_country_adjectives_and_islands_are_no_actors() -> None:
    result = found(
        analyse(
            "The Colombian-French politician Ana Ruiz was greeted by a Haitian-American singer.",
            "Troops landed on the island of Karvo on Monday.",
            "The rebels who hold Karvo said they would fight.",
        )
    )
    assert not {"Colombian-French", "Haitian-American", "Karvo"} & set(result.names)
    assert result.names["Ana Ruiz"][0] == "person"


def test_a_bodys_branch_in_a_place_speaks_for_the_body_not_the_place() -> None:
    result = found(
        analyse(
            "The Forum Nations peacekeeping force in south Lebanon has stated that the border was quiet.",
            "The Red Cross office in Kenya said it was ready.",
        )
    )
    assert result.statements[1] == {"Forum Nations"}
    assert result.statements[2] == {"Red Cross"}


def test_a_body_apposition_and_media_endings_make_organisations() -> None:
    result = found(
        analyse(
            "Officials may fine Varnex for improper paperwork.",
            "Varnex, a private military company, exported rifles.",
            "Jenny Lowe expressed concern to KBC Online about the arrests.",
            "Tom Hale, a company spokesman, said it was fine.",
        )
    )
    assert result.names["Varnex"][0] == "organisation"
    assert result.names["KBC Online"][0] == "organisation"
    assert result.names["Tom Hale"][0] == "person"


def test_the_plural_of_a_title_alone_is_no_actor() -> None:
    result = found(analyse("Half of the voters are women, and so are the two Vice Presidents."))
    assert not {"Presidents", "Vice Presidents"} & set(result.names)


def test_a_pronoun_goes_back_to_the_speaker_past_a_person_named_only_as_an_object() -> None:
    result = found(
        analyse(
            [
                'Standing at the air base, Ana Ruiz said, "I cry with joy."',
                "The politician was greeted by the President and his wife, Carla Bruni.",
            ],
            ['"I owe everything to you," she said.'],
            ["Meanwhile, Senator Lena Varga denounced the plan.", '"It is a mistake," she said.'],
            [
                "However, an exiled commander who lives in the Netherlands, Tom Berhe, is backing the story.",
                "He said the group took the money.",
                "Berhe told reporters that the aid workers were fooled.",
            ],
        )
    )
    assert result.statements[3] == {"Ana Ruiz"}
    assert result.statements[5] == {"Lena Varga"}
    assert result.statements[7] == {"Tom Berhe"}


def test_a_name_inside_a_quotation_does_not_speak_through_its_verb() -> None:
    result = found(
        analyse(
            [
                "Adviser Stephen Hale said the visit would be short.",
                '"It is to go in, then step out and let Kofi Marr continue his diplomacy," he said.',
            ]
        )
    )
    assert result.statements[2] == {"Stephen Hale"}


def test_a_unit_after_a_number_and_a_pride_march_are_no_actors() -> None:
    result = found(
        analyse(
            "The march began at 2:30 PM at the Ravenstein street and ended at 5 PM.",
            "Saturday's Karvel Pride gathered many people, and the LGBT Pride rally went on.",
        )
    )
    assert not {"PM", "Karvel Pride", "LGBT Pride"} & set(result.names)


def test_a_town_before_a_state_is_a_place_and_the_state_no_country() -> None:
    result = found(
        analyse(
            "The dead were engineer Tom Kempf of Savannah, Georgia, and conductor Mike Cella of Orange Park, Florida.",
            "The train from New York hit a truck, the New York Times reported.",
        )
    )
    assert not {"Georgia", "Orange Park", "New York"} & set(result.names)
    assert result.names["New York Times"][0] == "organisation"


def test_a_quotation_opened_after_a_verb_of_saying_leaves_the_speaker_outside() -> None:
    result = found(
        analyse(
            ['Tom Kane said, "In the first half it felt good.'],
            [
                'We could have scored two goals."',
                'After the match, the coach Nabil Marr said, "We were playing a strong team.',
                '"It was fine," Marr said.',
            ],
        )
    )
    assert result.statements[3] == {"Nabil Marr"}
    assert result.statements[4] == {"Nabil Marr"}


def test_a_continents_people_is_no_actor_and_no_country() -> None:
    result = found(
        analyse(
            "Forty African leaders wrote a letter to the Velmar government.",
            "The South Americans won the match 2-0, and Asian fans cheered.",
            "The African Union said it would send observers.",
        )
    )
    assert not {"African", "Asian", "United States", "South Americans"} & set(result.names)
    assert result.names["African Union"][0] == "organisation"


def test_a_venue_is_a_place_and_french_named_bodies_are_organisations() -> None:
    result = found(
        analyse(
            "Dornia faced Velmar in the Kastor Arena, and Tom Arena said he was pleased.",
            "According to Agence Gralle-Presse, elders said the gunmen fired shots.",
            "Pilotes Sans Frontières withdrew its staff from the country.",
        )
    )
    assert "Kastor Arena" not in result.names
    assert result.names["Tom Arena"][0] == "person"
    assert result.names["Agence Gralle-Presse"][0] == "organisation"
    assert result.names["Pilotes Sans Frontières"][0] == "organisation"


def test_the_remit_of_an_office_is_no_actor_but_a_body_after_a_role_is() -> None:
    result = found(
        analyse(
            "The Minister for Foreign Affairs said the talks would resume.",
            "The Secretary of Homeland Security said the border was closed.",
            "The Commissioner for Human Rights said the men were freed.",
            "Minister of Foreign Affairs Anna Berg said the talks were over.",
            "CEO of the Refugee Council Tom Hale told reporters the plan was cruel.",
            "The Refugee Council said it would appeal.",
        )
    )
    assert not {"Affairs", "Security", "Rights", "Foreign Affairs", "Human Rights"} & set(result.names)
    assert result.names["Anna Berg"][0] == "person"
    assert result.names["Refugee Council"][0] == "organisation"


def test_a_bodys_office_named_whole_is_one_actor() -> None:
    result = found(
        analyse(
            "The men were freed, said a spokesperson for the Velmar Union High Commissioner for Human Rights.",
            "The Velmar Union High Commissioner for Human Rights said the men were freed.",
            "Russian Minister of Foreign Affairs Sergei Lavrov said the talks were over.",
        )
    )
    assert "Velmar Union High Commissioner for Human Rights" in result.names
    assert not {"Rights", "Human Rights"} & set(result.names)
    assert "Sergei Lavrov" in result.names


def test_a_given_name_before_common_words_and_a_persons_lawyer_make_a_person() -> None:
    result = found(
        analyse(
            "The idea is credited to retired attorney Ann Rowe of Dover and fashion designer Bob Bland of Leeds.",
            "The secretary-general of the party, Tendai Mkwena, appeared in court today.",
            "Mkwena's lawyer says the charges could carry a death penalty.",
        )
    )
    assert result.names["Bob Bland"][0] == "person"
    assert result.names["Tendai Mkwena"][0] == "person"


def test_states_after_a_coast_are_places() -> None:
    result = found(analyse("The coasts of Vendra Pradesh and Kamil Nadu were put on lower warnings."))
    assert not {"Vendra Pradesh", "Kamil Nadu"} & set(result.names)


def test_the_officer_after_a_bodys_name_and_title_speaks_not_the_body() -> None:
    result = found(
        analyse(
            '"A healthy river is a basic right," stated Clean Rivers Defense Council President Rhea Sunn.',
            '"It is fine," said Velmar Defense Minister Tom Hale.',
            '"The men were freed," said spokesperson for the Velmar Union, Rupert Colm.',
            '"The men were freed," said a spokesperson for the Velmar Union.',
        )
    )
    assert result.statements[1] == {"Rhea Sunn"}
    assert result.statements[2] == {"Tom Hale"}
    assert result.statements[3] == {"Rupert Colm"}
    assert result.statements[4] == {"Velmar Union"}


def test_a_bodys_officials_in_a_town_and_its_country_speak_for_the_body() -> None:
    result = found(
        analyse(
            "Acme officials in Rome, Italy said that the two men worked for the agency.",
            "Acme said it would pay.",
            "In Paris, France said it would act.",
        )
    )
    assert result.statements[1] == {"Acme"}
    assert result.statements[3] == {"France"}


def test_a_name_between_two_parts_of_a_quotation_is_its_speaker_whatever_the_verb() -> None:
    result = found(
        analyse(
            [
                '"Gun violence is an issue for farmers," attendee Anna Berg posted online, "Women are at risk.',
                'Guns are the weapon of choice."',
                '"A healthy river is a basic right," stated Clean Rivers Defense Council President Rhea Sunn.',
            ]
        )
    )
    assert result.statements[1] == {"Anna Berg"}
    assert result.statements[2] == {"Anna Berg"}
    assert result.statements[3] == {"Rhea Sunn"}


def test_sports_events_records_uprisings_and_a_former_title_are_no_actors() -> None:
    result = found(
        analyse(
            ["Women's 10m Air Rifle"],
            ["The Velmar Anna Berg set a new Olympic Record in the Women's 10m Air Rifle."],
            ["The Dornian Tom Hale won the Men's 100m Breaststroke in the 1990s Hale style."],
            ["Supporters rallied to mark the anniversary of the First Intifada."],
            ["On Sunday, Former U.S. President Tom Hale met with Anna Berg."],
        )
    )
    assert not {"Air Rifle", "Olympic Record", "Breaststroke", "First Intifada", "Former U.S."} & set(result.names)
    assert {"Anna Berg", "Tom Hale"} <= set(result.names)


def test_a_capitalised_word_of_a_bodys_name_inside_an_apposition_is_no_verb() -> None:
    result = found(
        analyse(
            "Tom Hale, of the Acme Flood Warning Foundation, predicted that the dams would fail.",
            "Forty leaders, including former UN Secretaries-General Anna Berg and Jan Kowal, criticized the plan.",
            "The quake measured 8.2 on the Richter Scale.",
        )
    )
    assert result.statements[1] == {"Tom Hale"}
    assert "Anna Berg" in result.names
    assert not {"UN Secretaries-General Anna Berg", "Richter Scale"} & set(result.names)


def test_it_inside_a_quotation_is_the_speakers_word_not_the_body_named_before() -> None:
    result = found(
        analyse(
            [
                "Senior counselor at the Acme Stonebridge Group and former U.S. undersecretary of state for "
                'political affairs Anna R. Berg wrote on her blog, "For me, the agenda is clear.',
                "It is solidarity.",
                'It is saying to the new administration that misogyny cannot rule."',
            ]
        )
    )
    assert result.statements == {1: {"Anna R. Berg"}, 2: {"Anna R. Berg"}, 3: {"Anna R. Berg"}}


def test_a_country_continuing_inside_a_quotation_is_not_its_speaker() -> None:
    result = found(
        analyse(
            "Tom Hale met the Prime Minister of France.",
            [
                '"That is what we celebrate today.',
                "Our countries are family.",
                "After all, the United States and France continue to stand side by side.",
                'We trade a great deal," continued Mr. Hale.',
            ],
        )
    )
    assert result.statements == {2: {"Tom Hale"}, 3: {"Tom Hale"}, 4: {"Tom Hale"}, 5: {"Tom Hale"}}


def test_a_count_before_a_name_and_a_contest_are_no_actors() -> None:
    result = found(
        analyse(
            "Two European Parliament lawmakers from Velmar, Anna Berg and Jan Kowal, backed the plan.",
            "Three Acme Corporation engineers left.",
            "The Ostland Song Contest was held in May.",
            "Four Seasons Hotels said it would reopen.",
        )
    )
    assert {"European Parliament", "Acme Corporation", "Anna Berg"} <= set(result.names)
    assert not {"Two European Parliament", "Three Acme Corporation", "Ostland Song Contest"} & set(result.names)


def test_a_verb_joined_by_and_and_a_statement_issued_speak_for_the_clause_subject() -> None:
    result = found(
        analyse(
            [
                "Velmar Prime Minister Tom Hale in a tweet congratulated Anna Berg after her victory and said, "
                '"You are a real star.',
                'You brought honour to the nation!"',
            ],
            'The Acme Left Party released a joint statement saying, "We urge the organisers to act."',
            "Jan Kowal met Rita Mills and said the talks went well.",
            'The minister dismissed reports saying "the plan is dead."',
        )
    )
    assert result.statements[1] == {"Tom Hale"}
    assert result.statements[2] == {"Tom Hale"}
    assert result.statements[3] == {"Acme Left Party"}
    assert 5 not in result.statements


def test_the_body_after_of_is_not_the_subject_of_a_participle() -> None:
    result = found(analyse('Rita Mills of the Acme Unity party tweeted saying, "We win again."'))
    assert result.statements == {1: {"Rita Mills"}}


def test_an_apposition_naming_a_body_with_a_possessive_then_a_role() -> None:
    result = found(
        analyse(
            'Jan Kowal, El Diario newspaper\'s famous cartoonist, told the BBC that the case is "a waste of time."',
            "Anna Berg, Tom Hale's lawyer, said the case was odd.",
        )
    )
    assert result.statements == {1: {"Jan Kowal"}, 2: {"Anna Berg"}}


def test_an_award_before_winning_or_nominated_is_no_actor() -> None:
    result = found(
        analyse(
            "Nobel Prize-winning author Rita Mills wrote.",
            "The Oscar-nominated actor Tom Hale left.",
            "Pulitzer Prize-winning cartoonist Jan Kowal said the case was odd.",
        )
    )
    assert set(result.names) == {"Rita Mills", "Tom Hale", "Jan Kowal"}
    assert result.statements[3] == {"Jan Kowal"}


def test_by_saying_is_the_subjects_and_a_saints_day_is_no_actor() -> None:
    result = found(
        analyse(
            'Mr. Hale started his speech by saying "Thank you all for coming tonight."',
            "Anna Berg opened the meeting by saying that the plan had failed.",
            "The crowd marked St. Patrick's Day and St. George's day in the town.",
        )
    )
    assert result.statements == {1: {"Hale"}, 2: {"Anna Berg"}}
    assert set(result.names) == {"Hale", "Anna Berg"}


def test_who_after_an_apposition_is_the_named_person_not_the_body_in_it() -> None:
    result = found(
        analyse(
            'Reporters spoke to Jan Kowal, an air safety expert from Acme Management University, who said "It is a '
            'familiar scenario."',
            'Officials met with Anna Berg, who had told the Acme Council that "the plan failed."',
        )
    )
    assert result.statements == {1: {"Jan Kowal"}, 2: {"Anna Berg"}}


def test_taoiseach_is_a_title() -> None:
    result = found(analyse("Taoiseach Tom Hale visited Velmar.", "We are family, Taoiseach."))
    assert set(result.names) == {"Tom Hale"}


def test_common_words_named_once_and_never_acting_are_no_actor() -> None:
    result = found(
        analyse(
            "Investigators found the Flight Data Recorder near the Pacific Ring on Monday.",
            "Anna Berg spoke about National Enforcement.",
            "Staff from the United Nations High Commissioner for Refugees visited the camp.",
            "Officials said the Golden Meadow group had agreed.",
            "Golden Meadow said the plan had failed.",
        )
    )
    # a device, a place or a system's name cut short: gone; an office with its remit, common words that speak: kept
    assert set(result.names) == {"Anna Berg", "United Nations High Commissioner for Refugees", "Golden Meadow"}


def test_a_source_after_according_to_and_a_body_named_with_to_are_actors() -> None:
    result = found(
        analyse(
            "According to the Committee to Protect Journalists, nine reporters were held in Velmar this year.",
            "Prices rose by a third, according to Marlex.",
            "Anna Berg, a member of the Silver Lanterns rescue team, arrived on Monday.",
        )
    )
    assert result.statements == {1: {"Committee to Protect Journalists"}, 2: {"Marlex"}}
    assert result.names["Committee to Protect Journalists"][0] == "organisation"
    assert result.names["Silver Lanterns"][0] == "organisation"


def test_currencies_amounts_codes_and_slogans_are_no_actors() -> None:
    result = found(
        analyse(
            "The family asked for CA$ 5 million, and the firm paid US$3 million, said Tom Hale.",
            "Equipment worth KSh700,000 was sent to Velmar by an A380 of Acme Air.",
            "Per Japan's constitution, the emperor stays silent.",
            "The council backs the Boycott, Divestment, and Sanctions movement.",
            "The Boycott, Divestment, Sanctions campaign grew, and the G20 met.",
            "runtime.ReadMemStats reports the memory statistics.",
        )
    )
    assert set(result.names) == {"Tom Hale", "Acme Air", "Japan", "G20"}


def test_towns_listed_with_known_towns_demonyms_and_then_are_no_actors() -> None:
    result = found(
        analyse(
            "Stops in towns such as Kisumu, Velbo, Nakuru, Sarn Odel and Mombasa are at risk, said Tom Hale.",
            "Velbo, Kisumu, Nakuru and Ostrava are among the worst affected districts.",
            "The dead were two Malaysians, one Brit and French national Anna Berg.",
            "The slogan was used by Jan Kowal, then-Costa Rican ambassador to Velmar.",
        )
    )
    assert set(result.names) == {"Tom Hale", "Malaysia", "France", "Anna Berg", "Jan Kowal", "Costa Rica"}


def test_quoted_headlines_in_source_lists_and_please_are_no_actors() -> None:
    result = found(
        analyse(
            "Anna Berg of Acme Labs said the study was sound.",
            '"Velmar Faces Millions in Fines for Weapons Shipments (radio transcript)" — Acme Radio, May 3, 2008',
            '"Abstract: General Abdominal Adiposity and Risk of Death" — Acme Journal of Medicine, May 3, 2008',
            '"It was a good day for all of us," said Tom Hale.',
            "Please note that the listed sources may no longer be available online.",
        )
    )
    assert set(result.names) == {"Anna Berg", "Acme Labs", "Acme Radio", "Tom Hale"}


def test_a_long_quotation_whose_marks_pair_up_in_its_paragraph_is_the_speakers_to_the_end() -> None:
    result = found(
        analyse(
            "Tom Hale spoke in Orlen on Monday.",
            [
                '"We came here.',
                "We saw the fields.",
                "We met the farmers.",
                "They told us a lot.",
                "The rain did not come.",
                "The wells are dry.",
                "The herds are gone.",
                'We will help," Hale said.',
            ],
            ['"The river is low.', "The town is quiet.", "The school is closed.", "The shops are empty."],
            ["The roads are bad.", "The trains are late.", "The people wait."],
        )
    )
    # the second paragraph's eight sentences are Hale's; a stray mark in the third does not carry past its paragraph
    assert all(result.statements.get(n) == {"Tom Hale"} for n in range(2, 10))
    assert not any(n > 13 for n in result.statements)


def test_codes_and_charters_are_no_actors_and_military_units_are_organisations() -> None:
    result = found(
        analyse(
            "Acme filed the complaint under the Velmar Business and Professions Code on Monday.",
            "The Professions Code was amended, and the Orlen Charter was signed.",
            "A soldier of the 2nd Battalion The Orlen Regiment was hurt, said Tom Hale.",
            "The Orlen Regiment said it would help.",
        )
    )
    assert "Professions Code" not in result.names and "Orlen Charter" not in result.names
    assert result.names[result.actor_of("Orlen Regiment")][0] == "organisation"


def test_the_role_a_person_was_named_with_speaks_for_them_later() -> None:
    result = found(
        analyse(
            '"The operation is going to plan," said Jan Kowal, a government spokesman.',
            "Anna Berg, a farmer, denied it.",
            ['"We hope it ends today," the government spokesman said.', '"Then we go home."'],
            ["Mayor Tom Hale opened the fair.", "The mayor said the town was safe."],
            ["A police spokeswoman said two men were held.", "The spokeswoman added that they were armed."],
        )
    )
    assert result.statements[3] == {"Jan Kowal"} and result.statements[4] == {"Jan Kowal"}
    assert result.statements[6] == {"Tom Hale"}
    # a role never given to a named person goes to nobody
    assert 7 not in result.statements and 8 not in result.statements


def test_answered_reports_speech_and_continue_or_add_with_an_object_does_not() -> None:
    result = found(
        analyse(
            'Ambassador Anna Berg answered with, "The talks have gone on for months."',
            "Tom Hale will then continue his trip in Orlen.",
            "Jan Kowal added a third goal in the last minute.",
            '"It is over," Tom Hale continued.',
            'Jan Kowal added the family "has no more money."',
        )
    )
    assert result.statements == {1: {"Anna Berg"}, 4: {"Tom Hale"}, 5: {"Jan Kowal"}}


def test_a_faith_an_account_and_a_show_are_no_actors() -> None:
    result = found(
        analyse(
            "Members of the Velmar Faith were arrested, said Tom Hale.",
            "Orlen receives money from the Millennium Growth Account.",
            "Experts on the Acme Antiques Roadshow valued the vase.",
        )
    )
    assert set(result.names) == {"Tom Hale"}


def test_shares_stakes_and_shareholders_make_a_one_word_name_a_company() -> None:
    result = found(
        analyse(
            "Investors sold shares of Brevik on Monday after the report.",
            "Brevik said it would cut 500 jobs.",
            "Orlex's shareholders approved the merger.",
            "Orlex said the deal would close in May.",
            "Martha Stewart's products sold well, Martha Stewart said.",
        )
    )
    assert result.names["Brevik"][0] == "organisation"
    assert result.names["Orlex"][0] == "organisation"
    assert result.names["Martha Stewart"][0] == "person"  # a full name keeps its kind


def test_a_country_or_city_before_a_food_or_product_is_not_the_country_acting() -> None:
    result = found(
        analyse(
            "Brussels sprouts and French fries sold well, said Tom Hale.",
            "Belgian chocolate and Swiss cheese were on the menu.",
            "The Norwegian government said it would act.",
        )
    )
    assert set(result.names) == {"Tom Hale", "Norway"}


def test_a_one_word_name_called_a_maker_or_retailer_is_a_company() -> None:
    result = found(
        analyse(
            "Brevik, the Norwegian electronics maker, said sales fell.",
            "Brevik said it would cut jobs.",
            "The carmaker Orlex said profits rose.",
            "Orlex said it would hire.",
            "Anna Berg, a furniture maker, said wood was dear.",
        )
    )
    assert result.names["Brevik"][0] == "organisation"
    assert result.names["Orlex"][0] == "organisation"
    assert result.names["Anna Berg"][0] == "person"  # a full name keeps its kind


def test_a_language_or_people_named_alone_is_no_actor() -> None:
    result = found(
        analyse(
            "Kashmiri is spoken by millions, said Tom Hale.",
            "Pashto and Hindi are taught in the school, Anna Berg said.",
            "The Tamil Tigers said they would fight on.",
        )
    )
    assert set(result.names) == {"Tom Hale", "Anna Berg", "Tamil Tigers"}
    assert result.names["Tamil Tigers"][0] == "organisation"


def test_the_title_of_a_film_book_or_album_is_no_actor() -> None:
    result = found(
        analyse(
            "The film Golden Promise won a prize, said Tom Hale.",
            "His latest novel Quiet Hearts sold well.",
            'The band released the album "Broken Bells" in May.',
            "They play Brevik United on Sunday, Brevik United said.",
        )
    )
    assert set(result.names) == {"Tom Hale", "Brevik United"}


def test_a_product_line_before_chips_or_engines_is_no_actor() -> None:
    result = found(
        analyse(
            "Zenkor makes Advanced DRAM chips for phones, said Tom Hale.",
            "Brevik Motors engines were recalled, Brevik Motors said.",
        )
    )
    assert "Advanced DRAM" not in result.names
    assert result.names["Brevik Motors"][0] == "organisation"  # its other mention still names the maker


def test_a_band_or_orchestra_is_an_organisation() -> None:
    result = found(
        analyse(
            "The band Kestrel released a single, said Tom Hale.",
            "Kestrel said the tour would go on.",
        )
    )
    assert result.names["Kestrel"][0] == "organisation"


# Issue 16, round 14: patterns of actors_news2 (a second tuning set), on made-up sentences of the same shape


def test_issuing_a_statement_is_saying() -> None:
    result = found(
        analyse(
            "Senator Aldo Venn issued a strongly worded statement about the closure of the plant.",
            "A statement was issued by the mill on Friday.",
        )
    )
    assert result.statements == {1: {"Aldo Venn"}}


def test_dubbed_and_characterised_report_what_someone_said() -> None:
    result = found(
        analyse(
            'Writing in a newsletter, Pim Darrow dubbed the dispute "a war without end".',
            'He characterised the clash as "another small skirmish".',
        )
    )
    assert result.statements == {1: {"Pim Darrow"}, 2: {"Pim Darrow"}}


def test_a_party_label_in_an_apposition_is_no_actor_and_no_speaker() -> None:
    result = found(
        analyse(
            "Senator Aldo Venn, Republican from Ohio, said the plant would close.",
            '"I am disappointed," he said.',
            "Governor Ida Marsh, Democrat of Utah, said she would help.",
        )
    )
    assert set(result.names) == {"Aldo Venn", "Ida Marsh"}
    assert result.statements == {1: {"Aldo Venn"}, 2: {"Aldo Venn"}, 3: {"Ida Marsh"}}


def test_a_follower_named_alone_is_no_actor() -> None:
    result = found(analyse("Mara Holt, a former Scientologist, said she was held on the ship for years."))
    assert set(result.names) == {"Mara Holt"}


def test_a_title_opened_by_the_in_mid_sentence_keeps_its_and() -> None:
    result = found(
        analyse(
            'Writing in a blog post, Pim Darrow of The Sun and Star dubbed the dispute "a war".',
            'He characterised the clash as "a skirmish".',
        )
    )
    assert set(result.names) == {"Pim Darrow", "Sun and Star"}
    assert result.names["Sun and Star"][0] == "organisation"
    assert result.statements == {1: {"Pim Darrow"}, 2: {"Pim Darrow"}}


def test_they_after_a_bodys_block_quote_is_the_body() -> None:
    result = found(
        analyse(
            "In a statement to the Daily Courier, the Kestrel Group denied the allegations:",
            ["She was never forced to stay on the ship.", "They also claimed Mara Holt was a volunteer."],
        )
    )
    assert result.statements[1] == {"Kestrel Group"}
    assert result.statements[3] == {"Kestrel Group"}


def test_a_vessel_or_spacecraft_is_no_actor() -> None:
    result = found(
        analyse(
            "Space Shuttle Orion lifted off on Tuesday, said Tom Hale.",
            "Finally, Orion will go on display in a museum.",
            "Mara Holt said the cruise ship, Aurora, was her home for years.",
            "On board the Aurora, she worked long hours.",
            "The Aurora later sailed south.",
        )
    )
    assert set(result.names) == {"Tom Hale", "Mara Holt"}


def test_a_venue_is_no_actor() -> None:
    result = found(
        analyse(
            "The fair took place at the Lakeside Convention Centre, said Tom Hale.",
            "The Lakeside Visitor Complex will open in May.",
        )
    )
    assert set(result.names) == {"Tom Hale"}


def test_an_event_named_after_during_or_in_an_apposition_is_no_actor() -> None:
    result = found(
        analyse(
            "Pilgrims travel to the shrine for the Festa, the annual pilgrimage to the hills.",
            "Nine people died during the Festa, Tom Hale said.",
            "During the 2004 Festa, thirty people were hurt.",
            "The Festa ends on Sunday.",
        )
    )
    assert set(result.names) == {"Tom Hale"}


def test_a_technology_makers_name_keeps_its_first_word() -> None:
    result = found(
        analyse(
            "Applied Nano Devices said profits rose in the third quarter.",
            "Global Dynamics said it would cut jobs.",
        )
    )
    assert set(result.names) == {"Applied Nano Devices", "Global Dynamics"}
    assert all(kind == "organisation" for kind, _ in result.names.values())


def test_each_name_of_a_listed_subject_acts() -> None:
    result = found(
        analyse(
            "Zentro, Brevik, and Orlex all had large stands at the fair.",
            "Anna Berg said the hall was busy.",
        )
    )
    assert {"Zentro", "Brevik", "Orlex", "Anna Berg"} <= set(result.names)


def test_according_to_a_role_with_its_modifier_and_a_name() -> None:
    result = found(analyse("Nine people were hurt, according to police spokesman Tom Hale."))
    assert result.statements == {1: {"Tom Hale"}}


def test_a_capital_that_is_the_family_name_of_a_person_named_in_full_is_that_person() -> None:
    result = found(
        analyse(
            [
                "Mara Paris, a former crew member, has claimed that the Kestrel Group held her on a ship.",
                "Paris claims she was sent to the ship aged eighteen.",
                "She also claims that she worked at night.",
            ],
        )
    )
    assert set(result.names) == {"Mara Paris", "Kestrel Group"}
    assert result.statements == {1: {"Mara Paris"}, 2: {"Mara Paris"}, 3: {"Mara Paris"}}
    government = found(analyse("France and Germany signed a deal.", "Paris said the deal was fair."))
    assert government.statements == {2: {"France"}}


def test_a_time_word_after_a_given_name_is_a_family_name() -> None:
    result = found(
        analyse(
            "Theresa May said the vote was fair.",
            "Anna Christmas said the count was clean.",
            "Barack Obama Monday said it was over.",
        )
    )
    assert set(result.names) == {"Theresa May", "Anna Christmas", "Barack Obama"}


def test_a_counted_plural_is_no_actor() -> None:
    result = found(
        analyse(
            "Like many Velmarians, I am disappointed, said Tom Hale.",
            "The gallery shows roughly 100 Zentrographs, Anna Berg said.",
            "Jets hit a Kestrel base, killing two Kestrel members.",
            "Kestrel said it would respond.",
        )
    )
    assert set(result.names) == {"Tom Hale", "Anna Berg", "Kestrel"}


def test_an_officers_title_after_a_bodys_name_leaves_the_body() -> None:
    result = found(analyse("Cara Lund, the former Museum of Aviation CEO, said the plan was dead."))
    assert result.names["Museum of Aviation"][0] == "organisation"
    assert result.names["Cara Lund"][0] == "person"


def test_an_ampersand_joins_one_name() -> None:
    result = found(
        analyse(
            "Harlow & Sons said sales rose.",
            "Visitors came to the Harbour Aviation & Space Museum, said Tom Hale.",
            "Students of Velmar A&M said the fees were high.",
        )
    )
    assert {"Harlow & Sons", "Harbour Aviation & Space Museum", "Velmar A&M"} <= set(result.names)
    assert result.names["Harlow & Sons"][0] == "organisation"


def test_a_bodys_tail_stops_before_a_code() -> None:
    result = found(analyse("The crew left the Kestrel Space Center on STS-1 in April, said Tom Hale."))
    assert set(result.names) == {"Kestrel Space Center", "Tom Hale"}


def test_the_agency_said_after_a_quotation_is_the_body_named_before() -> None:
    result = found(
        analyse(
            [
                "The Velmar Central News Agency said troops were ready.",
                '"We will strike," the agency said.',
            ],
            [
                "Zentrosoft is counting down the days.",
                '"Ten years ago the browser was new. Today it is old," the company said on its website.',
            ],
        )
    )
    assert result.statements[2] == {"Velmar Central News Agency"}
    assert result.statements[max(result.statements)] == {"Zentrosoft"}


def test_a_name_set_off_after_a_capitalised_office_speaks() -> None:
    result = found(analyse("The Undersecretary for Education, Dino Fabbri, said the schools must pay."))
    assert result.statements == {1: {"Dino Fabbri"}}


def test_a_person_described_by_a_role_of_an_event_is_no_event() -> None:
    result = found(analyse("In a statement, Tom Kemp, the founder of the contest, said the girls were brave."))
    assert result.statements == {1: {"Tom Kemp"}}


def test_a_given_name_opening_a_sentence_stays_in_the_name() -> None:
    result = found(analyse("Dean Kemp said the girls were brave.", "Kemp added that the visas were late."))
    assert set(result.names) == {"Dean Kemp"}
    assert result.statements == {1: {"Dean Kemp"}, 2: {"Dean Kemp"}}


def test_the_before_a_name_and_its_noun_is_the_nouns() -> None:
    result = found(
        analyse(
            "A video featuring Tom Hale went online, said Anna Berg.",
            "Critics attacked the Hale video on Monday.",
            "Fans shared the Hale video widely.",
        )
    )
    assert result.names[result.actor_of("Hale")][0] == "person"


def test_a_web_address_before_site_is_the_site() -> None:
    result = found(
        analyse(
            "The Kestrel.org site was down on Friday, said Tom Hale.",
            "Vulnora.com said it would sue.",
        )
    )
    assert set(result.names) == {"Tom Hale", "Vulnora.com"}


def test_a_product_named_after_its_noun_and_a_bay_are_no_actors() -> None:
    result = found(
        analyse(
            "The browser Zentro Explorer is old, said Tom Hale.",
            "Doctors gave her the drug Velmacil on Monday, Anna Berg said.",
            "The agency said Kestrel Bay was closed.",
        )
    )
    assert set(result.names) == {"Tom Hale", "Anna Berg"}


def test_a_sentence_adverb_between_the_speaker_and_the_verb() -> None:
    result = found(
        analyse(
            "Anna Berg however said the vote was fair.",
            "Tom Hale meanwhile insisted that the count was wrong.",
        )
    )
    assert result.statements == {1: {"Anna Berg"}, 2: {"Tom Hale"}}


# Issue 16, round 15: patterns of actors_news2's second batch (Wikinews 2019), on made-up sentences of the same shape


def test_a_body_named_with_a_country_is_shown_as_written() -> None:
    result = found(
        analyse(
            "The US Coast Guard said two boats sank near the harbour.",
            "The U.S. Coast Guard said the search would go on.",
            "Iran's Foreign Ministry said the talks would resume.",
        )
    )
    guard = result.actor_of("US Coast Guard")
    assert "U.S. Coast Guard" in result.names[guard][1]  # one body, however the country is written
    assert "American Coast Guard" not in result.names  # in no text
    assert "Iranian Foreign Ministry" in result.names  # after a possessive, the adjective still names it


def test_a_one_word_name_that_reports_is_a_news_outlet() -> None:
    result = found(
        analyse(
            "Kelvo reports that the mayor resigned on Monday.",
            "Vance said the plan was fine.",
            "Vance also said the vote would be held in May.",
        )
    )
    assert result.names["Kelvo"][0] == "organisation"
    assert result.names["Vance"][0] == "person"  # a surname that says, as news writes famous people


def test_names_listed_after_firms_including_are_bodies() -> None:
    result = found(
        analyse(
            "Local firms including Brauhof Bahn, Teltrix, and Sonnwerk have announced cuts.",
            "Groups such as Velmar Trust wrote to the council.",
            "Officials including Tom Hale and Mary Birch were at the meeting.",
        )
    )
    assert all(result.names[n][0] == "organisation" for n in ("Brauhof Bahn", "Teltrix", "Sonnwerk", "Velmar Trust"))
    assert all(result.names[n][0] == "person" for n in ("Tom Hale", "Mary Birch"))


def test_a_name_after_the_noun_airline_is_a_body() -> None:
    result = found(analyse("Regulators grounded the budget airline Zarvan Air on Monday, Tom Hale said."))
    assert result.names["Zarvan Air"][0] == "organisation"


def test_a_relative_set_off_before_the_verb_speaks() -> None:
    result = found(
        analyse(
            "Tom Hale was hurt on Friday.",
            "His mother, Nora Vell, said the driver did not stop.",
            "Hale's brother, Ian Colt, told reporters the family was broken.",
        )
    )
    assert result.statements == {2: {"Nora Vell"}, 3: {"Ian Colt"}}


def test_a_medium_named_alone_is_no_actor() -> None:
    result = found(analyse('Nora Vell said on TV, "He was kind."', "Tom Hale spoke on the radio."))
    assert set(result.names) == {"Nora Vell", "Tom Hale"}


def test_a_maker_and_a_model_code_is_a_product() -> None:
    result = found(
        analyse(
            "Tom Hale was struck by a Karvex TX90 driving on the wrong side of the road, according to camera footage.",
        )
    )
    assert "Karvex TX90" not in result.names


def test_according_to_a_document_by_an_officer_of_a_country() -> None:
    result = found(
        analyse(
            '"The airline moves arms," according to a tweet on Monday by Dana Pellworth.',
            '"The talks failed," according to US Secretary of State Mark Pellworth.',
            '"No deal was made," according to US officials.',
        )
    )
    assert result.statements == {1: {"Dana Pellworth"}, 2: {"Mark Pellworth"}, 3: {"United States"}}


def test_informed_is_a_verb_of_saying_but_well_informed_names_no_one() -> None:
    result = found(
        analyse(
            "Police met Anna Berg on Friday.",
            "She informed police she had no plans to leave.",
            "Well informed sources said the deal was off.",
        )
    )
    assert result.statements == {2: {"Anna Berg"}}
    assert set(result.names) == {"Anna Berg"}


def test_a_hospital_named_as_where_something_happened_is_a_place() -> None:
    result = found(
        analyse(
            "Tom Hale died at Kestrel General Hospital a short time later, his family said.",
            "Velmar Hospital said it had no beds left.",
        )
    )
    assert set(result.names) == {"Tom Hale", "Velmar Hospital"}


def test_the_before_a_full_name_and_its_noun_is_the_nouns() -> None:
    result = found(
        analyse(
            "A video featuring Tom Hale was removed from the site.",
            "Critics attacked the Tom Hale video on Monday.",
            "Fans shared the Tom Hale video widely, said Anna Berg.",
        )
    )
    assert result.names["Tom Hale"][0] == "person"


def test_a_verb_of_saying_after_a_quoted_object_is_the_subjects() -> None:
    result = found(analyse('The Velmar Trust gave its "deepest sympathies" and said the case was closed.'))
    assert result.statements == {1: {"Velmar Trust"}}


def test_an_acronym_that_is_a_common_word_names_a_body_after_its_noun() -> None:
    result = found(
        analyse(
            "State news agency TOP has reported that five people died.",
            "The Kestrel Press Agency (BAN) said the toll rose.",
            "Click SAVE to keep the file, Tom Hale said.",
        )
    )
    assert result.statements[1] == {"TOP"} and result.names["TOP"][0] == "organisation"
    assert "BAN" in result.names[result.actor_of("Kestrel Press Agency")][1]
    assert "SAVE" not in result.names


def test_a_holiday_word_after_a_role_and_a_name_is_a_family_name() -> None:
    result = found(analyse("She launched her novel with illustrator Jory Christmas on Friday, Tom Hale said."))
    assert "Jory Christmas" in result.names and "Jory" not in result.names


def test_a_mosque_named_in_arabic_is_a_place() -> None:
    result = found(analyse("A hotel near the Masjid Al-Karim (Great Mosque) collapsed, Tom Hale said."))
    assert set(result.names) == {"Tom Hale"}


def test_a_bodys_own_body_named_after_it_speaks_for_it() -> None:
    result = found(analyse("The Kestrel Group board said profits fell.", "The Hale campaign said it raised money."))
    assert result.statements == {1: {"Kestrel Group"}}


def test_a_time_word_opening_a_newspapers_name_stays() -> None:
    result = found(
        analyse(
            "The Morning Herald reported that the mayor had resigned.",
            "The Sunday Gazette said the vote was close.",
            "On Sunday Parliament voted to close the road, Tom Hale said.",
        )
    )
    assert {"Morning Herald", "Sunday Gazette"} <= set(result.names)
    assert not {"Herald", "Gazette", "Sunday Parliament"} & set(result.names)


def test_a_letter_and_a_common_noun_name_a_thing() -> None:
    result = found(
        analyse(
            "Members were attached to a device called the Q-meter, Tom Hale said.",
            "The Q-meter was used again on Monday.",
        )
    )
    assert set(result.names) == {"Tom Hale"}


def test_speaking_in_a_clause_of_time_says_nothing() -> None:
    result = found(
        analyse(
            "Tom Hale was questioned about the case while speaking to the press at a school.",
            "When speaking to reporters, Ian Colt said the road was shut.",
        )
    )
    assert result.statements == {2: {"Ian Colt"}}


def test_a_one_word_speaker_that_says_its_is_a_body() -> None:
    result = found(
        analyse(
            "Kestra said its profits rose by a third.",
            "Kestra said on Monday that its sales were strong.",
            "Vance said the plan was fine.",
        )
    )
    assert result.names["Kestra"][0] == "organisation"
    assert result.names["Vance"][0] == "person"


def test_a_generic_word_joins_the_more_mentioned_of_two_bodies() -> None:
    sentences = [
        IndexedSentence(1, 1, 1, 1, "The Velmar Orthodox Church estimates that many people follow it.", ()),
        IndexedSentence(2, 2, 1, 1, "Hackers attacked the Church of Kestrology's website.", ()),
        IndexedSentence(3, 2, 1, 2, "The Church of Kestrology said it was fine.", ()),
        IndexedSentence(4, 2, 1, 3, "The Church denied the claims.", ()),
    ]
    result = found(find_actors(sentences))
    assert result.actor_of("Church") == "Church of Kestrology"
    assert result.names["Velmar Orthodox Church"][1] == ("Velmar Orthodox Church",)


def test_identifiers_and_command_line_options_in_software_docs_are_no_actors() -> None:
    """On a folder of software docs, code written in the prose gave actors: an identifier's capitalised parts
    ("kettle_hooks.codes.KETTLE_STEAM_LEVEL_HIGH" as "KETTLE STEAM HIGH", error codes as runs of acronyms), across
    documents that mention them again and again."""
    documents = [
        ["Builds add -Wsteam-level to the flags, assuming that -Wall is always in effect.", "We now add -Wall."],
        ["Compile with -Wall and -Werror, as the project does.", "The -Wall flag catches unused variables."],
        [
            "The level is reported in kettle_hooks.codes.KETTLE_STEAM_LEVEL_HIGH when the water boils.",
            "A lower one is kettle_hooks.codes.KETTLE_STEAM_LEVEL_LOW.",
        ],
        ["The KETTLE_STEAM_FLAGS_FORCED flag is set on a forced boil.", "Anna Berg said the Kettle Foundation agreed."],
        ["Check for K9_V_ERR_ERROR_IN_LID_LAST_CLOSE if it sticks.", "K9_V_ERR_ERROR_IN_LID_NEXT_CLOSE is a twin."],
    ]
    sentences = [
        IndexedSentence(number * 10 + index, number, 1, index, text, ())
        for number, texts in enumerate(documents, start=1)
        for index, text in enumerate(texts, start=1)
    ]
    assert set(found(find_actors(sentences)).names) == {"Anna Berg", "Kettle Foundation"}


def test_a_sentence_opening_adverb_before_a_verb_of_saying_is_no_speaker() -> None:
    """Release notes open sentences with "Originally reported by X" and "Recently said to be ...": the adverb before
    a verb of saying was taken for a one-word speaker (an organisation "Originally" in software docs); a given name
    ending in "-ly" still speaks."""
    documents = [
        ["Originally reported by Anna Berg, the leak was fixed later.", "Recently reported crashes follow."],
        ["Originally reported by Tomas Vik and Lena Ott, the flaw was closed.", "Recently said to be slow, it went."],
        ["Originally reported in March, the bug needed a new lid sensor.", "Kelly said the kettle was safe."],
    ]
    sentences = [
        IndexedSentence(number * 10 + index, number, 1, index, text, ())
        for number, texts in enumerate(documents, start=1)
        for index, text in enumerate(texts, start=1)
    ]
    assert set(found(find_actors(sentences)).names) == {"Anna Berg", "Tomas Vik", "Lena Ott", "Kelly"}


def test_a_licence_and_a_copyright_line_name_their_holder_only() -> None:
    """Software packages repeat licence text: the licence's name ("General Public License", with "General" taken for
    a title, was a person with hundreds of mentions) is a document, a copyright line's "Copyright" is no part of the
    holder's name, and a holder after a word in capitals ("KETTLEWORKS LIMITED and ...") does not start with "and"."""
    notice = (
        "You may copy it under the terms of the Kettle General Public License as published by the Kettle Software "
        "Foundation; version 2 of the License."
    )
    documents = [
        [notice, "You should have received a copy of the Kettle Lesser General Public License with it."],
        [notice, "Parts are under the Brewing General Purpose Licence (BGPL), version 3."],
        ["Copyright Kettle Software Foundation, Inc.; all rights reserved.", "Anna Berg said the lid works."],
        [
            "KETTLEWORKS LIMITED and Brewing Equipment Corporation disclaim all warranties.",
            "The Brewing Public Licenses apply.",
        ],
    ]
    names = set(found(find_actors(indexed_documents(documents))).names)
    assert names == {"Kettle Software Foundation", "Anna Berg", "Brewing Equipment Corporation"}


def test_camel_case_identifiers_in_changelogs_are_code() -> None:
    """Changelog lines name functions in PascalCase ("src: remove unnecessary ToLocalChecked call (X) #123"): a
    word joined from three common words or led by a verb such as "Get" or "Make", or written as a call ("Brew()",
    "kettle::Boil"), is code; a company's joined name ("KettleWorks", "PayPal") is not."""
    documents = [
        [
            "src: remove unnecessary ToLocalChecked call (Anna Berg) #4021",
            "src: avoid unnecessary ToLocalChecked calls (Anna Berg) #4022",
            "src: make MakeKettle() check the lid before boiling (Tomas Vik) #4023",
            "timers: callback trampoline for MakeKettle (Tomas Vik) #4024",
            "src: remove GetCurrent calls from the loop (Lena Ott) #4025",
            "inspector: use MainThreadInterface for the lid (Lena Ott) #4026",
            "src: call kettle::Steam and Brew() once (Lena Ott) #4027",
            "src: kettle::Steam warns when Brew() fails (Lena Ott) #4028",
            "src: Brew() says when kettle::Steam is done (Lena Ott) #4029",
        ],
        ["KettleWorks said its sales rose.", "KettleWorks said it would hire staff."],
    ]
    names = set(found(find_actors(indexed_documents(documents))).names)
    assert names == {"Anna Berg", "Tomas Vik", "Lena Ott", "KettleWorks"}


def test_a_common_word_alone_outside_news_is_no_actor() -> None:
    """In software docs a common word opening a line ("Please report bugs to the list", "Merge requests to old
    branches are closed", "Retry requests on server error") spoke through a verb read as one of saying and became an
    actor; outside news such a word alone is not one, unless a title comes before it. A person named in the same
    documents still is."""
    manual = [
        "The kettle reads its settings from a file in the home folder.",
        "Each setting is a name, an equals sign and a value.",
        "Unknown settings are skipped.",
        "The lid sensor is checked before the water is heated.",
        "A boil stops when the water reaches the set temperature.",
        "Logs are written to the standard error stream.",
        "The service restarts itself after a crash.",
        "Timers are kept in memory only.",
        "The display shows the water level in steps of a tenth.",
        "A second kettle on the same network is found by its name.",
        "Old settings files are read and rewritten in the new form.",
        "The manual page lists every setting with its default.",
    ]
    body = manual * 3  # long documents with few speakers: not news
    lines = [
        ["Please report bugs to the mailing list.", "Merge requests to old branches are closed.", *body],
        ["Please tell us what broke.", "Retry requests on server error.", "Feedback is welcome.", *body],
        ["Please note the new flags.", "Merge requests need a review.", "Retry requests on a timeout.", *body],
        ["Feedback from Mr Vik reached us.", "Feedback is welcome.", "Dr Lena Ott wrote the lid code.", *body],
    ]
    names = set(found(find_actors(indexed_documents(lines))).names)
    assert names == {"Lena Ott", "Vik"}


# Issue 16, round 16: patterns of actors_news2's third batch (Wikinews 2020), on made-up sentences of the same shape


def test_a_hyphenated_acronym_is_a_name_not_a_shouted_word() -> None:
    """A word in capitals of more than five letters is dropped as a dateline or emphasis ("BRUSSELS"); a hyphenated
    acronym of letters ("KTV-RBN", a broadcaster) is a name, a code with digits ("CVE-2019-1348") still is not."""
    result = found(
        analyse(
            "Following the expiry of broadcaster KTV-RBN's licence, the regulator ordered it off the air.",
            "KTV-RBN said the order was unfair.",
            "KTV-RBN Corporation is the largest network in Veldoria.",
            "The flaws CVE-2019-1348 and CVE-2019-1349 were fixed in the spring.",
        )
    )
    assert not {"CVE-2019-1348", "CVE-2019-1349"} & set(result.names)  # codes stay out
    actor = result.actor_of("KTV-RBN")
    assert actor == "KTV-RBN Corporation" and result.names[actor][0] == "organisation"
    assert result.statements[2] == {actor}


def test_a_fire_and_rescue_service_is_one_name() -> None:
    """Emergency services are named "<place> Fire and Rescue" ("Search and Rescue" too): the "and" joins two common
    words inside one name, with no organisation word after it; two people are still two."""
    result = found(
        analyse(
            "Tom Berg of Velby Fire and Rescue said no crews would enter the building.",
            "Velby Fire and Rescue asked for help from other services.",
            "Anna Lind and Vik met on Monday.",
        )
    )
    assert result.names["Velby Fire and Rescue"][0] == "organisation" and "Anna Lind" in result.names
    assert not {"Velby Fire", "Rescue"} & set(result.names)
    assert result.statements[1] == {"Tom Berg"}


def test_times_breaks_parks_languages_and_car_models_are_not_actors() -> None:
    """In news, "the 21st Century" is a time, "their Lenten Break" a holiday, "the McKinley Park playground" a place,
    "the Spanish language" a language (not the country of the adjective), and a name after a model year ("a recalled
    2005 Brevik Zafra") a car."""
    result = found(
        analyse(
            "And in the 21st Century, every society needs to respect the choice, Anna Berg said.",
            "Parliament met again after their Lenten Break, which began on March 13, Anna Berg said.",
            "A mother called police after her child found a bag at the McKinley Park playground.",
            'He said "we will stay" (in the Spanish language: "nos quedamos"), Anna Berg said.',
            "The fire started in a recalled 2005 Brevik Zafra, police said.",
        )
    )
    assert set(result.names) == {"Anna Berg"}


def test_a_spokesperson_for_a_body_speaks_for_it() -> None:
    """In "A spokesman for X said ..." the body named in the speaker phrase speaks (as "according to a spokesman for
    X" and "X's spokesman said" do); a spokesperson met or quoted elsewhere in the sentence gives no statement."""
    result = found(
        analyse(
            "A spokesman for the Kestrel Workers Union said the strike would go on.",
            "A spokeswoman for Brakan Airlines said flights were cancelled.",
            "Anna Berg met a spokesman for Brakan Airlines on Monday.",
            "The Kestrel Workers Union has 4,000 members.",
        )
    )
    assert result.statements[1] == {"Kestrel Workers Union"}
    assert result.statements[2] == {"Brakan Airlines"}
    assert not result.statements.get(3)


def test_according_to_a_statement_by_a_titled_person() -> None:
    """In "according to a statement by the Presidential Spokesperson X" the statement's author is the person after the
    title or role words, not the first of those words."""
    result = found(
        analyse(
            "The minister resigned, according to a statement by the Presidential Spokesperson Tomas Vik.",
            "The talks failed, according to a statement by spokeswoman Lena Ott.",
            "Tomas Vik and Lena Ott spoke on Monday.",
        )
    )
    assert result.statements[1] == {"Tomas Vik"}
    assert result.statements[2] == {"Lena Ott"}


def test_a_title_before_a_common_word_outside_news_is_no_person() -> None:
    """Licence text wrapped at a line's end ("... under the terms of the GNU General Public" / "License as published
    ...") gave a person "Public" ("General" read as a title) mentioned in every copyright file; outside news a common
    word after a title that the documents mostly write in lower case is no actor when named three times or more, and
    a licence's version ("Kettle Public License Version 2") is a document. A title's namesake named once stays ("Dr.
    Swift")."""
    body = [
        "You can redistribute it and modify it under the terms of the GNU General Public",
        "License as published by the Kettle Software Foundation.",
        "This program is distributed in the hope that it will be useful to the public.",
        "See the Kettle Public License Version 2 for more details.",
        "Anna Berg wrote the public parts of the lid code.",
    ]
    manual = [
        "The kettle reads its settings from a file in the home folder.",
        "Each setting is a name, an equals sign and a value.",
        "The lid sensor is checked before the water is heated.",
        "A boil stops when the water reaches the set temperature.",
        "Logs are written to the standard error stream.",
        "The service restarts itself after a crash.",
        "Timers are kept in memory only.",
        "The display shows the water level in steps of a tenth.",
    ]
    documents = [[*body, *manual, *manual], [*body, *manual, *manual], [*body, *manual, *manual]]
    documents.append(["He was rude to Dr. Swift and to me, she wrote.", "The swift boat left.", *manual, *manual])
    names = set(found(find_actors(indexed_documents(documents))).names)
    assert names == {"Kettle Software Foundation", "Anna Berg", "Swift"}


def test_a_name_before_an_oil_field_or_a_power_plant_is_a_place() -> None:
    """In "a visit to the Arne Dahl oil field" and "the Orrvik power plant" a site named after a person or a place (one
    lower-case word, then a site noun), not an actor."""
    result = found(
        analyse(
            "The closure stranded Prime Minister Anna Berg after a visit to the Arne Dahl oil field.",
            "Workers at the Orrvik power plant were sent home.",
            "Anna Berg said the plant was safe.",
        )
    )
    assert set(result.names) == {"Anna Berg"}


def test_the_acronym_of_a_programme_or_a_law_is_no_actor() -> None:
    """An acronym spelt out as a programme, a plan or a law in brackets ("KHB (Kestrel Housing Benefit) payments",
    "the Clean Water Act (CWA)") names that thing wherever the document uses it; a body's acronym stays its name."""
    result = found(
        analyse(
            "Anna Berg said KHB (Kestrel Housing Benefit) payments were a factor in the rise.",
            "KHB payments started in April.",
            "KHB helped many families, Anna Berg said.",
            "The Velby Workers Union (VWU) said the Clean Water Act (CWA) was too weak.",
            "CWA rules apply to rivers, the VWU said.",
        )
    )
    assert set(result.names) == {"Anna Berg", "Velby Workers Union"}
    assert result.actor_of("VWU") == "Velby Workers Union"


def test_elaborated_is_a_verb_of_saying() -> None:
    """ "X elaborated, "..."": a verb of saying like "explained"."""
    result = found(
        analyse(
            [
                'Saying "the rules are old", President Tomas Vik elaborated, "A state must protect its citizens.',
                'And every society needs to respect their choices."',
            ],
            "Anna Berg elaborated that the plan was fair.",
        )
    )
    assert result.statements[1] == {"Tomas Vik"} and result.statements[2] == {"Tomas Vik"}
    assert result.statements[3] == {"Anna Berg"}


def test_a_roman_numeral_is_no_actor() -> None:
    """Chapter numbers in Roman numerals ("XI. The Nine Situations", "see chapter XI") were organisations in a
    book; a numeral of I, V and X alone is never an actor, an acronym that is none still is."""
    result = found(
        analyse(
            "XI. The Nine Situations",
            "XI said to be the longest chapter, the translator Anna Berg wrote.",
            "In chapter XI, the ground is of nine kinds.",
            "Compare VI and XII, where the translator is less sure.",
            "The IVX Council said the translation was good.",
            "IVX said it would print it.",
        )
    )
    assert set(result.names) == {"Anna Berg", "IVX Council"}


def test_officials_of_a_named_body_speak_for_it() -> None:
    """In "Officials from X said" and "a representative of X said" the body named in the speaker phrase speaks, as for a
    spokesperson; officials named as the object of another verb give no statement."""
    result = found(
        analyse(
            "Officials from the Kestrel Ministry of Health said the clinics would reopen.",
            "A representative of the Velby Workers Union said the talks had failed.",
            "Two officials of the Kestrel Ministry of Health were arrested on Monday, Anna Berg said.",
            "The Velby Workers Union has 4,000 members.",
        )
    )
    assert result.statements[1] == {"Kestrel Ministry of Health"}
    assert result.statements[2] == {"Velby Workers Union"}
    assert result.statements[3] == {"Anna Berg"}


def test_a_forest_or_a_desert_and_a_testament_are_not_actors() -> None:
    """A name before "rainforest" or "forest" is a place ("the Velmaro rainforest"), as before "desert"; a name ending
    with "Testament" is a book ("the Old Testament"), though either is the subject of a verb."""
    result = found(
        analyse(
            "Anna Berg said the Velmaro rainforest was burning.",
            "The Velmaro rainforest shrank by a tenth, the report said.",
            "The Orrak desert grew again, Anna Berg said.",
            "The Old Testament says little about it, Anna Berg wrote.",
        )
    )
    assert set(result.names) == {"Anna Berg"}


# Issue 16, round 17: software reference docs (made-up pages in the shape of an API reference)


_REFERENCE_BODY = [
    "The kettle reads its settings from a file in the home folder.",
    "Each setting is a name, an equals sign and a value.",
    "Unknown settings are skipped.",
    "The lid sensor is checked before the water is heated.",
    "A boil stops when the water reaches the set temperature.",
    "Logs are written to the standard error stream.",
    "The service restarts itself after a crash.",
    "Timers are kept in memory only.",
    "The display shows the water level in steps of a tenth.",
    "Old settings files are read and rewritten in the new form.",
]


def test_a_capitalised_term_the_same_page_writes_in_lower_case_is_no_actor_outside_news() -> None:
    """A reference page capitalises its terms in headings and table rows ("Steam Group", "Boil Channel") and writes
    them in lower case in its prose ("a steam group"): outside news such a name is a term, even one ending with an
    organisation word ("Group") or one that a verb seems to make a person. A company named only capitalised stays."""
    pages = [
        [
            "Steam Group",
            "A steam group shows the state of the kettle.",
            "The Steam Group lists each timer.",
            "Every steam group has a title.",
            "Kestrel Appliances Inc makes the kettle.",
            *_REFERENCE_BODY * 2,
        ],
        [
            "Boil Channel",
            "A boil channel is sent when the water boils.",
            "Boil Channel says the kettle is done.",
            "Boil Channel carries the temperature.",
            "Kestrel Appliances Inc signs every boil channel.",
            *_REFERENCE_BODY * 2,
        ],
    ]
    names = set(found(find_actors(indexed_documents(pages))).names)
    assert names == {"Kestrel Appliances Inc"}


def test_a_term_written_in_lower_case_in_a_news_article_stays_an_actor() -> None:
    """The same lower-case writing in news does not drop a body: "the Velby Water Board ... the velby water board"
    (a quoted typo) leaves the board an actor that speaks."""
    result = found(
        analyse(
            "Friday, March 3, 2023",
            "The Velby Water Board said on Friday that prices would rise.",
            "Residents of the town wrote to the velby water board in protest.",
            "The Velby Water Board said it had no choice.",
        )
    )
    assert "Velby Water Board" in result.names


def test_a_term_written_with_its_last_word_in_lower_case_is_no_actor_outside_news() -> None:
    """A reference page also writes its capitalised terms with the last word in lower case: at a sentence's start
    ("Pour groups are ...") or after the words it capitalises as a kind ("each Water Level board"); outside news such
    a name is a term, though it ends with an organisation word. A company named only capitalised stays."""
    pages = [
        [
            "Pour Group",
            "Pour groups are made from the settings file.",
            "The Pour Group holds the timers.",
            "Kestrel Appliances Inc makes the kettle.",
            *_REFERENCE_BODY * 2,
        ],
        [
            "Water Level Board",
            "Each Water Level board shows a tenth of the tank.",
            "The Water Level Board sits on the lid.",
            "Kestrel Appliances Inc tests every kettle.",
            *_REFERENCE_BODY * 2,
        ],
    ]
    names = set(found(find_actors(indexed_documents(pages))).names)
    assert names == {"Kestrel Appliances Inc"}


def test_a_changelog_dated_entry_by_entry_is_not_news() -> None:
    """A changelog opens with a date line, as a news article opens with its dateline, but dates every entry: a document
    with several date lines is read by its speech, not as news, so a feature named as a verb's subject in its entries
    ("Velmar Kettle now stops ...") is no actor. A news article with one dateline keeps such a subject."""
    entries = [
        ["March 3, 2025", "Velmar Kettle now stops at the set level.", "Velmar Kettle keeps its settings."],
        ["February 2, 2025", "Velmar Kettle shows the time left.", "The lid sensor is checked twice."],
        ["January 5, 2025", "Velmar Kettle was added.", "The display is brighter."],
    ]
    changelog = [sentence for entry in entries for sentence in entry] + _REFERENCE_BODY
    assert set(found(find_actors(indexed_documents([changelog]))).names) == set()
    article = ["March 3, 2025", *(sentence for entry in entries for sentence in entry[1:]), *_REFERENCE_BODY]
    assert set(found(find_actors(indexed_documents([article]))).names) == {"Velmar Kettle"}


def test_a_name_filling_a_heading_or_a_table_cell_is_no_actor_outside_news() -> None:
    """A reference page sets its terms as headings and at the head of table rows ("Tank Level Service",
    "| Lid Alarm Channel | on when the lid is open |"): outside news a name that mostly fills a line or a cell alone is
    a term, though a verb makes it a subject once. A person listed in a table by a title and a given name and a
    company named in the prose stay."""
    page = [
        "Tank Level Service",
        "Tank Level Service shows the water level.",
        "Tank Level Service | the level in tenths",
        "Lid Alarm Channel | on when the lid is open",
        "Lid Alarm Channel | off when the lid is shut",
        "Dr Anna Berg | maintainer",
        "Kestrel Appliances Inc makes the kettle.",
        *_REFERENCE_BODY * 2,
    ]
    names = set(found(find_actors(indexed_documents([page]))).names)
    assert names == {"Kestrel Appliances Inc", "Anna Berg"}


def test_a_name_between_a_determiner_and_a_noun_is_a_kind_of_thing_outside_news() -> None:
    """Reference pages name kinds of things with capitalised words before a noun ("a Lid Alarm Channel event", "the
    Tank Level Service payload"): outside news a name used mostly so is a term, though it ends with an organisation
    word. A company named before a plural verb without a determiner ("Kestrel Appliances Company publish") stays."""
    page = [
        "Each kettle sends a Lid Alarm Channel event when the lid opens.",
        "The Lid Alarm Channel event carries the time.",
        "Read the Tank Level Service payload for the level.",
        "The Tank Level Service payload is a number.",
        "Kestrel Appliances Company publish the manual.",
        *_REFERENCE_BODY * 2,
    ]
    names = set(found(find_actors(indexed_documents([page]))).names)
    assert names == {"Kestrel Appliances Company"}


def test_a_name_quoted_alone_is_a_label_outside_news() -> None:
    """Reference pages quote the labels of settings ('Set "Lid Alarm Channel" to off'): outside news a name mostly
    quoted alone is a term, though it ends with an organisation word; a company named in the prose stays."""
    page = [
        'Set "Lid Alarm Channel" to off for a silent kettle.',
        'Turn "Lid Alarm Channel" on again after cleaning.',
        "The Lid Alarm Channel rings twice.",
        "Kestrel Appliances Inc makes the kettle.",
        *_REFERENCE_BODY * 2,
    ]
    names = set(found(find_actors(indexed_documents([page]))).names)
    assert names == {"Kestrel Appliances Inc"}


def test_continuing_to_do_something_is_no_statement() -> None:
    """The verb "continue" is a verb of saying ('She continued: "..."'), but "X continues to run 19 stores" says
    nothing: after "to" the next verb decides ("continued to insist" is a statement)."""
    result = found(
        analyse(
            "Kestrel Foods continues to run 19 stores in the north.",
            "Tom Hale continued to work for the mill until 2010.",
            "Anna Berg continued to insist that the mill was safe.",
            'Mara Lind continued: "We will reopen."',
        )
    )
    assert not result.statements.get(1) and not result.statements.get(2)
    assert result.statements[3] == {"Anna Berg"}
    assert result.statements[4] == {"Mara Lind"}


def test_according_to_him_continues_the_last_speaker() -> None:
    """A sentence "According to him, ..." is attributed as "he said" would be: to the person who spoke last; "according
    to her lawyer" is the lawyer's."""
    result = found(
        analyse(
            [
                "Navy spokesman Tomas Kell said the ship had sunk.",
                "According to him, the crew was rescued by fishermen.",
            ],
            [
                "Anna Berg said the plan was sound.",
                "The bridge will open in May, according to her.",
                "The mill was sold, according to her lawyer.",
            ],
        )
    )
    assert result.statements[2] == {"Tomas Kell"}
    assert result.statements[4] == {"Anna Berg"}
    assert not result.statements.get(5)


def test_authorities_in_two_countries_and_two_countries_after_a_time_word_both_speak() -> None:
    """The speaker phrase "authorities in X and Y announced" gives both countries the statement (as "officials from X
    said" does), and so does "Today X and Y announced"; a country named as a place before "and" does not speak."""
    result = found(
        analyse(
            "Yesterday, authorities in Chile and Peru announced that 30 people were arrested.",
            "Today Chile and Peru announced that the talks had failed.",
            "The aid arrived in Chile and Peru said it was late.",
        )
    )
    assert result.statements[1] == {"Chile", "Peru"}
    assert result.statements[2] == {"Chile", "Peru"}
    assert result.statements[3] == {"Peru"}


def test_co_subjects_described_before_their_names_both_speak() -> None:
    """In "Oslo-based retailer X and Bergen-based retailer Y announced" the words describing each name (a company noun,
    a role, "X-based") do not break the chain of co-subjects; the country in "Bergen-based" does not speak. A name after
    another verb ("rescued X, Y said") stays no co-subject."""
    result = found(
        analyse(
            "On Monday, Norway-based retailer Kestrel Foods and Denmark-based retailer Fjordmat Group announced it.",
            "Police arrested Tom Hale and rescued Anna Berg, Mara Lind said.",
        )
    )
    assert result.statements[1] == {"Kestrel Foods", "Fjordmat Group"}
    assert result.statements[2] == {"Mara Lind"}


def test_a_body_officer_written_as_a_title_in_an_apposition() -> None:
    """The sentence "X, Kestrel's CEO for Europe, explained that ..." is X's statement: after a body's possessive the
    officer's title may be written in capitals ("CEO"), as a lower-case role is ("Kestrel's chief economist")."""
    result = found(
        analyse(
            "Speaking to reporters, Matt Berg, Kestrel's CEO for Central Europe, explained that sales fell.",
            "Kestrel runs 300 stores.",
        )
    )
    assert "Matt Berg" in result.statements[1]


def test_long_body_names_with_a_dash_a_list_or_a_remit_stay_whole() -> None:
    """A body's name may hold a dash ("Kestrel Export–Import Bank"), a list of common words ("Nordic Educational,
    Scientific and Cultural Organization", its acronym of six letters kept as one) or a remit that is also a title
    ("Department of Justice"); an officer's title after a body's name still goes ("Museum of Aviation CEO")."""
    result = found(
        analyse(
            "Kestrel Export–Import Bank president Tom Hale said trade grew.",
            "The Nordic Educational, Scientific and Cultural Organization (NORESC) criticised the plan.",
            "NORESC said the plan needed its approval.",
            "Yesterday the Veldorian Department of Justice unsealed charges.",
            "The Museum of Aviation CEO said it was closed.",
        )
    )
    assert "Kestrel Export-Import Bank" in result.names
    unesco = result.actor_of("NORESC")
    assert unesco == "Nordic Educational, Scientific and Cultural Organization"
    assert result.statements[3] == {unesco}
    assert "Veldorian Department of Justice" in result.names
    assert "Museum of Aviation" in result.names
    # a body named after a country and its acronym in brackets are one actor
    commission = found(
        analyse(
            "The United States Commission on Fair Trade (USCFT) criticised the move.",
            "USCFT said the status must be kept.",
        )
    )
    assert len(commission.names) == 2  # the commission and the United States


def test_a_family_name_that_is_a_country_after_a_given_name() -> None:
    """In "Anna Jordan of the UK's Kestrel Agency (KA) said", after a known given name a country's name is a family
    name, and the speaker's body may be written with a possessive and an acronym in brackets; "Meanwhile Jordan said" is
    still the country."""
    result = found(
        analyse(
            "Anna Jordan of the UK's National Kestrel Agency (NKA) said offenders cannot hide.",
            "Meanwhile Jordan said it would close the border.",
        )
    )
    assert result.names["Anna Jordan"][0] == "person"
    assert "Anna Jordan" in result.statements[1]
    assert result.statements[2] == {"Jordan"}


def test_a_country_opening_a_company_name_and_a_masthead() -> None:
    """A country's name before a name of its own that ends with an organisation word opens the company's name
    ("China Lantern Holdings"), not a body of the country's ("the Canada Border Services Agency"); a paper named
    after a country's adjective and "Reporter" is one name ("Swedish Reporter")."""
    result = found(
        analyse(
            "Kestrel left its joint venture with China Lantern Holdings in February.",
            "The remark was quoted by Swedish Reporter.",
        )
    )
    assert "China Lantern Holdings" in result.names
    assert "Swedish Reporter" in result.names


def test_a_title_in_the_plural_before_names() -> None:
    """In "On Sunday Presidents Okoro Balde of Chile and Tiwa Kell of Peru signed" the plural title is stripped as a
    singular one is."""
    result = found(analyse("On Sunday Presidents Okoro Balde of Chile and Tiwa Kell of Peru signed the agreement."))
    assert {"Okoro Balde", "Tiwa Kell"} <= set(result.names)
    assert not any(name.startswith("Presidents") for name in result.names)


def test_web_addresses_with_a_country_code() -> None:
    """Web addresses such as "Kestrel.com.au" and "Vulnora.hu" name their owners as "Vulnora.com" does, and a web
    address opening a sentence stays whole though its first word is a common word ("Market.com reported")."""
    result = found(
        analyse(
            "In a Kestrel.com.au report, Anna Berg said the shelves were empty.",
            "Speaking to Vulnora.hu, Tom Hale said sales fell.",
            "Market.com, a property site, reported that prices rose.",
        )
    )
    assert {"Kestrel.com.au", "Vulnora.hu", "Market.com"} <= set(result.names)
    assert result.statements[3] == {"Market.com"}
    # the address's last part is no acronym: "AU" stays the union's
    union = found(
        analyse(
            "In a Kestrel.com.au report, Anna Berg said the shelves were empty.",
            "Leaders of the Asian Union (AU) met in Bangkok.",
            "The AU announced a payment system.",
            "Kestrel.com.au said the shelves were full again.",
        )
    )
    assert "AU" not in union.names["Kestrel.com.au"][1]


def test_retailers_and_makers_are_organisations_and_their_products_no_actors() -> None:
    """Signs of a company on a one-word name: "X's store in Perth", "discount stores like X and Y", "the X chain",
    "X, which makes tissues"; a product named after a verb of making ("makes Dri, and ...") is no actor."""
    result = found(
        analyse(
            "Vandor's store in Perth limited toilet paper to two packs.",
            "Vandor said demand was unprecedented.",
            "Sales moved to discount stores like Brindle and Kolvik, and the Marlo chain grew.",
            "Brindle said sales rose.",
            "Kolvik said so too.",
            "Marlo said so too.",
            "Halvard Paper, which makes Softo tissues, said supply was steady.",
            "Trenna Mills makes Dri, and says it cannot keep up.",
        )
    )
    for name in ("Vandor", "Brindle", "Kolvik", "Marlo", "Halvard Paper"):
        assert result.names[name][0] == "organisation", name
    assert "Dri" not in result.names
    # after a verb of making, a name followed by a verb is a person made to do something, not a product
    made = found(analyse("The general makes Tom Hale cut his hair.", "Tom Hale said he agreed."))
    assert "Tom Hale" in made.names


def test_a_quotation_goes_on_in_the_voice_of_the_person_who_opened_it() -> None:
    """A bare quotation after "X of the Kestrel Agency (KA) said, "..." goes on quoting X, not the agency named with X;
    and '"...", as quoted by Nordic Reporter.' names the outlet that printed the words, not their speaker: the
    quotation stays the speaker's before it."""
    result = found(
        analyse(
            [
                'Tomas Kell of the Kestrel Crime Agency (KCA) said, "Offenders cannot hide from us.',
                'They are not as safe as they think they are."',
            ],
            [
                'Minister Anna Berg said, "It is not only a great temple.',
                "It has been recognised by all.",
                'So any questioning of its status is an insult", as quoted by Nordic Reporter.',
            ],
        )
    )
    assert "Tomas Kell" in result.statements[2] and "Kestrel Crime Agency" not in result.statements[2]
    assert result.statements[5] == {"Anna Berg"}


def test_time_zones_model_plurals_states_and_databases_are_no_actors() -> None:
    """A time zone after a clock time ("7:38 pm IST"), a model in the plural ("Airbus A300s"), Georgia listed among US
    states and a source described as a database are no actors; an office named after its holder ("the Attorney
    General's Office"), a highway patrol and a bulletin are organisations."""
    result = found(
        analyse(
            "The aircraft overshot the runway around 7:38 pm IST (1408 UTC) in the evening.",
            "Vandor Air flies two Airbus A300s and one Boeing 737.",
            "Members came from Alabama, Florida, Georgia, Kansas and Texas.",
            "Skyfleets, a database listing the aircraft of every carrier, states the aircraft was old.",
            "The state Attorney General's Office said the case was closed.",
            "Two people died, Brenna Highway Patrol said, according to Vandor Bulletin.",
        )
    )
    assert not {"IST", "Airbus A300s", "Georgia", "Skyfleets"} & set(result.names)
    assert result.names["Attorney General's Office"][0] == "organisation"
    assert result.names["Brenna Highway Patrol"][0] == "organisation"
    assert result.names["Vandor Bulletin"][0] == "organisation"


def test_codes_illnesses_legal_forms_teams_and_the_us_capital() -> None:
    """A virus's code ("H5N1", "SARS-CoV-7") and an illness's name ("Kestrel Respiratory Syndrome") are no actors, nor
    is "D.C." ("in Washington, D.C."); a word and one digit after "team" is a team ("US team Vandor9"); a company's
    legal form abroad makes a body ("Kestrel S.A.", "Vandor AG"); an apposition holding a web address still lets its
    speaker speak ("X, in remarks to Kestrel.com.br, said")."""
    result = found(
        analyse(
            "The H5N1 outbreak of 2009 killed thousands.",
            "H5N1 spread quickly.",
            "SARS-CoV-7 was found in bats, Anna Berg said.",
            "The Kestrel Respiratory Syndrome killed many.",
            "Supporters drove to D.C. for the rally.",
            "Thousands gathered in D.C. to protest.",
            "The rally in D.C. ended at night.",
            "US team Vandor9 and Immortals faced off in the final.",
            "Vandor9 won the final, and Vandor9 said it was happy.",
            "Shares of Kestrel S.A. fell, and Vandor AG said it would buy them.",
            'Tom Hale, in remarks to Kestrel.com.br, said, "This year we do not have a drought."',
        )
    )
    assert not {"H5N1", "SARS-CoV-7", "Kestrel Respiratory Syndrome", "D.C."} & set(result.names)
    assert result.names["Vandor9"][0] == "organisation"
    assert result.names["Kestrel S.A."][0] == "organisation"
    assert result.names["Vandor AG"][0] == "organisation"
    assert "Tom Hale" in result.statements[11]


def test_a_relation_named_after_the_verb_a_passive_with_a_time_and_a_range() -> None:
    """'"...," said his father, Tom Hale' is Tom Hale's statement; "was announced on Friday by X" is X's (the time
    between the verb and "by"); "the Nevada Test and Training Range" is one place, no actor; "a US-built drone"
    names no person "US-built"."""
    result = found(
        analyse(
            '"This day is very hard for me," said his father, Tom Hale, after the ceremony.',
            "The death of Anna Berg was announced on Friday by the Kestrel Institute of Oceanography.",
            "It lies within the Nevada Test and Training Range, officials said.",
            "A US-built drone flew over the range.",
        )
    )
    assert result.statements[1] == {"Tom Hale"}
    assert result.statements[2] == {"Kestrel Institute of Oceanography"}
    assert not any(name.startswith("Nevada") or name == "US-built" for name in result.names)


def test_a_one_word_name_before_a_persons_full_name_is_an_employer() -> None:
    """In "KBC's Tomas Kell said ..." one word (an acronym, or any word before a full name) in the possessive before a
    person's name employs them: a body named once that still is an actor."""
    result = found(analyse("KBC's Tomas Kell said questions remain.", "The talks went on."))
    assert result.names["KBC"][0] == "organisation"
    assert result.statements[1] == {"Tomas Kell"}


def test_the_first_of_two_family_names_joins_the_full_name_and_a_corner_is_a_place() -> None:
    """Spanish usage names a person by the first of two family names ("Ana Vargas Ruiz" ... "Vargas said"): the one
    word joins the only person of three words opening with a known given name that has it in the middle (a heading's
    middle word does not). A street corner ("Hyde Park Corner") is a place."""
    result = found(
        analyse(
            "Governor Ana Vargas Ruiz took office on Wednesday.",
            "Vargas said she would serve the full term.",
            "Protesters marched from Kestrel Park Corner to the square.",
            "The crowd at Kestrel Park Corner grew, Vargas said.",
        )
    )
    assert result.actor_of("Vargas") == "Ana Vargas Ruiz"
    assert not any("Corner" in name for name in result.names)


def test_an_acronym_in_brackets_that_spells_the_whole_name_keeps_it_whole() -> None:
    """In "According to Notes from Kestria (NFK), ..." and "the Institute of Tides, Flood Control and Research (ITFCR)"
    the acronym after a name spells the initials of all its words (or its capitalised ones), so the name goes on
    through "from", a country and a list to the bracket, one body with its acronym."""
    result = found(
        analyse(
            "According to Notes from Norway (NFN), some stores opened on Sundays.",
            "NFN named two buyers.",
            "Kestria's Institute of Tides, Flood Control and Research (ITFCR) reported the figures.",
        )
    )
    assert result.actor_of("NFN") == "Notes from Norway"
    assert result.names["Notes from Norway"][0] == "organisation"
    assert result.statements[1] == {"Notes from Norway"}
    assert result.actor_of("ITFCR") == "Institute of Tides, Flood Control and Research"
    assert not {"Notes", "Research"} & set(result.names)


def test_an_adjective_inside_a_body_name_and_bodies_named_in_the_plural() -> None:
    """A country's adjective between a capitalised word and a body's name is part of the name ("the Native Kestrian
    Rights Fund", "the Royal Saudi Air Force"), and bodies named in the plural take their remit ("the Centers for
    Disease Control and Prevention"); "the Turkish President" and "the British Home Office" are as before."""
    result = found(
        analyse(
            "The Native American Rights Fund said it would sue.",
            "The coalition struck with the Royal Saudi Air Force.",
            "The Centers for Disease Control and Prevention said cases rose.",
            "The British Home Office said no.",
        )
    )
    assert {
        "Native American Rights Fund",
        "Royal Saudi Air Force",
        "Centers for Disease Control and Prevention",
    } <= set(result.names)
    assert result.statements[1] == {"Native American Rights Fund"}
    assert not {"Native", "Prevention", "Centers"} & set(result.names)
    assert "British Home Office" in result.names


def test_a_storm_named_once_after_its_head_and_a_place_of_two_words_in_a_title() -> None:
    """A name a document gives after a thing's head ("Hurricane Dorva") is a thing wherever the document names it
    alone ("Dorva made landfall"); "Chief Executive of Hong Kong Anna Berg": a place of two words after the title's
    "of" is the title's, not the start of her name."""
    result = found(
        analyse(
            "Hurricane Dorva hit the islands on Sunday.",
            "Dorva made landfall as a category 5 storm.",
            "Dorva weakened on Tuesday, forecasters said.",
            "Today, Chief Executive of Hong Kong Anna Berg delivered her speech.",
            "Anna Berg said the city would recover.",
        )
    )
    assert "Dorva" not in result.names
    assert "Anna Berg" in result.names and not any(name.startswith("Kong") for name in result.names)


def test_function_words_opening_a_sentence_are_no_actors_even_when_known() -> None:
    """Function words opening a sentence ("Another witness said", "Per the decree", "Amid the protests") are no
    actors, though a large corpus writes them capitalised in mid-sentence elsewhere (a title, a quotation)."""
    result = found(
        analyse(
            "Another eyewitness, Nicole Vark, described the scene.",
            "Another brother was still missing.",
            "Per the decree signed by the council, the church closed.",
            "Per reports, the toll rose.",
            'The poster read "Another World Is Possible" and "Per Aspera".',
            "Amid the protests, Anna Berg said the vote would go on.",
            'Her book "Amid the Ruins" and the film "Another Day" sold well.',
            "Amid rising anger, Tom Hale resigned.",
        )
    )
    assert not {"Another", "Per", "Amid"} & set(result.names)


def test_a_country_named_without_the_article_of_its_official_name() -> None:
    """A country is named without the article of its name ("the Democratic Republic of Congo"): the Democratic
    Republic of the Congo, not a body "Democratic Republic" beside the other Congo."""
    result = found(analyse("The Democratic Republic of Congo said the outbreak was over.", "Kinshasa agreed."))
    assert result.actor_of("Democratic Republic of Congo") == "Democratic Republic of the Congo"
    assert not {"Democratic Republic", "Republic of the Congo"} & set(result.names)


def test_god_named_in_prayers_is_no_actor() -> None:
    """God, named in prayers and quotations ("May God bless him", "Only God knows"), is no actor however often."""
    result = found(
        analyse(
            '"Only God who appointed me will remove me," Anna Berg said.',
            "May God bless him, Tom Hale said.",
            "God bless the team, the coach said.",
            "God willing, the bridge will open in May.",
        )
    )
    assert "God" not in result.names


def test_speakers_described_after_the_verb_through_a_government_or_a_lower_case_body() -> None:
    """Statements of speakers named past descriptions: '"...," wrote student protester X', "the government of X
    announced" (X's government), "X of the island's power authority said" (lower-case words of the speaker's body
    before the verb), "The Supreme Court ruling said" (a body's decision)."""
    result = found(
        analyse(
            '"Whenever there are signs of a deal," wrote student protester Tomas Kell on Twitter.',
            '"Both prizes tell us something," said selection committee member Anna Berg.',
            "The government of Chile announced three days of mourning.",
            "Tom Hale of the island's power authority said fixing the plant may take a year.",
            "The Kestrel Supreme Court ruling said the law was void.",
        )
    )
    assert result.statements[1] == {"Tomas Kell"}
    assert result.statements[2] == {"Anna Berg"}
    assert result.statements[3] == {"Chile"}
    assert result.statements[4] == {"Tom Hale"}
    assert result.statements[5] == {"Kestrel Supreme Court"}


def test_an_abbreviation_inside_an_apposition_does_not_end_it() -> None:
    """A dot inside the sentence is an abbreviation's ("a Ph.D. candidate", "Kestrel Inc."): the apposition goes on to
    the verb of saying, whose subject is the name before it."""
    result = found(
        analyse(
            'Lead author Tomas Kell, a Ph.D. candidate at the University of Kestria, said, "Frogs may look alike."',
            "Tom Hale, of Kestrel Inc. in Ohio, said sales fell.",
        )
    )
    assert result.statements[1] == {"Tomas Kell"}
    assert result.statements[2] == {"Tom Hale"}


def test_a_long_list_of_names_with_commas_is_a_sentence_not_headings() -> None:
    """Eight capitalised words for each lower-case one make a run of headings (a table of contents), but headings are
    not listed with commas: a long list of people's names in a news sentence keeps every name."""
    names = ["Tomas Kell", "Anna Berg", "Rita Moss", "Paul Gray", "Lena Ruiz", "Ivo Dunmore", "Bea Sallow", "Tom Hale"]
    result = found(analyse("Many guests came to the gala.", ", ".join(names[:-1]) + f", and {names[-1]}, all sang."))
    assert set(names) <= set(result.names)
    assert all(result.names[name][0] == "person" for name in names)
    headings = found(analyse("Many guests came.", "Preface Chapter One Early Years Chapter Two The Kell Farm Index"))
    assert not headings.names


def test_a_gerund_after_an_opening_common_word_has_no_speaker() -> None:
    """A common word opening a sentence before an -ing verb of saying ("Worth noting is ...") is no subject (the
    sentence has no finite verb there), so it is no speaker and no actor."""
    result = found(analyse("Worth noting is the cost, said Tomas Kell.", "Worth mentioning too is the delay."))
    assert "Worth" not in result.names
    assert result.statements[1] == {"Tomas Kell"}


def test_an_occupation_opening_a_sentence_before_a_given_name_is_no_part_of_the_name() -> None:
    """A word for what someone does (-er, -or, -ist) that the word list lacks, opening a sentence before a given name
    and more ("Podcaster Anna Berg said"), is the occupation."""
    result = found(analyse("Podcaster Anna Berg said the show would end.", "Vlogger Tom Hale said he agreed."))
    assert result.statements[1] == {"Anna Berg"}
    assert result.statements[2] == {"Tom Hale"}
    assert not {"Podcaster Anna Berg", "Vlogger Tom Hale"} & set(result.names)


def test_a_doctrine_and_a_licence_are_no_actors() -> None:
    """A one-word name ending in "-ism" is a doctrine, a faith or a movement ("Kestrelism"); a name before
    "-licensed" is a licence ("a Kestrel Commons-licensed photo")."""
    result = found(
        analyse(
            "Kestrelism shaped the party for decades, Tom Hale said.",
            "The Kestrel Commons-licensed photo was shared widely.",
        )
    )
    assert not {"Kestrelism", "Kestrel Commons-licensed", "Kestrel Commons"} & set(result.names)
    assert result.statements[1] == {"Tom Hale"}


def test_a_speaker_of_a_described_body_speaks_not_the_body() -> None:
    """Lower-case words describing a body after "of" ("X of the charity Y said", "X of victim group Y said")
    leave the statement with the person named first, as "X of Y said" does."""
    result = found(
        analyse(
            "Anna Berg of the charity Kestrel Aid said the river rose.",
            "Tom Hale of regional victim group Kestrel Aid said the dam was old.",
            "The charity Kestrel Aid said the river rose.",
        )
    )
    assert result.statements[1] == {"Anna Berg"}
    assert result.statements[2] == {"Tom Hale"}
    assert result.statements[3] == {"Kestrel Aid"}


def test_a_day_between_the_speaker_and_the_verb() -> None:
    """A day between a subject and its verb of saying ("X on Tuesday told", "X yesterday said"), after an
    apposition too, does not end the speaker phrase; a day before a comma still does ("met X on Monday, said Y")."""
    result = found(
        analyse(
            "Rita Moss on Tuesday told reporters that the beds ran out.",
            "Tom Hale, a nurse at the clinic, yesterday said the ward was full.",
            "Police met Ivo Dunmore on Monday, said Anna Berg.",
        )
    )
    assert result.statements[1] == {"Rita Moss"}
    assert result.statements[2] == {"Tom Hale"}
    assert result.statements[3] == {"Anna Berg"}


def test_a_speakers_body_with_an_apposition_and_a_body_named_with_its_capital() -> None:
    """A speaker's body with an apposition ("X of Kestrel Marine, a firm making radios, told Y") leads on to the verb,
    whose speaker is X; "Kestrel College London" is one body's name, not a college and the capital's country."""
    result = found(
        analyse(
            "Tom Hale of Kestrel Marine, a firm making radios, told our reporter the radio works.",
            "Dr. Anna Berg of Kestrel College London, a marine researcher, explained that ships drift.",
        )
    )
    assert result.statements[1] == {"Tom Hale"}
    assert result.statements[2] == {"Anna Berg"}
    assert result.names["Kestrel College London"][0] == "organisation"
    assert "United Kingdom" not in result.names


def test_a_compass_adjective_opening_a_name_makes_a_region() -> None:
    """A compass adjective opening a name that is no body's ("Southern Kestria", "the Eastern Mediterranean",
    "Eastern Europeans") names a region or its people, not an actor; a body's name keeps it ("Southern Kestrel
    Company")."""
    result = found(
        analyse(
            "Gas fields lie off Southern Kestria, Tom Hale said.",
            "Many Eastern Kestrians moved to the Western Isles of Kestria.",
            "The Southern Kestrel Company said prices rose.",
        )
    )
    assert not {"Southern Kestria", "Eastern", "Eastern Kestrians", "Western Isles"} & set(result.names)
    assert result.statements[1] == {"Tom Hale"}
    assert result.statements[3] == {"Southern Kestrel Company"}


def test_the_remit_of_a_body_named_in_lower_case_is_no_actor() -> None:
    """Common words after a lower-case body noun and "on"/"of"/"for" ("the committees on Foreign Affairs, Trade, and
    Oversight") are the body's remit, as after a title ("Minister for Foreign Affairs"): "Affairs" is no person."""
    result = found(
        analyse(
            "Tom Hale and Anna Berg chair the Senate's committees on Foreign Affairs, Trade, and Oversight.",
            "The panel on Homeland Security met on Friday.",
        )
    )
    assert not {"Affairs", "Foreign Affairs", "Homeland Security", "Security", "Trade", "Oversight"} & set(result.names)
    assert {"Tom Hale", "Anna Berg"} <= set(result.names)


def test_a_verb_of_saying_joined_by_but_to_the_subjects_clause() -> None:
    """A verb of saying after "but" ("X declined to comment but said ..."), as after "and", goes on in the clause
    whose subject speaks; a subject of its own after "but" keeps the statement ("X praised it but Y said")."""
    result = found(
        analyse(
            "Tom Hale declined to comment but said the matter was closed.",
            "Rita Moss praised the bank but Anna Berg said it had failed.",
        )
    )
    assert result.statements[1] == {"Tom Hale"}
    assert result.statements[2] == {"Anna Berg"}


def test_two_capitals_are_no_persons_initials() -> None:
    """Two capitals in a quotation ("OK") are no alias of the one person whose initials they spell ("Oscar Kell"),
    nor do they make her an organisation; three letters still are ("JFK"-like), and a body's two letters too."""
    result = found(
        analyse(
            "Deputy Governor Oscar Kell said 68 people were missing.",
            '"I think it would have been OK if I did," Tom Hale said.',
        )
    )
    assert result.names["Oscar Kell"] == ("person", ("Oscar Kell",))
    result = found(analyse('"It was OK," said Olga Kern, a lawyer.', "Olga Kern said no."))
    assert result.names["Olga Kern"] == ("person", ("Olga Kern",))
    result = found(
        analyse("Jon Fitz Kell said no, and JFK said it again.", "The Kestrel Union said no, and the KU said it again.")
    )
    assert "JFK" in result.names["Jon Fitz Kell"][1]
    assert "KU" in result.names["Kestrel Union"][1]


def test_an_english_word_after_an_arabic_looking_prefix_is_no_name() -> None:
    """An Arabic article makes a name only before a capital ("al-Kestri"): "as-yet" is an English word."""
    result = found(analyse("The navy said this was as-yet unconfirmed.", "Ali al-Kestri said the port was shut."))
    assert "as-yet" not in result.names
    assert result.statements[2] == {"Ali al-Kestri"}


def test_relations_quantities_islands_and_ships_are_no_actors() -> None:
    """Two names joined by a hyphen, one a country's, are the parties of a relation ("the Hale-Chile call"); "Part
    of ..." opening a sentence is a quantity; a name right after a kind of land is a place ("our biggest island
    Kestra"); a name after a ship's prefix is a vessel, wherever the document names it ("MV Kestrel Dawn")."""
    result = found(
        analyse(
            "Tom Hale spoke to Chile's leader, and a transcript of the Hale-Chile call was released.",
            'Part of Hale\'s tweet included the statement, "we win."',
            "Our biggest island Kestra has no zone, and a ferry to Kestra sank.",
            "The ship MV Kestrel Dawn sank.",
            "Kestrel Dawn was found later, said Anna Berg.",
        )
    )
    assert not {"Hale-Chile", "Part", "Kestra", "MV Kestrel Dawn", "Kestrel Dawn"} & set(result.names)
    assert result.statements.get(2) is None
    assert result.statements[5] == {"Anna Berg"}


def test_a_long_academic_apposition_leaves_the_statement_with_the_speaker() -> None:
    """An academic's long apposition ("X, Chair in Kestrel Studies in the Faculty of Arts and Education at Y
    University, said"): "Chair" is a title, so the apposition reads as a role; "Education" (one common word after a
    lower-case one) is part of a longer name, not a speaker employed "at" the university."""
    result = found(
        analyse(
            "Professor Tom Hale, Chair in Kestrel Studies in the Faculty of Arts and Education at the Kestrel "
            "University, said the attacker was armed.",
            "Kestrel Bank Chair Anna Berg said rates would rise.",
        )
    )
    assert result.statements[1] == {"Tom Hale"}
    assert "Education" not in result.names
    assert result.statements[2] == {"Anna Berg"}


def test_a_month_as_family_name_after_a_title_and_a_given_name() -> None:
    """A time word after a given name is a family name after a title too ("Prime Minister Anna May's deal"), so the
    name is whole and takes no statement of the sentence's subject."""
    result = found(
        analyse("Tom Hale called Prime Minister Anna May's proposed deal 'lousy' and said he would vote no.")
    )
    assert "Anna" not in result.names
    assert result.names["Anna May"][0] == "person"
    assert result.statements[1] == {"Tom Hale"}


def test_two_remits_before_a_body_noun_and_the_capital_without_its_comma() -> None:
    """Common words before "and", another remit and a lower-case body noun name remits ("the Kestrel Foreign Affairs
    and Trade committees": "Affairs" is no person); "Washington D.C." without the comma is the capital's district."""
    result = found(
        analyse(
            "Tom Hale chaired the Kestrel Foreign Affairs and Trade committees.",
            "Groups held a rally in Washington D.C. on Saturday.",
            "They met in the US capital, Washington D.C., for a rally.",
        )
    )
    assert not {"Affairs", "Foreign Affairs", "Trade", "Washington D.C.", "Washington"} & set(result.names)
    assert "Tom Hale" in result.names


def test_a_party_members_word_before_a_full_name_is_no_part_of_it() -> None:
    """A party member's word before a given name and a family name inside a sentence ("Republican Ann Lee", "Democrat
    Tom Hale") is what the person is, as a title is."""
    result = found(analyse("The governor, Republican Anna Berg, said yes.", "He praised Democrat Rita Moss on Monday."))
    assert result.statements[1] == {"Anna Berg"}
    assert {"Anna Berg", "Rita Moss"} <= set(result.names)
    assert not {"Republican Anna Berg", "Democrat Rita Moss"} & set(result.names)


def test_a_platform_written_on_is_an_organisation() -> None:
    """A one-word name after a verb of posting and "on"/"via" ("wrote on Kestrelgram") is a platform, a company's;
    "commented on Hale's remarks" leaves the person a person."""
    result = found(
        analyse(
            "Tom Hale wrote on Kestrelgram that he was fine.",
            "Kestrelgram placed a warning over the post.",
            "Rita Moss commented on Hale's remarks.",
        )
    )
    assert result.names["Kestrelgram"][0] == "organisation"
    assert result.names["Tom Hale"][0] == "person"


# Issue 16, round 20: patterns of actors_news2's fifth batch (Wikinews interviews), on made-up text of the same shape


def test_an_interview_answer_is_its_speakers_statement() -> None:
    """An answer opened by its speaker's name in double brackets, by the name and a colon, or by the initials of a
    name the article gives, is the speaker's statement, and so are the answer's later sentences in its paragraph; the
    interviewer's questions are nobody's answers, and the initials are an alias of the name."""
    result = found(
        analyse(
            "Rita Moss, a geologist at the Kestrel Institute, studied the cliffs for ten years.",
            "((WN)) Why did the cliffs fall?",
            ["((Rita Moss)) The rock is soft.", "Waves cut it every winter."],
            "What comes next?",
            ["RM: We will map the coast.", "Plus, the boats are ready!"],
            "((WN)) Was it hard work?",
            ["Rita Moss: It was cold.", "Nobody expected that."],
        )
    )
    assert {i for i, names in result.statements.items() if "Rita Moss" in names} == {3, 4, 6, 7, 9, 10}
    assert result.actor_of("RM") == "Rita Moss"
    assert result.names["Rita Moss"][0] == "person"

    # a name and a colon after no question ("Anna Berg: a life", credits) is no answer; a bracketed name whose
    # paragraph is a question asks
    other = found(
        analyse(
            "Tom Hale, an actor, said the play would close.",
            ["Rita Moss: The years at sea.", "The book sold well."],
            "((Tom Hale)) Did you like it?",
        )
    )
    assert not {2, 3, 4} & set(other.statements)


def test_a_role_after_a_conjunction_refers_back_to_its_holder() -> None:
    """ "..., but the minister said" opens a clause as "The minister said" does: the person named with that role
    before speaks, not nobody."""
    result = found(
        analyse(
            [
                "Defence Minister Tom Hale visited the base on Monday.",
                "It was shut, but the minister said it would reopen.",
            ],
            ["Rita Moss, the mayor, opened the bridge.", "Critics were angry, and the mayor said the cost was fair."],
        )
    )
    assert result.statements[2] == {"Tom Hale"}
    assert result.statements[4] == {"Rita Moss"}


def test_an_office_of_common_words_before_a_name_is_no_part_of_it() -> None:
    """ "Chief Technical Officer Tom Hale": the office's common words and its role word come before the given name,
    so the person is "Tom Hale", who the later "Hale said" is too."""
    result = found(
        analyse(
            "Kestrel Bank's Chief Technical Officer Tom Hale wrote in a post that the plan was sound.",
            "Chief Operating Officer Anna Berg said the plant would reopen.",
            "Hale said the bank would grow.",
        )
    )
    assert {"Tom Hale", "Anna Berg"} <= set(result.names)
    assert not {n for n in result.names if "Officer" in n}
    assert result.statements[3] == {"Tom Hale"}


def test_a_second_body_after_and_opens_with_its_own_word() -> None:
    """ "the University of Kestrel and Center for Coastal Studies": a body's word with its "for"/"of" after "and"
    opens a second name; "Health and Human Services", "Strategic and International Studies" stay one name."""
    result = found(
        analyse(
            "Scientists from the University of Kestrel and Center for Coastal Studies counted the birds.",
            "The Department of Health and Human Services said it would help.",
            "The Center for Strategic and International Studies said so too.",
        )
    )
    assert {"University of Kestrel", "Center for Coastal Studies"} <= set(result.names)
    assert {"Department of Health and Human Services", "Center for Strategic and International Studies"} <= set(
        result.names
    )


def test_contests_of_knowledge_and_telescopes_are_things() -> None:
    """An olympiad is a contest and a telescope an instrument, as a cup or a ship is: never an actor, alone or as a
    name's last word."""
    result = found(
        analyse(
            "The Kestrel Student Olympiad took place in April.",
            "The Olympiad drew 40 students, and Tom Hale said the Olympiad was hard.",
            "The Kestrel Space Telescope will be launched next year, said Rita Moss.",
        )
    )
    assert set(result.names) == {"Tom Hale", "Rita Moss"}


def test_a_role_with_its_place_in_an_apposition_is_the_persons() -> None:
    """ "Tom Hale, the mayor of Kestrel, ...": the role is "mayor" though its place follows it, so '"...," the mayor
    told reporters' later is Hale's statement."""
    result = found(
        analyse(
            [
                "Tom Hale, the mayor of Kestrel, visited the site on Monday.",
                '"We will rebuild," the mayor told reporters.',
            ],
        )
    )
    assert result.statements[2] == {"Tom Hale"}


def test_cited_or_recorded_as_saying_names_the_speaker() -> None:
    """ "X was cited as saying", "X is recorded as saying": whatever the participle, "as saying" makes X the speaker,
    as "X was quoted as saying" does; "X was accused of lying" stays spoken of."""
    result = found(
        analyse(
            "Tom Hale was cited as saying the plan had failed.",
            "Rita Moss is recorded as saying that she disagreed.",
            "Anna Berg was accused of lying.",
        )
    )
    assert result.statements == {1: {"Tom Hale"}, 2: {"Rita Moss"}}


def test_an_office_before_a_name_that_is_no_common_word_is_cut_too() -> None:
    """A given name the gender list does not hold ("Chris") still starts the person after an office's role word:
    the first word after it is no common word."""
    result = found(analyse("Kestrel Bank's Chief Technical Officer Chris Wood wrote that the plan was sound."))
    assert result.statements[1] == {"Chris Wood"}


def test_a_named_answer_may_end_with_a_question_of_its_own() -> None:
    """ "((Anna Berg)) ... Who could stop the sea?": a full name's answer ending with a rhetorical question is still
    an answer; a bracketed name whose own first sentence asks, or initials whose paragraph ends with a question, ask."""
    result = found(
        analyse(
            "Rita Moss, a geologist, studied the cliffs.",
            "((WN)) Why did they fall?",
            ["((Rita Moss)) The rock is soft.", "Who could stop the sea?"],
            ["((WN)) The cliffs are old.", "What comes next?"],
            "((Rita Moss)) Did I expect it?",
        )
    )
    assert {i for i, names in result.statements.items() if "Rita Moss" in names} == {3, 4}


def test_a_participle_of_saying_after_the_subject_speaks_for_it() -> None:
    """ "..., declaring that she ...", "a speech declaring himself ...": the participle's subject is the sentence's,
    as with "saying" and "adding"."""
    result = found(
        analyse(
            'The next day, Tom Hale delivered a speech declaring himself "the man of order."',
            'Rita Moss also countered claims about her health, declaring that she "can hardly wait".',
        )
    )
    assert result.statements == {1: {"Tom Hale"}, 2: {"Rita Moss"}}


def test_a_works_title_is_a_thing_wherever_the_document_names_it() -> None:
    """ "the 1959 comedy Pillow Dreams" (a year between the determiner and the work's noun) names a work, and so does
    "Pillow Dreams won three awards" later in the document: a title, not an organisation."""
    result = found(
        analyse(
            "Rita Moss starred in the 1959 comedy Pillow Dreams with Tom Hale.",
            "Pillow Dreams won three awards.",
            "Her memoir Quiet Years sold well, and Quiet Years was praised by critics.",
        )
    )
    assert set(result.names) == {"Rita Moss", "Tom Hale"}


def test_a_slogan_named_after_its_noun_is_no_actor() -> None:
    """ "the slogan Make Kestrel Proud Again": a slogan is words, not an actor, there and where the document names it
    again to open a sentence (its first, common word then left out of the name)."""
    result = found(
        analyse(
            "The slogan Make Kestrel Proud Again was printed on every hat.",
            "Make Kestrel Proud Again became the party motto, Tom Hale said.",
        )
    )
    assert set(result.names) == {"Tom Hale"}


def test_a_name_alone_after_a_question_is_read_without_error() -> None:
    """A paragraph that is only a name, after a question (a FAQ heading, a caption), is no answer marker and reads
    without an error (it ran past the sentence's end)."""
    result = found(analyse("Rita Moss, a geologist, studied the cliffs.", "Why did they fall?", "Rita Moss", "Anna"))
    assert "Rita Moss" in result.names
    assert 3 not in result.statements


def test_an_affiliation_then_a_role_apposition_before_the_verb() -> None:
    """ "X of Kestrel University, co-author of a study published in May, declared ...": the affiliation, then an
    apposition opening with a role, then the verb: X speaks, as with "X of Y, a firm making radios, told"."""
    result = found(
        analyse(
            "Anna Berg of Kestrel University, co-author of a study published in May, declared the rates high.",
            "Ivan Petrov of Kestrel Bank, and Olga Ivanova said no.",
        )
    )
    assert result.statements == {1: {"Anna Berg"}, 2: {"Olga Ivanova"}}


def test_a_chronicle_naming_many_people_in_full_reads_as_news() -> None:
    """A month's chronicle that reports what people did, not what they said, and has no dateline, is news all the
    same when it names many people in full: its one-word surnames and acting people are actors, not headings."""
    result = found(
        analyse(
            "The following is the second part of a series on the race.",
            "As the race began, Senator Tom Hale led Governor Anna Berg in the polls.",
            "Protests went on across the nation.",
            "Later, Rita Moss withdrew her name from the race.",
            "Hale walked to the church and held up a book.",
            "At the time, Ivan Petrov, Olga Ivanova and Sam Lee were named as finalists.",
            "Berg held her first rally in June.",
            "The crowd was small and many seats were empty.",
            "Ben Cole, a historian, joined the race in May.",
            "Paul Grant and Ana Ruiz joined him.",
            "Cole had lost to Hale in 2016.",
            "The polls closed at the end of the month, after Hale won the Velby Primary.",
        )
    )
    assert {"Tom Hale", "Anna Berg", "Rita Moss", "Ben Cole"} <= set(result.names)
    assert "Velby Primary" not in result.names  # a primary election, as "election" is


def test_an_interviewers_initials_a_pair_of_names_and_a_consequence_are_no_actors() -> None:
    """ "((AB)) ...?": an interviewer's initials opening a question are a label; "the Hale/Moss ticket": "the" is the
    ticket's, no sign of a body; "..., thereby denying them a seat": a consequence, not words."""
    result = found(
        analyse(
            "Tom Hale and Rita Moss ran together on one ticket.",
            "((XQ)) Why should voters choose the Hale/Moss ticket?",
            "((XQ)) What comes next?",
            "((XQ)) Who pays for the campaign?",
            "Hale lost the vote, thereby denying his party a seat.",
        )
    )
    assert "XQ" not in result.names
    assert result.names[result.actor_of("Hale")][0] == "person"
    assert 5 not in result.statements


def test_an_opening_adverb_before_a_pronoun_and_an_adjective_before_officials_are_no_speakers() -> None:
    """Issue 16, round 21 (a second source of news): "However, he defended it, saying: ..." — the speaker is "he",
    not the adverb before the comma; "Regional officials warn that ...": an adjective of the officials, not a body."""
    result = found(
        analyse(
            "Dana Holt was a colonel in the army at the time.",
            'However, he defended the plan, saying: "They would have accepted it.',
            "Regional officials warn that some villages may not get aid for weeks.",
        )
    )
    assert not {"However", "Regional"} & set(result.names)
    assert result.statements.get(2) == {"Dana Holt"}
    assert 3 not in result.statements


def test_he_after_an_object_named_earlier_goes_back_to_the_later_subject() -> None:
    """ "X was a colonel. He advised the commander Peter Y that ... . X and others felt ... . He explains: "..."":
    the pronoun's person is the subject named last, not the object whose given name says "he"; the bare quotation
    paragraphs after it are X's too."""
    result = found(
        analyse(
            [
                "Dana Holt was a colonel in the army at the time.",
                "On March 3rd, he advised the commander Peter Vance that the council could be dissolved.",
                "Holt and others felt that the council was weak.",
                "The army would act where the council would not.",
            ],
            ['He explains: "We often wondered whether the army could rule.', 'And I always said it was impossible."'],
            '"Then, after the meeting, I said to the commander that this could happen."',
        )
    )
    assert result.statements.get(5) == result.statements.get(6) == result.statements.get(7) == {"Dana Holt"}


def test_things_kept_shown_or_going_on_are_no_words_and_a_currency_is_no_country() -> None:
    """ "X maintains formal relations", "until X revealed his source", "It continued traveling", a headline's "X PM
    accused of ...": no statements; "X opined that ..." is one; "10 million Swedish kronor" names no Sweden."""
    result = found(
        analyse(
            "Currently the Republic of Finland maintains formal relations with 27 countries.",
            "Finland PM accused of striking envoy",
            "A fine was issued every day until Carl Moss revealed his source.",
            ["The Kestrel Agency said the ship was spotted.", "It continued traveling slowly in shallow waters."],
            "Judge Anna Berg opined that the leak was meant to stop a fair trial.",
            "Anna Berg maintained that the plan was sound.",
            "The prize includes 10 million Swedish kronor.",
        )
    )
    assert not {1, 2, 3, 5} & set(result.statements)
    assert result.statements[6] == result.statements[7] == {"Anna Berg"}
    assert "Sweden" not in result.names
    assert result.names[result.actor_of("Finland")][0] == "country"


def test_a_speaking_programme_is_a_body_spellings_merge_and_to_have_said_speaks() -> None:
    """ "According to the X Food Programme, ..." names a body named after its programme (a plan does not speak);
    "Defence"/"Defense" and "Organisation"/"Organization" are one name; "Y quoted X, who ..., to have said that"
    gives X the words."""
    result = found(
        analyse(
            "According to the Kestrel Food Programme, some helicopters are unable to land.",
            "The Clean Water Programme started in 2001.",
            ["The Self-Defence Forces tracked the ship.", "The Self-Defense Forces went on alert."],
            "The Tribune quoted Anna Berg, who was elected last May, to have said that the coalition had failed.",
        )
    )
    assert result.statements[1] == {"Kestrel Food Programme"}
    assert result.names["Kestrel Food Programme"][0] == "organisation"
    assert "Clean Water Programme" not in result.names
    forces = result.names[result.actor_of("Self-Defence Forces")][1]
    assert {"Self-Defence Forces", "Self-Defense Forces"} <= set(forces)
    assert "Anna Berg" in result.statements[5]


def test_advising_someone_that_is_saying() -> None:
    """ "he advised the commander Peter Y that ...": the pronoun's person (the subject named before) speaks, not the
    one advised; "X was advised to stay home" is no statement of X."""
    result = found(
        analyse(
            [
                "Dana Holt was a colonel in the army at the time.",
                "On March 3rd, he advised the commander Peter Vance that the council could be dissolved.",
            ],
            "Rita Moss was advised to stay home.",
        )
    )
    assert result.statements.get(2) == {"Dana Holt"}
    assert 3 not in result.statements


def test_findings_by_a_body_speak_for_it_and_many_of_is_no_name() -> None:
    """ "Estimates by the X government state that ...": the body speaks through its estimates, though "by" stands
    before its name; "Many of the X staff said ...": "Many" is a quantity, not a speaker."""
    result = found(
        analyse(
            "Estimates by the Finnish government state that 300 people died.",
            "A report by the Kestrel Institute says the river is polluted.",
            "Many of the Kestrel Institute staff said the river is polluted.",
        )
    )
    assert result.statements.get(1) == {"Finland"}
    assert result.statements.get(2) == {"Kestrel Institute"}
    assert "Many" not in result.names


def test_a_titled_line_of_an_exchange_and_a_titled_subject_speak() -> None:
    """ "Deputy Director of the Harbour Agency Olaf Lindqvist: \"...\"": a line of a quoted exchange is the title's
    holder's, not the body the title names, even when its quotation is a word or two that would make the line look
    like a headline; "Chief Adviser to the Harbour Agency for Planning Rita Morven defended the plan, saying,
    \"...\"": the holder speaks too; "Special Asst." and "Senior Adviser" opening such a line are offices, no names."""
    result = found(
        analyse(
            "The messages were read out in the council:",
            [
                'Deputy Director of the Harbour Agency Olaf Lindqvist: "We can wait a year.',
                'The costs will fall."',
            ],
            ['Senior Adviser to the Minister and Head of the Kestrel Institute Anna Berglund: "Agreed.', 'Thanks."'],
            'Special Asst. to the Secretary and Director of Harbour Agency Communications Tor Halvik: "We wait."',
            [
                "Chief Adviser to the Harbour Agency for Planning Rita Morven defended the plan, saying, "
                '"This was not a rushed process.',
                'The board backed it."',
            ],
        )
    )
    assert result.statements.get(2) == {"Olaf Lindqvist"}
    assert result.statements.get(3) == {"Olaf Lindqvist"}
    assert result.statements.get(4) == {"Anna Berglund"}
    assert result.statements.get(5) == {"Anna Berglund"}
    assert result.statements.get(6) == {"Tor Halvik"}
    assert result.statements.get(7) == {"Rita Morven"}
    assert result.statements.get(8) == {"Rita Morven"}
    assert not {"Senior Adviser", "Asst", "Special Asst"} & set(result.names)


def test_findings_team_passive_announcement_and_pointing_out_speak() -> None:
    """ "X points out that", "were officially announced yesterday by the country's X" (and "It also announced"),
    "according to research done by an anti-spam research company X", "according to today's X", "The X team
    noted": all are X's words; "was reportedly rejected by X" is hearsay of an act, no statement."""
    result = found(
        analyse(
            ["Anna Berglund heads the Harbour Union.", "Berglund points out that the costs would rise."],
            [
                "The results were officially announced yesterday by the country's Electoral Board (EBK).",
                "It also announced the lead of the ruling party.",
            ],
            "According to research done by an anti-spam research company Veltrix, most spam comes from servers.",
            "Ministers will propose a new tax, according to today's Kestrel Times.",
            "The Norvane team noted the weakness of the law in its report.",
            "A similar plan was reportedly rejected by Prime Minister Tor Halvik over its cost.",
        )
    )
    assert result.statements.get(2) == {"Anna Berglund"}
    assert result.statements.get(3) == {"Electoral Board"}
    assert result.statements.get(4) == {"Electoral Board"}
    assert result.statements.get(5) == {"Veltrix"}
    assert result.statements.get(6) == {"Kestrel Times"}
    assert result.statements.get(7) == {"Norvane"}
    assert 8 not in result.statements


def test_doers_opening_a_sentence_saints_places_and_emails() -> None:
    """ "Protesters clashed ...", "Campaigners marched": people named after what they do (a common verb and "-ers"),
    no name; "St. John's and Gander": a place named after a saint, not the saint; "An email from X advises ...",
    "according to an email from X": X speaks through its email."""
    result = found(
        analyse(
            "Protesters clashed with riot police in Oslo on Tuesday.",
            "Campaigners marched to the harbour.",
            "Flights landed in Halifax as well as St. John's and Gander.",
            "An email from Kestrel Bank advises the minister to wait.",
            "According to an email from the Harbour Union, the talks failed.",
        )
    )
    assert not {"Protesters", "Campaigners", "John"} & set(result.names)
    assert result.statements.get(4) == {"Kestrel Bank"}
    assert result.statements.get(5) == {"Harbour Union"}


def test_a_surname_goes_to_its_documents_full_name_only_when_it_is_a_person() -> None:
    """`document_resolution`: "Lind" (a person of its own in the corpus) goes to the "Olaf Lind" its document names;
    a word the corpus made no actor ("API" beside "Services API") and a body ("Kestria" the state beside "Governor of
    Kestria") stay as they are; two full names ending with it leave it alone."""
    from retrieval.actors.link import document_resolution

    kinds = ["person", "person", "organisation", "person"]
    resolve = {"olaf lind": 0, "lind": 1, "kestria": 2, "governor of kestria": 3, "services api": 3}
    one = document_resolution(
        {"olaf lind", "lind", "api", "services api", "kestria", "governor of kestria"}, resolve, kinds
    )
    assert one["lind"] == 0
    assert "api" not in one
    assert one["kestria"] == 2
    two = document_resolution({"olaf lind", "eva lind", "lind"}, {**resolve, "eva lind": 3}, kinds)
    assert two["lind"] == 1


def test_more_verbs_of_saying() -> None:
    """ "disclosed that", "testified that", "quipped", "underscored that", "assured reporters that" ... give the
    subject's words; "believes that" stays no statement (a belief, not words)."""
    verbs = ["disclosed that", "testified that", "quipped that", "underscored that", "assured reporters that"]
    result = found(
        analyse(*[f"Anna Berglund {verb} the plan would fail." for verb in verbs], "Tor Halvik believes it.")
    )
    assert all(result.statements.get(n) == {"Anna Berglund"} for n in range(1, len(verbs) + 1))
    assert len(verbs) + 1 not in result.statements


def test_a_country_adjective_speaks_through_its_ministry_not_through_a_group() -> None:
    """ "The Norwegian foreign ministry said", "Russian police said": the country speaks through a body of its
    state, as through its officials; "The Syrian opposition group said" is no statement of Syria."""
    result = found(
        analyse(
            "The Norwegian foreign ministry said the plan would fail.",
            "Russian police said on Monday that the plan would fail.",
            "The Syrian opposition group said the plan would fail.",
        )
    )
    assert result.statements.get(1) == {"Norway"}
    assert result.statements.get(2) == {"Russia"}
    assert 3 not in result.statements


def test_a_body_noun_before_a_role_in_the_singular_is_the_role_holder() -> None:
    """ "The union leader added ...": the person named as the union leader before, not the union; "The union
    officials said" and "the company spokesman said" still speak for the body."""
    result = found(
        analyse(
            ["Union leader Anna Berglund said the plan would fail.", "The union leader added that costs had doubled."],
            ["The Harbour Union met on Monday.", "The union officials said the talks went well."],
            ["Kestrel Bank said profits fell.", '"We are sad," the company spokesman said.'],
        )
    )
    assert result.statements.get(2) == {"Anna Berglund"}
    assert result.statements.get(4) == {"Harbour Union"}
    assert result.statements.get(6) == {"Kestrel Bank"}


def test_dates_seas_economic_measures_and_squares_are_not_actors() -> None:
    """A month's abbreviation in a date ("Nov. 14"), a sea named after a country ("the Indian Ocean"), an economic
    measure ("its GDP") and a square ("the Plaza de X") are neither people, countries nor organisations; "Jan" as a
    given name and a country named beside its gulf stay."""
    result = found(
        analyse(
            "The film has made $90 million since its release Nov. 14, according to Anna Berglund.",
            "Sales fell in Oct. 2003, said Jan Holm.",
            "Some of the islands in the Indian Ocean were checked, and ships in the South China Sea were warned.",
            "With 70% of its GDP attributed to trade, Kestria has favoured Norway.",
            "The bag was found while police patrolled the Plaza de Rosas.",
            "Mexico said the Gulf of Mexico was calm.",
        )
    )
    assert not {"Nov", "Oct", "India", "China", "GDP", "Plaza de Rosas"} & set(result.names)
    assert {"Anna Berglund", "Jan Holm", "Norway", "Mexico"} <= set(result.names)
    assert result.statements.get(1) == {"Anna Berglund"}


def test_a_role_after_its_modifiers_and_a_holder_after_a_country_s_roles() -> None:
    """ "X, film critic for Y said" (the comma before "said" left out): the role after its modifier still makes an
    apposition; '"...", said former Kestria coach and former test player X': the coach speaks, not Kestria."""
    result = found(
        analyse(
            '"The film is dull, and fans will be bored," Tom Rask, film critic for Harbour Daily News said.',
            '"It is just history repeating itself", said former Norway coach and former test player Lars Aune.',
            '"We will win," said Norway batsman Erik Dahl.',
            "Anna Berglund, the minister said, will resign.",
        )
    )
    assert result.statements.get(1) == {"Tom Rask"}
    assert result.statements.get(2) == {"Lars Aune"}
    assert result.statements.get(3) == {"Erik Dahl"}
    assert 4 not in result.statements or "Anna Berglund" not in result.statements[4]


def test_works_after_a_year_or_a_genre_and_their_last_word_alone_are_not_actors() -> None:
    """ "since 1992's Robin Returns", "the sequel to 2000's Meet the Neighbours": a year's film; "challenged by
    horror film Grey Storm", later "Storm" alone: the film, not an organisation; a film studio ("Kestrel Pictures")
    is an organisation."""
    result = found(
        analyse(
            "It is his first hit since 1992's Robin Returns, said Tom Rask.",
            "Kestrel Pictures' new film, the sequel to 2000's Meet the Neighbours, is playing in more theatres.",
            "The film will be challenged by horror film Grey Storm, also from Kestrel Pictures.",
            "With Storm being the only new release, it looks good.",
            "Storm is a come-back attempt for Tom Rask.",
        )
    )
    assert not {"Robin Returns", "Neighbours", "Meet the Neighbours", "Grey Storm", "Storm"} & set(result.names)
    assert result.names["Kestrel Pictures"][0] == "organisation"


def test_quoted_papers_office_holders_labels_brand_lists_and_translated_names() -> None:
    """'according to "La Gaceta"' speaks; '"...," explains Secretary General of the Kestrel Community Berglund':
    Berglund speaks, not a "Kestrel Community Berglund"; "labelling ... as" is a verb of saying; "eBay" goes on a
    list of companies; "the Kestrel Community (Comunidad Kestrela)" is one body; "Summits" is no actor."""
    result = found(
        analyse(
            'The device was small, according to "La Gaceta".',
            'The "ultimate goal, which can hopefully be reached in time, is a union of the north," explains Secretary'
            " General of the Kestrel Community Berglund.",
            'Norway batsman Lars Aune went further, labelling the comments as "a yawn".',
            "Many major companies including Brindle Systems, Tarrow, eBay, Quillon, and Vexa are helping.",
            "Two blocs, the Kestrel Community (Comunidad Kestrela) and the Nordic Union, were combined.",
            "The First and Second Kestrel Summits were held in Oslo.",
            "La Gaceta reported the arrest of a man.",
            '"These are good projects," said Berglund.',
        )
    )
    assert result.statements.get(1) == {"La Gaceta"}
    assert result.statements.get(2) == {"Berglund"}
    assert "Kestrel Community Berglund" not in result.names
    assert result.statements.get(3) == {"Lars Aune"}
    assert result.names["Quillon"][0] == "organisation"
    assert "Comunidad Kestrela" in result.names[result.actor_of("Kestrel Community")][1]
    assert not {"Summits", "Kestrel Summits"} & set(result.names)


def test_a_capitalised_adjective_alone_is_no_actor_and_a_middle_name_alone_is_the_person() -> None:
    """ "the Presidential official residence", "Federal officials said": a capitalised common adjective before a
    lower-case noun is no name; "Kestel" alone, a middle word of the full name the document gives, is that
    person."""
    result = found(
        analyse(
            "They met at the Kestrel Palace, the Presidential official residence, in Oslo, said Anna Berglund.",
            "The plan failed, and Federal officials said the deal was off.",
            "President Anders Kestel Holm Varga met the press.",
            "Kestel said the plan would work.",
        )
    )
    assert not {"Presidential", "Federal"} & set(result.names)
    assert result.statements.get(4) == {"Anders Kestel Holm Varga"}
    assert "Kestel" not in result.names


def test_a_body_named_with_what_it_is_made_of_speaks() -> None:
    """ "The Kestrel group of websites reported that ...": the body speaks past "of websites"; "They also report"
    goes on with it."""
    result = found(
        analyse(
            [
                "The Kestrel group of websites reported that the deal was off.",
                "They also report that prices rose.",
            ],
            "Kestrel said it would sue.",
        )
    )
    assert result.statements.get(1) == {"Kestrel"}
    assert result.statements.get(2) == {"Kestrel"}


def test_a_countrys_outlet_after_according_and_an_unnamed_official_speak() -> None:
    """ "According to Swedish broadcaster KTV, ...": the outlet after the country's adjective and its type speaks;
    "a Swedish official said" speaks for the country as its officials do, "the Swedish leader claimed" does not."""
    result = found(
        analyse(
            "According to Swedish broadcaster KTV, the minister will resign on Friday.",
            "However, a Swedish official said this week that the talks had failed.",
            "The Swedish leader claimed the deal was off.",
        )
    )
    assert result.statements.get(1) == {"KTV"}
    assert result.statements.get(2) == {"Sweden"}
    assert not result.statements.get(3)


def test_a_co_subject_before_an_employer_and_a_verb_after_a_comma_and_and() -> None:
    """ "Premier X and Kestrel Rail CEO Y said": both speak, the employer (before an officer's title in capitals) is
    a body; "X visited the site, and reported that ...": the clause's subject speaks."""
    result = found(
        analyse(
            "Premier Anna Berglund and Kestrel Rail CEO Tom Halvorsen said that there were no plans to halt services.",
            "Transport Minister Lars Aune visited the site, and reported that the recorder would be sent away.",
        )
    )
    assert result.statements.get(1) == {"Anna Berglund", "Tom Halvorsen"}
    assert result.names["Kestrel Rail"][0] == "organisation"
    assert result.statements.get(2) == {"Lars Aune"}


def test_companies_listed_after_a_plural_body_noun_and_a_body_said_to_be_one() -> None:
    """ "regional telephone monopolies X, Y and Z": each name of the list is a body; "X will be the first cable
    company to offer ...": X is a body, but not "X was a member of the party"."""
    result = found(
        analyse(
            "Kestrel Wireless will be the first cable company to offer the service in a single package.",
            "Kestrel Wireless is competing with regional telephone monopolies Fjordtel, KSB and NorthBell.",
            "Anna Berglund was a member of the party, and she said it would win.",
        )
    )
    assert result.names["Kestrel Wireless"][0] == "organisation"
    assert result.names["Anna Berglund"][0] == "person"
    assert all(result.names[name][0] == "organisation" for name in ("Fjordtel", "KSB", "NorthBell"))


def test_an_office_named_after_its_holder_and_a_faiths_word_opening_a_partys_name() -> None:
    """ "the Kestrel County Public Defender's Office": one body; "the Christian Democratic Appeal (CDA)": the
    faith's word opens the party's name (a person's would be dropped: "Scientologist Tom Cruise")."""
    result = found(
        analyse(
            "The Kestrel County Public Defender's Office has filed motions claiming that the trial was unfair.",
            "Kestrel Radio reported that the Christian Democratic Appeal (CDA) supported the proposal.",
        )
    )
    assert "Kestrel County Public Defender's Office" in result.names
    assert not {"Office", "Kestrel County Public Defender"} & set(result.names)
    assert "Christian Democratic Appeal" in result.names
    assert "CDA" in result.names["Christian Democratic Appeal"][1]


def test_a_titled_persons_bracketed_party_is_no_alias_and_an_outlet_named_with_an_acronym_reports() -> None:
    """ "Member of Parliament Anna van Berg (D66)": the bracket names her party, not her; "KTV Nieuws reports": an
    outlet, not a person."""
    result = found(
        analyse(
            "Member of Parliament Anna van Berg (D66) will make a motion on November 17.",
            "Consequently, KTV Nieuws reports, the minister withdrew his proposal.",
        )
    )
    assert "D66" not in result.names[result.actor_of("Anna van Berg")][1]
    assert result.names["KTV Nieuws"][0] == "organisation"


def test_a_partys_adjective_joins_its_members_plural_and_a_seat_before_state_is_the_state() -> None:
    """ "Republican and Democratic counters worked together": "counters" before a past tense is a noun, no verb of
    saying, and "Democratic" joins "Democrats"; "X and other Democrats": X is a person; "Washington state's race":
    the US state, not the United States."""
    result = found(
        analyse(
            "Anna Berglund wins Washington state's closest race.",
            "Because this was even closer, Berglund and other Democrats raised money to hold a recount.",
            "Teams of Republican and Democratic counters worked together in the counting.",
            "The recount must be approved by the Legislature, which is controlled by the Democrats.",
            "Berglund says increased taxes will help.",
            "Kestrel reported that the plan had failed.",
            "Kestrel and other members voted for the plan.",
        )
    )
    assert result.names["Kestrel"][0] == "organisation"  # "and other members": bodies are members too
    assert "United States" not in result.names
    assert result.names["Anna Berglund"][0] == "person"
    assert not result.statements.get(3)
    assert result.statements.get(5) == {"Anna Berglund"}  # a participle before its noun: "says" speaks
    assert "Democratic" in result.names[result.actor_of("Democrats")][1]


def test_a_bodys_own_body_a_passives_agent_and_a_theme_named_with_a_regions_adjective() -> None:
    """ "the Kestrel central committee": Kestrel is a body; "approved by the Legislature": the body after a
    passive's "by" acts; "a colloquium about European Identity": a theme, no actor."""
    result = found(
        analyse(
            "Anna Berglund was selected by the Kestrel central committee as its candidate.",
            "Any runoff election would have to be approved by the Legislature.",
            "The village was surrounded by the Alps.",
            "Berglund spoke outside a colloquium about European Identity in Lisbon.",
        )
    )
    assert result.names["Kestrel"][0] == "organisation"
    assert result.names["Legislature"][0] == "organisation"
    assert not {"Alps", "European Identity", "Identity"} & set(result.names)


def test_a_pronoun_after_the_one_subject_its_sentence_names_is_that_subject() -> None:
    """ "bodies were found after a man named X made a posting in which he claimed ...": X speaks, the one subject
    the sentence names before "he"."""
    result = found(
        analyse(
            "Anna Berglund said the talks had failed.",
            "bodies were found after a Velmish man named Tom Halvorsen made a posting in which he claimed that two"
            " officers had died in Oslo.",
        )
    )
    assert result.statements.get(2) == {"Tom Halvorsen"}


def test_names_listed_after_a_colon_or_a_plural_body_noun_are_bodies_each_named_once() -> None:
    """ "the two largest mobile networks in Norway: X and Y", "companies including A, B and C": each name of the
    list, named once and nowhere acting, is a body ("three cities in Norway: A, B and C" names places)."""
    result = found(
        analyse(
            "Kestrel Wireless controls one of the two largest mobile networks in Norway: Fjordtel and Nordcell.",
            "Donations came from companies including Brevik, Skarstad and Holmvik.",
            "He visited three towns in Norway: Lundby, Tovik and Alvern.",
        )
    )
    assert all(result.names[name][0] == "organisation" for name in ("Fjordtel", "Nordcell", "Brevik", "Holmvik"))
    assert not {"Lundby", "Tovik", "Alvern"} & set(result.names)


def test_a_newspaper_after_a_country_adjective_doctrine_followers_and_un_participles() -> None:
    """Round 27: "the Velmish Express reported" is a newspaper, not "Express"; "Marxist-Maoist" and
    "Islamist-Jihadists" name followers of doctrines, "Unverified reports put ..." opens with an adjective; a person
    after "the mayor-elect" is titled, so the party in brackets after the name is the party's, not the person's."""
    result = found(
        analyse(
            '"The roads are closed," the Indian Express reported about the storm.',
            "The Marxist-Maoist movement split from the radical Islamist-Jihadists.",
            "Unverified reports put the crowd at 10,000.",
            "The group was received by the mayor-elect Tomas Rask Holm (PVK).",
            "The PVK lost the vote.",
        )
    )
    assert result.names["Indian Express"][0] == "organisation"
    assert result.statements.get(1) == {"Indian Express"}
    assert not {"Express", "Marxist-Maoist", "Islamist-Jihadists", "Unverified"} & set(result.names)
    assert result.names["Tomas Rask Holm"] == ("person", ("Tomas Rask Holm",))
    assert result.names["PVK"][0] == "organisation"


def test_co_subjects_with_asides_a_witness_named_in_an_aside_and_a_rank_of_three_words() -> None:
    """Round 27: "X, director of Y, and Z, a consultant of W, pointed out that" is said by X and Z ("X, Y, and Z
    said" stays a list of names); "According to a witness, Sergeant First Class X, ..." is X's, and the rank's
    common words are no part of the name."""
    result = found(
        analyse(
            "Tom Hale, director of a non-profit group Kestrel, and Ann Berg, a senior consultant of Velcorp, pointed"
            " out that the plan was bad.",
            "Tom Hale, 45, and Ann Berg, 50, said the plan was bad.",
            "According to a witness, Sergeant First Class Michael Lund, the captain was livid.",
            "In Oslo, a city of lakes, and Ann Berg said the plan was bad.",
        )
    )
    assert result.statements.get(1) == {"Tom Hale", "Ann Berg"}
    assert result.statements.get(2) == {"Tom Hale", "Ann Berg"}
    assert result.statements.get(3) == {"Michael Lund"}
    assert result.statements.get(4) == {"Ann Berg"}
    assert "First Class Michael Lund" not in result.names


def test_protocols_and_formats_in_capitals_are_no_actors() -> None:
    """Round 27: "send HTTP requests" read as "HTTP" requesting; protocols, formats and request methods written in
    capitals ("HTTP", "an HTTP POST", "JSON") are never actors, while other acronyms stay ("NATO requests")."""
    result = found(
        analyse(
            "Once installed, the computer would send HTTP requests to the servers.",
            "The client sends an HTTP POST with a JSON body.",
            "NATO requests more troops for the mission.",
        )
    )
    assert not {"HTTP", "HTTP POST", "JSON", "POST"} & set(result.names)
    assert result.names["NATO"][0] == "organisation"


def test_a_request_with_quoted_words_joined_to_a_clause_ending_in_a_number() -> None:
    """Round 27: 'X stopped the program on December 3 and asked clients to "stay tuned."' is X's: a request whose
    words are quoted, after a clause that ends in a number; "X met Y and asked her to ..." stays unattributed."""
    result = found(
        analyse(
            'Kestrel stopped distributing the program on December 3 and asked clients to "stay tuned."',
            "Kestrel stopped the program on May 4 and said it was over.",
            'Tom Hale met Ann Berg and asked her to "stay calm."',
        )
    )
    assert result.statements.get(1) == {"Kestrel"}
    assert result.statements.get(2) == {"Kestrel"}
    assert 3 not in result.statements


def test_a_side_taken_on_a_name_does_not_make_it_speak() -> None:
    """Round 27: "Pro-X say ..." and "anti-X protesters said ..." are the words of X's supporters or opponents, not
    of X; "X officials say" stays X's."""
    result = found(
        analyse(
            "The Kestrel Army School was closed in 2000.",
            "Pro-Kestrel say the school was important.",
            "Anti-Kestrel protesters said the school was a disgrace.",
            "Kestrel officials say thousands were trained.",
        )
    )
    assert 2 not in result.statements and 3 not in result.statements
    assert result.statements.get(4) == {"Kestrel Army School"}


def test_a_name_without_a_given_name_that_reports_is_an_outlet() -> None:
    """Round 27: "Gazeta Kestrel reported ..." is a newspaper (no given name opens the name, no title before it);
    "Tom Hale reported ..." stays a person."""
    result = found(
        analyse(
            "Gazeta Kestrel reported the sale on Monday.",
            "Tom Hale reported that the device was found.",
        )
    )
    assert result.names["Gazeta Kestrel"][0] == "organisation"
    assert result.names["Tom Hale"][0] == "person"


def test_a_name_said_to_be_a_site_is_a_place() -> None:
    """Round 27: "X was the site of an 1824 victory", "X is one of the annual breeding sites for the species": what
    is said of a place; "Tom Hale was the site manager" stays a person."""
    result = found(
        analyse(
            "Velmacho was the site of an 1824 decisive victory against Spanish troops led by Simón Bolívar.",
            "Punta Velda is one of the annual breeding sites for the species; it is in Argentina.",
            "Tom Hale was the site manager.",
        )
    )
    assert not {"Velmacho", "Punta Velda"} & set(result.names)
    assert result.names["Tom Hale"][0] == "person"


def test_a_quantity_of_unnamed_people_opening_a_sentence_is_no_speaker() -> None:
    """Round 28: "Many said they had felt ...", "Several said ...": unnamed people counted, not a name; "Tom Hale
    said" stays his."""
    result = found(
        analyse(
            "Many said they had felt afraid for years.",
            "Several said the prison was cold.",
            "Tom Hale said the report was fair.",
        )
    )
    assert not {"Many", "Several"} & set(result.names)
    assert result.statements == {3: {"Tom Hale"}}


def test_a_country_adjective_after_in_that_ends_its_phrase_is_a_language() -> None:
    """Round 28: "The report, in Spanish, can be read online" names a language, not Spain; "in French waters" and
    "the Spanish government said" stay the countries'."""
    result = found(
        analyse(
            "The full report, in Spanish, can be read online.",
            "The book was translated into German for the fair.",
            "The boat sank in French waters.",
        )
    )
    assert "Spain" not in result.names and "Germany" not in result.names
    assert result.names["France"][0] == "country"
    assert "Spain" in found(analyse("The Spanish government said no.")).names


def test_a_legal_forms_dot_before_the_verb_does_not_end_the_subject() -> None:
    """Round 28: "Kestrel Corp. announced Wednesday it will buy ..." is the company's statement; the dot of "Corp."
    is not the sentence's end."""
    result = found(analyse("Discount retailer Kestrel Corp. announced Wednesday morning it will buy Velda Inc."))
    assert result.statements.get(1) == {"Kestrel Corp"}


def test_a_speech_participle_after_a_determiner_is_a_noun() -> None:
    """Round 28: "built a national warning system", "a warning system": nouns, no statement; "left, warning that
    ..." stays the subject's words."""
    result = found(
        analyse(
            "Tom Hale has been instrumental in building a warning system for floods.",
            "Ann Berg set up a national warning system that is routinely publicized.",
            "Tom Hale left the meeting early, warning that prices would rise.",
        )
    )
    assert 1 not in result.statements and 2 not in result.statements
    assert result.statements.get(3) == {"Tom Hale"}


def test_names_of_brands_are_no_actors() -> None:
    """Round 28: names listed after "brands, including" and a name before "brands" are products; "firms including
    X said" stays a body."""
    result = found(
        analyse(
            "The deal lets the two chains sell each other's brands, including Velda Tools, Brennan, and Osk Home.",
            "Tom Hale also sells the Marro Boxer brands from his stores.",
            "Firms including Kestrel Group said they would cut prices.",
        )
    )
    assert not {"Velda Tools", "Brennan", "Osk Home", "Marro Boxer"} & set(result.names)
    assert result.names["Kestrel Group"][0] == "organisation"


def test_a_doctrines_adjective_before_a_plural_is_no_actor() -> None:
    """Round 28: "the country's Communist leaders" qualifies the leaders; "the Socialists said" stays a party."""
    result = found(
        analyse(
            "The Kestrian republic's Communist leaders have been criticized for the crackdown.",
            "The Socialists said they would vote against the bill.",
        )
    )
    assert "Communist" not in result.names
    assert result.names["Socialists"][0] == "organisation"


def test_a_posts_common_words_after_a_party_are_no_part_of_its_name() -> None:
    """Round 28: "The Tory Shadow Health Secretary has criticized ..." names the party, then a post ("Shadow Health
    Secretary"), not a person "Tory Shadow Health"; "Diane Foster MP" stays a person."""
    result = found(
        analyse(
            'The Tory Shadow Health Secretary has criticized the plan as "a new nanny state approach".',
            "Diane Foster MP said the plan was fair.",
        )
    )
    assert "Tory Shadow Health" not in result.names
    assert result.names["Tory"][0] == "organisation"
    assert result.names["Diane Foster"][0] == "person"


def test_an_acronym_spelt_out_in_square_brackets_is_one_actor() -> None:
    """Round 28: "the DEKA [Kestrel Security Bureau]" and "the CIV [Velda Information Center.]" (a dot before the
    closing bracket; acronyms of the names in another language) give each body one actor, as round brackets do."""
    result = found(
        analyse(
            "By June 1974, the DEKA [Kestrel Security Bureau] was granted its own budget.",
            "The period was marked by the activities of the CIV [Velda Information Center.] The CIV kept files.",
        )
    )
    assert result.actor_of("DEKA") == "Kestrel Security Bureau"
    assert result.actor_of("CIV") == "Velda Information Center"


def test_a_movements_followers_in_the_plural_are_an_organisation() -> None:
    """Round 28: "Unionists claimed ..." names a movement by its followers, an organisation as a party's plural is;
    "Tom Hale claimed ..." stays a person."""
    result = found(
        analyse(
            "The talks failed because Unionists claimed that too few weapons had been destroyed.",
            "Tom Hale claimed that the talks would resume.",
        )
    )
    assert result.names["Unionists"][0] == "organisation"
    assert result.names["Tom Hale"][0] == "person"


def test_a_name_whose_remarks_are_reported_is_a_person() -> None:
    """Round 28: "Velchuk's remarks, which came as ..., represented ...": one word named once, whose remarks are
    reported, is a person."""
    result = found(
        analyse(
            "Velchuk's remarks, which came as the court heard complaints, represented the collapse of the position.",
            "Tom Hale said the vote was fair.",
        )
    )
    assert result.names["Velchuk"][0] == "person"


def test_an_anic_adjective_before_a_plural_is_no_actor() -> None:
    """Round 28: "female Velmanic penguins", "Velmanic penguins nest ...": an adjective naming a kind of animal, not
    an actor."""
    result = found(
        analyse(
            "Male Velmanic penguins pine for pairings",
            "Scientists examine the plummeting numbers of female Velmanic penguins at the sites.",
            'In a press release, Tom Hale said, "There were about 1.5 adult male Velmanic penguins for every female."',
            "Velmanic penguins nest in burrows or bushes.",
            "Female Velmanic penguins are lighter than males.",
        )
    )
    assert "Velmanic" not in result.names
    assert result.statements.get(3) == {"Tom Hale"}


# Issue 16, round 29: patterns of actors_news2's twelfth batch (Wikinews 2019) and fifth batch, on made-up sentences
# of the same shape


def test_a_quotation_attributed_to_an_unnamed_speaker_continues_nobody() -> None:
    """Round 29: a paragraph that opens a quotation whose own attribution names no actor ('"She is only ... . Many
    think so," said a protester.') is not the words of the person quoted in the paragraph before; a bare quotation
    paragraph after a named speaker's quote stays theirs."""
    result = found(
        analyse(
            ['"The plan will fail," wrote student leader Tom Hale on his blog.', '"Nobody believes it."'],
            ['"She is only trying to divide us.', 'Many people think so," said a protester in the crowd.'],
            ['"The plan is fair," said Ann Berg.', '"It will pass."'],
            ['"We will see."'],
        )
    )
    assert result.statements.get(1) == {"Tom Hale"} and result.statements.get(2) == {"Tom Hale"}
    assert 3 not in result.statements and 4 not in result.statements
    assert result.statements.get(5) == {"Ann Berg"} and result.statements.get(7) == {"Ann Berg"}


def test_a_verb_between_the_subject_and_a_name_keeps_the_subject_speaking() -> None:
    """Round 29: "X cited Article 5 of the Y treaty and said, ..." is X's: the verb before the next name ends the
    subject's phrase ("US citizen X said" still reads through lower-case words to the name)."""
    result = found(
        analyse(
            'Tom Hale cited Article 5 of the Kestrel treaty and said, "They need to stand by us."',
            "Kestrel citizen Ann Berg stopped at the border and said she was tired.",
        )
    )
    assert result.statements.get(1) == {"Tom Hale"}
    assert result.statements.get(2) == {"Ann Berg"}


def test_calling_off_and_speaking_at_an_occasion_say_nothing() -> None:
    """Round 29: "The Coast Guard called off its search", "X and Y spoke on the phone", "X was speaking at the
    opening of ..." give no words; "X called the attack cowardly" and "X spoke of a new era" stay statements."""
    result = found(
        analyse(
            "The Kestrel Coast Guard called off its search late on Tuesday.",
            "Tom Hale and Ann Berg spoke on the phone on Monday.",
            "Hale was speaking at the opening of the Velda Festival, which features parades.",
            "Hale called the attack cowardly.",
            "Berg spoke of a new era for the region.",
        )
    )
    assert not {1, 2, 3} & set(result.statements)
    assert result.statements.get(4) == {"Tom Hale"} and result.statements.get(5) == {"Ann Berg"}


def test_according_to_two_sources_gives_both_the_statement() -> None:
    """Round 29: "According to Reuters and Kestrel News, X is ..." is both outlets'; "According to Reuters, Tom Hale
    is ..." stays the agency's alone (the comma ends the phrase)."""
    result = found(
        analyse(
            "According to Reuters and Kestrel News, Tom Hale is the de facto ruler.",
            "According to Reuters, Tom Hale is the richest man in the country.",
        )
    )
    assert result.statements.get(1) == {"Reuters", "Kestrel News"}
    assert result.statements.get(2) == {"Reuters"}


def test_a_periodical_named_x_today_is_an_organisation() -> None:
    """Round 29: "according to USA Today" names a newspaper, not the United States; "Today" opening a sentence
    stays a time word."""
    result = found(
        analyse(
            "Both companies have been in operation since the 1970s according to USA Today.",
            "Kestria Today reported the fire on Monday.",
            "Today Tom Hale said the fire was out.",
        )
    )
    assert result.statements.get(1) == {"USA Today"} and result.names["USA Today"][0] == "organisation"
    assert result.names["Kestria Today"][0] == "organisation"
    assert "United States" not in result.names and "Today" not in result.names
    assert result.statements.get(3) == {"Tom Hale"}


def test_and_before_a_verb_ends_a_bodys_name_not_a_list_of_bodies() -> None:
    """Round 29: "jumped on stage during the Kestrel Orchestra of Velda Charity and claimed ..." is not said by the
    event's body: "and" joins the sentence's verbs; "Tom Hale of the Velda Council said" stays Hale's."""
    result = found(
        analyse(
            "The attacker jumped on stage during the Kestrel Orchestra of Velda Charity and claimed he was innocent.",
            "Tom Hale of the Velda Council said the concert would go on.",
        )
    )
    assert 1 not in result.statements
    assert result.statements.get(2) == {"Tom Hale"}


def test_encouraging_someone_to_act_is_a_request() -> None:
    """Round 29: "X encouraged the agency to release the files" is X's request, as "urged" and "asked" are."""
    result = found(analyse("Ann Berg encouraged the Kestrel Agency to release the files from its investigation."))
    assert result.statements.get(1) == {"Ann Berg"}


def test_answering_questions_without_words_is_no_statement() -> None:
    """Round 29: "X answered a series of questions for our correspondent" gives no words; "X answered that ..."
    does."""
    result = found(
        analyse(
            "Tom Hale answered a series of questions for our correspondent.",
            "Ann Berg answered that the study was finished.",
        )
    )
    assert 1 not in result.statements
    assert result.statements.get(2) == {"Ann Berg"}


def test_capitals_and_a_channel_number_that_report_are_a_broadcaster() -> None:
    """Round 29: "KTV24 reported he received surgery" names a broadcaster by its channel number; "an A380" and
    "flight MH17" stay a model and a flight, no actors."""
    result = found(
        analyse(
            'Tom Hale said the mayor was in a "serious" condition; KTV24 reported he received surgery.',
            "The A380 landed safely, and flight MH17 was delayed.",
        )
    )
    assert result.names["KTV24"][0] == "organisation"
    assert result.statements.get(1) == {"Tom Hale", "KTV24"}
    assert not {"A380", "MH17"} & set(result.names)


def test_a_molecules_acronym_is_no_actor() -> None:
    """Round 29: "his DNA was on the glass": a molecule, not an organisation."""
    result = found(analyse("Tom Hale denied it, but upon learning his DNA was on the glass he changed his story."))
    assert "DNA" not in result.names


def test_a_name_with_and_without_stroked_letters_is_one_person() -> None:
    """Round 30: "Jarosław" in the text and "Jaroslaw" in a headline are one name (ł, ø, đ have no accent that
    Unicode takes off)."""
    result = found(analyse("Jarosław Kowalczyk said the plan was ready.", "Jaroslaw Kowalczyk spoke to reporters."))
    person = result.actor_of("Jaroslaw Kowalczyk")
    assert person == result.actor_of("Jarosław Kowalczyk")
    assert result.statements.get(1) == {person}


def test_a_faith_named_by_its_name_is_no_actor() -> None:
    """Round 30: "Kestrian Orthodox Christianity" names a religion, not a body that acts."""
    result = found(
        analyse("On Thursday, the head of Kestrian Orthodox Christianity, Patriarch Tom Hale, imposed a law.")
    )
    assert "Kestrian Orthodox Christianity" not in result.names


def test_a_name_after_a_deitys_noun_is_no_actor() -> None:
    """Round 30: "the sea god Taranor" is a deity, named after what it is, as "the island Kestra" is a place."""
    result = found(analyse("A poster of the storm, shown as an avatar of the old sea god Taranor, was displayed."))
    assert "Taranor" not in result.names


def test_a_glossed_translation_of_a_name_is_no_new_actor() -> None:
    """Round 30: Wikinews glosses a name in its language, "((xx))Kestrian language: Partia i Wolnosci": the
    translation is no actor of its own and does not take the subject's statement."""
    result = found(
        analyse(
            "On Sunday, leader Jan Nowak of the Freedom Party ((xx))Kestrian language: \u200dPartia i Wolnosci "
            "publicly declared intent to cut taxes."
        )
    )
    assert not {"Partia i Wolnosci", "Wolnosci", "Partia"} & set(result.names)
    assert "Freedom Party" in result.names


def test_a_town_named_alone_is_not_a_speakers_surname() -> None:
    """Round 30: "Jon Reed of Marlow, Texas" names a town; "police chief Tom Marlow said" is still a person who
    speaks, not the town."""
    result = found(
        analyse(
            "The suspect, Jon Reed of Marlow, Texas, was held.",
            "Harbor police chief Tom Marlow said late Sunday the police were sure.",
        )
    )
    assert result.names["Tom Marlow"][0] == "person"
    assert result.statements.get(2) == {"Tom Marlow"}


def test_according_to_a_dated_or_plural_document_of_a_body() -> None:
    """Round 30: "according to a March 3, 2018 X press release" and "according to the reports by X" give X the
    statement; an acronym after a year ("In 2019 KESA said") is a body, not a unit as in "2000 MW"."""
    result = found(
        analyse(
            "The Kestrel Alliance met in Velm.",
            "According to a March 3, 2018 Kestrel Alliance press release, Varnia spent 2% of its budget on roads.",
            "According to the reports by Delmar Institute for Data Science, there are 40 cases in Varnia.",
            "The Kestrel Energy Safety Agency (KESA) opened an office in Velm.",
            "In 2019 KESA said the plant makes 2000 MW of power.",
        )
    )
    assert result.statements.get(2) == {"Kestrel Alliance"}
    assert result.statements.get(3) == {"Delmar Institute for Data Science"}
    assert result.statements.get(5) == {result.actor_of("KESA")}
    assert "MW" not in result.names


def test_a_name_then_a_verb_then_a_colon_and_a_quotation_speaks() -> None:
    """Round 30: "However, addressing the crowd, X proposed: \"...\"": the name right before the verb and the colon
    speaks, not the sentence's first capitalised word."""
    result = found(
        analyse('However, addressing the crowd, Ravi Menon proposed: "I ask all the ministers to drink tea daily."')
    )
    assert result.statements.get(1) == {"Ravi Menon"}


def test_a_full_name_ending_with_a_bodys_word_is_a_body() -> None:
    """Round 30: "Brevik said" reads like a person, but its full name "Brevik Motor Company" is a company's."""
    result = found(
        analyse(
            "On Friday Brevik Motor Company announced a criminal investigation of Brevik's testing.",
            "Brevik said in a filing that the investigation started in March.",
            "Brevik said the matter did not involve defeat devices.",
            '"Brevik is fully cooperating," Brevik told The Kestrel.',
            "In February, Brevik announced investigating itself.",
        )
    )
    assert result.names[result.actor_of("Brevik")][0] == "organisation"


def test_all_opens_a_bodys_name_after_the_or_a_bracket() -> None:
    """Round 30: "the All Varnia Football Federation" and "(All Varnia Hindu Union)" keep their "All" (the second
    is the bracketed translation of the name before it); "All Kestrel Party members" is a quantifier."""
    result = found(
        analyse(
            "The All Varnia Football Federation said the match was off.",
            "The party was organised by Akhil Bharat Sabha (All Varnia Hindu Union) president Ravi Menon.",
            "All Kestrel Party members voted.",
        )
    )
    assert "All Varnia Football Federation" in result.names
    assert result.actor_of("All Varnia Hindu Union") == result.actor_of("Akhil Bharat Sabha")
    assert "Kestrel Party" in result.names


def test_a_name_set_off_after_the_opening_noun_phrase_speaks() -> None:
    """Round 30: "One news site, X, claims ...", "A local newspaper, the X, reported ...": the commas set the name
    off after the noun phrase describing it, and the verb after them is the name's; "The mayor, X, was arrested"
    gives no words."""
    result = found(
        analyse(
            "One news site, Kestrelnews.com, claims army sources have blamed the rebels.",
            "A local newspaper, the Velm Courier, reported that the mayor had resigned.",
            "The mayor, Tom Hale, was arrested on Monday.",
        )
    )
    assert result.statements.get(1) == {"Kestrelnews.com"}
    assert result.statements.get(2) == {"Velm Courier"}
    assert 3 not in result.statements


def test_a_quotation_after_a_colon_is_the_opening_subjects_not_the_next_names() -> None:
    """Round 31: "X opposed Y's statement: \"...\"": the subject X opening the clause speaks, not Y, named after the
    verb (the name after a lower-case qualifier still goes: "US citizen X ...:")."""
    result = found(
        analyse(
            "French President Anna Berg called for action on the fires.",
            'Brazilian President Ravi Menon opposed Berg\'s statement: "The suggestion evokes an old mentality."',
        )
    )
    assert result.statements.get(2) == {"Ravi Menon"}


def test_a_quotation_after_a_comma_and_a_verb_that_is_no_saying_is_the_subjects() -> None:
    """Round 31: "X, also on his blog, defended his decision, \"As I have said ...": the quoted sentence after the
    clause's comma is the subject's, and the quotation going on in the next sentences too; a quoted title inside
    the sentence ("visited the plant, \"Kestrel Works\", on Monday") gives no words."""
    result = found(
        analyse(
            [
                'Tom Hale, also on his blog, defended his decision, "As I have said before, the plant will stay open.',
                'It is time now for others in the region to pay their share."',
            ],
            'Anna Berg visited the plant, "Kestrel Works", on Monday.',
        )
    )
    assert result.statements.get(1) == {"Tom Hale"}
    assert result.statements.get(2) == {"Tom Hale"}
    assert 3 not in result.statements


def test_a_popes_title_before_one_name_stays_in_the_name() -> None:
    """Round 31: "Pope Velmius said ...": a pope is known by the title and one name, so the title stays ("Velmius"
    alone is no one's full name)."""
    result = found(
        analyse(
            "On Thursday, Pope Velmius announced a new church law.",
            "During the summit, Pope Velmius said the victims had a right to redress.",
        )
    )
    assert result.names["Pope Velmius"][0] == "person"
    assert result.statements.get(1) == {"Pope Velmius"}
    assert result.statements.get(2) == {"Pope Velmius"}


def test_a_relative_who_after_a_preposition_gives_the_name_its_verb() -> None:
    """Round 31: "The bill was drafted by X who said ...": "who" without a comma opens X's clause, though X follows a
    preposition ("drafted by X" alone gives no words)."""
    result = found(
        analyse(
            'The bill was drafted by Tom Hale who said in parliament, "It follows decades of work by campaigners".',
            "The plan was drafted by Anna Berg in March.",
        )
    )
    assert result.statements.get(1) == {"Tom Hale"}
    assert 2 not in result.statements


def test_a_countrys_adjective_before_a_document_speaks_for_the_country() -> None:
    """Round 31: "The Kestrian statement called for ...": the country speaks through its document as a named body
    does ("The Kestrel Union statement called for")."""
    result = found(
        analyse(
            "Turkey and the Kestrel Union met in Velm.",
            "The Turkish statement called for a safe zone to be set up east of the river.",
        )
    )
    assert result.statements.get(2) == {"Turkey"}


def test_the_spokesperson_later_is_the_body_whose_spokesperson_spoke() -> None:
    """Round 31: "..., an Interpol spokesperson stated. The spokesperson added ...": the body named before its
    unnamed spokesperson speaks again through "the spokesperson", as a person given a role does."""
    result = found(
        analyse(
            [
                'Its rules forbid "any intervention of a political character," a Kestrel Union spokesperson stated.',
                'The spokesperson added they "would not consider such requests".',
            ]
        )
    )
    assert result.statements.get(1) == {"Kestrel Union"}
    assert result.statements.get(2) == {"Kestrel Union"}


# Issue 16, round 32: the mechanisms behind the statement misses and junk of actors_news2's fifteen batches (the
# fifteenth first), on made-up sentences of the same shape


def test_a_family_name_that_is_a_word_for_a_thing_or_a_people_stands_for_the_person() -> None:
    """Round 32: "Nora Day" is a person whose family name is a word for a thing, and "Lena Kurd" one whose family
    name is a people's; where the document writes them alone ("Day said", "Kurd wrote") they are that person, and a
    show's title that holds the name with a possessive ("Nora Day's Best Friends") does not make it a thing."""
    result = found(
        analyse(
            "US singer Nora Day died on Monday at her home.",
            "Day hosted the talk show Nora Day's Best Friends until 1990.",
            '"I have been through everything," Day said in her book.',
            "Poet Lena Kurd was born in Velm.",
            '"We must stand up for each other," Kurd wrote before her death.',
        )
    )
    assert result.names["Nora Day"][0] == "person" and result.names["Lena Kurd"][0] == "person"
    assert result.statements.get(3) == {"Nora Day"}
    assert result.statements.get(5) == {"Lena Kurd"}
    # a people's name after another stays a people, an event's name after a title a thing
    others = found(analyse("Many Zemi Muslim families fled.", "The town held the Velm Day parade on Monday."))
    assert not {"Zemi Muslim", "Velm Day", "Day", "Muslim"} & set(others.names)


def test_she_after_people_named_only_as_objects_is_the_person_known_as_she() -> None:
    """Round 32: "Nora Day sang. She married Tom Hale, Zorbek Vance and Kip Rell. She said it was hard.": the
    people named as objects, whose sex no name says, do not take the "She" that the person before them has."""
    result = found(
        analyse(
            [
                "Nora Day was a singer with big bands for years.",
                "She married Tom Hale, Zorbek Vance, and Kip Rell, whom she divorced in 1981.",
                "She said the second marriage had been hard.",
            ]
        )
    )
    assert result.statements.get(3) == {"Nora Day"}


def test_according_to_a_described_document_by_a_name() -> None:
    """Round 32: "according to a Twitter post by X", "according to a recent report by X": the words that describe
    the document do not hide its author."""
    result = found(
        analyse(
            "The Velm Herald is a monthly magazine.",
            "According to a Twitter post by Lena Ortiz, director of the event, the tusk came from the wall.",
            "According to a recent report by The Velm Herald, the society keeps a list of members.",
        )
    )
    assert result.statements.get(2) == {"Lena Ortiz"}
    assert result.statements.get(3) == {result.actor_of("Velm Herald")}


def test_townspeople_a_people_after_ethnic_and_a_film_after_four_modifiers_are_no_actors() -> None:
    """Round 32: "ordinary Londoners", "ethnic Zemi": people, not an actor; "the 2018 Kestrel superhero film Red
    Lantern" names a film however many words describe it, and so does "Red Lantern" alone later."""
    result = found(
        analyse(
            "The bravery of ordinary Londoners is incredible, the mayor said.",
            "Thousands of ethnic Zemi were killed in the 1980s.",
            "Tom Hale rose to fame in the 2018 Kestrel superhero film Red Lantern.",
            "Red Lantern was the crowning achievement of his career, Anna Berg said.",
        )
    )
    assert not {"Londoners", "Zemi", "Red Lantern"} & set(result.names)
    assert result.statements.get(4) == {"Anna Berg"}


def test_an_occupation_before_a_given_name_the_list_lacks_is_no_part_of_the_name() -> None:
    """Round 32: "Broadcaster Zorbek Vantor commented" names Zorbek Vantor, who speaks; a town's body keeps its town
    ("Worcester City Council said")."""
    result = found(
        analyse(
            'Broadcaster Zorbek Vantor commented, "The guy with the tusk is a chef."',
            "Worcester City Council said the bridge would reopen.",
        )
    )
    assert result.statements.get(1) == {"Zorbek Vantor"}
    assert "Broadcaster Zorbek Vantor" not in result.names
    assert result.statements.get(2) == {"Worcester City Council"}


def test_an_adverb_between_the_auxiliary_and_the_verb_of_saying() -> None:
    """Round 32: "She has since said ..." is the subject's words, as "has said" is."""
    result = found(
        analyse(
            [
                "Anna Berg appeared at a news conference after her arrest.",
                "She has since said her confession was forced.",
            ]
        )
    )
    assert result.statements.get(2) == {"Anna Berg"}


# Issue 16, round 33: the mechanisms behind the statement misses of actors_news2's sixteenth batch (Voice of America
# newscasts, the first batch not from Wikinews), on made-up sentences of the same shape


def test_a_title_of_two_titles_joined_by_a_hyphen_is_no_part_of_the_name() -> None:
    """Round 33: "Velm Health Agency Director-General Maren Okri" names Maren Okri, as "Secretary-General" did; the
    body before the title stays the body, and "Okri said" later is the same person."""
    result = found(
        analyse(
            "Velm Health Agency Director-General Maren Tolvanu Okri has called this encouraging news.",
            'Okri said, quote, "We have been here before."',
            "Kestrel Attorney-General Anna Berg said the law stands.",
        )
    )
    assert "Maren Tolvanu Okri" in result.names and "Anna Berg" in result.names
    assert not any("-General" in name for name in result.names)
    assert result.statements.get(1) == {"Maren Tolvanu Okri"}
    assert result.statements.get(2) == {"Maren Tolvanu Okri"}
    assert result.statements.get(3) == {"Anna Berg"}


def test_a_setting_between_the_speaker_and_the_verb_and_a_capacity_after_as() -> None:
    """Round 33: "X in a statement said", "X in her first news conference as Pentagon chief said": the setting does
    not hide the speaker, and "as Pentagon chief" is X's capacity, not the body speaking through its chief; a noun
    ending the setting ("in the outgoing request") is no verb."""
    result = found(
        analyse(
            "President Tomas Velmar in a statement said he was deeply saddened by the crash.",
            "Defense Secretary Anna Berg in her first news conference as Pentagon chief said Friday that peace depends "
            "on talks.",
            "The option adds a compressed Transfer Encoding in the outgoing HTTP request.",
        )
    )
    assert result.statements.get(1) == {"Tomas Velmar"}
    assert result.statements.get(2) == {"Anna Berg"}
    assert 3 not in result.statements and "Transfer Encoding" not in result.names


def test_the_role_of_a_named_speaker_with_its_body_before_it_is_that_speaker() -> None:
    """Round 33: "The Velm professor added" after "Velm professor Ted Marlow said", "The White House press secretary
    said" after "White House press secretary Jana Holt told": the person given the role speaks, not the body or
    place that qualifies it, and "She said" goes on with her; with no one given the role, the body speaks."""
    result = found(
        analyse(
            "White House press secretary Jana Holt told reporters Monday the policy stands.",
            "Tom Vance nodded when Velm anchor Nora Lind asked about the sanctions.",
            'The White House press secretary said Monday, quote, "We would do it in a different way."',
            "She said the country would then do the same.",
            "Velm professor Ted Marlow said the shelves were melting.",
            "The Velm professor added that rivers form under the ice.",
            "The Velm company spokesman said the plant would close.",
        )
    )
    assert result.statements.get(3) == {"Jana Holt"}
    assert result.statements.get(4) == {"Jana Holt"}
    assert result.statements.get(6) == {"Ted Marlow"}
    assert result.statements.get(7) == {result.actor_of("Velm")}


def test_a_role_phrase_with_a_country_acronym_before_the_name_set_off_by_commas() -> None:
    """Round 33: "The outgoing U.S. attorney general, X, said": the acronym inside the role phrase does not end it."""
    result = found(analyse('The outgoing U.S. attorney general, Karl Brenner, said Monday he sees "no reason" to act.'))
    assert result.statements.get(1) == {"Karl Brenner"}


def test_a_verb_of_saying_joined_by_and_to_the_subjects_first_verb() -> None:
    """Round 33: "X made the announcement and also called for Y to ...": the subject's second verb speaks; another
    subject after "and", "and spoke to donors" (no words) and a name before "and" ("met Y and asked him") do not."""
    result = found(
        analyse(
            "Karl Brenner made the announcement and also called for Velm Airlines to agree.",
            "Anna Berg met the minister and Tom Hale said nothing.",
            "Velm News reporters attended the opening and spoke to donors.",
            "Nora Lind met Tom Hale and asked him to stay.",
        )
    )
    assert result.statements.get(1) == {"Karl Brenner"}
    assert result.statements.get(2) == {"Tom Hale"}
    assert 3 not in result.statements and 4 not in result.statements


def test_a_block_quotation_without_quote_marks_after_x_writes_colon() -> None:
    """Round 34 (a blog's style): "X writes:" or "In it, X made an interesting observation:" closing a paragraph
    introduces X's words as paragraphs of their own, without quotation marks, until a sentence names a speaker of its
    own or X again; a source named after a passive ("were reported by X as such:") quotes someone else's words."""
    result = found(
        analyse(
            "Velmish blogger Tomas Velmar fears threats from an unknown group.",
            "Velmar writes:",  # 2
            ["I never took them seriously before.", "This time I am worried."],  # 3, 4
            "So I will inform the police and ask the host to trace them.",  # 5
            "Go to Velmar's post to give him support.",  # 6: the writer named again, the author's words
            "In it, Karl Brenner made an interesting observation:",  # 7
            "We came back and thought it was a community.",  # 8
            "Anna Berg then suggests a bigger venue.",  # 9: a speaker of her own
            "I think that would be a mistake.",  # 10
        )
    )
    assert all(result.statements.get(n) == {"Tomas Velmar"} for n in (2, 3, 4, 5)), result.statements
    assert 6 not in result.statements
    assert result.statements.get(7) == {"Karl Brenner"} and result.statements.get(8) == {"Karl Brenner"}
    assert result.statements.get(9) == {"Anna Berg"} and 10 not in result.statements
    reported = found(
        analyse(
            "Velm News reported on a distress call. The excerpts were reported by Velm News as such:",
            "Roger, are they locked inside the boat? Roger, can you get back on board?",
        )
    )
    assert 3 not in reported.statements and 4 not in reported.statements


def test_a_story_character_called_the_x_who_speaks_after_said_is_a_person() -> None:
    """Round 34 (fiction): '"...," said the Badger.' puts a one-word name after a verb of saying and "the" at the
    clause's end: a story's character called by what it is, a person wherever the story names it, not a body read
    from its "the"; "told The Courier." is the verb's object (a title's capital "The"), and news's "the Zemi said"
    keeps its body."""
    story = found(
        analyse(
            ['"Where are you going?" said the Badger.', "The Badger sat down by the fire."],
            ["The Badger looked at the Otter and sighed.", '"Nowhere," replied the Otter, "nowhere at all."'],
            ["The Otter walked to the river.", '"Come back soon," said the Badger.'],
        )
    )
    assert story.names["Badger"][0] == "person" and story.names["Otter"][0] == "person"
    news = found(
        analyse(
            "Kabul, May 4, 2021",
            'Karl Brenner told The Courier. "We are ready," the Zemi said on Monday.',
            "The Zemi said the talks would resume.",
        )
    )
    assert news.names["Zemi"][0] == "organisation"


def test_a_summit_named_with_its_remit_and_its_acronym_is_an_event() -> None:
    """Round 34: "the Velm Summit on the Information Society (VSIS)" ends with a body's word and has an acronym that
    acts ("VSIS will try to ..."), yet a summit is an event: neither it nor its acronym is an actor; the body that
    organises it is."""
    result = found(
        analyse(
            "We are a year away from the 2005 Velm Summit on the Information Society (VSIS).",
            "Organized by the United Nations, VSIS will try to wrap up the work of the first summit.",
        )
    )
    assert not {"Velm Summit on the Information Society", "VSIS"} & set(result.names)
    assert "United Nations" in result.names


def test_a_word_namesake_before_administration_is_its_leader_not_a_body() -> None:
    """Round 33's leftover ("the Trump administration" gave an organisation "Trump"): a one-word name before
    "administration" or "cabinet" is the leader the body is named after, even when the name is also a word
    ("Hale"); a party's word there ("the Democratic administration") and "the Labour government" stay bodies."""
    result = found(
        analyse(
            "Washington, May 4, 2021",
            "Anna Berg, a general who served during the Hale administration, said the plan was careful.",
            "Nora Lind said the Hale administration had failed and the Democratic administration did better.",
            "Tom Vance said the Labour government would fall.",
        )
    )
    assert result.names["Hale"][0] == "person"
    assert result.names["Democratic"][0] == "organisation" and result.names["Labour"][0] == "organisation"


def test_a_given_name_alone_goes_to_the_full_name_of_three_words_it_opens() -> None:
    """Round 33's leftover ("Tedros" beside "Tedros Adhanom Ghebreyesus"): a one-word name that opens the one full name
    of three words the document gives is that person, as the first of two words ("Wu" of "Wu Daiwei") already was."""
    result = found(
        analyse(
            "Geneva, May 4, 2021",
            "Velm Health Agency chief Tamrat Adhanu Berhane said the vaccines work.",
            "Tamrat said Monday that the agency would send more doses.",
        )
    )
    assert "Tamrat" not in result.names
    assert result.statements.get(3) == {"Tamrat Adhanu Berhane"}


def test_a_name_a_document_writes_before_virus_or_disease_is_a_disease_wherever_named() -> None:
    """Round 32-33's leftover (diseases taken for actors): "Zemola virus disease" makes "Zemola" a disease in its
    document, also where it is written alone ("that Zemola is incurable"); a maker before "vaccine" ("the Velmpharm
    vaccine") and a country before "virus" stay actors."""
    result = found(
        analyse(
            "Kinshasa, May 4, 2021",
            "Zemola virus disease is a fever that kills half of those infected, said Anna Berg of the Velm Institute.",
            'She said, "From now on, we will no longer say that Zemola is incurable."',
            "Zemola has killed 2,000 people since August, the ministry said.",
            "Officials said Zemola mortality fell.",
            "Zemola spread to three provinces; the Velmpharm vaccine was given in Norway, where no virus was found.",
        )
    )
    assert "Zemola" not in result.names
    assert {"Anna Berg", "Velm Institute", "Norway"} <= set(result.names)


_STEPS = [f"Step {n} copies the files to the output folder." for n in range(1, 9)]


def test_a_short_document_that_writes_code_is_not_news_whatever_its_verbs_of_saying() -> None:
    """(ha12) Two verbs of saying made a short software document news ("Rust will call drop", "the team will
    respond"), and news keeps the names docs would drop; code in its prose (a code span, an identifier, a call)
    makes it software docs. An identifier in a URL's query is no code, nor an emoji's code."""
    spoken = "Widget Loader says the cache is ready when it prints Done."
    docs = [spoken, "The manual says the cache lives in `cache_dir`.", "Call `Loader::load` to fill it.", *_STEPS]
    plain = [spoken, "The manual says the cache lives in the folder.", "Call the loader to fill it.", *_STEPS]
    news = [
        "Anna Berg said the plant would close.",
        "The report is at http://example.org/story?content_id=5&full_story=1 online.",
        "Tom Hale said workers were told on Monday.",
        "| 4.2.x | :white_check_mark: | :white_check_mark: |",
        *_STEPS,
    ]
    genres = {NEWS_DOCUMENT, PROSE_DOCUMENT}
    assert analyse_document(docs).words & genres == {PROSE_DOCUMENT}
    assert analyse_document(plain).words & genres == {NEWS_DOCUMENT}
    assert analyse_document(news).words & genres == {NEWS_DOCUMENT}


def test_outside_news_a_name_with_an_acronym_the_document_writes_as_code_is_a_term() -> None:
    """(ha12) "Windows API", "GUI", "CVE" listed from software docs that also write "APIs", "GUIs", "CVE-2019-1234",
    "https://", "--json": an acronym the document writes in the plural or as code names a thing there. A body whose
    acronym only spells a URL's host or path stays ("github.com/psf")."""
    api = [
        "The Kestrel API tells the caller when the buffer is full.",
        "The Kestrel API tells the caller when the queue is full.",
        "Other APIs work differently.",
        "The Python Software Foundation said the code is at github.com/psf/widgets.",
        *_STEPS * 4,
    ]
    result = found(analyse(*api))
    assert "Kestrel API" not in result.names
    assert result.names["Python Software Foundation"][0] == "organisation"
    without = found(analyse(*(text.replace("APIs", "interfaces") for text in api)))
    assert "Kestrel API" in without.names
    assert _code_words(["Fix CVE-2019-1234 over https://x.org with --json, see `ConfigManager` and GUIs."]) >= {
        "CVE",
        "https",
        "json",
        "ConfigManager",
        "GUI",
    }


def test_a_quotation_closing_after_a_noun_spelt_like_a_verb_of_saying() -> None:
    """(ha14) '"... Change will come from their whispers," X wrote': the word before the closing mark is a noun
    after "their", not a verb of saying that opens a quotation ('X said," We ...'), so the quotation of several
    sentences ends there and is X's."""
    result = found(
        analyse(
            "Tomas Velmar has written about the protests in Velm.",
            [
                '"The crowd in the square was quiet.',  # 2
                "But its anger was plain to everyone.",  # 3
                'Change will come from their whispers," Velmar wrote on his blog.',  # 4
            ],
        )
    )
    assert all(result.statements.get(n) == {"Tomas Velmar"} for n in (2, 3, 4)), result.statements


# Issue 16, round 35 (ha15): the mechanisms behind the eighteenth batch's errors (Global Voices posts) and round 34's
# leftovers, on made-up sentences of the same shape


def test_two_languages_joined_by_and_are_languages() -> None:
    """(ha15) "coverage of the event in Spanish and Chinese... and we're waiting": two country adjectives after "in",
    joined by "and" and closing the phrase, are languages, as one alone is; "in British and Irish waters" stays the
    countries'."""
    languages = found(
        analyse("Coverage of the launch appeared in Spanish and Kestrian... and more came, Tomas Velmar said.")
    )
    assert set(languages.names) == {"Tomas Velmar"}
    waters = found(analyse("The ships sailed in British and Irish waters, Tomas Velmar said."))
    assert {"United Kingdom", "Ireland"} <= set(waters.names)


def test_a_country_named_as_a_given_name_before_a_family_name_is_a_person() -> None:
    """(ha15) "Thanks to Chad Monroe ...", "Fix broken link to Jordan Thornquest's website" (contributor lists of
    software docs): a one-word country's name before a capitalised word that is no common, place's or body's word,
    closing the name, is a given name and a family name; "Kenya Airways", "Chad said" stay what they were."""
    result = found(
        analyse(
            "Thanks to Chad Velmore and Jordan Thornquill for their patches.",
            "Fix broken link to Jordan Thornquill's website.",
        )
    )
    assert {"Chad Velmore", "Jordan Thornquill"} <= set(result.names)
    assert not {"Chad", "Jordan"} & set(result.names)
    assert all(result.names[name][0] == "person" for name in ("Chad Velmore", "Jordan Thornquill"))
    news = found(analyse("Troops from Chad entered Niger on Monday.", "Kenya Airways said flights had resumed."))
    assert {"Chad", "Niger", "Kenya Airways"} <= set(news.names)


def test_a_capitalised_common_word_of_a_country_names_a_body() -> None:
    """(ha15) "our friends at Spirit of America", "somebody from Spirit of America": a capitalised common word in
    mid-sentence, no title, thing's or place's word and after no article, then "of" and a country's name, is a
    body's name, not the country; "the President of France", "the Battle of Britain", "the Economy of Kestria" are
    not."""
    result = found(
        analyse(
            [
                "Thanks to Mara Lind for the view from Velm, and to our friends at Spirit of Canada for their help.",
                "Mara Lind said somebody from Spirit of Canada would talk about the tool.",
            ]
        )
    )
    assert result.names["Spirit of Canada"][0] == "organisation"
    assert "Canada" not in result.names and "Spirit" not in result.names
    others = found(analyse("The Battle of Britain was won, and the President of France met the press, Mara Lind said."))
    assert "France" in others.names
    assert not {"Battle of Britain", "President of France"} & set(others.names)


def test_an_acronym_spelling_its_bracket_makes_the_bracket_one_name() -> None:
    """(ha15) "hundreds of ISIS (Islamic State of Iraq and Syria) fighters": an acronym before a bracket whose
    capitalised words it spells makes the bracket one name, countries inside it included."""
    result = found(analyse("The SDF said hundreds of KSVS (Kestrel State of Velmia and Syria) fighters escaped."))
    assert result.names["Kestrel State of Velmia and Syria"][0] == "organisation"
    assert "Syria" not in result.names


def test_a_given_name_that_speaks_joins_the_one_person_it_opens_in_other_documents() -> None:
    """(ha15) A blog site's posts name "Rebecca Mackinnon" in one post and "I think Rebecca pointed out that ..." in
    another: a known given name alone that speaks joins the only person of the corpus it opens, though named in
    other documents; a town's namesake that only follows a verb ("reached Elena") joins no one."""
    result = found(
        find_actors(
            indexed_documents(
                [
                    ["Lena Velmont said the network would grow.", "Elena Vask said the road was closed."],
                    ["We talked about tools.", "I think Lena pointed out that we need to understand the users."],
                    ["Over a thousand walkers reached Elena, but most went home.", "The walk ended at Elena."],
                ]
            )
        )
    )
    assert result.statements.get(202) == {"Lena Velmont"}
    assert "Lena" in result.names["Lena Velmont"][1]
    assert "Elena" not in result.names.get("Elena Vask", ("", ()))[1]


def test_a_full_name_whose_next_sentence_speaks_as_she_is_a_speaker_outside_news() -> None:
    """(ha15) "Ory Okolloh has written a briefing paper on Kenyan blogs ... / She says that blogging has been a
    life-changing experience": in a blog post read as not news, a full name whose given name the lexicon does not
    know needs evidence; opening a sentence as its subject, before a sentence opening with "He" or "She" and a verb
    of saying, it speaks through the pronoun."""
    post = [
        "I read it twice on the train.",
        "The pictures are good.",
        "It has a long list of links.",
        "We will post more next week.",
        "The meeting starts at nine.",
        "Bring a laptop if you can.",
        "There is coffee in the hall.",
        "The wiki has the schedule.",
        "I hope to see many of you there.",
        "Comments are open below.",
    ]
    opening = "Quenby Tarrin has written a paper on Kestrian blogs for the meeting."
    speaks = found(analyse(opening, "She says that blogging changed her life.", *post))
    assert speaks.names["Quenby Tarrin"][0] == "person"
    assert speaks.statements.get(2) == {"Quenby Tarrin"}
    silent = found(analyse(opening, "The paper is long and careful.", *post))
    assert "Quenby Tarrin" not in silent.names


def test_a_block_quotation_after_a_long_opening_phrase_and_its_subject() -> None:
    """(ha15) "In the concluding section of her paper Ory raises a series of questions:", then a paragraph of
    questions: a name after a prepositional phrase opening the sentence without a comma is its subject, and the
    paragraph after the colon is its block quotation; "In a paper by X:" names no subject."""
    result = found(
        analyse(
            "Velko Tarrin has written a paper on Kestrian blogs for the meeting.",
            "In the concluding section of her paper Tarrin raises a series of questions:",
            ["So how does one get more people blogging?", "Do we need more tools?"],
        )
    )
    assert all(result.statements.get(n) == {"Velko Tarrin"} for n in (2, 3, 4)), result.statements
    other = found(
        analyse(
            "Velko Tarrin has written a paper on Kestrian blogs for the meeting.",
            "In a long paper by Tarrin there are a few questions:",
            ["So how does one get more people blogging?", "Do we need more tools?"],
        )
    )
    assert not {3, 4} & set(other.statements), other.statements


def test_thanks_opening_a_sentence_or_a_quotation_is_no_actor() -> None:
    """(ha16) "Thank you ..." opens sentences and quotations ('tweeted: "Thank you to ...'): the courtesy words, a
    closed class, are never a name, though a quotation's opening capital looks like one in mid-sentence."""
    result = found(
        analyse(
            'Mayor Dana Brooks tweeted: "Thank you to all the crews who fought the fire."',
            "Brooks said the fire was out by noon.",
            "((Reporter)) Thank you for taking the time to speak with us.",
            "Thank you all for your patience.",
            "Thanks to the volunteers, the shelter opened on time.",
        )
    )
    assert result.names == {"Dana Brooks": ("person", ("Brooks", "Dana Brooks"))}, result.names


def test_a_word_also_written_in_lower_case_is_no_actor_however_often_it_speaks() -> None:
    """(ha16) "Police said ..." opening sentences of an article that writes "police" elsewhere: a common noun at a
    sentence's start, not a body's name, though it speaks and is capitalised in a slogan; a one-word body never
    written in lower case stays, and so does a word the article also writes in lower case after a title."""
    police = [
        "Police said two men were arrested near the harbour on Monday.",
        "Police also said the men had been seen at the station.",
        "Police reported that a third man was still being sought.",
        "A spokesman for the port said staff were helping police with the inquiry.",
        'Protesters outside the station chanted "Defund the Police" on Tuesday.',
    ]
    result = found(analyse(*police, "Kestrelco said its staff were safe.", "Kestrelco added that it would reopen."))
    assert set(result.names) == {"Kestrelco"}, result.names
    titled = found(
        analyse(
            "Mr Bush said the plan would work.",
            "Bush said he had spoken to the minister.",
            "Bush added that the fire in the bush near the town was out.",
        )
    )
    assert titled.names["Bush"][0] == "person", titled.names


# Issue 16, round 36 (ha17): the mechanisms behind the nineteenth batch's errors (a federal agency's press releases)
# and the leftovers of rounds 34-35.


def test_the_words_after_a_leading_title_that_are_a_post_or_a_part_of_government_are_no_actor() -> None:
    """(ha17) "the Chief Privacy Officer", "the Executive Branch", "the Board's Deputy General Counsel", "Executive
    Order 12333": stripping the leading title leaves a post's or a body part's common words, or a numbered document,
    not a name; a common word alone after a title with no article, owner or number before or after it is still a
    name ("President Bush said")."""
    result = found(
        analyse(
            "The Kestrel Board is an agency within the Executive Branch.",
            "Anna Berg served as Special Assistant to the Chief Privacy Officer at the Kestrel Board.",
            "She had been the Board's Deputy General Counsel for two years under Executive Order 12333.",
            "Berg later worked as Deputy Associate Counsel for the Kestrel Board.",
            "President Bush said the Kestrel Board would stay.",
        )
    )
    assert not {"Branch", "Privacy Officer", "Counsel", "Associate Counsel", "Order"} & set(result.names), result.names
    assert result.names["Bush"][0] == "person", result.names
    assert result.names["Anna Berg"][0] == "person", result.names


def test_a_colon_that_opens_a_list_introduces_no_quotation() -> None:
    """(ha17) "The Board is comprised of:" then its members, one a line: a colon after "of", "include(s)",
    "including", "are" or "were" opens a list, not the subject's words, so neither the line nor the paragraphs after
    it are statements; "X said:" still introduces X's block quotation."""
    members = ["Anna Berg, Chairman", "Tom Hale, Member"]
    result = found(
        analyse("The Kestrel Board said it would meet on Monday.", "The Kestrel Board is comprised of:", *members)
    )
    assert set(result.statements) == {1}, result.statements
    listed = found(
        analyse(
            "The Kestrel Board said it would meet on Monday.", "The Kestrel Board has two members, who are:", *members
        )
    )
    assert set(listed.statements) == {1}, listed.statements
    said = found(
        analyse(
            "The Kestrel Board met on Monday.",
            "Anna Berg said:",
            "We will publish the report next week and answer every question.",
        )
    )
    assert said.statements.get(2) == {"Anna Berg"} and said.statements.get(3) == {"Anna Berg"}, said.statements


def test_a_state_after_a_press_release_dateline_is_no_actor() -> None:
    """(ha17) "WASHINGTON, DC -- ...", "BOSTON, MA - ...": the two capitals between a dateline's city in capitals and
    its dash are a state or a district, a place, in every release of a corpus; an acronym of two letters that acts
    elsewhere in the sentence stays ("..., the KB said")."""
    releases = [
        [
            "Kestrel Board names a new director",
            "WASHINGTON, DC -- The Kestrel Board has appointed Anna Berg to serve as its director.",
            "Anna Berg said she was grateful.",
        ],
        [
            "Kestrel Board opens an office",
            "BOSTON, MA - The Kestrel Board opened an office on Monday.",
            "Tom Hale said the office would help.",
        ],
        [
            "Kestrel Board meets",
            "WASHINGTON, DC--The Kestrel Board met on Tuesday, the KB said.",
            "Tom Hale said the meeting went well.",
        ],
    ]
    names = {actor.name for actor in find_actors(indexed_documents(releases)).actors}
    assert not {"DC", "MA"} & names, names
    assert {"Kestrel Board", "Anna Berg", "Tom Hale"} <= names, names


def test_common_words_before_of_and_a_laws_name_are_the_laws_head() -> None:
    """(ha17) "established by the Implementing Recommendations of the 9/11 Commission Act of 2007", repeated in every
    release's closing paragraph: capitalised common words before "of (the)" and a name ending in a thing word (a
    law, a treaty) are the head of that thing's name, not a body; a body named after a remit stays ("the Museum of
    Flight said")."""
    closing = (
        "The Kestrel Board was established by the Implementing Recommendations of the 9/11 Commission Act of 2007."
    )
    releases = [
        ["Kestrel Board names a director", "Anna Berg said she was grateful.", closing],
        ["Kestrel Board opens an office", "Tom Hale said the office would help.", closing],
        ["Kestrel Board meets", "The Museum of Flight said it would lend a room.", closing],
    ]
    names = {actor.name for actor in find_actors(indexed_documents(releases)).actors}
    assert not any("Implementing" in name or "Recommendations" in name for name in names), names
    assert {"Kestrel Board", "Museum of Flight"} <= names, names


def test_a_statement_announced_in_full_goes_to_its_body_across_paragraphs() -> None:
    """(ha17) "The Members of the Kestrel Board (KB) have released the following joint statement to mark ...", another
    sentence, then the statement in quotation paragraphs (the quotation left open at each paragraph's end, as news
    does): every quoted sentence is the body's, a body's as well as a person's; a quotation paragraph after a body's
    sentence that announces nothing still goes to no one."""
    statement = [
        "“We extend our gratitude to our colleague Anna Berg for her service.",
        "She led the Board through a hard year.",
        "“The Board will miss her wisdom.",
        "We thank her for her long service.”",
    ]
    announced = found(
        analyse(
            [
                "The Members of the Kestrel Board (KB) have released the following joint statement to mark the "
                "departure of Board Member Anna Berg.",
                "Board Member Berg left the Kestrel Board in May.",
            ],
            statement[:2],
            statement[2:],
        )
    )
    assert all(announced.statements.get(n) == {"Kestrel Board"} for n in (1, 3, 4, 5, 6)), announced.statements
    plain = found(
        analyse(
            ["The Kestrel Board met on Monday to mark the departure of Board Member Anna Berg."],
            ["“We extend our gratitude to our colleague for her service.", "She led the Board through a hard year.”"],
        )
    )
    assert not plain.statements, plain.statements


def test_a_common_noun_capitalised_after_a_possessive_pronoun_is_no_actor() -> None:
    """(ha17) "David has served our Nation", "my Administration's commitment": a common word capitalised out of
    respect after "our", "my", "his" ... is no name; a name after one stays ("our Kestrel Board")."""
    result = found(
        analyse(
            "Anna Berg has served our Nation as chair of the Kestrel Board.",
            "Her work informed my Administration and our Kestrel Board, Tom Hale said.",
        )
    )
    assert not {"Nation", "Administration"} & set(result.names), result.names
    assert {"Anna Berg", "Kestrel Board", "Tom Hale"} <= set(result.names), result.names


def test_a_titled_co_subject_keeps_the_first_subject_a_speaker() -> None:
    """(ha18) "Kestrel Harbour Board (KHB) Chairman Olaf Berg and Board Members Anna Lind and Tom Rowe have released
    the following joint statement": the chairman, after the body he chairs, opens the clause, so he speaks with the
    members (and in the quotation after); "Chairman Olaf Berg and Board Member Anna Lind said": the body before a
    title describes its holder and "and" joins both; a name after a preposition still speaks for no one."""
    joint = found(
        analyse(
            "Kestrel Harbour Board (KHB) Chairman Olaf Berg and Board Members Anna Lind and Tom Rowe have released "
            "the following joint statement on the passing of Eva Holm:",
            ["“We are saddened to learn of her passing.", "She served the Board well.”"],
        )
    )
    speakers = {"Olaf Berg", "Anna Lind", "Tom Rowe"}
    assert all(joint.statements.get(n) == speakers for n in (1, 2, 3)), joint.statements
    said = found(analyse("Chairman Olaf Berg and Board Member Anna Lind said the plan would fail."))
    assert said.statements.get(1) == {"Olaf Berg", "Anna Lind"}, said.statements
    interview = found(analyse("In an interview with Velm Radio Chairman Olaf Berg and Anna Lind said it would fail."))
    assert "Velm Radio" not in interview.statements.get(1, set()), interview.statements


def test_a_titled_surname_joins_the_only_full_name_of_the_corpus() -> None:
    """(ha18) "President Kestrel" in one article, "Tom Kestrel" only in another: a surname written after a title
    joins the one person of the corpus whose full name ends with it (as "Trump" after "President" is Donald Trump);
    a surname alone without a title stays apart (round 22: another article's "Lind" is not "Olaf Lind"), and so does
    a titled surname that two full names end with."""
    titled = found(
        find_actors(
            indexed_documents(
                [
                    ["Tom Kestrel said the port would open.", "Tom Kestrel left on Monday."],
                    ["President Kestrel said the talks went on."],
                    ["Varga told reporters the plan had failed."],
                    ["Anna Varga said the plan would fail."],
                ]
            )
        )
    )
    assert "Kestrel" in titled.names["Tom Kestrel"][1], titled.names
    assert titled.statements.get(201) == {"Tom Kestrel"}, titled.statements
    assert titled.statements.get(301) == {"Varga"}, titled.statements
    two = found(
        find_actors(
            indexed_documents(
                [
                    ["Tom Kestrel said the port would open."],
                    ["Eva Kestrel said the plan had failed."],
                    ["President Kestrel said the talks went on."],
                ]
            )
        )
    )
    assert two.statements.get(301) == {"Kestrel"}, two.statements


def test_notifying_that_is_saying_and_confirming_a_nomination_is_not() -> None:
    """(ha18) "X has notified the Harbour Office that ..." gives X's words, as "informed" does ("have been notified of"
    and "notifies those that are members" stay no one's); "The Kestrel Senate has confirmed the nominations of Y and
    Z" is a vote on an appointment, no statement, while "confirmed the deaths of" still is."""
    result = found(
        analyse(
            "Chairman Olaf Berg has notified the Harbour Office that his resignation will be effective in May.",
            "Officials of the Kestrel Guard have been notified of the attack.",
            "Kestrel Fuzz notifies those that are members of the team.",
            "The Kestrel Senate has confirmed the nominations of Anna Lind and Tom Rowe.",
            "The Kestrel Senate also confirmed the re-nomination of Tom Rowe.",
            "Kestrel Police confirmed the deaths of two men.",
        )
    )
    assert result.statements.get(1) == {"Olaf Berg"}, result.statements
    assert not {2, 3, 4, 5} & set(result.statements), result.statements
    assert result.statements.get(6) == {"Kestrel Police"}, result.statements


def test_a_model_code_makes_a_name_a_model_not_an_actor() -> None:
    """(ha18) "a Kestrel KX-17 Sky Fortress crashed", "two KX-17s flew": a maker's name before a model's code (one or
    two letters, a hyphen, a number) or the code's plural names a model, not an actor; the maker named alone stays an
    actor ("Kestrel said"), and so does a code alone ("the G-7 met")."""
    result = found(
        analyse(
            "A Kestrel KX-17 Sky Fortress crashed near the airport, Anna Lind said.",
            "Two KX-17s flew over the harbour on Monday.",
            "Kestrel Aircraft said the plane was built in 1944.",
            "Leaders of the G-7 met in Velm and the G-7 said it would help.",
        )
    )
    assert not {"Kestrel KX-17 Sky Fortress", "KX-17s", "Sky Fortress"} & set(result.names), result.names
    assert {"Anna Lind", "Kestrel Aircraft", "G-7"} <= set(result.names), result.names
