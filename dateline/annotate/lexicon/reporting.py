"""Reporting verbs: the one list of verbs that attribute what follows to a source.

"Officials said", "police reported", "the ministry claimed". Components that need a wider or
narrower set derive it here, from REPORTING_VERBS, so the lists cannot drift apart.
"""

from __future__ import annotations

REPORTING_VERBS = frozenset("""
say tell report state announce claim allege insist confirm assert add acknowledge write tweet
declare note suggest believe estimate indicate show respond reply argue contend maintain according
warn quote cite post told explain stress inform notify admit reveal disclose testify email
""".split())
# a toll is also "put at", "recorded", "tallied", "forecast": verbs a figure is given with; and
# a feared or expected figure is its subject's ("officials fear the toll could rise to 200")
COUNTING_VERBS = REPORTING_VERBS | frozenset("""
count record tally put admit predict forecast project calculate publish document register reckon
disclose reveal brief fear expect think find
""".split())
# verbs that introduce a direct quotation: the reporting verbs that take speech, and more
SPEECH_VERBS = (REPORTING_VERBS | frozenset("""
ask implore urge plead shout exclaim recall call joke conclude answer quip scream cry
""".split())) - frozenset({"show", "indicate", "estimate", "believe", "suggest"})
# nouns for a reported claim: "rejected claims that troops had fired"
CLAIM_NOUNS = frozenset({"claim", "report", "allegation", "accusation", "suggestion", "rumour",
                         "rumor", "charge", "assertion"})
# documents that speak for their author ("said the statement", "the statement does not
# threaten"): syntax.document_author finds who wrote them
SPEAKING_DOCUMENTS = frozenset({"statement", "communique", "release", "post", "tweet", "letter",
                                "report", "readout", "message", "declaration", "note"})
# Nouns for news outlets: "the paper" that reported, a channel one spoke to.
MEDIA_NOUNS = frozenset({"paper", "newspaper", "daily", "broadcaster", "channel", "station",
                         "network", "magazine", "agency"})
