"""Actors on unseen news (issue 19, sixth round): kinds read off heldout16's errors, each a table
of invented sentences → which names Byline must list as actors, which it must not, and which
mentions it must join into one actor."""
import pytest

from desktop.analysis import analyze
from desktop.article import article_from_text
from tests.test_actor_kinds_unseen import check


def actors_of(text: str):
    return analyze(article_from_text(text, "T")).actors


def forms(actor) -> set[str]:
    return {m.text for m in actor.mentions}


def check_joined(text: str, together: list[str], apart: list[str]) -> None:
    """The mentions in `together` are one actor's; no actor holds two of the mentions in `apart`."""
    actors = actors_of(text)
    if together:
        owner = [a for a in actors if forms(a) & set(together)]
        assert len(owner) == 1 and set(together) <= forms(owner[0]), [(a.name, forms(a)) for a in owner]
    if apart:
        owners = [a for a in actors if forms(a) & set(apart)]
        assert all(len(forms(a) & set(apart)) <= 1 for a in owners), [(a.name, forms(a)) for a in owners]


@pytest.mark.parametrize(
    "text, together, apart",
    [
        # a clipped first word of a body named before: "the Fed", "the Met"
        ("The US Federal Reserve raised rates on Wednesday. The Fed said inflation was rising, Ola Berg said.",
         ["US Federal Reserve", "Fed"], []),
        ("The Metropolitan Police opened an inquiry. The Met said it had made two arrests, said Ivo Stamm.",
         ["Metropolitan Police", "Met"], []),
        # … but not before the body is named, and not a whole word ("Royal" is no clipping)
        ("The Fed raised rates, said Kit Marle. The Federal Reserve Bank of Dunmore disagreed.",
         [], ["Fed", "Federal Reserve Bank of Dunmore"]),
        # a body's name with a middle word left out
        ("The Greek Athletics Federation banned the pair. The Greek Federation said it would appeal, Ana Ruiz said.",
         ["Greek Athletics Federation", "Greek Federation"], []),
        ("The Irish Rugby Football Union fined the club. The Irish Union said the fine was fair, Kit Marle said.",
         ["Irish Rugby Football Union", "Irish Union"], []),
        # … but not when the shorter name comes first (it may be a body of its own)
        ("The Dunmore Federation met. Later the Dunmore Cycling Federation said it would appeal, Ana Ruiz said.",
         [], ["Dunmore Federation", "Dunmore Cycling Federation"]),
        # one person whose surname is written with Mac and Mc
        ("Ian MacDonald, a barrister, said the law was wrong. Ian McDonald later resigned from the panel.",
         ["Ian MacDonald", "Ian McDonald"], []),
        ("Sarah McLeod won the seat. McLeod said the result was close, and Sarah MacLeod thanked voters.",
         ["Sarah McLeod", "Sarah MacLeod", "McLeod"], []),
        # … but not two people with different first names
        ("Ian MacDonald said the law was wrong. Ruth McDonald, a judge, disagreed.", [], ["Ian MacDonald", "Ruth McDonald"]),
    ],
)
def test_short_forms_and_spellings_join_one_actor(text, together, apart):
    check_joined(text, together, apart)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # the chambers of the UK Parliament by their short names, and the prime minister's office
        ("The Commons approved the plan on Tuesday, but it still goes to the Lords, said Tessa Brae.",
         ["House of Commons", "House of Lords", "Tessa Brae"], ["Commons", "Lords"]),
        ("The bill cleared the House of Commons, said Ivo Stamm. The Lords voted 200 to 150 against it.",
         ["House of Commons", "House of Lords"], ["Lords"]),
        ("No 10 said the threat was real. A spokesman said No 10 did not comment on security advice, Ola Berg reported.",
         ["No 10", "Ola Berg"], []),
        ("Number 10 refused to comment, said a No 10 spokesman.", ["No 10"], ["Number 10"]),
        # … but a shirt, a position in a team or an address is no actor; nor are the Law Lords the Lords
        ("The fly-half wore the No 10 shirt, and the Wales No 10 Dai Price kicked three goals, said Kit Marle.",
         ["Kit Marle"], ["No 10"]),
        ("He lives at No 10 Harbour Road, said Ana Ruiz.", ["Ana Ruiz"], ["No 10"]),
        ("The Law Lords ruled on Tuesday, said Ivo Stamm.", ["Law Lords"], ["House of Lords"]),
        ("The news was due in a Commons debate on Wednesday, said Ivo Stamm.", ["Ivo Stamm"], ["House of Commons"]),
    ],
)
def test_parliament_and_downing_street(text, present, absent):
    check(text, present, absent)


SCREEN = "The festival is the film industry's showcase, and Hollywood actors and actresses fly in for it. "


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # share indices: the noun "index" after the name, or a move in points
        ("The main Dow Jones index gained 45 points to 10,360, said analyst Kit Marle.", ["Kit Marle"], ["Dow Jones"]),
        ("The Nikkei fell 120 points and the Hang Seng lost 300 points, said trader Ana Ruiz.", ["Ana Ruiz"],
         ["Nikkei", "Hang Seng"]),
        # … a company's shares move in pence or per cent and the company stays
        ("Tesco rose 2% and Barclays fell 3p, said trader Ana Ruiz.", ["Tesco", "Barclays"], []),
        # schemes and payments a government runs
        ("Parents will get £250 under the Child Savings Bond scheme, Chancellor Odile Marchand said.",
         ["Odile Marchand"], ["Child Savings Bond"]),
        ("He would cut the ID cards scheme and the Child Savings Bond, said Ivo Stamm.", ["Ivo Stamm"],
         ["Child Savings Bond"]),
        ("Workers claimed CERP (Crisis Emergency Relief Benefit) payments, said Ivo Stamm. The CERP payments ended.",
         ["Ivo Stamm"], ["CERP", "Crisis Emergency Relief Benefit"]),
        # … but a body running a scheme, and a programme that is a body, stay
        ("The Dunmore Council scheme was praised by Oxfam, said Tom Vale.", ["Dunmore Council", "Oxfam"], []),
        ("The World Food Programme (WFP) sent aid, said Tom Vale. WFP said more was needed.", ["World Food Programme"], []),
    ],
)
def test_indices_and_schemes_are_no_actors(text, present, absent):
    check(text, present, absent)


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a show and its spin-offs named with a subtitle after a colon
        ("Crime Lab (CL) and its spin-offs, CL: Dunmore and CL: New York, have proven popular with audiences, "
         "said Ola Berg.", ["Ola Berg"], ["Crime Lab", "CL", "Dunmore", "New York"]),
        ("The drama Harbour Nights: Dunmore drew 20 million viewers, said Ana Ruiz.", ["Ana Ruiz"],
         ["Harbour Nights", "Dunmore"]),
        # … but a colon after a place in running text opens a statement, not a subtitle
        ("The minister put it plainly in Dunmore: Tessa Brae would stand down, said Ivo Stamm.", ["Tessa Brae"], []),
        # films by what is said of them: the director behind them, a list they are examples of, a release
        (SCREEN + "Harlin, the director behind Glass Canyon and Riverbend, was hired by the studio.", ["Harlin"],
         ["Glass Canyon", "Riverbend", "Glass Canyon and Riverbend"]),
        (SCREEN + "Other films at the festival include the horror hit Nightcrawler Lane, said actor Ivo Stamm.",
         ["Ivo Stamm"], ["Nightcrawler Lane"]),
        (SCREEN + "Studio Silverline, which released nominee Marrow, said it was pleased.", [], ["Marrow"]),
        # a part named "the X role" or "the role of X"
        (SCREEN + "The star stayed in the Quarrel role, and Ola Berg replaced him in the role of Father Quarrel.",
         ["Ola Berg"], ["Quarrel", "Father Quarrel"]),
        # … but a person the police release is still a person, and a body behind a scheme still a body
        (SCREEN + "Police released Ann Lee after questioning, said the actress Dora Pike.", ["Ann Lee", "Dora Pike"], []),
    ],
)
def test_shows_films_and_parts_are_no_actors(text, present, absent):
    check(text, present, absent)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a town that wins, loses or draws in a sentence with a score is its team
        ("Parma beat Lazio 2-1 on Sunday, and Boston lost to Denver 3-1, coach Kit Marle said.",
         {"Parma": "organisation", "Lazio": "organisation", "Boston": "organisation", "Denver": "organisation"}),
        ("Luton drew with Millwall 1-1, manager Ivo Stamm said.", {"Luton": "organisation", "Millwall": "organisation"}),
        # … a player named in full stays a person, and a town with no result stays a place
        ("Roger Federer beat Tomas Berdych 6-4 6-3. Federer said the final was hard.", {"Roger Federer": "person"}),
        ("Kit Marle flew to Denver on Sunday to watch the match.", {"Denver": "place"}),
    ],
)
def test_a_town_in_a_result_is_its_team(text, expected):
    found = check(text, list(expected), [])
    assert {name: found[name] for name in expected} == expected


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # an outlet whose name ends in "This Week" or "Today"
        ("Bob Hughes told Dunmore This Week that the payments were a factor.", ["Dunmore This Week", "Bob Hughes"],
         ["Dunmore"]),
        ("The study was first reported by Harbour Farming Today, said Ana Ruiz.", ["Harbour Farming Today"], []),
        # … but "Fashion Week" is an event, and "today" in lower case is a day
        ("Models flocked to Dunmore Fashion Week, said Ana Ruiz.", ["Ana Ruiz"], ["Dunmore Fashion Week"]),
        # a charity or an organisation named with "The" after the noun that says what it is
        ("Ann Lee of the anti-poverty organization The Lantern Seed Dunmore disagreed.", ["Ann Lee", "Lantern Seed Dunmore"],
         []),
        ("Manager Ola Berg of the charity The Open Door Dunmore said the shelter was full.", ["Open Door Dunmore"], []),
        # a sport named by its ruling body; a label in quotation marks before a noun
        ("Athletics' ruling body the IAAF said the explanations were unacceptable, said Ivo Stamm.", ["IAAF"],
         ["Athletics"]),
        ("Rowing's governing body, the FISA, banned him, said Ivo Stamm.", ["Ivo Stamm"], ["Rowing"]),
        ("Kemp skipped her bid at the \"Big Harbour\" relay series this spring, said Ana Ruiz.", ["Ana Ruiz"],
         ["Big Harbour"]),
        # … a quoted name that acts stays, and a known place opening a quotation stays a place
        ("\"Boston would be my pick of the spring races,\" said Paula Kemp.", ["Boston", "Paula Kemp"], []),
    ],
)
def test_outlets_charities_sports_and_labels(text, present, absent):
    check(text, present, absent)


def test_a_person_after_a_company_noun_and_a_stations_programme():
    # a person after "operator" stays a person; "Radio 4's Today programme" names the station
    check("Police arrested the site's alleged operator Jong Woo Son. Jong was jailed.", ["Jong Woo Son"], ["Jong"])
    check("The editor told BBC Radio 4's Today programme that the row was over.", ["BBC Radio 4"],
          ["BBC Radio 4's Today", "Radio 4's Today"])


SHOWCASE = "The festival is the film industry's showcase, and Hollywood actors fly in. "


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # what a screen job is behind is a work, read from the words when the parse fails
        (SHOWCASE + "Renny Vale - the director behind Die Harder 2 and Cliffside - was hired by the studio.",
         ["Renny Vale"], ["Die Harder 2", "Cliffside"]),
        # what wins prizes, or beats other films to a best-film category, is a film
        (SHOWCASE + "The show drew its biggest audience when Ironclad took home 11 Oscars, said Ola Berg.",
         ["Ola Berg"], ["Ironclad"]),
        (SHOWCASE + "Goliath swept the Baftas, said Ola Berg.", ["Ola Berg"], ["Goliath"]),
        (SHOWCASE + "In 1984 Valentino beat Harbour Lights, A Quiet Passage to Peru and Hollow Point to best picture, "
         "said Ola Berg.", ["Ola Berg"], ["Valentino", "Harbour Lights", "Quiet Passage"]),
        # … but a studio and a person who win stay actors
        (SHOWCASE + "Silverline Pictures won two awards, and Ann Lee won an Oscar, said Ola Berg.",
         ["Silverline Pictures", "Ann Lee"], []),
        ("Roger Federer beat Tomas Berdych to the title, said Ola Berg.", ["Roger Federer", "Tomas Berdych"], []),
        (SHOWCASE + "Clint Eastwood, a veteran, won the best director prize for Quiet Hours, said Ola Berg.",
         ["Clint Eastwood"], ["Quiet Hours"]),
        (SHOWCASE + "Swank took the best actress award, said Ola Berg.", ["Swank"], []),
        (SHOWCASE + "Moreau won two Oscars for her role, said Ola Berg.", ["Moreau"], []),
    ],
)
def test_films_that_win_or_are_made(text, present, absent):
    check(text, present, absent)


@pytest.mark.parametrize(
    "text, name, forms",
    [
        # a union's name through its list of trades, and its short form spelled out in brackets after it
        ("Ola Berg, who leads the DRW union (Dunmore Union of Dock, Rope and Wharf Workers), called the plan unsafe. "
         "The DRW will ballot members.",
         "Dunmore Union of Dock, Rope and Wharf Workers", {"DRW"}),
        ("The Union of Shop, Distributive and Allied Workers said pay was too low, said Ola Berg.",
         "Union of Shop, Distributive and Allied Workers", set()),
    ],
)
def test_a_union_named_through_its_trades(text, name, forms):
    actors = {a.name: a for a in actors_of(text)}
    assert name in actors, sorted(actors)
    assert forms <= {m.text for m in actors[name].mentions}


def test_a_list_of_bodies_is_not_one_name():
    check("The Bank of England, Barclays and HSBC said rates would rise, said Ola Berg.",
          ["Bank of England", "Barclays", "HSBC"], [])


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # a band named after "the band" is a body, and "their single X" a record
        ("The band Kestrel Nine topped the chart. Their single Paper Lanterns sold 40,000 copies, said Ola Berg.",
         {"Kestrel Nine": "organisation"}, ["Paper Lanterns"]),
        # two bare names joined by "and" closing a list of bodies are one firm
        ("Among the accused were Altrion Group, Harlow Tobacco and Brown and Whitcombe, said Ola Berg.",
         {"Brown and Whitcombe": "organisation"}, ["Brown", "Whitcombe"]),
        # … but people named in full, and "a single EU country", stay as they are
        ("Among those charged were Harlow Tobacco and Ann Brown and Tom Whitcombe, said Ola Berg.",
         {"Ann Brown": "person", "Tom Whitcombe": "person"}, ["Brown and Whitcombe"]),
        ("No single EU country can act alone, said Ola Berg.", {"Ola Berg": "person"}, []),
    ],
)
def test_bands_records_and_firms(text, expected, absent):
    found = check(text, list(expected), absent)
    assert {name: found[name] for name in expected} == expected


def _roles(text: str) -> dict[str, set[str]]:
    analysis = analyze(article_from_text(text, "T"))
    names = {a.id: a.name for a in analysis.actors}
    out: dict[str, set[str]] = {}
    for f in analysis.facts:
        if f.kind == "role" and f.subject in names:
            out.setdefault(names[f.subject], set()).add(f.text)
    return out


@pytest.mark.parametrize(
    "text, name, later, role",
    [
        # a job noun opening a sentence or a caption, capitalised only by its place, before a
        # full name: the person is the name, the job a role of theirs (issue 19, heldout17)
        ("Beekeeper Ana Lutz said the hives were failing. Lutz blamed the cold spring.", "Ana Lutz", "Lutz", "Beekeeper"),
        ("Whistleblower Edward Snowden spoke by video link. Edward Snowden said the leaks were justified.",
         "Edward Snowden", "Edward Snowden", "Whistleblower"),
        ("Podcaster Tomas Weir hosted the debate. Weir said the guests were late.", "Tomas Weir", "Weir", "Podcaster"),
        ("Sculptor Hanna Lind unveiled the statue on Monday. Lind said it took two years.", "Hanna Lind", "Lind", "Sculptor"),
        ("The fair opened on Friday.\n\nBeekeeper Ana Lutz at her stall.\n\nLutz said the honey sold out.",
         "Ana Lutz", "Lutz", "Beekeeper"),
    ],
)
def test_a_job_before_a_full_name_is_a_role(text, name, later, role):
    actors = actors_of(text)
    owners = [a for a in actors if later in forms(a) or name in forms(a)]
    assert [a.name for a in owners] == [name], [(a.name, forms(a)) for a in actors]
    assert later in forms(owners[0])
    assert role in _roles(text).get(name, set()), _roles(text)


@pytest.mark.parametrize(
    "text, whole",
    [
        # … but a name whose first word is a job's shape stays whole
        ("Walker Evans took the photograph in 1936. Evans later taught at a college.", "Walker Evans"),
        ("The shop is on Baker Street, said Ana Ruiz.", "Baker Street"),
        ("Christopher Fowler wrote the novel. Fowler lives in London.", "Christopher Fowler"),
        ("The Designer Outlet Group opened a store, said Kit Marle.", "Designer Outlet Group"),
        ("Carpenter Lane was closed for repairs, said Ola Berg.", "Carpenter Lane"),
    ],
)
def test_a_name_opening_with_a_jobs_shape_stays_whole(text, whole):
    names = {a.name for a in actors_of(text)}
    assert whole in names, names
