"""Speaker attribution, one table row per kind of failure seen on news written by others
(issue 18). Every sentence here is invented; the output names the speaker's mention by its
offsets and says how the attribution was decided."""
import json

import pytest

from desktop.analysis import SCHEMA, analyze
from desktop.analysis.quotes import find_quotations
from desktop.analysis.types import HOW, Quote, Speaker
from desktop.article import article_from_text


def attributions(text: str, kind: str = "direct"):
    """(quote text, speaker name or words, how) for each quote of `kind`."""
    analysis = analyze(article_from_text(text, "Test"))
    names = {a.id: a.name for a in analysis.actors}
    return [(q.text, names.get(q.speaker.actor_id) or q.speaker.text, q.how)
            for q in analysis.quotes if q.kind == kind]


@pytest.mark.parametrize(
    "text, expected",
    [
        # 1. a byline after a dash, on the quote's line or on its own line
        ('"Her experience will serve the harbour." -Commissioner Pavel Dunmore',
         [("Her experience will serve the harbour.", "Pavel Dunmore", "dash")]),
        ('"We will not close the school." — Deputy Mayor Lin Osei',
         [("We will not close the school.", "Lin Osei", "dash")]),
        ('"The ferries are late again and nobody says why."\n\n— Harriet Quayle, ferry user',
         [("The ferries are late again and nobody says why.", "Harriet Quayle", "dash")]),
        # ... but a dash that goes on with the sentence is no byline
        ('He likened the plan to "selling the family silver" - a charge the minister rejected.',
         [("selling the family silver", "He", "pronoun")]),
        # 2. a label line, a round-up label, transcript turns
        ('And from Chairwoman Imelda Brockhurst:\n\n"The budget is balanced and the reserves are full."',
         [("The budget is balanced and the reserves are full.", "Imelda Brockhurst", "label")]),
        ('Nils Andersen, Harbour Gazette: "The vote was a mistake."',
         [("The vote was a mistake.", "Nils Andersen", "label")]),
        ('Senator Rosa Morrow met the press.\n\n"MORROW: Will the tunnel open on time?\n\n'
         '"FENWICK: It will open in May, as planned.',
         [("MORROW: Will the tunnel open on time?", "Rosa Morrow", "label"),
          ("FENWICK: It will open in May, as planned.", "FENWICK", "label")]),
        # 3. no cue, right after a sentence that introduces the talker
        ('Harbour master Alice Moreno began talking to reporters at the pier. "The ferries will sail again by noon."',
         [("The ferries will sail again by noon.", "Alice Moreno", "context")]),
        # 4. post-posed cues with verbs from the published lists, and a job before the name
        ('"We should have been told," said Mayor Ruth Onslow. "The bills are too high," grumbled Councillor Ivo Marsh.',
         [("We should have been told,", "Ruth Onslow", "cue-after"),
          ("The bills are too high,", "Ivo Marsh", "cue-after")]),
        ('"We checked every cable twice", added engineer Petra Hunziker.',
         [("We checked every cable twice", "Petra Hunziker", "cue-after")]),
        ('"Why did nobody warn us?" the harbour master asked.',
         [("Why did nobody warn us?", "the harbour master", "cue-after")]),
        # 7. other quotation marks
        ('»The lift is safe again,« said resort manager Jonas Egli. He added: «Nobody was hurt.»',
         [("The lift is safe again,", "Jonas Egli", "cue-after"), ("Nobody was hurt.", "Jonas Egli", "pronoun")]),
        ("The council’s plan is late. ‘We checked every cable twice,’ said engineer Petra Hunziker. "
         "‘It’s the players’ fault, not ours.’",
         [("We checked every cable twice,", "Petra Hunziker", "cue-after"),
          ("It’s the players’ fault, not ours.", "Petra Hunziker", "running")]),
        # 8. the described person, not a name inside the description
        ('"The rooms will reopen in June," said a spokeswoman for the Orlov hotel group, Jana Weiss.',
         [("The rooms will reopen in June,", "Jana Weiss", "cue-after")]),
        # 9. a day or a time phrase is never the speaker
        ('"I will just make this promise: we will find the cause," Fire Chief Rhoda Carvell said Monday.',
         [("I will just make this promise: we will find the cause,", "Rhoda Carvell", "cue-after")]),
        ('"We have a plan," Teodor Brandt, a top campaign adviser, said Thursday morning on the radio.',
         [("We have a plan,", "Teodor Brandt", "cue-after")]),
        # 10. short fragments are the words of the cue's subject; nicknames and titles are not quotes
        ('Senator Ada Brill called the vote "rigged" and described the count as "a disgrace".',
         [("rigged", "Ada Brill", "cue-before"), ("a disgrace", "Ada Brill", "cue-before")]),
        ('Critics dubbed him "Little Napoleon". The show "Harbour Nights" returns. Fans call the striker "The Hammer".',
         []),
        # a cue after a question that ends its own sentence belongs to that question
        ('"How many times must we ask?" Mayor Ines Kohl said. "The answer never comes."',
         [("How many times must we ask?", "Ines Kohl", "cue-after"),
          ("The answer never comes.", "Ines Kohl", "running")]),
        # a clause after the quote that opens with "when" is not its attribution
        ('The clip shows Tom Reyes saying during the debate, "That makes me careful," when Ada Price attacked him.',
         [("That makes me careful,", "Tom Reyes", "cue-before")]),
        # a thing or a share of people in a reported clause: the reporter is the speaker
        ('Mayor Jon Pike said a majority of residents believe "the tunnel is a waste of money".',
         [("the tunnel is a waste of money", "Jon Pike", "cue-before")]),
        ('Singer Tom Vale said he felt "great" about the award.', [("great", "Tom Vale", "cue-before")]),
        # the sentence before an uncued quote speaks through its own cue ("he said"), not through
        # a cue after a preposition ("without asking"), whose subject is someone else
        ('Harbour Party leader Tomas Reyes spoke in Dunmore on Friday.\n\n"Fares are too high." '
         'The Harbourists, he said, can cut fares without asking people to pay more. "We can do better."',
         [("Fares are too high.", "Tomas Reyes", "context"), ("We can do better.", "Tomas Reyes", "running")]),
        # words that characterise something after "as" on a verb of judging are its subject's,
        # and so is the second of "as “A” or “B”"; "such as" and "worked as" are no one's words
        ('Senator Hal Reid has been pounding the mayor as a "con artist" and has gone after him as a "spoiled brat."',
         [("con artist", "Hal Reid", "cue-before"), ("spoiled brat.", "Hal Reid", "cue-before")]),
        ('The site FactHound rated 41% of claims as "misleading" or "wildly wrong." She worked as a "consultant". '
         'Towns such as "Tarn" grew.',
         [("misleading", "FactHound", "cue-before"), ("wildly wrong.", "FactHound", "cue-before")]),
        # a lower-case word someone calls a thing is their word; a name or a passive "called" is not
        ('Mayor Ada Brill called the plan "reckless" and "cruel." The firm uses a method called "fracking".',
         [("reckless", "Ada Brill", "cue-before"), ("cruel.", "Ada Brill", "cue-before")]),
        # a quote inside what a noun of speech reports is its possessor's
        ("FactHound seized on Dan Roe's claim that there were \"thousands of fires\" in Tarn this year.",
         [("thousands of fires", "Dan Roe", "cue-before")]),
        # a cue after a question belongs to it when no quote follows the cue straight away
        ('Ana Lind watched the debate at home.\n\n"You winning?" Ana Lind said, but the mayor was still talking.',
         [("You winning?", "Ana Lind", "cue-after")]),
        # a label line whose subject hands over to the quote with a colon
        ('On July 6, Senator Ada Brill made the following comment:\n\n"For young people who left school, '
         'the rate is 33 percent."',
         [("For young people who left school, the rate is 33 percent.", "Ada Brill", "colon")]),
        # a quote with its own cue keeps it after a lead line that names someone else
        ('Her delight in Mayor Dan Roe is recorded in detail:\n\n"Here comes the boss," Nell Price said, clapping.',
         [("Here comes the boss,", "Nell Price", "cue-after")]),
        # a stage direction and the title of a work are no one's words; a book quoted with a cue is
        ('"KOHL: The ferry is late, and —.\n\n"(CROSSTALK.)\n\n"REYES: It is not.',
         [("KOHL: The ferry is late, and —.", "KOHL", "label"), ("REYES: It is not.", "REYES", "label")]),
        ('Ada Lind\'s column, "Tell your story," is good. She sang the song "Harbour lights in the rain" twice. '
         'In his book, "The harbour never sleeps," Dan Roe wrote.',
         [("The harbour never sleeps,", "Dan Roe", "cue-after")]),
        # a "he" or "she" inside an adverbial clause ("after she blamed …") speaks for itself;
        # inside what someone reports it is the reporter
        ('Governor Dan Roe described Mayor Ada Brill as a "disgrace" after she attacked the police and '
         'blamed the shootings on "hidden bias" among officers.',
         [("disgrace", "Dan Roe", "cue-before"), ("hidden bias", "Ada Brill", "pronoun")]),
        ('During his years in office, Mayor Jon Pike said, a majority of residents have come to believe '
         '"that the tunnel is a waste of money and we should stop it."',
         [("that the tunnel is a waste of money and we should stop it.", "Jon Pike", "cue-before")]),
        # a comment someone was prompted to make is theirs
        ('The 1994 law prompted Senator Ada Brill to make a controversial comment that described all young '
         'men as "super predators."', [("super predators.", "Ada Brill", "cue-before")]),
        # a ruling is a statement: the cue nearest the quote that governs it wins
        ('The site FactHound then ruled that the claim about fires is "true," but in its write-up it '
         'took care to add that few fires were large.', [("true,", "FactHound", "cue-before")]),
        # a statement with its own owner named is not the last issuer's
        ("Mayor Dan Roe issued a statement on Monday about the fire.\n\nRoe is survived by his wife.\n\n"
         "The family's statement on the death said: \"He loved the harbour and the sea.\"",
         [("He loved the harbour and the sea.", "The family's statement", "colon")]),
        # in a round-up the byline that ends the paragraph signs every quote in it
        ('"You are not a captain, you are a passenger." ― Nora Vile\n\n"No voter wants a man who mocks them." '
         'And that is all he has "the seed of every quarrel." ― Lena Marsh.',
         [("You are not a captain, you are a passenger.", "Nora Vile", "dash"),
          ("No voter wants a man who mocks them.", "Lena Marsh", "dash"),
          ("the seed of every quarrel.", "Lena Marsh", "dash")]),
    ],
)
def test_attribution_kinds(text, expected):
    assert attributions(text) == expected


def test_a_quoted_nickname_inside_the_speaker_s_name_does_not_end_the_attribution():
    [(quote, speaker, how)] = attributions(
        '"This is a big year for the harbour!" Councillor Marcia "Cia" Pryce shouted to the crowd.')
    assert quote == "This is a big year for the harbour!" and how == "cue-after" and "Marcia" in speaker


def test_a_cue_set_off_by_commas_reports_the_clause_it_interrupts():
    text = "Five years ago, Carla Voigt said, the plant offered a cheap hedge."
    [quote] = [q for q in analyze(article_from_text(text, "T")).quotes if q.kind == "reported"]
    assert quote.speaker.text == "Carla Voigt"
    # the quoted claim is the clause, less the attribution inside it
    assert [text[s:e] for s, e in quote.segments] == ["Five years ago", "the plant offered a cheap hedge"]


def test_a_byline_name_becomes_a_person_with_its_mention():
    text = '"Her experience will serve the harbour." -Commissioner Pavel Dunmore'
    analysis = analyze(article_from_text(text, "T"))
    [quote] = analysis.quotes
    actor = analysis.actor(quote.speaker.actor_id)
    assert actor is not None and actor.type == "person" and actor.name == "Pavel Dunmore"
    assert [(m.start, m.end) for m in actor.mentions] == [(quote.speaker.start, quote.speaker.end)]


def test_q_and_a_turns_go_to_the_interviewer_and_the_person_interviewed():
    text = ('The novelist Mara Quint spoke to us about her new book. Quint lives in Tarn.\n\n'
            '"Q: Why did you write it?\n\n"A: Because nobody else would."')
    assert attributions(text) == [("Q: Why did you write it?", "Q", "label"),
                                  ("A: Because nobody else would.", "Mara Quint", "label")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # single quotes are quotation marks only where the article quotes with them
        ('"We won," said Ana Lind. The team\'s ‘90s kit and the ‘Harbour Boys’ nickname stayed.',
         ["We won,"]),
        ("Ms Lind’s team worked through the ‘90s. ‘Nothing failed,’ she said. ‘We were ready.’",
         ["Nothing failed,", "We were ready."]),
        # „…“ and «…» pair with their own closing marks
        ("„Das ist gut“, sagte Anna Weber. «C'est fini», dit Paul Roux.", ["Das ist gut", "C'est fini"]),
        # a closing mark typed the wrong way round closes
        ("Roe made this comment:\n\n“The rate is 51 percent.“\n\nIt was rated “Mostly True.”",
         ["The rate is 51 percent.", "Mostly True."]),
        # double marks nested in double marks; in a transcript turn opened with a straight mark
        ("“I would sooner stay in what she calls “the swamp” than move in with him.” ― Nora Vile",
         ["I would sooner stay in what she calls “the swamp” than move in with him."]),
        ('"KOHL: The mayor thinks this is an episode of “Harbour Nights.” But it is serious.',
         ["KOHL: The mayor thinks this is an episode of “Harbour Nights.” But it is serious."]),
        # ... but an excerpt opened with a straight mark goes on only with a straight mark
        ('Roe reports:\n\n"Ada was angry, and she called it a “rant.”\n\n“I never lost it,” she said.',
         ["Ada was angry, and she called it a “rant.”", "I never lost it,"]),
        # markup left in a text: attribute values are not quotations
        ('<post author="Kay Brandt" date="May 1">Ferries are late</post>. He said “we will fix it.”',
         ["we will fix it."]),
    ],
)
def test_quotation_marks(text, expected):
    article = article_from_text(text, "T")
    assert [article.text[q.start:q.end] for q in find_quotations(article)] == expected


def test_speaker_offsets_name_the_words_of_this_quote_s_speaker():
    text = ('Judge Ellen Park dismissed the case. "There is no evidence," she said. '
            '"We will appeal," said Omar Haddad, the lawyer.')
    analysis = analyze(article_from_text(text, "T"))
    spans = [(text[q.speaker.start:q.speaker.end], q.how) for q in analysis.quotes]
    assert spans == [("she", "pronoun"), ("Omar Haddad", "cue-after")]
    assert analysis.actor(analysis.quotes[0].speaker.actor_id).name == "Ellen Park"


def test_output_schema_2_carries_speaker_span_and_how():
    text = '"Nobody knows who wrote this line."\n\n"We will rebuild the bridge," said Maria Lopez.'
    analysis = analyze(article_from_text(text, "T"))
    data = json.loads(json.dumps(analysis.to_dict()))
    assert SCHEMA == "byline.extract/3"
    second, first = data["quotes"]
    assert first["speaker"] == {"text": "Maria Lopez", "actor": first["speaker"]["actor"],
                                "start": text.index("Maria"), "end": text.index("Maria") + len("Maria Lopez")}
    assert first["how"] == "cue-after" and first["how"] in HOW
    assert second["how"] is None and second["speaker"] == {"text": None, "actor": None, "start": None, "end": None}
    assert Speaker.from_dict(first["speaker"]) == analysis.quotes[1].speaker
    assert Speaker.from_dict(second["speaker"]) == analysis.quotes[0].speaker


def test_every_attribution_says_how_and_its_span_is_in_the_text():
    text = ('"It is slow," said Jemima Hart, the curator. For Tom Reyes, who built it, the idea grew out '
            'of frustration. "I could not find anything," he said. "Nor could anyone."\n\n'
            '"We tried." — Ana Lind\n\nMayor Ines Kohl said that the tunnel would open in May.')
    analysis = analyze(article_from_text(text, "T"))
    for q in analysis.quotes:
        assert isinstance(q, Quote)
        if q.speaker.text is None:
            assert q.how is None
            continue
        assert q.how in HOW
        assert text[q.speaker.start:q.speaker.end] == q.speaker.text


@pytest.mark.parametrize("text, expected", [
    # what nobody claimed is nobody's reported statement (showing "everyone — agreed: …" reverses it)
    ("Not everyone agreed that the pier needed a second survey.", []),
    ("No one said the new barrier would fail in a storm.", []),
    ("Nobody believed the old quay would survive another winter.", []),
    ("Few engineers think the temporary wall will hold until spring.", []),
    ("The mayor did not say the ferry service would end in May.", []),
    # a share of a group or a counted person keeps the words that say who
    ("Some of the marchers said they had travelled for hours to reach the square.",
     [("they had travelled for hours to reach the square", "Some of the marchers")]),
    ("One councillor told the paper the first result should stand for good.",
     [("the first result should stand for good", "One councillor")]),
])
def test_reported_speech_keeps_who_claimed_it(text, expected):
    assert [(q, who) for q, who, _how in attributions(text, "reported")] == expected


@pytest.mark.parametrize("text, expected", [
    # issue 18 item 8, second half: in a debate or interview report the uncued quote is the words
    # of the person whose turn it is, not the previous speaker's nor the last name mentioned
    ('Senator Ada Brill attacked Governor Tom Reyes over the harbour fund. "He spent it on his friends," she said. '
     'Reyes shot back at Brill. "That is simply false."',
     [("He spent it on his friends,", "Ada Brill", "pronoun"), ("That is simply false.", "Tom Reyes", "context")]),
    ('Moderator Lena Marsh asked Governor Tom Reyes about the fund.\n\n"It went on the breakwater," Reyes replied.'
     '\n\nMarsh then turned to Senator Ada Brill.\n\n"The governor is not telling you the whole story."',
     [("It went on the breakwater,", "Tom Reyes", "cue-after"),
      ("The governor is not telling you the whole story.", "Ada Brill", "context")]),
    ('In the interview with Lena Marsh, Governor Tom Reyes defended his record.\n\n"I kept every promise," he told '
     'Marsh.\n\nMarsh pressed him on the ferries.\n\n"The ferries are late, and you know it."',
     [("I kept every promise,", "Tom Reyes", "pronoun"), ("The ferries are late, and you know it.", "Lena Marsh", "context")]),
    # a sentence about someone else, with no verb that hands over the turn: unknown, not the previous speaker
    ('"We will rebuild the pier," said Governor Tom Reyes. Senator Ada Brill sat at the far end of the stage. '
     '"Nobody here believes that any more."',
     [("We will rebuild the pier,", "Tom Reyes", "cue-after"), ("Nobody here believes that any more.", None, None)]),
    # ... while narration about the speaker himself lets his words go on
    ('"We will rebuild the pier," said Governor Tom Reyes. Reyes paused for a long moment. "And we will pay for it."',
     [("We will rebuild the pier,", "Tom Reyes", "cue-after"), ("And we will pay for it.", "Tom Reyes", "running")]),
])
def test_the_quote_goes_to_the_person_whose_turn_it_is(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the wording of a law or of the rules, quoted with no cue verb, is that text's
    ('Under the 1998 Harbour Act, officials must act in the "public interest" of the port.',
     [("public interest", "Harbour Act", "cue-before")]),
    ('Members may not vote by proxy when voting "to fill an empty seat on the board," per the club\'s bylaws.',
     [("to fill an empty seat on the board,", "the club's bylaws", "cue-after")]),
    ('A city audit published in March found that the council could not account for funds moving through '
     '"dummy firms and island trusts."', [("dummy firms and island trusts.", "A city audit", "cue-before")]),
    # a person's cue comes first
    ('Under the new rules, Mayor Ada Brill said, the port is "open for business."',
     [("open for business.", "Ada Brill", "cue-before")]),
    # "per" with a unit, and "under" with what is no rule, name no source: a bare term is dropped
    ('Shares were sold at "rock bottom" prices of two dollars per share.', []),
    ('Under the plan, the harbour gets a "fresh start" next year.', []),
])
def test_the_words_of_a_law_or_a_report(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name, an aside set off by commas, then the cue: the name speaks, not a word of the
    # programme's title or the channel the parser took for the subject
    ('“We will rebuild the pier by spring,” Dana Whitlock, a longtime harbour commissioner, said Thursday '
     'morning on Channel Nine’s “Coastal Hour.” “I mean, the engineers have already signed off.”',
     [("We will rebuild the pier by spring,", "Dana Whitlock", "cue-after"),
      ("I mean, the engineers have already signed off.", "Dana Whitlock", "running")]),
    # named again by age: the person given that age, else the one the sentences before are about
    ('Dorsey won the title again. "It keeps getting better," Dorsey said. Ivo Kessler, ranked 203rd in the world, '
     'came through the qualifying rounds to reach his first final. "For me, this week was a dream," said the '
     '20-year-old.',
     [("It keeps getting better,", "Dorsey", "cue-after"), ("For me, this week was a dream,", "Ivo Kessler", "cue-after")]),
    ('Ada Brill, 34, and Tom Reyes, 41, were both fined. Brill told the court she was sorry. '
     '"I never meant to hurt anyone," the 41-year-old said later.',
     [("I never meant to hurt anyone,", "Tom Reyes", "cue-after")]),
    # a title before an honorific ("archbishop Monsenor …") names the role "the archbishop"
    ('The law was criticised by archbishop Monsenor Tomas Ruiz Vega. Calling it "a grave mistake for the '
     'nation" the archbishop said "We must stand with the families."',
     [("a grave mistake for the nation", "Tomas Ruiz Vega", "cue-before"),
      ("We must stand with the families.", "Tomas Ruiz Vega", "cue-before")]),
    # ... but never a holder of the role introduced only further on
    ('"We are building a new harbour wall," said the spokesman. But Ian Hale, spokesman for the Fishermen\'s '
     'Trust, said the wall was too low. "It will flood again," Hale said.',
     [("We are building a new harbour wall,", "the spokesman", "cue-after"), ("It will flood again,", "Ian Hale", "cue-after")]),
    # nobody to be found: unknown rather than the previous speaker
    ('"We lost the final and we deserved to," said the 20-year-old.',
     [("We lost the final and we deserved to,", None, None)]),
])
def test_a_speaker_named_again_after_an_aside_or_by_age(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle set off after a relative clause tells what the main clause's subject did
    ('The marchers passed the hall, where the council met, while chanting, "Release the tapes now."',
     [("Release the tapes now.", "The marchers", "cue-before")]),
    ('Small groups of marchers looped the streets around the stadium - where the city team played the '
     'visitors - while chanting, "We want the tapes now."', [("We want the tapes now.", "Small groups", "cue-before")]),
    # ... while one inside the relative clause is its subject's
    ('He met the mayor, who left the hall while shouting "Nobody asked me about the fire."',
     [("Nobody asked me about the fire.", "the mayor", "cue-before")]),
])
def test_a_participle_after_a_relative_clause(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # verbs of writing words down (VerbNet scribble-25.2) are cues; a noun "types" is not
    ('On the form, in the box for the diagnosis, a doctor had typed "acute stress reaction."',
     [("acute stress reaction.", "a doctor", "cue-before")]),
    ('There are three types of "smart" meters.', []),
])
def test_verbs_of_writing_words_down(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a long noun phrase that ends in a name right before the cue: the name speaks, not the show
    # host named inside the phrase
    ('Radio host Don Harbury died on Friday, aged 79.\n\nLongtime Harbury in the Evening writer and performer '
     'Rob Bartel tweeted: "He was a rebel and a champion of the underdog."',
     [("He was a rebel and a champion of the underdog.", "Rob Bartel", "colon")]),
    # ... but "X of <an organisation's name> said" is X's, whatever the name ends in
    ('Jenny Lo of Marriage Equality Coalition Harbour said, "It is still not full marriage rights; we need to fight on."',
     [("It is still not full marriage rights; we need to fight on.", "Jenny Lo", "cue-before")]),
])
def test_the_name_next_to_the_cue_heads_a_long_subject(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fragment inside a report within a report is the inner speaker's when that is a person
    # named by a common noun ("the man", "the intruder"), not the reporter's
    ('Councillor Jo Pike said the intruder, who later fled, claimed he was "acting for the harbour".',
     [("acting for the harbour", "the intruder", "cue-before")]),
    ('Ann Lee said the man claimed he was "owed a ferry".', [("owed a ferry", "the man", "cue-before")]),
    # ... while a thing's "suggests" stays the reporter's word
    ('Ann Lee said the advertisement "clearly" suggests the pier is safe.', [("clearly", "Ann Lee", "cue-before")]),
    # what a survey found people believe is their view: "showed 64 readers … believed" with the
    # readers parsed as the object of "showed"
    ('Results of a survey showed 64 readers out of 146 - among them 21 clerks - believed the fee was '
     '"unfair and should end".', [("unfair and should end", "64 readers", "cue-before")]),
    # words quoted in a sentence with no cue, right after a report, are words of that report
    # (a few words with no cue at all are still taken for a term, not speech: "less “panic”")
    ('Mr Tarrant insisted there was nothing to fear. "Europe has gained from open markets," he said. '
     'A low jobless rate meant there was "less panic than in the south" about migrants. Yet "panic" spread.',
     [("Europe has gained from open markets,", "Tarrant", "pronoun"),
      ("less panic than in the south", "Tarrant", "context")]),
    ('The Harbour Institute said some pension schemes were healthy.\n\nBut, in many cases, firms had to top '
     'up funds to tackle "gaping holes in their books".', [("gaping holes in their books", "Harbour Institute", "context")]),
    # ... not when the sentence tells what someone did, or uses the words as a term
    ('Tom Reyes accused the mayor of lying. Ada Brill, a debate coach, compared Reyes to a player who is '
     '"working the referees all night long". The calculation of "road load for a full truck" was wrong.',
     [("working the referees all night long", None, None), ("road load for a full truck", None, None)]),
    # a gerund's or a phrasal verb's object never speaks: "by calling out X for his “lies”" is the reporter's
    ('Campaign chief Nora Vile told Channel 9 that the team expects Reyes to throw himself into the fight '
     'by calling out Tom Brill for his many "lies" on the ferries.',
     [("lies", "Nora Vile", "cue-before")]),
    # the subject of a participle in an absolute clause is the object of "with"
    ('Inquiries were opened by the Harbour Authority and the Ferry Safety Board, with the latter yesterday '
     'confirming online they were "not sending staff to the pier at this time."',
     [("not sending staff to the pier at this time.", "Ferry Safety Board", "cue-before")]),
    # a round-up label after a list's bullet, and the person in it rather than the club
    ('Previews of the cup ties.\n\n- Tarn Rovers boss Ian Pike: "After losing eight goals in three games, '
     'I am not confident."', [("After losing eight goals in three games, I am not confident.", "Ian Pike", "label")]),
    # a copular sentence that hands over with a colon: "She is prepared to go this far: “…”"
    ('Ann Lee still thinks her party can win. "We have no limits," she said.\n\nBut does that not invite '
     'the jibe that hers is a party bidding to come second? She is prepared to go this far: "A clear view '
     'has formed that the other side will lose."\n\nThe result was clear: "Nobody saw it coming."',
     [("We have no limits,", "Ann Lee", "pronoun"),
      ("A clear view has formed that the other side will lose.", "Ann Lee", "pronoun"),
      ("Nobody saw it coming.", None, None)]),
    # "you" outside a quote is the one addressed, never a speaker: a scare quote in a question
    # to an interviewee is nobody's words
    ('The Harbour Gazette spoke to candidate Ivo Marsh.\n\n((HG)) : Your party wants less "red tape" – '
     'which rule do you think should go first?', []),
])
def test_reports_within_reports_and_the_one_addressed(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an interview transcript written without quotation marks: each labelled paragraph is a turn, its label
    # naming the speaker and no part of the words
    ('Harbour Weekly spoke to ferry captain Lena Marsh about the strike.\n\nQ: Why did the crews walk out?\n\n'
     'A: Nobody had been paid for two months.\n\nQ: Will the ferries sail on Monday?\n\n'
     'A: Only if the owners pay what they owe.',
     [("Why did the crews walk out?", "Q", "label"),
      ("Nobody had been paid for two months.", "Lena Marsh", "label"),
      ("Will the ferries sail on Monday?", "Q", "label"),
      ("Only if the owners pay what they owe.", "Lena Marsh", "label")]),
    ('Reporters met the mayor, Ada Brill, at the pier.\n\nBRILL: The pier will reopen in June.\n\n'
     'REPORTER: And the cost?\n\nBRILL: Less than the council feared, "by a mile".',
     [("The pier will reopen in June.", "Ada Brill", "label"),
      ("And the cost?", "REPORTER", "label"),
      ('Less than the council feared, "by a mile".', "Ada Brill", "label")]),
    # one label alone, or notes to the reader, are no transcript
    ('The pier reopened.\n\nCLARIFICATION: An earlier version gave the wrong date.\n\n'
     'UPDATE: The pier closed again on Sunday.\n\nUPDATE: It reopened on Monday.', []),
])
def test_transcript_turns_without_quotation_marks(text, expected):
    assert attributions(text) == expected


def test_a_name_with_a_bare_job_in_apposition_before_the_cue_is_a_person_with_that_role():
    # issue 18 item 5: "Will Carrow, NCA director, said …" — a person, not a place, speaks
    text = "Oskar Lindqvist, HFA director, said the raid took a year."
    analysis = analyze(article_from_text(text, "T"))
    assert attributions(text, "reported") == [("the raid took a year", "Oskar Lindqvist", "cue-before")]
    [person] = [a for a in analysis.actors if a.name == "Oskar Lindqvist"]
    assert person.type == "person"
    assert [(f.text, f.subject) for f in analysis.facts if f.kind == "role"] == [("HFA director", person.id)]


@pytest.mark.parametrize("text, expected", [
    # a seat in a legislature is held beside a job: "the Clarion editor" can be the MP spoken of
    ('Harbour Party MP Tom Tarrant has insisted the mayor is wrong.\n\nHowever, Mr Tarrant, who apologised '
     'last year for a column in the weekly he edits, said Mr Holm "should keep out of" the row. "I cannot see '
     'why the premier needs to be involved," The Clarion editor told local radio.',
     [("should keep out of", "Tom Tarrant", "cue-before"),
      ("I cannot see why the premier needs to be involved,", "Tom Tarrant", "cue-after")]),
    # ... while another office still excludes: "Mayor X said … the minister said" is not the mayor
    ('Mayor Ines Kohl opened the pier. "It is a good day," the minister said.',
     [("It is a good day,", "the minister", "cue-after")]),
])
def test_a_description_of_a_job_and_a_seat_held_beside_it(text, expected):
    assert attributions(text) == expected


def test_a_speaker_s_words_lose_stray_marks_and_markup_at_their_edges():
    from desktop.analysis.quotes import _trimmed
    text = 'rated it false.">Reyes said'
    start = text.index('">')
    assert _trimmed(Speaker('">Reyes', "a1", start, start + 7)) == Speaker("Reyes", "a1", start + 2, start + 7)
    assert _trimmed(Speaker("Ada Lind", "a2", 0, 8)) == Speaker("Ada Lind", "a2", 0, 8)
