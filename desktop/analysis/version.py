"""The analyser's version, stored with every analysis the library keeps.

Bump ANALYSER_VERSION whenever a change to extraction (actors, quotes, speakers, facts, or
the fields of `Analysis`) would give a different result for an article already in a user's
library: at the next start the library re-analyses, in the background and at low priority,
every article whose stored analysis has an older version. Nothing else needs to change.
"""
# The history of each version is in `git log -p desktop/analysis/version.py`; keep each bump's
# comment to one line saying what changed.
ANALYSER_VERSION = 76  # 76: a count is no month's year ("its 2000 stores … in March"), "March of last year", sums in złoty (PLN)
