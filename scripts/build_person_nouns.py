"""Write desktop/analysis/person_nouns.py: the English nouns whose most frequent sense is a
person, from WordNet 3.0's noun.person lexicographer file.

    python3 scripts/build_person_nouns.py [WORDNET_DICT_DIR]   # default /usr/share/wordnet

WordNet's data files are in Debian's `wordnet-base` package (`apt-get install wordnet-base`);
the project ships the generated list, so nothing reads WordNet at run time. A word is kept when
its first (most frequent) noun sense is in noun.person, is no instance (a named person such as
"Einstein"), is written in lower case (one word, hyphens allowed), and that sense does not fall
under kinship, friendship, sex, age or an insult (see LEFT_OUT): "sprinter", "trader",
"shareholder", "tycoon", "whistleblower" stay; "brother", "wife", "friend", "man", "teenager",
"idiot" go — news names people by those words, but a fact-checker copies no role from them.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

PERSON = 18  # lex_filenum of noun.person
# Hypernyms whose words are no roles: kin and partners, friends and lovers, sex and age,
# misfortune and illness, and words of abuse.
LEFT_OUT = {"relative", "domestic_partner", "friend", "lover", "male", "female", "juvenile", "child", "unfortunate",
            "sick_person", "bad_person", "unpleasant_person", "disagreeable_person", "simpleton",
            "unwelcome_person", "weakling", "stupid", "odd_fellow", "attacker", "wrongdoer", "mortal",
            "traveler", "acquirer", "recipient", "juvenile_person", "coward",
            "innocent", "miser", "spoiler", "bore", "beloved", "lightweight", "nonworker",
            "spiritual_being", "imaginary_being", "mythical_being", "monster", "giant", "deity"}
# Generic words for anyone.
GENERIC = {"person", "individual", "someone", "somebody", "people", "human", "guy", "fellow", "folk", "self",
           "dear", "darling", "baby", "kid", "adult", "man", "woman", "boy", "girl", "lady", "gentleman"}
# Words whose first sense is a person but that news mostly uses otherwise (an adjective, a thing).
OTHERWISE = {"equal", "great", "have", "nobody", "dry", "modern", "immune", "heavy", "extra", "fodder", "soul",
             "spirit", "whale", "tiger", "dragon", "clone", "canary", "fossil", "shrimp", "screw", "tackle",
             "hack", "grind", "gull", "hulk", "lovely", "tough", "worthy", "ward", "taco", "wag", "native",
             "national", "international", "ethnic", "occult", "motile", "longer", "lefty", "blond", "blonde",
             "brunet", "gay", "queer", "mute", "dummy", "free", "general", "private", "public", "mystic",
             "savage", "pagan", "sage", "saint", "angel", "slave", "serf", "peer", "regular", "original",
             "common", "host", "model", "star", "head", "pilot", "guard", "cover", "match", "second", "junior",
             "senior", "minor", "major", "elder", "liberal", "conservative", "radical", "moderate", "believer",
             "admirer", "follower", "devotee", "enthusiast"}
# Words of abuse WordNet's glosses do not mark.
ABUSE = set("""coon wanker tosser jerk jerk-off fuckup shitter ass-kisser nutter niggard stoolpigeon whoremaster
whoremonger pussycat pigmy pygmy midget dwarf dotard bumpkin stumblebum dork dweeb fatso fatty freak gypsy gipsy
kook loser oaf pleb plebe prole sot souse squaw wacko whacko wino yahoo yokel zany bigot chump dupe patsy schmo
shmo toady nerd geek alky drunk lush rummy pinko commie scab hick rube runt lout swot goon fink snitch sucker
weasel wimp hippy hippie junky junkie addict""".split())
# Glosses of words of abuse, slang and descent (peoples are read from their own table).
_UNFIT_GLOSS = re.compile(r"offensive|disparag|derogator|contempt|despised|slang|informal|insult|vulgar|obscene|"
                          r"sexual|descent|native or inhabitant|ethnic|racial|\\bstupid|\\bfool", re.I)
ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "desktop" / "analysis" / "person_nouns.py"


def read(wordnet: Path):
    synsets = {}
    for line in (wordnet / "data.noun").open(encoding="latin-1"):
        if line.startswith("  "):
            continue
        head, _, gloss = line.partition(" | ")
        parts = head.split()
        count = int(parts[3], 16)
        rest = parts[4 + 2 * count:]
        pointers = [(rest[1 + 4 * i], rest[2 + 4 * i]) for i in range(int(rest[0]))]
        # an instance ("@i": a named person) or a word marked by a usage domain (";u": slang,
        # disparagement, ethnic slur, colloquialism) is left out as a whole
        synsets[parts[0]] = (int(parts[1]), [parts[4 + 2 * i] for i in range(count)],
                             [o for p, o in pointers if p in ("@", "@i")],
                             any(p in ("@i", ";u") for p, _ in pointers) or bool(_UNFIT_GLOSS.search(gloss)))
    first = {}
    for line in (wordnet / "index.noun").open(encoding="latin-1"):
        if line.startswith("  "):
            continue
        p = line.split()
        first[p[0]] = p[4 + int(p[3]) + 2]
    return synsets, first


def hypernym_words(synsets, offset: str) -> set[str]:
    seen, stack, words = set(), [offset], set()
    while stack:
        for h in synsets[stack.pop()][2]:
            if h not in seen:
                seen.add(h)
                stack.append(h)
                words.add(synsets[h][1][0].lower())
    return words


def person_nouns(wordnet: Path) -> list[str]:
    synsets, first = read(wordnet)
    out = []
    for word, offset in first.items():
        lexfile, lemmas, _, instance = synsets[offset]
        if lexfile != PERSON or instance or word in GENERIC | OTHERWISE | ABUSE or not re.fullmatch(r"[a-z]{3,}(?:-[a-z]+)*", word):
            continue
        if word not in lemmas and not any(lemma.split("(")[0] == word for lemma in lemmas):
            continue  # only capitalised in WordNet ("Democrat", "Briton"): a name-like word
        if hypernym_words(synsets, offset) & LEFT_OUT or lemmas[0].lower() in LEFT_OUT | GENERIC:
            continue
        out.append(word)
    return sorted(out)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1] if len(argv) > 1 else "/usr/share/wordnet")
    words = person_nouns(wordnet)
    lines, line = [], ""
    for w in words:
        if len(line) + len(w) + 1 > 110:
            lines.append(line)
            line = ""
        line = f"{line} {w}" if line else w
    lines.append(line)
    body = "\n".join(lines)
    TARGET.write_text(f'''"""Nouns for people by what they do or are ("sprinter", "shareholder", "whistleblower"): the
{len(words)} lower-case English nouns whose most frequent sense is a person in WordNet 3.0 (the
noun.person lexicographer file), without named people, kin, friends, sex and age words and words
of abuse. Generated by scripts/build_person_nouns.py; do not edit by hand.

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use,
copy, modify and distribute this database for any purpose and without fee or royalty is granted
under the WordNet 3.0 license, provided the copyright notice and the disclaimer appear on all
copies: THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY
PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton
University or Princeton may not be used in advertising or publicity pertaining to distribution of
the software and/or database. Title to copyright in this software, database and any associated
documentation shall at all times remain with Princeton University and LICENSEE agrees to
preserve same.
"""
PERSON_NOUNS = frozenset("""
{body}
""".split())
''', encoding="utf-8")
    print(f"{len(words)} words -> {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
