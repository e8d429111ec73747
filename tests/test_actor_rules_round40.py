"""Actor rules of issue 16, round 40 (helper ha21), each on made-up news sentences (names invented; no text of the
twenty-third batch of bench/data/actors_news2 or of actors-dev)."""

from __future__ import annotations

from tests.test_actors import analyse, found


def test_a_vessel_named_after_a_dotted_prefix_is_no_actor_nor_later_alone() -> None:
    """ "the U.S.S. Harnock" is a ship, and so is "the Harnock" alone later in the document; "the MV Professor Anna
    Lind" leaves no "MV" (a prefix cut off its name by a title)."""
    result = found(
        analyse(
            "The Velby Society said the wreck was the remains of the U.S.S. Harnock.",
            "The Harnock was short on torpedoes when it sank, the society said.",
            "The charity renamed the MV Professor Anna Lind last year.",
        )
    )
    assert "Velby Society" in result.names, result.names
    assert not any("Harnock" in name for name in result.names), result.names
    assert "MV" not in result.names, result.names


def test_a_negated_verb_of_saying_gives_no_statement() -> None:
    """ "The Velby Naru Party did not immediately say whom it would support": words not said; the same body's next
    sentence, "The party said ...", still speaks."""
    result = found(
        analyse(
            "The Velby Naru Party did not immediately say whom it would support.",
            "Anna Lind never commented on the vote.",
            "The Velby Naru Party said on Monday it would back Anna Lind.",
        )
    )
    assert 1 not in result.statements, result.statements
    assert 2 not in result.statements, result.statements
    assert result.statements.get(3) == {"Velby Naru Party"}, result.statements


def test_a_number_inside_a_body_s_name_is_part_of_it() -> None:
    """ "The Lost 12 Society said": one body, not "Society" alone; but a date's number ("On March 3 Congress voted")
    and a rank's ("a Level 1 Trauma Center") join nothing."""
    result = found(analyse("The Lost 12 Society said on Sunday that the wreck had been found."))
    assert result.names.get("Lost 12 Society", ("",))[0] == "organisation", result.names
    assert result.statements.get(1) == {"Lost 12 Society"}, result.statements
    result = found(analyse("On March 3 Congress voted on the bill, Anna Lind said."))
    assert "Congress" in result.names, result.names
    assert not any("March" in name for name in result.names), result.names
    result = found(analyse("The victims were taken to a Level 1 Trauma Center, Anna Lind said."))
    assert not any(name.startswith("Level") for name in result.names), result.names


def test_a_project_is_a_body() -> None:
    """ "the Velby Wreck Project said": an organisation that speaks, not a person."""
    result = found(analyse("The Velby Wreck Project said on Monday that the site was safe."))
    assert result.names.get("Velby Wreck Project", ("",))[0] == "organisation", result.names
    assert result.statements.get(1) == {"Velby Wreck Project"}, result.statements


def test_a_boat_named_after_its_noun_is_a_thing_wherever_named() -> None:
    """ "The boat, Harnock, caught fire" and later "the Harnock was known to ...": a vessel, no actor; the speaker
    stays."""
    result = found(
        analyse(
            "The dive boat, Harnock, caught fire overnight, the Velby Coast Guard said.",
            "There was no explosion and the Harnock was known to have alarms, Anna Lind said.",
        )
    )
    assert not any("Harnock" in name for name in result.names), result.names
    assert result.statements.get(2) == {"Anna Lind"}, result.statements


def test_the_internet_is_no_body() -> None:
    """ "the Internet was slow", "on the Internet": the network, not an organisation."""
    result = found(analyse("Anna Lind said the Internet was slow.", "Users on the Internet protested, she said."))
    assert "Internet" not in result.names, result.names
    assert "Anna Lind" in result.names, result.names


def test_a_one_word_body_after_an_office_is_no_word_of_its_holder_s_name() -> None:
    """ "Speaker of the House Anna Lind said": the office's body ("House") ends before its holder, who speaks."""
    result = found(analyse("Speaker of the House Anna Lind said the bill would pass."))
    assert "Anna Lind" in result.names, result.names
    assert result.names["Anna Lind"][0] == "person"
    assert result.statements.get(1) == {"Anna Lind"}, result.statements
    assert not any(name.startswith("House") for name in result.names), result.names


def test_a_title_s_word_after_a_given_name_alone_is_a_family_name() -> None:
    """ "said Carole Mayor", "Anna Bishop said": the person's family name, not a post after "Carole"; a post written
    in capitals after a full name stays a post ("Karl Berg QC")."""
    result = found(analyse("Both prizes matter, said Carole Mayor.", "Anna Bishop said it was fine."))
    assert {"Carole Mayor", "Anna Bishop"} <= set(result.names), result.names
    assert result.statements.get(1) == {"Carole Mayor"}, result.statements
    result = found(analyse("Karl Berg QC said it was fine."))
    assert set(result.names) == {"Karl Berg"}, result.names


def test_a_party_s_own_name_after_its_country_s_adjective_keeps_the_adjective() -> None:
    """ "the Swedish Raksa Naru Party": the party's name, with words no dictionary has, opens with the adjective; a
    name of common words stays apart from it ("the Kenyan Orange Democratic Movement": Kenya and the movement)."""
    result = found(analyse("The Swedish Raksa Naru Party said it would back her."))
    assert "Swedish Raksa Naru Party" in result.names, result.names
    assert result.statements.get(1) == {"Swedish Raksa Naru Party"}, result.statements
    result = found(analyse("The Kenyan Orange Democratic Movement said it would back her."))
    assert "Kenya" in result.names, result.names


def test_two_compass_words_opening_a_body_s_name_stay_in_it() -> None:
    """ "the South West Railway (SWR)": one body, with its acronym; "the South West" alone stays a region."""
    result = found(analyse("Trains of the South West Railway (SWR) ran late, Anna Lind said."))
    assert result.actor_of("SWR") == "South West Railway", result.names
    result = found(analyse("Storms hit the South West on Monday, Anna Lind said."))
    assert set(result.names) == {"Anna Lind"}, result.names


def test_a_name_before_a_station_is_a_place() -> None:
    """ "to reach KSR Velby station", "left Velby Junction railway station": places, no actors."""
    result = found(
        analyse(
            "The train left Velby Junction railway station at noon to reach KSR Harnock station, Anna Lind said.",
            "The train left at noon to reach Velby Central station.",
        )
    )
    assert set(result.names) == {"Anna Lind"}, result.names


def test_a_derived_adjective_alone_before_a_noun_is_no_body() -> None:
    """ "Some Velbic leaders said", "Congressional lawmakers rejected": what the people are, no body; a body's name
    before its members stays ("Hamas leaders said"), and so does a party's adjective before "party"."""
    result = found(
        analyse(
            "Some Velbic leaders in the south said the plan was wrong.",
            "Congressional lawmakers rejected the proposal in October.",
            "Hamas leaders said the plan was wrong.",
            "About 70 percent belong to the Velbic party.",
        )
    )
    assert "Congressional" not in result.names, result.names
    assert result.statements.get(1) is None, result.statements
    assert result.statements.get(3) == {"Hamas"}, result.statements
    assert result.actor_of("Velbic") == "Velbic", result.names


def test_a_holiday_s_eve_is_no_actor() -> None:
    """ "On Christmas Eve, Anna Lind said": the day before a holiday, neither an actor nor a speaker; a person named
    Eve with a family name stays ("Eve Harnock said")."""
    result = found(
        analyse("On Christmas Eve, Anna Lind said, the city was quiet.", "On New Year's Eve the bells rang.")
    )
    assert set(result.names) == {"Anna Lind"}, result.names
    assert result.statements.get(1) == {"Anna Lind"}, result.statements
    result = found(analyse("Eve Harnock said the play was ready."))
    assert "Eve Harnock" in result.names, result.names


def test_a_university_s_place_after_a_professor_at_is_its_name() -> None:
    """ "He is a professor at the University of Velby.": one body, not "University" and "Velby" (an office's holder
    after its body keeps its own case: "explains Secretary General of the Kestrel Community Berg.")."""
    result = found(analyse("Anna Lind is a professor at the University of Velby."))
    assert "University of Velby" in result.names, result.names
    assert "Velby" not in result.names, result.names


def test_a_generation_suffix_s_dot_ends_no_sentence_nor_name() -> None:
    """ "Anna Lind Jr. said": the suffix's dot is no sentence's end, so she speaks; "Tom Hale King Jr." keeps "King"
    as the family name before the suffix, not a title before a name "Jr"."""
    result = found(analyse("Anna Lind Jr. said the company would grow."))
    assert result.statements.get(1) == {"Anna Lind Jr"}, result.statements
    result = found(analyse("In 1963, civil rights leader Tom Hale King Jr. said the dream lived."))
    assert set(result.names) == {"Tom Hale King Jr"}, result.names
    assert result.statements.get(1) == {"Tom Hale King Jr"}, result.statements


def test_a_people_s_word_after_a_title_s_own_the_is_a_title() -> None:
    """ "newspaper The Hindu reported": a capitalised "The" inside the sentence opens a title, so the people's word
    after it names the paper, which speaks; "The Muslim community said" (the sentence's opening) names no one."""
    result = found(analyse("Yoga classes are held, newspaper The Hindu reported."))
    assert result.names.get("Hindu", ("",))[0] == "organisation", result.names
    assert result.statements.get(1) == {"Hindu"}, result.statements
    result = found(analyse("The Muslim community said no."))
    assert not result.names, result.names


def test_an_office_of_common_words_between_a_body_and_its_holder() -> None:
    """ "Harnock Chief Financial Officer Anna Lind said": the company, then its officer, who speaks; not one person
    named "Harnock Chief Financial Officer Anna Lind"."""
    result = found(analyse("Harnock Chief Financial Officer Anna Lind said profits rose."))
    assert result.names.get("Anna Lind", ("",))[0] == "person", result.names
    assert result.names.get("Harnock", ("",))[0] == "organisation", result.names
    assert result.statements.get(1) == {"Anna Lind"}, result.statements


def test_a_setting_opening_the_sentence_is_no_speaker() -> None:
    """ "In Velby, Anna Lind said ...": the town the sentence opens on is a place, neither an actor nor a speaker
    beside her; a person there stays ("From Anna Lind, the letter went to Karl Berg")."""
    result = found(analyse("In Velby, Anna Lind said the water rose.", "At Harnock, Karl Berg said the road was shut."))
    assert set(result.names) == {"Anna Lind", "Karl Berg"}, result.names
    assert result.statements == {1: {"Anna Lind"}, 2: {"Karl Berg"}}, result.statements
    result = found(analyse("From Anna Lind, the letter went to Karl Berg."))
    assert "Anna Lind" in result.names, result.names


def test_a_body_in_brackets_after_a_person_is_no_other_name_of_theirs() -> None:
    """ "Anna Lind (Velby Party) said": the person and her party, two actors; a body's name in another language in
    brackets stays one body ("the Akhil Sabha (All Velby Hindu Union)")."""
    result = found(analyse("Anna Lind (Velby Party) said the law stood."))
    assert result.names.get("Anna Lind", ("",))[0] == "person", result.names
    assert result.names.get("Velby Party", ("",))[0] == "organisation", result.names
    assert "Anna Lind" in result.statements.get(1, set()), result.statements
    result = found(analyse("The Akhil Sabha (All Velby Hindu Union) said no."))
    assert result.actor_of("All Velby Hindu Union") == "Akhil Sabha", result.names


def test_a_name_an_apposition_calls_a_building_is_no_actor() -> None:
    """ "Velby Sophia, formerly a Greek Orthodox church and now a museum,": a building, named again alone later; the
    people and bodies speaking of it stay."""
    result = found(
        analyse(
            "Karl Berg pledged converting Velby Sophia, formerly a Greek Orthodox church and now a museum, to a "
            "mosque.",
            'Karl Berg said, "After elections, we will change Velby Sophia\'s name."',
            '"Velby Sophia bears profound significance," the Harnock Council said.',
        )
    )
    assert not any("Sophia" in name for name in result.names), result.names
    assert {"Karl Berg", "Harnock Council"} <= set(result.names), result.names


def test_a_nickname_in_quotes_stays_inside_the_person_s_name() -> None:
    """'Sergeant Karl "Kalle" Berg reports ...': one person, Karl Berg, whom "Berg said" names again; not "Karl" and
    "Berg" apart; a quoted word after a verb is no nickname ('said "Velby" was wrong')."""
    result = found(
        analyse(
            'Sergeant Karl "Kalle" Berg reports that he saw the abuse.',
            "Berg said he told his officers.",
            'Anna Lind said "Velby" was wrong.',
        )
    )
    assert result.actor_of("Berg") == "Karl Berg", result.names
    assert "Karl" not in result.names, result.names
    assert result.statements.get(2) == {"Karl Berg"}, result.statements
    assert result.statements.get(3) == {"Anna Lind"}, result.statements


def test_a_town_before_its_mayor_is_a_place() -> None:
    """ "Velby Mayor Anna Lind defended the police": the town where she holds office, no actor beside her."""
    result = found(
        analyse("Velby Mayor Anna Lind defended the police.", "Harnock mayor Karl Berg said the city was safe.")
    )
    assert set(result.names) == {"Anna Lind", "Karl Berg"}, result.names
    assert result.statements.get(2) == {"Karl Berg"}, result.statements


def test_peoples_after_ethnic_are_no_actors_opening_a_sentence_or_listed() -> None:
    """ "Ethnic Velbians and Harnocks fought": two peoples, neither an actor, whether "ethnic" opens the sentence or
    not; the body that speaks of them stays."""
    result = found(
        analyse(
            "Ethnic Velbians and Harnocks fought in the Rift region, the Red Cross said.",
            "Many ethnic Tarnians and Kesters fled the region.",
        )
    )
    assert set(result.names) == {"Red Cross"}, result.names


def test_a_state_before_its_senator_or_governor_is_a_place() -> None:
    """ "Velby Senator Karl Berg", "Velby Governor Anna Lind": the state of the office, no actor beside the person."""
    result = found(
        analyse("Velby Senator Karl Berg voted against the bill.", "Harnock Governor Anna Lind signed the bill.")
    )
    assert set(result.names) == {"Karl Berg", "Anna Lind"}, result.names


def test_a_people_in_the_plural_is_no_actor() -> None:
    """ "mostly Tarnish Velbians", "Velbians and Harnocks fought": a people's plural in "-ians" names no one actor;
    a body named after its members keeps its word ("the Velby Physicians Union said")."""
    result = found(
        analyse(
            "The migrants, mostly Tarnish Velbians, fled persecution, the Velby Physicians Union said.",
            "Velbians and Harnock Tribes fought in the region.",
        )
    )
    assert not any(name.endswith("ians") for name in result.names), result.names
    assert "Velby Physicians Union" in result.names, result.names
