"""Issue 19: a definite noun phrase headed by a job noun, the subject of a clause after the text
has named a person, describes a person by their job ("… The guitarist said"), even where the
sentence before is about something else. Every row is a sentence written for this test (never
corpus text)."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text


def role_texts(text: str) -> list[str]:
    return [f.value for f in analyze(article_from_text(text, "T", date="2024-06-12")).facts if f.kind == "role"]


@pytest.mark.parametrize("text, role", [
    ("Rhys Calder played his first concert in Leeds in 1979. Fans queued at the hall on Sunday. "
     "The guitarist said he would tour again.", "guitarist"),
    ("Mara Quint will open the festival. Tickets sold out in an hour. The pop star is due to arrive on Friday.",
     "pop star"),
    ("Dana Ross beat Ivana Petrova in two sets. The seventh seed will next play in Rome.", "seventh seed"),
    ("Oleg Ivanov was hurt in the town. Windows were broken. The constable was suspended on Monday.", "constable"),
    ("Lena Varga filed the story from the border. Her editor praised it. The freelancer was later detained.",
     "freelancer"),
    # after a fronted phrase, and with a clause after a comma that only adds
    ("Oleg Ivanov was hurt in the town. According to the local paper, the constable found the bag.", "constable"),
    ("Dana Ross beat Ivana Lund in two sets. The seventh seed, who has never lost in Rome, plays next.",
     "seventh seed"),
])
def test_a_definite_job_as_a_subject_after_a_person_is_named_is_a_role(text, role):
    assert role in role_texts(text), role_texts(text)


@pytest.mark.parametrize("text", [
    "Ann Lee was at the ground. The match was abandoned after an hour.",
    "Ann Lee read it twice. The report was published on Monday.",
    "Ann Lee stayed at home. Cars queued on the bridge. The injured driver was taken to hospital.",  # what befell
    "Ann Lee stayed at home. Cars queued on the bridge. The driver of the van was not hurt.",  # which one
    "Ticket sales rose. The guitarist will tour again in May.",  # nobody named before
    "Ann Lee moved to Lisbon. The lender said rates would rise.",            # a firm as often as a person
    "Ann Lee met the band. The guitarists said they would tour again.",      # a group
    "Ann Lee stayed at home. On Monday, the driver of the van was not hurt.",  # which one, after a fronted phrase
    "The deal was signed by Rhona Blake - the lawyer had flown in that morning - on Friday.",  # an aside
])
def test_a_thing_what_befell_a_complement_or_no_one_named_is_no_such_role(text):
    assert not role_texts(text), role_texts(text)


def roles_of(text: str) -> list[tuple[str, str | None]]:
    return [(f.value, f.subject) for f in analyze(article_from_text(text, "T", date="2024-06-12")).facts
            if f.kind == "role"]


# A person noun the tagger reads as an adjective ("favourite") right before a name is still a
# title of that name; not after a possessive, where it qualifies a thing named after the person.
@pytest.mark.parametrize("text, role, person", [
    ("Local favourite Tom Reyes went out in the first round.", "Local favourite", "person:tom-reyes"),
    ("Top seed Ann Lee beat local favourite Tom Reyes.", "local favourite", "person:tom-reyes"),
    ("The crowd cheered for local favourite Tom Reyes on Sunday.", "local favourite", "person:tom-reyes"),
])
def test_a_person_noun_tagged_adjective_right_before_a_name_is_a_role(text, role, person):
    assert (role, person) in roles_of(text), roles_of(text)


@pytest.mark.parametrize("text", [
    "Her favourite Tom Reyes film is a western.",
    "His favourite Ann Lee song was played last.",
    "Tom Reyes lost the match in four sets.",
])
def test_a_person_adjective_after_a_possessive_or_none_is_no_title(text):
    assert not [r for r, _ in roles_of(text) if "favourite" in r.lower()], roles_of(text)


# An indefinite job whose noun compound says which service or trade ("a police constable") is a
# role, like one a party or "former" qualifies; not a thing ("a police car") nor who ("a young trainee").
@pytest.mark.parametrize("text, role", [
    ("Ann Lee was stopped by a police constable on Monday.", "police constable"),
    ("A school teacher found the bag near the gate.", "school teacher"),
    ("The council hired a tree surgeon to cut the oak.", "tree surgeon"),
])
def test_an_indefinite_job_with_a_noun_saying_which_trade_is_a_role(text, role):
    assert role in role_texts(text), roles_of(text)


@pytest.mark.parametrize("text", [
    "A police car was parked outside the match.",
    "He bought a coffee machine after the report.",
    "A young trainee was hurt in the fall.",
])
def test_an_indefinite_thing_or_who_with_a_noun_before_it_is_no_role(text):
    assert not role_texts(text), roles_of(text)


# A singular demonym right before a person's name, with the lower-case words qualifying it, is a
# role of that person; not inside a noun phrase the name only modifies, not after "the", nor a
# people's name ("Swiss").
@pytest.mark.parametrize("text, role, person", [
    ("Eighth-seeded American Jessica Hart lost to Sara Bell.", "Eighth-seeded American", "person:jessica-hart"),
    ("Top seed Ann Lee beat American Jessica Hart.", "American", "person:jessica-hart"),
    ("Yesterday Austrian Karl Osten won in Vienna.", "Austrian", "person:karl-osten"),
])
def test_a_demonym_right_before_a_name_is_a_role(text, role, person):
    assert (role, person) in roles_of(text), roles_of(text)


@pytest.mark.parametrize("text", [
    "The American Jessica Hart report was published after the match.",
    "Swiss Karl Osten won in Vienna.",
    "Sara Bell won an American film award.",
])
def test_a_demonym_inside_a_noun_phrase_or_a_people_is_no_role(text):
    assert not [r for r, _ in roles_of(text) if r.lower().endswith(("american", "swiss"))], roles_of(text)


# A place in a national ranking, like one in the world ranking, is a role wherever it stands; not a
# team's shirt number nor a house number, nor a ranking that modifies a thing.
@pytest.mark.parametrize("text, role", [
    ("Sara Bell, the British number two, lost in the final.", "British number two"),
    ("The French number one beat Sara Bell in Paris.", "French number one"),
    ("Ann Lee is now the Spanish No 3 after the win.", "Spanish No 3"),
])
def test_a_place_in_a_national_ranking_is_a_role(text, role):
    assert role in role_texts(text), roles_of(text)


@pytest.mark.parametrize("text", [
    "The British number one spot went to Sara Bell after the match.",
    "He lived at number four on Main Street before the report.",
    "Norland wore number eight in the match.",
])
def test_a_number_that_is_no_national_ranking_is_no_role(text):
    assert not [r for r in role_texts(text) if "number" in r.lower() or "No" in r], roles_of(text)


# A definite job (the job lexicon) as an object after a person is named is a role too.
@pytest.mark.parametrize("text, role", [
    ("Rhys Calder died on Tuesday. Fans paid tribute to the guitarist on Wednesday.", "guitarist"),
    ("Oleg Ivanov was hurt. The mayor thanked the constable on Monday.", "constable"),
])
def test_a_definite_job_as_an_object_after_a_person_is_named_is_a_role(text, role):
    assert role in role_texts(text), roles_of(text)


@pytest.mark.parametrize("text", [
    "Ann Lee was at the ground. Fans left the match early.",
    "Ann Lee read it. She sent the report to the board.",
    "Ann Lee stayed at home. She gave the keys to the driver of the van.",  # which one
    "Ann Lee stayed at home. Police spoke to the injured driver.",  # what befell
    "Fans paid tribute to the guitarist on Wednesday.",  # nobody named before
])
def test_a_definite_thing_or_who_as_an_object_is_no_role(text):
    assert not role_texts(text), roles_of(text)


# An indefinite person noun phrase opening a sentence, set off by a comma before the subject,
# describes that subject.
@pytest.mark.parametrize("text, role, person", [
    ("Ann Lee died on Tuesday. A freelancer, she was a finalist for the prize in 2016.", "freelancer",
     "person:ann-lee"),
    ("Ann Lee lives in Leeds. A keen sailor, she crossed the Atlantic in 2010.", "keen sailor", "person:ann-lee"),
    ("Ann Lee lives in Leeds. A former teacher, she now runs a farm.", "former teacher", "person:ann-lee"),
])
def test_a_fronted_indefinite_description_is_the_subject_s_role(text, role, person):
    assert (role, person) in roles_of(text), roles_of(text)


@pytest.mark.parametrize("text", [
    "Tom Reyes lives in Leeds. A big storm, it said, was coming.",
    "Tom Reyes lives in Leeds. A year later, he moved to York.",
    "Tom Reyes lives in Leeds. A report, he said, was due after the match.",
])
def test_a_fronted_thing_or_time_is_no_role(text):
    assert not role_texts(text), roles_of(text)


# A plural job whose examples are named people ("such as", "including", "like") is each one's role.
@pytest.mark.parametrize("text, role, people", [
    ("Numerous iconic rock musicians such as Ann Lee and Tom Reyes paid tribute to him.", "iconic rock musicians",
     ["person:ann-lee", "person:tom-reyes"]),
    ("Famous Japanese directors including Ann Lee have made films at the studio.", "Famous Japanese directors",
     ["person:ann-lee"]),
    ("Stars like Ann Lee came to the festival.", "Stars", ["person:ann-lee"]),
])
def test_a_plural_job_before_named_examples_is_each_one_s_role(text, role, people):
    got = roles_of(text)
    assert all((role, who) in got for who in people), got


@pytest.mark.parametrize("text", [
    "Bands like Blue Harbour played at the festival.",
    "Firms such as Acme Ltd and Zenith Corp lost money.",
    "Matches such as the final drew large crowds.",
])
def test_a_plural_thing_or_body_before_examples_is_no_role(text):
    assert not role_texts(text), roles_of(text)


# "one of" a plural job as a predicate or after "as" gives the job to the subject.
@pytest.mark.parametrize("text, role", [
    ("Ann Lee is one of the best guitarists in Spain.", "one of the best guitarists in Spain"),
    ("Ann Lee was widely regarded as one of the most influential guitarists.", "one of the most influential guitarists"),
    ("Ann Lee is one of the best players in the club.", "one of the best players in the club"),
])
def test_one_of_a_plural_job_as_a_predicate_is_the_subject_s_role(text, role):
    assert (role, "person:ann-lee") in roles_of(text), roles_of(text)


@pytest.mark.parametrize("text", [
    "The match was one of the best games of the year.",
    "The report is one of the longest documents published.",
    "Ann Lee is one of the owners of the firm.",  # owners: a firm's as often as a person's
])
def test_one_of_a_plural_thing_is_no_role(text):
    assert not role_texts(text), roles_of(text)
