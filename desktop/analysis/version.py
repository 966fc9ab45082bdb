"""The analyser's version, stored with every analysis the library keeps.

Bump ANALYSER_VERSION whenever a change to extraction (actors, quotes, speakers, facts, or
the fields of `Analysis`) would give a different result for an article already in a user's
library: at the next start the library re-analyses, in the background and at low priority,
every article whose stored analysis has an older version. Nothing else needs to change.
"""
# The history of each version is in `git log -p desktop/analysis/version.py`; keep each bump's
# comment to one line saying what changed.
ANALYSER_VERSION = 139  # 139: review fixes — accounts noun heads its phrase, honours not figures, tallies not ages, owned words, a body acted on before "it", the nearer group, a town by its mayor
