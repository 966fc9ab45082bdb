"""The analyser's version, stored with every analysis the library keeps.

Bump ANALYSER_VERSION whenever a change to extraction (actors, quotes, speakers, facts, or
the fields of `Analysis`) would give a different result for an article already in a user's
library: at the next start the library re-analyses, in the background and at low priority,
every article whose stored analysis has an older version. Nothing else needs to change.
"""
ANALYSER_VERSION = 8  # 8: "ruled" is a cue; "The family's statement" is not the last issuer's; 7: legislators' and clergy titles, spelling variants and two-part surnames join one actor; 6: the sentence before an uncued quote speaks through its own cue, not "without asking"; "after she blamed …" speaks for itself; a round-up byline signs its paragraph; short characterisations ("as a “…”", "called it “…”", "X's claim that “…”"), nested and wrong-way marks, markup, stage directions and titles of works; 5: peoples only when they act, short forms of terms and treaties, constitutions and conventions are no actors; 4: no reported statement for what nobody claimed ("Not everyone agreed …"), "Some of the marchers" as the speaker; 3: speaker offsets and how (extract/2), issue-18 speaker rules; 2: roles by verb with time, ranks, money scale words, dates in words
