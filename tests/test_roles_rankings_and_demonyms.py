"""Issue 19, roles read from many unseen articles: a player's seeding or standing before the
name, a demonym standing for a person named before ("the Austrian"), a team position that is
an everyday word ("Ireland lock"), a department's secretary without the holder's name, a
standing toward another person ("his opponent"), and person nouns that are machines as often.
Every row is a sentence written for this test (never corpus text)."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


def roles_of(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.subject) for f in analyze(article_from_text(text, "T", date="2024-06-12")).facts
            if f.kind == "role"]


def role_texts(text: str) -> list[str]:
    return [t for t, _ in roles_of(text)]


# ------------------------------------------------------------------ seeds and standings before a name
@pytest.mark.parametrize("text, role, person", [
    ("Top seed Mara Lind beat Eva Strand 6-2 6-3 in Oslo on Tuesday.", "Top seed", "person:mara-lind"),
    ("Second seed Tomas Berg suffered a heavy defeat in the quarter-finals.", "Second seed", "person:tomas-berg"),
    ("But unseeded Pia Holm beat the fourth seed Rosa Vane 6-2 6-4 in Bergen.", "fourth seed", "person:rosa-vane"),
    ("Defending champion and top seed Karl Osten rallied to win in three sets.", "top seed", "person:karl-osten"),
    ("Defending champion and top seed Karl Osten rallied to win in three sets.", "Defending champion",
     "person:karl-osten"),
    ("Ivo Brandt overcame eighth seed Max Tarrow in a long final set.", "eighth seed", "person:max-tarrow"),
    ("The world number three Lena Roos withdrew with a wrist injury.", "world number three", "person:lena-roos"),
    ("Reigning champion Ida Falk retained her title in Lisbon.", "Reigning champion", "person:ida-falk"),
])
def test_a_seeding_or_standing_before_a_name_is_that_player_s_role(text, role, person):
    assert (role, person) in roles_of(text), roles_of(text)


@pytest.mark.parametrize("text", [
    "The seed was planted in the spring and grew quickly.",
    "Farmers sold the seed Tom Reyes had bred for twenty years.",
    "Passengers boarded the number three bus at noon.",
])
def test_a_seed_or_a_number_without_a_rank_or_a_player_is_no_role(text):
    assert not role_texts(text), roles_of(text)


# ------------------------------------------------------------------ demonyms standing for a person
@pytest.mark.parametrize("text, role, person", [
    ("Karl Osten won easily in Vienna. The Austrian broke serve four times in the first set.",
     "The Austrian", "person:karl-osten"),
    ("Pedro Ruiz is fit again. The 25-year-old Spaniard has not lost a match this year.",
     "The 25-year-old Spaniard", "person:pedro-ruiz"),
    ("Abebe Tola is in form. The Ethiopian broke the indoor record on his debut last year.",
     "The Ethiopian", "person:abebe-tola"),
])
def test_a_demonym_after_the_refers_back_to_the_person(text, role, person):
    assert (role, person) in roles_of(text), roles_of(text)


@pytest.mark.parametrize("text, role", [
    ("Ivo Brandt was often bamboozled by the Spaniard's drop shots in Madrid.", "the Spaniard"),
    ('"More players can do it now," said the American after the match.', "the American"),
])
def test_a_demonym_after_the_is_a_role_wherever_it_stands(text, role):
    assert role in role_texts(text), roles_of(text)


@pytest.mark.parametrize("text", [
    "The Austrian government said on Monday it would raise taxes.",
    "Tourists flocked to the Austrian capital over the weekend.",
    "The Swiss voted against the plan in a referendum.",
    "The British were slow to respond to the crisis.",
    "Karl Osten reached the final of the Austrian Open on Sunday.",
])
def test_a_demonym_before_a_noun_or_naming_a_people_is_no_role(text):
    assert not [t for t in role_texts(text) if t.lower().strip("the ") in ("austrian", "swiss", "british")], \
        roles_of(text)


def test_a_plural_person_noun_opening_a_sentence_before_a_list_is_each_person_s_role():
    roles = roles_of("Abebe Tola will race. Compatriots Dawit Alemu, Hailu Berhe and Tesfaye Gebre will also run.")
    assert {who for t, who in roles if t == "Compatriots"} == {
        "person:dawit-alemu", "person:hailu-berhe", "person:tesfaye-gebre"}, roles


# ------------------------------------------------------------------ team positions that are everyday words
@pytest.mark.parametrize("text, role, person", [
    ("Ireland lock Paul Regan and Wales wing Rhys Morgan both start on Saturday.", "Ireland lock", "person:paul-regan"),
    ("Ireland lock Paul Regan and Wales wing Rhys Morgan both start on Saturday.", "Wales wing", "person:rhys-morgan"),
    ("But Leicester's England centre Ollie Drake has been added to the squad.", "England centre", "person:ollie-drake"),
])
def test_a_team_position_after_the_team_and_before_a_name_is_a_role(text, role, person):
    assert (role, person) in roles_of(text), roles_of(text)


@pytest.mark.parametrize("text", [
    "The lock Tom Reyes fitted failed within a week.",
    "Visitors to the new wing Ann Lee opened last year were impressed.",
])
def test_a_team_position_word_without_a_team_before_it_is_no_role(text):
    assert not [t for t in role_texts(text) if t.lower().endswith(("lock", "wing"))], roles_of(text)


# ------------------------------------------------------------------ offices without their holder's name
@pytest.mark.parametrize("text, role", [
    ("Ann Lee criticised the Home Secretary's proposal on prison places.", "Home Secretary"),
    ("Critics argue that the Home Secretary must publish the report.", "Home Secretary"),
    ("Any member who shouts may be ordered out by the Speaker.", "Speaker"),
    ("The Speaker keeps order during the session and rarely votes.", "Speaker"),
])
def test_an_office_after_the_is_a_role_without_a_name(text, role):
    assert role in role_texts(text), roles_of(text)


def test_a_lower_case_speaker_is_no_office():
    assert "speaker" not in [t.lower() for t in role_texts("Ann Lee thanked the speaker for a fine talk.")]


# ------------------------------------------------------------------ a standing toward another person
@pytest.mark.parametrize("text, role", [
    ("Ivo Brandt, who was matched for power by his opponent's backhand, said he was tired.", "opponent"),
    ("He said his rival had played better on the day.", "rival"),
])
def test_a_standing_toward_the_possessor_is_a_role(text, role):
    assert role in role_texts(text), roles_of(text)


def test_a_firm_s_rivals_are_no_role():
    assert not role_texts("The company said its rivals had cut prices.")


# ------------------------------------------------------------------ machines named by person nouns
@pytest.mark.parametrize("text", [
    "The long-awaited Firefox web browser has been released.",
    "The site links to a Homeland Security monitor that keeps users aware of threats.",
    "Users can switch to the Acme browser at any time.",
])
def test_a_person_noun_that_names_a_machine_without_a_name_is_no_role(text):
    assert not role_texts(text), roles_of(text)


# ------------------------------------------------------------------ offices "of" a place, and with a people before them
@pytest.mark.parametrize("text, role", [
    ("Late on Monday the Danish Prime Minister urged voters to stay indoors.", "Danish Prime Minister"),
    ('The Archbishop of Canterbury said: "I am pleased for them both."', "Archbishop of Canterbury"),
    ("The Mayor of London said the plan would go ahead.", "Mayor of London"),
])
def test_an_office_of_a_place_or_a_people_after_the_is_a_role_without_a_name(text, role):
    assert role in role_texts(text), roles_of(text)


def test_an_office_in_apposition_before_a_rank_and_a_name_is_that_person_s():
    roles = roles_of("The service will be led by the Archbishop of Canterbury, Dr Rowan Tate, in the chapel.")
    assert ("the Archbishop of Canterbury", "person:rowan-tate") in roles, roles


@pytest.mark.parametrize("text, role, person", [
    ("Helen Marsh MP, the party's deputy leader in Wales, told reporters the vote would be close.",
     "the party's deputy leader in Wales", "person:helen-marsh"),
    ("Nadia Brook MP, Labour's spokeswoman for housing, said the plan was flawed.",
     "Labour's spokeswoman for housing", "person:nadia-brook"),
    ("Tom Reyes QC, counsel for the families, said the ruling was wrong.", "counsel for the families",
     "person:tom-reyes"),
])
def test_an_apposition_after_a_post_nominal_office_is_a_role_too(text, role, person):
    assert (role, person) in roles_of(text), roles_of(text)


@pytest.mark.parametrize("text", [
    "The Archbishop of the diocese will not attend.",
    "Ann Lee walked past the Bank of England on Monday.",
])
def test_no_office_of_a_place_without_a_title_word_and_a_name(text):
    assert not [t for t in role_texts(text) if "Bank" in t or "diocese" in t], roles_of(text)


def test_a_capitalised_word_in_a_list_of_names_is_no_apposition():
    assert "Rainbow" not in role_texts("The single outsold records by Ada Vale, Rainbow, Tom Reyes and Silver Lanterns.")


# ------------------------------------------------------------------ a faith as the predicate
@pytest.mark.parametrize("text, role, person", [
    ("Ann Lee is an Evangelical Christian.", "Evangelical Christian", "person:ann-lee"),
    ("Tom Reyes is a devout Muslim and a former soldier.", "devout Muslim", "person:tom-reyes"),
])
def test_a_faith_as_the_predicate_of_is_describes_the_person(text, role, person):
    assert (role, person) in roles_of(text), roles_of(text)


@pytest.mark.parametrize("text", [
    "Christian Dior opened a new shop in Paris on Monday.",
    "Muslim leaders met the minister on Monday.",
])
def test_a_faith_word_elsewhere_is_no_role(text):
    assert not [t for t in role_texts(text) if "Christian" in t or "Muslim" in t], roles_of(text)


# ------------------------------------------------------------------ a place in a world ranking, wherever it stands
@pytest.mark.parametrize("text, role", [
    ("Ann Lee beat Eva Strand in three sets. The former world number one struggled with her serve.",
     "former world number one"),
    ("Tom Reyes will now face the world number two in the semi-finals.", "world number two"),
    ("Officials said the world number 60 had failed a routine test.", "world number 60"),
])
def test_a_world_ranking_is_a_role_wherever_it_stands(text, role):
    assert role in role_texts(text), roles_of(text)


def test_a_world_ranking_said_of_an_object_is_not_the_subject_s():
    assert ("world number two", "person:tom-reyes") not in roles_of(
        "Tom Reyes will now face the world number two in the semi-finals.")


@pytest.mark.parametrize("text", [
    "The world number one ranking changed hands on Monday.",
    "She held the world number one spot for a year.",
])
def test_a_world_ranking_before_a_noun_is_no_role(text):
    assert not [t for t in role_texts(text) if "world number" in t], roles_of(text)


# ------------------------------------------------------------------ more offices and unnamed jobs
def test_an_office_coordinated_with_others_is_still_a_role():
    assert "the Speaker" in role_texts("A member who shouts risks a rebuke from either the Speaker or his deputies.")


@pytest.mark.parametrize("text, role", [
    ("She forwarded the letter to a Panorama producer on Friday.", "Panorama producer"),
    ("Ann Lee spoke to a Labour donor about the plan.", "Labour donor"),
])
def test_a_job_of_a_named_body_after_a_is_a_role_without_a_name(text, role):
    assert role in role_texts(text), roles_of(text)


@pytest.mark.parametrize("text", [
    "She met a Monday visitor at the gate.",
    "The report was leaked to a Tuesday caller.",
])
def test_a_day_before_a_person_noun_is_no_body_s_job(text):
    assert not role_texts(text), roles_of(text)


@pytest.mark.parametrize("text, role, person", [
    ("The vote took place in the hall in which the Mayor of Dunmore, Dr Rowan Tate, once taught.",
     "the Mayor of Dunmore", "person:rowan-tate"),
    ("The award went to the film for which the studio's director, Helen Marsh, had fought.",
     "the studio's director", "person:helen-marsh"),
])
def test_an_apposition_before_a_name_starts_after_a_relative_word(text, role, person):
    assert (role, person) in roles_of(text), roles_of(text)
