"""Propose meetings from sentences that report them ("met with", "held talks with", "held a video call
with", "held consultations", "held a workshop", "received", "launched", ...).

Each trigger gives a kind; the first in the sentence counts, and each later one that a coordinated
verb opens ("held talks with A and jointly signed ..."); a visit referred back to ("During his visit
to X, A held talks with B") is no trigger, and a sentence that only adds people to the
meeting just described ("X also attended", "... attended the meeting" (never a visit), "X and Y
co-chaired the talks", "it was presented at a ceremony attended by ...") adds them to it instead of
making a new one; what "the two sides" then do ("signed an agreement") is a meeting of the same
parties within it, and a joint statement is spoken by its people. A speech at a named gathering ("the keynote speech at the Regional Forum on
Border Management, hosted by X") also gives the gathering, with the speaker and its hosts, as its parent. The participants are the people named before the trigger (or, for "He" or a bare
title, the last person named before the sentence) and after it: "A held talks with B, C and D"
gives three bilateral meetings, one for each counterpart, and so do several counterpart organizations
of talks or visits; other kinds take everyone named. Where no person is named, the organizations the
sentence names take part. The date is the sentence's own
date phrase, else that of the trip the meeting happened within (or of the gathering a sentence opening
"During the conference, ..." refers to); the place is the city the sentence
names (after the trigger first), else the dateline's city, else the country it names.

A relative clause with a trigger of its own ("A, who attended the Forum on 14 May, met B on Tuesday") gives a
meeting, and the main verb after it another, each with its clause's date and place; one saying that a person is
on a visit (", who is in China for a working visit") gives that visit. "He" or "she" stands for the last person
whose honorific fits; a planned trip ("will travel to X") or a handover ("presented the contribution to B") is
only of a person named as its subject (or of "she" for the last one named opening a sentence), never a speaker's.

``propose`` reads the sentences in order with ``triggers`` (the phrases that report a meeting), ``participants``
(who takes part), ``counterparts`` (one meeting with each), ``gatherings``, ``trips``, ``additions`` (sentences that
only add people), ``sides`` (what "the two sides" do), ``when`` and ``where``; ``meeting`` is the record of one and
what it happened within, ``clauses`` the parts of a sentence.
"""
