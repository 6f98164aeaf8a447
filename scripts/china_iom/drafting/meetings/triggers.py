"""The triggers: the phrases that report a meeting, each with its kind."""

from __future__ import annotations

import re

from china_iom.drafting.detect_dates import FUTURE
from china_iom.drafting.meetings.clauses import BASE_FORM, COORDINATED, NAMED_SUBJECT, after_clause

EVENT = (
    r"(?:workshop|seminar|symposium|forum|conference|session|ceremony|reception|meeting|dialogue|talks|event"
    r"|roundtable|round table|course|plenary)"
)

# The gatherings and their parts that a speech is given in: "spoke on a panel", "Speaking in the general debate"
_PART = (
    r"(?i:debate|panel|session|plenary|segment|dialogue|forum|conference|summit|symposium|seminar|workshop"
    r"|(?:opening|closing) ceremony)"
)

# whom an address is given to: a gathering or its part ("the opening ceremony of", "a special session of the Council"),
# its audience ("students at Fudan University"), or a gathering named ("the 114th Session of the IOM Council"); the
# words before it describe it ("the general debate"), never carry it ("refugee issues at the forum")
_AUDIENCE = (
    r"(?:(?:(?:the|a|an) )?(?:(?!(?:of|at|in|on|for|to|with|by|and)\b)[\w'’-]+ ){0,4}?"
    rf"(?:{_PART}|(?i:council|assembly|congress|reception|ceremony|launch|meeting|gathering|event|course|training"
    r"|celebration|round ?table|participants|delegates|students|audience|attendees|guests|graduates|trainees|diplomats"
    r"|officials|officers|scholars|experts))\b"
    r"|(?:the|a|an) (?:\d+\w* )?[A-Z])"
)

# a statement given to a gathering or its part ("in the general debate", "at the 115th Session"), never to the press
_STATEMENT = rf"statement(?= (?:in|at|to|before|during) {_AUDIENCE})"

# "told a forum on international talent mobility": a topic that names what a gathering is about, nobody's words
GATHERING_SUBJECT = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat) (?:[\w-]+ ){{0,3}}?(?i:{EVENT}|summit|webinar)s? (?:on|about|themed on)"
    r"(?: the)? $"
)

# what is handed over at a handover: money, or relief goods by their kind ("500 tents and 2,000 blankets", "two
# vehicles"), never people ("handed over the suspects to") or a post ("handed over the chairmanship to")
GIFT = (
    r"(?:contribution|donation|cheque|check|grant|assistance|supplies|aid|materials|goods|equipment|items|funds"
    r"|tents|blankets|kits|vehicles|cars|ambulances|masks|medicines|vaccines|food|rice|computers|relief)"
)

# what accredits an envoy: "letter of credence", "letters of credentials", "credentials", "letter of appointment"
_CREDENTIALS = r"(?:letters?\s+of\s+(?:credence|credentials|accreditation|appointment)|credentials)"

# "the sixth", "the 6th": a later meeting of a series
NTH = r"(?:\d+(?:nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"

# "a four-day official", "her first": what may describe a trip, never a phrase of its own ("a career in the mission")
_EPITHETS = r"(?:(?!(?:in|of|the|at|with|for)\b)[\w-]+ ){0,3}?"

# "relief materials donated by the Chinese government to B": the donor between the gift and its recipient
_DONOR = (
    r"(?:\s+(?:donated|provided|funded|offered)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:government|people|side"
    r"|[A-Z][\w-]*))?"
)

# "tents for survivors of the May 12 earthquake", "materials ... for displaced people from Myanmar's Rakhine State": whom
# the goods are for, between them and their recipient
_BENEFICIARIES = r"(?P<beneficiaries>\s+for(?:\s+[\w'’-]+){1,8}?(?=\s+to\b))?"

# "at a meeting in Beijing on 15 May between A and B": a meeting of its own, never an addition to the one above;
# "during talks in Nanning between A and B" (never "the talks between them", referred back, nor "between the two sides")
BETWEEN = re.compile(
    r"\b(?:at|during|in) a meeting\b(?: [\w,-]+){0,8}? between\b"
    r"|\b(?:[Aa]t|[Dd]uring|[Ii]n|[Tt]hrough|[Aa]fter|out of) (?:(?!the\b|these\b|those\b)[\w-]+ )?(?:talks|discussions|consultations)\b"
    r"(?: (?:in|at|on) [\w,-]+(?: [A-Z][\w-]*)*)? between(?= [A-Z])"
    # "The contribution follows talks between A and B in Geneva on 4 March", "came after a meeting between A and B":
    # talks told as what an event followed (``propose`` drops them if told before)
    r"|\b(?:follow(?:s|ed|ing)?|[Ff]ollowing|c(?:a|o)mes? after|builds? on|built on|preceded)(?P<followed>)"
    r" (?:(?:a|an|the) )?(?:(?!these\b|those\b|their\b)[\w-]+ )?(?:talks|discussions|consultations|meeting)"
    r"(?: (?:in|at|on) [\w,-]+(?: [A-Z][\w-]*)*)? between(?= [A-Z])"
    # "Talks were held on Friday in Paris between A and B"
    r"|\b[Tt]alks (?:were|was) held\b(?: (?!between\b)[\w,-]+){0,6}? between(?= [A-Z])"
    # "Talks between A and B were held in Beijing on Monday", "A meeting between A and B took place": in the passive
    r"|(?<![Tt]he )(?<![Tt]hese )(?<![Tt]heir )\b(?:[Tt]alks|[Aa] (?:[\w-]+ )?meeting) between(?= (?:[A-Z]|the [A-Z])[^.;]{0,200}?"
    r" (?:(?:was|were) held|took place)\b)"
)


# "following a meeting with A", "While meeting A, B said", "after meeting with A", "In a meeting with A in Beijing on
# Friday, B said", "During talks with A", "At a meeting with A", "During a courtesy call on A", "In a phone call with
# A", "Meeting with A on Monday, B said": talks told in passing, where the sentence reports no meeting of its own
# (``propose`` keeps them only with both sides named and not told before)
IN_PASSING = re.compile(
    r"\b(?:(?P<past>[Ff]ollowing|[Aa]fter)|[Ww]hile|[Ww]hen|[Uu]pon|[Ii]n|[Dd]uring|[Aa]t) (?:(?:a|an|his|her|their|its)"
    r" (?:[\w-]+ )?(?:meetings?|talks) with|(?:a|an|his|her) (?:courtesy|farewell|introductory) (?:call|visit) on"
    r"|(?:a|an|his|her|their) (?:video |phone |telephone )(?:call|conversation) with"
    r"|meeting(?: with)?(?= [A-Z])|talks with(?= [A-Z]))|\bMeeting with(?= [A-Z])"
)


# the kinds of site a delegation goes to or inspects
_SITE = (
    r"(?:centre|center|shelter|port|checkpoint|camp|office|headquarters|school|academy|station|facility|village|museum"
    r"|province|county|city|prefecture|(?:clearance |inspection )?(?:channels|lanes|halls?))"
)
# "The first International Migration Review Forum opened", "the inaugural Session": which of a series, in lower case
# "a two-day visit to deepen the partnership": an infinitive of purpose after "visit to", never what is visited
_PURPOSE = (
    r"attend|discuss|deepen|strengthen|explore|promote|enhance|review|boost|expand|advance|learn|study|observe|meet"
    r"|sign|launch|mark|celebrate|participate|take part|assess|exchange|consolidate|seek|build|further|support|hold"
    r"|witness|understand|improve|share|express|convey|inspect|brief|consult|renew|reaffirm|follow up|raise|highlight"
)
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural|annual)"

# what makes a meeting one still to come, right before its verb: "will", "would", "shall", "is to", "plan to",
# "agreed to", "is expected to" ... (with "also", "jointly" or "together"), each a lookbehind of its own, so that the
# match opens at the verb, as other triggers' do
_HEADS = (
    "will",
    "would",
    "shall",
    "is to",
    "are to",
    *(f"{verb} to" for verb in ("plan", "plans", "planned", "agreed", "decided", "intend", "intends")),
    *(
        f"{be} {also}{state} to"
        for be in ("is", "are")
        for also in ("", "also ")
        for state in ("expected", "scheduled", "set", "due")
    ),
)
_PLANNED_HEAD = (
    "(?:"
    + "|".join(rf"(?<=\b{head} {adverb})" for head in _HEADS for adverb in ("", "also ", "jointly ", "together "))
    + ")"
)


def _named(nouns: str) -> re.Pattern[str]:
    """A gathering named by its title: "The 108th Session of the IOM Council opened in Geneva", "held the Second Forum
    on Migration Governance" (the match ends before the title, whose organizations take part)."""
    title = rf"(?:{_ORDINAL} )?(?:[A-Z0-9][\w'’-]* ){{0,4}}?(?:{nouns})\b"
    name = r"(?: (?:of|on|for) (?:the )?[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|on|for|and|the|in))*)?"
    return re.compile(
        rf"\b[Tt]he (?={title}{name}(?:,[^,;.]{{1,60}},)? (?:opened|was opened|kicked off|began|got under ?way|was held|took place|closed|concluded)\b)"
        rf"|\b(?:held|holds|hosted|hosts|convened|convenes) the (?={title})"
    )


_TRIGGERS = (
    (
        re.compile(
            r"\b(?:(?:held|had|holds|hold) (?:a |an )?(?:\w+ )?)?working (?:talks|exchanges|sessions?|meetings?) with\b"
            # "A and B held a working meeting at the Ministry": only of two people or more named before it
            r"|\b(?:held|had) (?:a |an )?working (?:talks|sessions?|meetings?)(?P<alone>)\b(?! with\b)(?![^.;]{0,60}\bwith\b)"
        ),
        "working_talks",
    ),
    (
        re.compile(
            r"\b(?:had|held|has|have|holds|hold|convened|convenes|convene) (?:a |an )?(?:[\w-]+ ){0,3}?meeting with\b"
        ),
        "bilateral_talks",
    ),
    (
        # "had in-depth talks with"; "held on Monday in his office at the Ministry, talks with": the time and place
        # in a clause of their own between the verb and its talks
        re.compile(
            r"\b(?:held|holds|hold|holding|had|has|have|having)(?: (?:on|in|at)\b[^.;:,\"“]{1,100},)? (?:(?!no\b)[\w-]+ )?talks"
            r"(?: (?!and\b|with\b)[\w-]+){0,7}? with\b"
        ),
        "bilateral_talks",
    ),
    # "The two sides plan to hold a review meeting in Islamabad early next year": a meeting to come of the sides just
    # reported (`sides.of_both_sides`)
    (
        re.compile(
            r"(?<=\b[Tt]he two sides )(?:also )?(?:plan|agreed|decided|intend|are|will)(?: to)? hold (?:a|an) "
            r"(?:[\w-]+ ){0,2}?(?:meeting|talks)\b(?! (?:with|of|between)\b)"
        ),
        "bilateral_talks",
    ),
    # "the two held talks": the parties of the meeting just described, or those named before it
    (re.compile(r"\b(?:held|had|hold|holds) (?:\w+ )?talks\b(?! with\b)(?=[.,;])"), "bilateral_talks"),
    # "A and B held talks in Beijing on Monday": a meeting only of two people or more named before it
    (
        re.compile(
            r"\b(?:held|had) (?:a |an )?(?:\w+ )?(?:talks|meeting)(?P<alone>)\b(?! (?:with|of)\b)(?![^.;]{0,60}\bwith\b)"
        ),
        "bilateral_talks",
    ),
    # "spoke by phone with A", "talked with A over the phone": talks at a distance, never "spoke with reporters"
    (
        re.compile(
            r"\b(?:spoke|speaks|talked|talks) (?:by (?:tele)?phone|over the (?:tele)?phone|by video(?: link)?|via video"
            r"(?: link)?) with\b|\b(?:spoke|talked) with(?= [A-Z][\w .-]{0,60}?(?:,[^,;]{1,60},)? (?:by|over|via) (?:the )?"
            r"(?:tele)?(?:phone|video))"
        ),
        "bilateral_talks",
    ),
    (
        re.compile(
            # "paid a farewell call on", "bidding farewell to H.E. A": a call of its own, on one the text names
            r"\b(?:paid|pays|pay|paying) (?:a |an )?(?:courtesy|farewell|introductory) (?:call|visit) (?:on|to)\b"
            r"|\b(?:bid|bids|bidding|bade) farewell to(?= (?:H\.\s?E\.\s)?[A-Z])"
            # "called on Vice Minister A": a call paid on someone named, never "called on China (Member States) to act"
            # ("will also call on A", never "the Inspector-General": whom the text leaves unnamed, no side is sure)
            r"|\b(?:called|calls|calling|(?:will|to)(?: also)? call) on(?= [A-Z])(?![^;]*?\bto (?!the\b|an?\b)[a-z]+\b)"
            # "On Tuesday, A called on officials of the Department of B to discuss C": a call on the body's officials
            # (only where the sentence dates it: "called on officials of X to discuss" may urge them)
            r"|\b(?:called|calls) on(?P<officials>)(?= (?:senior )?(?:officials|representatives) (?:of|from) (?:the )?[A-Z]"
            r"[^;.]*? to discuss\b)"
        ),
        "courtesy_meeting",
    ),
    (
        re.compile(
            # "held a telephone conversation on Dec 1 with A": its day or time between the call and its party
            r"\b(?:held|holds|hold|holding|had|has|having) (?:a |an )?(?:video |phone |telephone )?(?:call|conversation)"
            # "made the remarks in a telephone conversation with A": the call, by its means (never "in a conversation
            # with reporters")
            r"(?: (?:on|in|at) [^.;:,\"“]{1,40}?)? with\b|\b(?:in|during) (?:a|an|their|his|her) (?:video |phone |telephone )(?:call|conversation) with\b"
        ),
        "bilateral_talks",
    ),
    # "had candid, professional and pragmatic exchanges with A via video link", "held in-depth discussions with A", "had
    # an exchange of views with A": talks told once (never "has had close exchanges with A" over the years)
    (
        re.compile(
            r"(?<!has )(?<!have )\b(?:had|held)\s+(?:an?\s+)?(?:(?!(?:frequent|regular|close|many|numerous|several|no)\b)"
            r"[\w-]+,?\s+(?:and\s+)?){0,4}?(?:exchanges|discussions|exchange\s+of\s+views)\s+with\b"
        ),
        "bilateral_talks",
    ),
    (
        re.compile(
            r"\b(?:held|holds|hold|holding) (?:\w+ )?consultations\b"
            # "agreed to hold their annual consultations in Beijing in October"
            r"|\b(?:held|holds|hold|holding) (?:their|its) (?:[\w-]+ ){1,2}?consultations\b"
            r"|\b(?:hold|holding) (?:a |an |the |their |its )(?:[\w-]+ ){0,2}?consultation\b"
            # "held the second collective consultation with the African diplomatic corps"
            r"|\b(?:held|holds) (?:a |an |the |their |its )(?:[\w-]+ ){0,2}?consultation with\b"
            # "A and B held their first high-level dialogue on labour migration" (never "the dialogue" referred back)
            r"|\b(?:held|holds|hold|holding) (?:a|an|their|its) (?:[\w-]+ ){0,3}?dialogue\b"
        ),
        "dialogue",
    ),
    (
        # "held the fifteenth round of the Sino-Russian consular consultations"
        re.compile(
            r"\b(?:held|holds|hold|holding) (?:a |an |the )?(?:[\w-]+ )?round of (?:the |their |its )?(?:[\w'’-]+ ){0,3}?"
            r"(?:talks|consultations|dialogue)\b"
        ),
        "bilateral_talks",
    ),
    (BETWEEN, "bilateral_talks"),
    (IN_PASSING, "bilateral_talks"),
    (
        re.compile(
            r"\b(?:held|holds|hold|(?:co-)?host(?:ed|s|ing)?|(?:co-)?organi[sz](?:ed|es|e|ing)) (?:the (?:opening|closing)"
            r"(?: ceremony)? of )?(?:a |an |the )?(?:[\w-]+ ){0,2}?(?:workshop|seminar|symposium|round ?table|roundtable"
            rf"|training course|(?:{NTH}|next|another) course|(?:information|briefing|training|awareness) session)\b"
        ),
        "symposium",
    ),
    # "A three-day workshop on X for officials from A, B and C opened here Wednesday, co-organized by A and B"
    (
        re.compile(
            r"\b(?:[Aa]|[Aa]n) (?:[\w-]+ ){0,3}?(?:workshop|seminar|symposium|training course|forum|conference)\b"
            r"(?:,? [\w()'’-]+){0,20}?,? (?:opened|was opened|kicked off|was held|took place|started|began|commenced)\b"
        ),
        "symposium",
    ),
    # "will hold a launch event for the project in Dhaka", "hosted a launching ceremony": the launch, of its holders
    (
        re.compile(
            r"\b(?:held|holds|hold|hosted|hosts|host|hosting|organi[sz]ed|organi[sz]e) (?:a |an |the |their |its )"
            r"(?:[\w-]+ ){0,2}?launch(?:ing)? (?:event|ceremony)\b"
        ),
        "launch",
    ),
    # ("held a regular press conference": a spokesperson's answers to reporters, no one met)
    (
        re.compile(
            r"\b(?:held|holds|hold|hosted|hosts|hosting) (?:a |an |their |its )(?:[\w-]+ ){0,3}?"
            r"(?<!press )(?<!news )(?:reception|ceremony|forum|conference)\b"
        ),
        "conference",
    ),
    # "China and IOM held their first high-level dialogue on labor migration": a dialogue of the two
    (re.compile(r"\b(?:held|holds|hold|holding) (?:a |an |their |its )(?:[\w-]+ ){0,3}?dialogue\b"), "dialogue"),
    *(
        (_named(nouns), kind)
        for nouns, kind in (
            ("Session|Conference|Dialogue|Summit|Congress|Council|Assembly", "conference"),
            ("Forum|Round ?[Tt]able", "forum"),
            ("Symposium|Seminar|Workshop", "symposium"),
        )
    ),
    (
        re.compile(
            # "The 9th round of Pakistan-China Consular Consultations was held": the name capitalised
            r"\b(?i:consultations|dialogue)\b(?: [\w()-]+){0,10}? (?:will|is to|are to|is scheduled to) be held\b"
            r"|\b(?i:consultations|dialogue)\b(?: [\w()-]+){0,10}? (?:was|were) held\b"
        ),
        "dialogue",
    ),
    # "agreed to hold the first meeting of the liaison mechanism", "the fifth meeting of the China-Laos border control
    # cooperation mechanism was held at X": a meeting of a standing body of the two sides
    (
        re.compile(
            r"\b(?:hold|holds|held|holding|convene|convened)(?= (?:the|a|an|its|their) (?:[\w-]+ ){0,2}?(?:meeting"
            r"|session|round) of (?:the |a |an |its |their )?(?:[\w-]+ ){0,3}?(?:mechanism|commission|committee"
            r"|working group)\b)"
            r"|\b(?:meeting|session|round) of (?:the |a |an |its |their )?(?:[\w-]+ ){0,5}?(?:mechanism|commission"
            r"|committee|working group)\b(?: [\w()'’-]+){0,8}? (?:was|were) held\b"
        ),
        "dialogue",
    ),
    # "agreed to hold the next round of the dialogue (the next meeting, the sixth meeting, the next ministerial meeting)
    # in Geneva", "the next edition would be held in 2025": the gathering last reported, again (`sides.of_both_sides`)
    (
        re.compile(
            rf"\b(?:hold|holding|host(?:ing)?(?= (?:the|a) (?:next|{NTH}) (?:round|edition|session|meeting)\b))"
            rf"(?= (?:the|a) (?:next|{NTH}) (?:[a-z]+ )?(?:round|edition|session|meeting)\b"
            r"(?! of (?:the )?(?:talks|consultations)\b))|\b[Tt]he next (?:edition|session|round(?! of\b))\b(?: [\w()-]+){0,6}? (?:would|will|is to|is expected"
            r" to|is scheduled to) be held\b"
        ),
        "dialogue",
    ),
    # "The next forum will be hosted by X in 2025", "A and B will co-host the next symposium in Vientiane in 2024": the
    # gathering to come, of its hosts
    *(
        (
            re.compile(
                rf"\b[Tt]he next (?:{nouns})\b(?: [\w()-]+){{0,6}}? (?:would|will|is to|is expected to|is scheduled to)"
                r" be (?:held|hosted|convened)\b"
                r"|\b(?:will|would|(?:is|are) to|plans? to|agreed to|(?:is|are) (?:expected|scheduled|set|due) to)(?: also)?"
                rf" (?:co-)?(?:host|hold|organi[sz]e) the next (?:{nouns})\b"
            ),
            kind,
        )
        for nouns, kind in (
            ("forum", "forum"),
            ("conference|summit", "conference"),
            ("seminar|workshop|symposium", "symposium"),
        )
    ),
    # "The NIA and IOM will hold a similar course in Nairobi", "The General Assembly will convene the second Forum in
    # 2026", "The two sides agreed to hold a first round of technical consultations": a gathering to come, of the
    # holders its subject names (never a press conference, nor a course of action)
    *(
        (
            re.compile(
                rf"{_PLANNED_HEAD}(?:co-)?(?:hold|host|convene|organi[sz]e)"
                rf" (?:(?:a|an|the|their|its) )?(?:(?!press\b|news\b)[\w-]+ ){{0,3}}?(?i:{nouns})\b"
            ),
            kind,
        )
        for nouns, kind in (
            ("forum", "forum"),
            ("conference|summit|session", "conference"),
            ("seminar|workshop|symposium|course(?! of action)", "symposium"),
            ("dialogue|consultations|round", "dialogue"),
        )
    ),
    # "it will co-host the next ministerial meeting with B in Vientiane in 2026": the meeting to come, of its co-hosts
    (
        re.compile(
            r"\b(?:will|would|(?:is|are) to|plans? to|agreed to|(?:is|are) (?:expected|scheduled|set|due) to)(?: also)?"
            r" co-host the next (?:[a-z]+ )?meeting\b"
        ),
        "conference",
    ),
    # "The compact will be formally endorsed by the UN General Assembly in New York later this month": a session of the
    # body to come, where or when the sentence says ("the plan will be approved by the Council" says neither)
    (
        re.compile(
            r"\b(?:will|is to|are to|(?:is|are) (?:expected|scheduled|due|set) to) be (?:formally |officially )?"
            r"(?:endorsed|adopted|approved|considered|reviewed|discussed)\b(?= by (?:the )?(?:[A-Z][\w'’-]* ){0,5}?"
            r"(?:Assembly|Council|Summit|Congress|Conference)\b[^.;]{0,30}? (?:in [A-Z]|on [A-Z]|next |later |this "
            r"|in (?:19|20)\d\d\b))"
        ),
        "conference",
    ),
    (
        re.compile(
            # "The handover ceremony for China's assistance to B(, implemented by C,) was held in X on 11 July": one held,
            # or to come
            r"\b(?:handover|hand-over|handing-over|donation) ceremony\b(?: [\w'’()-]+){0,14}? (?:will|is to|is scheduled to"
            r"|is expected to) be held\b|\b[Tt]he (?:[\w-]+ )?(?:handover|hand-over|handing-over|donation) ceremony\b"
            r"(?:,? [\w'’()-]+){0,20}?,? (?:was held|took place)\b"
            # "followed the handover last week of 50,000 masks donated by A to B": a handover told by its noun, of the
            # bodies that gave and received
            r"|\b[Tt]he (?:handover|hand-over|handing-over)(?: (?:last|this) week| yesterday| on [A-Z]\w+(?: \d{1,2})?)?"
            r" of\b(?=[^.;]{0,80}?\b(?:donated|provided|given) by\b)"
            # "received the keys to their new houses on Monday, at a handover ceremony in X": the handover, where
            r"|\b(?:at|during) a (?:[\w-]+ )?(?:handover|hand-over|handing-over|donation) ceremony\b"
        ),
        "signing",
    ),
    (
        re.compile(r"\b(?:talks|meeting)\b(?: [\w-]+){0,6}? (?:will|is to|are to|is scheduled to) be held\b"),
        "bilateral_talks",
    ),
    # "the first pre-departure training session for workers ... will be held in Zhengzhou in November"
    (
        re.compile(
            r"\b(?:workshop|seminar|symposium|training(?: session| course)?|course)s?\b(?:,? [\w()'’-]+){0,10}?"
            r" (?:will|is to|are to|is scheduled to|is expected to) be held\b"
        ),
        "symposium",
    ),
    (
        re.compile(
            r"\b(?:met|meets|meet)(?: \w+){0,3}? with\b|\bmet\b(?= [A-Z]| (?:a|an|the) (?:[\w-]+ ){0,2}?delegation\b)"
            r"|\bmet (?:at|in) (?:the )?(?:(?:[A-Z][\w'’-]*|of|and|for|the) ){1,8}with\b"  # "met at the Ministry of X with"
            r"|\bwill meet\b|\b(?:conferred|confers) with(?= (?:H\.\s?E\.\s)?[A-Z])"
            # "met officials of the ministry", "is scheduled to meet officials of the ministry", "also met farm workers
            # there, as well as officials of the municipal government"
            r"|\b(?:met|meet|meets) (?:(?:[\w-]+ ){0,3}?[\w-]+,? (?:as well as|and) )?(?:[\w-]+ )?"
            r"(?:officials|officers|representatives|leaders) (?:of|from)\b"
        ),
        "bilateral_talks",
    ),
    (
        re.compile(
            r"\b(?:continu\w+|began|begins|held|holds) (?:his|her|their) (?:meetings?|talks) (?:[\w-]+ ){0,4}?"
            r"with\b"
        ),
        "bilateral_talks",
    ),
    # "presented her letter of credence to A", "accepted the credentials of the new Chief of Mission": a call that
    # accredits the envoy, of the two sides named
    (
        re.compile(
            r"\b(?:presented|presents|presenting|present|submitted|submits|handed|hands)\s+(?:(?:a|the)\s+cop(?:y|ies)\s+of\s+)?"
            rf"(?:(?:his|her|their|its|the)\s+)?{_CREDENTIALS}\s+to\b"
            r"|\b(?:received|receives|receiving|accepted|accepts|accepting)\s+(?:the\s+)?(?:(?:a\s+)?cop(?:y|ies)\s+of\s+(?:the\s+)?)?"
            rf"{_CREDENTIALS}\s+(?:of|from)\b"
        ),
        "courtesy_meeting",
    ),
    (
        re.compile(
            # "received here Tuesday", "received at his office on 5 May": a time or place before the visitor, never a
            # quantity ("had received at least one dose by the end of May", "received in total 300 applications")
            r"\b(?:received|receives|receiving)\b(?=(?: (?:on|at|in|here) (?!(?:least|most|total|all|average)\b)"
            r"[\w'’ ]{0,40}?,?| [A-Z][a-z]+day,?)? (?:a |an |the )?(?:visiting )?(?:[A-Z]|delegation))"
            # "After receiving the Chinese donation": a gift received, nobody's visit
            rf"(?!(?: (?:a|an|the))?(?: (?!and\b|with\b)[\w'’-]+){{0,3}}? {GIFT}s?\b)"
            r"|\b(?:received|receives|receiving) (?:a |an )(?:courtesy )?(?:visit|call) (?:by|from)\b"
            r"|\b(?:was|were) received by\b"
            # "A was met by Vice Minister B": only of a person the sentence names before it (never "The plan was met by")
            r"|\b(?:was|were) met by(?P<person>)(?= (?:H\.\s?E\.\s)?[A-Z])"
            # "hosted a delegation from the NIA", "welcomed a Chinese delegation led by A": a reception of its own
            # (never "welcomed the delegation and noted": the one just received, again)
            r"|\b(?:hosted|hosts|welcomed|welcomes)(?= (?:a|an) (?:visiting )?(?:[\w-]+ ){0,3}?delegation\b"
            r"| the (?:visiting )?(?:[\w-]+ ){0,3}?delegation (?:led|headed|from|of)\b)"
        ),
        "courtesy_meeting",
    ),
    (
        re.compile(
            # "signed by video link an agreement": the means, never the signatory ("the letter signed by A")
            r"\b(?:signed|signs|(?<!the )(?<!this )signing)\b(?! (?:by(?! video| videolink| video-link)|into))"
            r"|\bwas signed by\b"
            r"|\b(?:will|(?:agreed|expected|scheduled|set|due|plans?) to) sign\b(?! off| up)"
        ),
        "signing",
    ),
    (re.compile(r"\b(?:meeting|met|convened) in (?:a |an |its )?(?:[\w-]+ ){0,2}?session\b"), "conference"),
    (
        re.compile(
            r"\b(?:marked|marks|marking|celebrated|commemorated)(?P<occasion>) (?:the|its|their) (?:[\w-]+ )?anniversary\b"
        ),
        "conference",
    ),
    # "addressed the opening ceremony", "Addressing the 114th Session", "Opening the course, A said", "Chairing the
    # forum, A said": an audience or a gathering, never an issue tackled ("a greater role in addressing refugee issues",
    # "addressing the root causes of displacement"); "Opening the meeting on Wednesday, A said": a speech only in a
    # gathering (``propose`` drops it after talks)
    (
        re.compile(
            rf"\b(?:addressed|addresses|[Aa]ddressing)\b(?= {_AUDIENCE})"
            rf"|\b(?:Opening|Closing|Chairing)(?= the {_AUDIENCE},)(?! the [^,]*\bmeeting,)"
            r"|\b(?:Opening|Closing|Chairing)(?P<gathering>)(?= the (?:[\w-]+ ){0,2}?meeting\b[^,;.]{0,60},)"
        ),
        "speech",
    ),
    # "will lead the Chinese delegation to the Forum", "will lead a delegation to Geneva to attend the 115th Session":
    # attending it; "led a delegation to Geneva": a visit there
    (
        re.compile(
            rf"\b(?:led|leads|lead|leading|headed|heads|head) (?:a|an|the|his|her) (?:[\w-]+ ){{0,3}}?delegation (?:to|at)"
            rf"(?: [A-Z][\w-]*(?: [A-Z][\w-]*)? to attend)? the (?:[\w-]+ ){{0,4}}?(?i:{EVENT}|summit|council|assembly)\b"
        ),
        "conference",
    ),
    (
        re.compile(
            r"\b(?:led|leads|lead|leading|headed|heads|head) (?:a|an|the|his|her) (?:[\w-]+ ){0,3}?delegation to\b"
            r"(?= [A-Z])"
        ),
        "visit",
    ),
    (re.compile(r"\b(?:launched|launches|jointly launch(?:ed)?|will launch)\b"), "launch"),
    (re.compile(rf"\b(?:opened|chaired|hosted|co-hosted) (?:the |a )?(?:[\w-]+ ){{0,3}}?{EVENT}\b"), "symposium"),
    # "A and B co-chaired the fifth China-France consular consultations": a meeting of the two, told first ("additions"
    # adds them to one told before)
    (
        re.compile(
            r"\bco-chaired (?:the |a |an |their )?(?:[\w'’-]+ ){0,6}?(?:consultations?|talks|dialogue|meeting|session)\b"
            # "will co-host the China-IOM High-level Dialogue with A": the dialogue to come, of the subject and A
            r"|\b(?:will|to)(?: also| jointly)? co-(?:chair|host) (?:the |a |an |their )?(?:[\w'’-]+ ){0,6}?"
            r"(?i:consultations?|talks|dialogue)\b"
        ),
        "dialogue",
    ),
    # "hosted a welcome banquet for A", "gave a luncheon in honour of A": a meal for a guest named
    (
        re.compile(
            r"\b(?:hosted|hosts|held|gave|gives) (?:a|an) (?:[\w-]+ ){0,2}?(?:luncheon|lunch|dinner|banquet|breakfast)\b"
            r"(?= (?:for|in honou?r of) (?:H\.\s?E\.\s)?[A-Z])"
        ),
        "courtesy_meeting",
    ),
    # "the broadcaster held a charity gala for migrant children": an event of its host
    (
        re.compile(
            r"\b(?:held|holds|hosted|hosts|organi[sz]ed|organi[sz]es|staged) (?:a|an|its|their) (?:[\w-]+ ){0,3}?"
            r"(?:charity|fundraising|fund-raising|benefit) (?:gala|concert|dinner|event|ball|auction|banquet|evening|show)\b"
        ),
        "conference",
    ),
    (
        re.compile(
            # "In his speech, A said": at the gathering or ceremony just reported (never "in his remarks to reporters")
            r"\b(?:[Ii]n (?:his|her)|During (?:his|her|the)) (?:(?:opening|closing|keynote|welcoming|concluding) )?"
            r"(?:remarks|speech|address)\b(?! (?:to|with) (?:the )?(?:reporters|journalists|press|media)\b)"
            # "In a keynote speech, A said", "In a video address, A said": the same, told before its speaker (never "In
            # a statement, A said", words to the press)
            r"|\b[Ii]n (?:a|an) (?:(?:opening|closing|keynote|welcoming|concluding|inaugural|video|recorded) )?"
            r"(?:remarks|speech|address)(?=,)"
        ),
        "speech",
    ),
    # "On the second day, X lectured on ...", "experts from X will lecture on ...", "officers of X gave lectures on ...": a
    # lecture at the gathering
    (
        re.compile(
            r"\b(?:lectured|lecturing|(?:will|to|would)\s+(?:also\s+)?lecture|(?:gave|give|will\s+give)\s+lectures)"
            r"\s+(?:on|about|to)\b"
        ),
        "speech",
    ),
    (
        re.compile(
            r"\b[Ss]peaking (?:(?:at|during)(?! (?:a|the) (?:press|news) )|via|by video)\b"
            # "Speaking to the participants, A said", "Speaking to the seminar": its audience (never "to reporters")
            r"|\b[Ss]peaking to (?:the )?(?:[\w-]+ )?(?:participants|delegates|attendees|trainees|graduates|audience"
            r"|forum|seminar|workshop|symposium|conference|session|gathering)\b"
            # "attended the Forum in Shenzhen, where he spoke on ...": a speech at the gathering the clause names
            r"|(?:(?<=, where he )|(?<=, where she ))spoke\b(?= (?:on|about|of)\b)"
            # "Opening the workshop, A said": A's opening speech in it
            # "Opening the 76th session of the Executive Committee on Monday, A told ...": its name and day before the comma
            rf"|\b(?:Opening|Closing) the (?:[\w-]+ ){{0,3}}?{_PART}\b(?=[^,;.]{{0,100}},)"
            r"|\bspoke (?:at|during) (?!(?:a|the) (?:[\w-]+ )?(?:press|news|media|meeting|talks)\b)"
            # "Speaking in the general debate", "spoke on a panel", "remarked in the IOM's Council first special
            # session": a part of a gathering (never "in an interview")
            rf"|\b(?:[Ss]peaking|spoke|speaks|(?:will|to) speak) (?:in|on) (?:a|an|the) (?!(?:sidelines|margins|fringes)\b)"
            rf"(?:[\w-]+ ){{0,3}}?{_PART}\b"
            rf"|\bremarked (?:in|at|during) (?:a|an|the) (?:[\w'’-]+ ){{0,4}}?{_PART}\b"
            r"|\btold (?:the|a|an) (?!(?:press|media|news)\b)(?:(?!that\b|press\b|news\b|media\b)[\w-]+ ){0,4}?(?:[Ss]ession|plenary|Council|Assembly|[Dd]ialogue"
            r"|[Ff]orum|[Cc]onference|[Ss]ummit|[Ss]ymposium|[Ss]eminar|[Ww]orkshop|[Rr]ound ?[Tt]able"
            # "told the launch ceremony", "told the signing ceremony": a speech at it
            r"|(?:(?:opening|closing|launch|launching|signing|handover|hand-over|handing-over|donation|award) )?ceremony)\b"
            # every form of the verb: "delivered", "Delivering a keynote speech", "will deliver a speech", "will attend
            # a seminar and deliver a speech"
            # "will deliver a statement in the general debate": a statement only to a gathering or its part
            r"|\b(?:[Dd]eliver(?:ed|ing|s)|(?:will|to) deliver|(?<=\band )deliver) (?:a |the |an )?(?:[\w-]+ )?"
            rf"(?:speech|address|remarks|lecture|presentation|speeches|keynote|{_STATEMENT})\b"
            r"|\b(?:gave|[Gg]iving|gives|made|[Mm]aking|makes|(?:will|to) (?:give|make)) (?:a |the |an )(?:[\w-]+ )?"
            rf"(?:speech|address|lecture|presentation|keynote|{_STATEMENT})\b"
            # "At the opening ceremony, A, title, said": A's speech there (never "..., A and B signed")
            r"|\b(?:At|During) the (?:opening|closing|inaugural) (?:ceremony|session|plenary)\b"
            r"(?=[^.;]{0,40},[^.;]{0,160}?\b(?:said|says|stressed|noted|urged|called|added)\b)"
            # "made the remarks in an address to the session", "in a speech at Peking University"
            r"|\b(?:[Ii]n|[Dd]uring) (?:an|a|his|her) (?:[\w-]+ )?(?:address|speech|lecture|presentation) (?:to|at|before)\b"
            # "will address the Dialogue": the base form only before a gathering (never "to address the root causes")
            rf"|\b(?:will|to|would) (?:also )?address (?=(?:the|a|an) ){_AUDIENCE}"
        ),
        "speech",
    ),
    # "said in an opening address", "said in his speech", "said at the opening ceremony", "said at the ceremony",
    # "presented China's experience in": a speech at the gathering or ceremony just reported (never "said in a
    # statement", "said at the meeting")
    (
        re.compile(
            r"\b(?:said|says|stated|noted|stressed|added|told \w+) (?:in (?:an|a|his|her|the) (?:[\w-]+ )?"
            r"(?:address|speech|remarks|lecture|presentation)|at the (?:opening|closing|launch)(?: ceremony| session)?"
            r"|at the (?:(?:handover|hand-over|handing-over|donation|signing|award) )?(?:ceremony|reception(?! of\b)))\b"
            r"|\bpresented (?:[\w-]+(?:'s|’s)|his|her|their|its) (?:experience|findings|research|study|work)\b"
        ),
        "speech",
    ),
    (re.compile(r"\battended the (?:[\w-]+ ){0,2}?(?:handover|hand-over|handing-over|donation) ceremony\b"), "signing"),
    # "Ambassador A presented the contribution to B", "handed USD 100,000 in cash assistance over to B": a handover,
    # only of a person the sentence names before it
    (
        re.compile(
            r"\b(?:presented|handed|hands|handing|presents)(?P<person>)(?:\s+over)?\s+(?:(?:the|a|an|his|her|its)\s+)?"
            rf"(?:[\w$,.-]+\s+){{0,4}}?{GIFT}(?:,?\s+and\s+(?:[\w$,.-]+\s+){{0,3}}?{GIFT})?"  # "500 tents and 2,000 blankets"
            rf"(?:\s+worth\s+(?:[\w$,.-]+\s+){{0,2}}?[\w$,.-]+)?{_DONOR}{_BENEFICIARIES}(?:\s+over)?\s+to\b"
        ),
        "signing",
    ),
    # "The IOM will hand over another 3,000 tents in Mianyang next week": a handover to come, its recipient named or not,
    # only of a person or body named as its subject
    (
        re.compile(
            r"\b(?:will|is to|are to|plans? to|(?:is|are) (?:scheduled|expected|due|set) to)(?: also)? hand(?P<person>)"
            rf"\s+over\s+(?:(?:the|a|an|another|more|further)\s+)?(?:[\w$,.-]+\s+){{0,4}}?{GIFT}\b"
        ),
        "signing",
    ),
    # "The contribution was handed over on Monday in Geneva by Ambassador A to B": a handover told in the passive, only
    # with its giver ("by") and its recipient ("to") named after it
    (
        re.compile(
            rf"\b{GIFT}\b(?:\s+(?:of|worth)\s+[\w$,.-]+(?:\s+[\w$,.-]+){{0,2}}?)?\s+(?:was|were)\s+(?:formally\s+|officially\s+)?"
            r"(?:handed\s+over|presented)\b(?=[^.;]{0,120}?\bby\b[^.;]{1,160}?\bto\b)"
        ),
        "signing",
    ),
    (re.compile(r"\b(?:attended|attends|attending)\b|\b(?:will|to) attend\b"), "conference"),
    (
        re.compile(
            # "visits China", "visits the centre": the verb, before what it visits (never the noun: "high-level visits
            # held thereafter", "the exchange of presidential visits in 2019")
            r"\b(?:visited|toured|(?<!of )(?<!the )visits(?= (?:(?:the|a|an|its|his|her|their) )?[A-Z]| (?:the|a|an) )"
            r"|visiting(?! [A-Z]))\b"
            r"|\b(?:is|are|was|were) (?:currently |now )?visiting\b(?= (?:the )?[A-Z])"  # "is visiting China from 13 to 17"
            rf"|\bvisit (?:by (?:[A-Z][\w-]* ?){{1,3}} )?to\b(?! (?:{_PURPOSE})\b)"
            r"|\b(?:will|to)(?: also)? visit\b"
            # "the delegation got acquainted with the work of the border control point": a visit there
            r"|\b(?:got|get|gets|became|become) acquainted with the (?:work|activities|operations?) of\b"
            r"|\bfamiliari[sz]ed (?:themselves|himself|herself) with the (?:work|activities|operations?) of\b"
        ),
        "visit",
    ),
    (re.compile(r"\barrived in\b(?= [A-Z])"), "trip"),
    # "the delegation was briefed on border control operations at the airport": a visit there (never to what the
    # briefing was on)
    (re.compile(r"\b(?:was|were) briefed on [^.;]{1,80}? at(?P<onward>)(?= (?:the )?[A-Z])"), "visit"),
    # "returned on Sunday from a four-day mission to X", "concluded a five-day mission to China", "today concluded a
    # four-day study visit to Thailand", "wrapped up her first official visit to France", "concluded her four-day
    # Bangladesh visit": a trip, told at its end (a visit to a place named: "ended his visit to the camp" is a visit)
    (
        re.compile(
            rf"\b(?:returned|returns|came back|comes back)(?: home| here| today| yesterday| (?:on|last|this) \w+)? from (?:a|an"
            rf"|his|her|their) {_EPITHETS}(?:mission|visit|trip|tour) to\b|\b(?:concluded|concludes|ended|ends|completed"
            rf"|completes|wrapped up|wraps up|began|begins|started|starts|undertook|undertakes) (?:a|an|his|her|their)"
            rf" {_EPITHETS}(?:mission to\b|(?:visit|trip|tour) to\b(?= [A-Z])|[A-Z][\w-]* (?:mission|visit|trip|tour)\b)"
        ),
        "trip",
    ),
    # a stop of a delegation: "the visitors went to a registration centre", "the officials travelled to X, where"
    (
        re.compile(rf"\b(?:went|travell?ed|proceeded)(?P<stop>) to (?:a |an |the )?(?:[\w-]+ ){{0,3}}?{_SITE}\b"),
        "visit",
    ),
    # "the delegation inspected the clearance channels of the port": a visit there (never "inspected the documents")
    (re.compile(rf"\b(?:inspected|inspects)\b(?= (?:the |a |an |its |their )?(?:[\w-]+ ){{0,4}}?{_SITE}\b)"), "visit"),
    # "spent 29 and 30 May at the IOM Regional Office", "spent two days in Geneva": a stay, never money or years
    (
        re.compile(
            r"\bspent(?: (?:\d{1,2},?|and|to|a|an|the|two|three|four|five|several|whole|days?|weeks?|morning"
            r"|afternoon|(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Nov|Dec)ember|October)){1,5}"
            r" (?:at|in)\b(?= (?:the )?[A-Z])"
        ),
        "visit",
    ),
    # "is scheduled to fly to Beijing on Thursday for meetings with officials of X", "will travel to X on 10 September
    # to meet officials of the border checkpoint": talks to come there, of a person the sentence names before it (or the
    # delegation he leads), before the trip there ("to meet refugee families", "to meet officials of the checkpoint": a
    # visit, whom it meets not named); "will leave for X on Wednesday to meet local officials": the traveller's talks
    # there with the officials of the place, no body named
    (
        re.compile(
            r"\b(?:will|(?:is|are) (?:scheduled|expected|due|set) to)(?:\s+also)?\s+(?:(?:fly|travel|go)\s+to|leave\s+for)\s+"
            r"(?P<to>[A-Z][^.;]{0,40}?)\s+(?P<person>)(?:for\s+(?:meetings|talks)\s+with|to\s+meet(?:\s+with)?(?=\s+(?:[\w-]+\s+)?"
            r"(?:officials|officers|representatives|leaders)\s+(?:of|from)\s+(?:the\s+)?[A-Z])"
            r"|to\s+meet(?:\s+with)?(?P<local>)(?=\s+(?:local|provincial|municipal)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:officials|officers|leaders|authorities)\b(?!\s+(?:of|from)\b)))\b"
        ),
        "working_talks",
    ),
    # "Ekberg will travel on Thursday to Fuzhou": a visit only of a person the sentence names before it
    (
        re.compile(
            r"\b(?:will|(?:is|are) (?:scheduled|expected|due|set) to)(?: also)? travel(?P<person>)"
            r"(?: (?!to\b)[\w-]+){0,3}? to\b(?= [A-Z])"
        ),
        "visit",
    ),
    # "will also visit the Administration and travel to Yunnan": a visit of the same subject
    (re.compile(r"(?<=\band )travel(?P<onward>) to\b(?= [A-Z])"), "visit"),
    # "will attend the forum, meet with A and visit the headquarters of B": the base form in a list after "will"
    (re.compile(r"(?<=\band )(?:also )?visit\b(?= (?!to\b)(?:[\w-]+ ){0,4}?[A-Z])"), "visit"),
    # "is expected to visit China in May for consultations with the Chinese Government": talks within the visit, of its
    # visitor (only after a visit or trip the sentence reports: `find_triggers`)
    (re.compile(r"\bfor (?:consultations|talks|meetings|discussions) with\b"), "working_talks"),
    # "A and B met briefly": a meeting only of two people or more named before it (last: any other
    # trigger there comes first)
    (
        re.compile(
            r"\bmet(?P<alone>)(?= (?:briefly|separately|privately|informally|again|later|here|today|on|in|at)\b)"
        ),
        "bilateral_talks",
    ),
    # "On the sidelines, A and B discussed a joint study": talks within the gathering, of two people or more named;
    # "Officials from A and B discussed ...": talks of A and B
    (re.compile(r"\b(?:discussed|exchanged views|talked)(?P<sidelines>)(?P<alone>)\b"), "working_talks"),
)

# "..., and she will also travel to Yunnan": the subject of a trip's programme, named before the sentence
GOES_ON = re.compile(
    r"(?:^|[.:]\s+|\n\s*|\band\s+|\b[Dd]uring (?:the|this|his|her) (?:[\w-]+ )?(?:visit|trip|stay|tour|mission),\s+)"
    r"(?P<pronoun>[Hh]e|[Ss]he)\s+$"
)


# "A will hold talks with her, and she will meet with B", "is expected to visit China in May, when he will hold talks
# with B": a clause of its own whose subject is a pronoun
PRONOUN_CLAUSE = re.compile(r",?\s+(?P<link>and|when)\s+(?P<pronoun>he|she)\s+(?:will\s+|would\s+)?(?:also\s+)?$")

# "Xu will hold talks with him, and Vice Foreign Minister Tian Haoyu will meet with him": a clause of its own whose
# subject is named (by capitalised words: a title and a name), its post between commas (", and Zhao Leji, chairman of
# the Standing Committee, will meet with him")
NAMED_CLAUSE = re.compile(rf",\s+and\s+(?P<named>{NAMED_SUBJECT})\s+(?:will\s+|would\s+)?(?:also\s+)?$")


# ", and officials of the NIA and CIDCA will hold talks with her": a clause of its own whose subject is the officials of
# bodies named
OFFICIALS_CLAUSE = re.compile(
    r",\s+and\s+(?P<officials>(?:senior\s+)?(?:officials|representatives|leaders)\s+(?:of|from)\s+[^,;:]{3,160}?)\s+"
    r"(?:will\s+|would\s+|are\s+to\s+|(?:are\s+)?(?:scheduled|expected)\s+to\s+)?(?:also\s+)?$"
)


def goes_on(text: str, start: int, match: re.Match[str]) -> re.Match[str] | None:
    """The "he" or "she" of "He will also visit Shanghai", ", and she will also travel to Yunnan", if that opens
    the trigger's clause."""
    if not re.match(r"will also (?:visit|travel)\b", match.group(0)):
        return None
    return GOES_ON.search(text[start : match.start()])


# "is to pay an official visit", "will", "is expected to": detect_dates' auxiliaries of the future, and their kin
_PLANNED_WORDS = re.compile(
    rf"\b(?:{FUTURE}|would|to be|agreed to|decided to|intends? to"
    # "was likely to visit China in July", "Hasina's planned visit to China": still to come when it was written
    r"|(?:is|are|was|were) (?:also )?(?:likely|unlikely) to"
    r"|(?:planned|upcoming|forthcoming)(?= (?:[\w-]+ ){0,2}?(?:visit|trip|tour|talks|meeting)\b))\b"
)

# a future marker that governs the trigger from further back in its clause: "will lead a Chinese delegation to
# attend", never across a clause of its own (", who will attend the forum next week, met")
_PLANNED_CLAUSE = re.compile(rf"{_PLANNED_WORDS.pattern}(?:(?!\b(?:who|which|that|said|says)\b)[^.;,:])*$")


# "will lay a wreath ..., hold talks with A, and attend", "agreed to step up ..., and to hold": a base form listed
# after the verb whose auxiliary governs it
_LISTED = re.compile(r",\s+(?:and\s+to\s+)?$")


def planned(text: str, start: int, match: re.Match[str]) -> bool:
    """Whether the meeting that ``match`` reports in the sentence from ``start`` is still to come ("will deliver a
    statement, and hold talks with B", "will lay a wreath, hold talks with B": a base form coordinated with or listed
    after a verb to come is to come as well)."""
    return bool(
        _PLANNED_WORDS.search(text, max(start, match.start() - 30), match.end())
        or _PLANNED_CLAUSE.search(text, max(start, match.start() - 80), match.start())
        or (
            BASE_FORM.match(match.group(0))
            and (
                COORDINATED.search(text, max(start, match.start() - 50), match.start())
                or _LISTED.search(text, max(start, match.start() - 10), match.start())
            )
            and _PLANNED_WORDS.search(text, start, match.start())
        )
    )


# "his visit to", "the visit to"; "This will be Director General Swing's last visit to China": the visit just announced
_BACK_REFERENCE = re.compile(
    r"\b(?:his|her|their|its|the|this|that)\s+(?:[\w-]+\s+){0,2}$"
    r"|\b(?:this|that|it)\s+(?:will be|would be|is|was|marks|marked|will mark)\s+(?:[\w.'’-]+\s+){0,5}$",
    re.IGNORECASE,
)

_SIDELINES = re.compile(r"\s*On the (?:sidelines|margins|fringes)\b")

# "Officials from the Guangxi Zhuang autonomous region and the International Organization for Migration met in Nanning"
OFFICIALS_FROM = re.compile(r"\b(?:Senior )?(?:Officials|Representatives|Delegations|Delegates|Experts) (?:from|of) ")


# "invited the Embassy to attend the opening", "invited him to visit China at a convenient time": an invitation, no
# meeting held or agreed (never "was invited to attend", which tells who came)
# "extend an invitation to President A to visit Malaysia": the same, told with the noun
_INVITED_TO = re.compile(r"\b(?:invit(?:ed|es|ing)|invitation to) (?!to\b)(?:[\w.'’-]+ ){1,6}?to $")


# "proposed that the two ministries hold annual consultations", "hoped to hold talks": a wish, no meeting held or agreed
_WISHED = re.compile(
    r"\b(?:proposed|proposes|proposing|propose|suggested|suggests|suggest|hoped|hopes|hoping|hope|wished|wishes|wish"
    r"|offered|offers)"
    r"(?: that| to)?\b[^,.;:]*$"
)


def _invited(text: str, start: int, match: re.Match[str]) -> bool:
    """Whether the trigger ("to attend", "visit") is what someone was invited to do."""
    head = match.start() + 3 if match.group(0).startswith("to ") else match.start()
    return _INVITED_TO.search(text, max(start, head - 80), head) is not None


# "This year marks the 65th anniversary of X", "2026 marks ...": a date that falls on an anniversary, nobody's event
_TIME_SUBJECT = re.compile(
    r"(?:\b(?:[Tt]his|[Tt]hat|[Nn]ext|[Ll]ast|[Tt]he) (?:year|month|week|day|date|spring|summer|autumn|winter)"
    r"|\b(?:[Tt]oday|[Tt]omorrow|[Yy]esterday)|\b(?:19|20)\d\d)\s+$"
)

# "has visited China twice", "visited the country three times since 2016": visits counted, none told of its own
_COUNTED = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:twice|(?:two|three|four|five|six|several|many|multiple|numerous|\d+)\s+"
    r"(?:times|occasions)|on\s+(?:two|three|several|many|multiple|numerous)\s+occasions)\b"
)


# "a study tour bringing officials to Tanzania to learn about X and meet with counterparts": what a trip was for
_PURPOSE = re.compile(r"\b(?:in order )?to (?!be\b)[a-z]+\b[^,;.]{0,80}?\band $|\b(?:in order|so as) to $")


# "the recently signed Protocol", "a newly signed agreement": a document described, no signing told
_SIGNED_DOCUMENT = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+"
    r"(?:(?:recently|newly|jointly|already|previously|just|once)[\s-]+)?$"
)

# "the agreement signed today will add depth", "the MoU signed on Monday": the document of a signing, named by it; who
# signed it is told elsewhere or not at all (never "the agreement signed today by A and B")
_DOCUMENT_SIGNED = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:agreements?|memorand(?:um|a)|MoUs?|documents?|accords?|deals?|protocols?|letters?|contracts?)\s+$"
)
_SIGNED_BY = re.compile(r"[^.;]*?\bby\b")

# "by signing the UN's Palermo Protocols", "signed the Refugee Convention in 1982": a state joining a treaty open to all,
# no meeting of parties ("signed a protocol on cooperation with B" stays a signing)
_TREATY = re.compile(
    r"\s+(?:the\s+)?(?:(?!(?:agreements?|memorand\w*|deals?|documents?)\b)[\w'’.-]+\s+){0,3}?[\"“]?"
    r"(?:[A-Z0-9][\w'’,-]*\s+){0,12}?(?:Conventions?|Covenants?|Protocols|Protocol\s+(?:relating\s+)?to\s+(?:the\s+)?[A-Z])"
    r"(?![^.;]*\b(?:with|between)\b)"
)


def _no_signing(text: str, start: int, end: int, match: re.Match[str]) -> bool:
    """Whether "signed" describes a document ("the recently signed Protocol", "the agreement signed today") or
    "signing" tells a state joining a treaty ("signing the UN's Palermo Protocols"), rather than reporting a signing of parties."""
    if not re.fullmatch(r"signed|signs|signing", match.group(0)):
        return False
    if match.group(0) == "signed" and _SIGNED_DOCUMENT.search(text, max(start, match.start() - 30), match.start()):
        return True
    if (
        match.group(0) == "signed"
        and _DOCUMENT_SIGNED.search(text, max(start, match.start() - 60), match.start())
        and not _SIGNED_BY.match(text, match.end(), end)
    ):
        return True
    return _TREATY.match(text, match.end(), end) is not None


# what makes an arrival a trip: a visit, mission, tour or stay that the text speaks of ("arrived in Beijing on Monday
# for a five-day visit", "during a four-day visit to China by A", "and will visit B")
_STAY = re.compile(r"\b(?:visit(?:s|ed|ing)?|trip|mission|tour|stay)\b", re.IGNORECASE)


# "has sent officials to visit the detained Chinese nationals": a visit of unnamed staff a body sent
_SENT_TO = re.compile(
    r"\b(?:sent|sends|send|dispatched|dispatches|dispatch)\s+(?:[\w-]+\s+){0,2}?(?:officials|officers|staff|diplomats"
    r"|personnel|representatives|a\s+team|a\s+working\s+group)(?:\s+to)?\s+$"
)


def _not_an_event(text: str, start: int, end: int, match: re.Match[str]) -> bool:
    """Whether the trigger tells a date's anniversary ("This year marks the 65th anniversary"), counts visits ("has
    visited China twice"), says what a trip was for ("to learn about X and meet with B"), signs no meeting's document
    (``_no_signing``) or tells an arrival in a text that speaks of no visit ("A, who arrived in Beijing on Monday,
    said"), rather than reporting one meeting."""
    if _no_signing(text, start, end, match):
        return True
    if match.group(0) == "arrived in":
        return _STAY.search(text) is None
    if match.groupdict().get("occasion") is not None:
        return _TIME_SUBJECT.search(text, max(start, match.start() - 30), match.start()) is not None
    if match.group(0).startswith("meet "):
        purpose = _PURPOSE.search(text, max(start, match.start() - 100), match.start())
        return purpose is not None and not planned(text, start, match)
    if match.group(0).endswith(" visit") and _SENT_TO.search(text, max(start, match.start() - 60), match.start()):
        return True  # "sent officials to visit the detained": whom they visited and who went, unnamed
    return match.group(0).startswith("visited") and _COUNTED.match(text, match.end(), end) is not None


def clause_end(text: str, sentence: tuple[int, int], match: re.Match[str]) -> tuple[int, bool] | None:
    """For a trigger of the sentence ("visited IOM on Monday, and attended the meeting in Paris on Thursday"): where its
    clause ends (at the next trigger, else the sentence's end), and whether another trigger comes before it; none for
    a match that is no trigger of the sentence (a gathering it introduces)."""
    starts = [t.start() for t, _ in find_triggers(text, *sentence)]
    if match.start() not in starts:
        return None
    return next((at for at in starts if at > match.start()), sentence[1]), starts[0] < match.start()


_FOR_TALKS = next(pattern for pattern, _ in _TRIGGERS if pattern.pattern.startswith(r"\bfor (?:consultations"))


def _on_a_visit(text: str, earlier: list[tuple[re.Match[str], str]], match: re.Match[str]) -> bool:
    """Whether "for talks with" follows, in the same clause, the visit or trip the trigger before it reports ("to visit
    China in May for consultations with B")."""
    return (
        bool(earlier)
        and earlier[-1][1] in ("visit", "trip")
        and not re.search(r"[,;:]", text[earlier[-1][0].end() : match.start()])
    )


def find_triggers(text: str, start: int, end: int) -> list[tuple[re.Match[str], str]]:
    """The first trigger in the sentence, and each later one that a coordinated verb opens ("held talks with
    A and jointly signed ...", "... and visited B"); "his visit to", "the visit to" refer back and trigger nothing."""
    found = sorted(
        (
            (m, kind)
            for pattern, kind in _TRIGGERS
            for m in pattern.finditer(text, start, end)
            if not (
                m.group(0).startswith("visit ") and _BACK_REFERENCE.search(text, max(start, m.start() - 60), m.start())
            )
            and not _invited(text, start, m)
            and not _not_an_event(text, start, end, m)
            and not _WISHED.search(text, max(start, m.start() - 80), m.start())
            and (
                m.groupdict().get("sidelines") is None
                or _SIDELINES.match(text, start)
                or OFFICIALS_FROM.search(text, start, m.start())
            )
        ),
        key=lambda pair: pair[0].start(),
    )
    if any(m.re is not IN_PASSING for m, _ in found):  # "After meeting with A, B visited C": the visit is told
        found = [(m, kind) for m, kind in found if m.re is not IN_PASSING]
    found = [
        (m, kind) for i, (m, kind) in enumerate(found) if m.re is not _FOR_TALKS or _on_a_visit(text, found[:i], m)
    ]
    kept = found[:1]
    for match, kind in found[1:]:
        if match.start() >= kept[-1][0].end() and (
            match.re is _FOR_TALKS
            or COORDINATED.search(text, max(start, match.start() - 50), match.start())
            or after_clause(text, kept[-1][0], match)
            or (goes_on(text, start, match) is not None)
            or PRONOUN_CLAUSE.search(text, kept[-1][0].end(), match.start())
            or NAMED_CLAUSE.search(text, kept[-1][0].end(), match.start())
            or OFFICIALS_CLAUSE.search(text, kept[-1][0].end(), match.start())
            or _listed(text, (kept[0][0], match), end)
        ):
            kept.append((match, kind))
    return kept


# "will attend the forum, meet with A and visit B", "attended the forum, met with A and visited B": a series of verb
# phrases of one subject, each of the same form (base forms after one "will" or "to", or past forms), closed by "and"
_SERIES_HEAD = re.compile(r"\b(?:will|to)(?: also)? $")
_PAST_FORM = re.compile(
    r"(?:held|met|visited|attended|signed|received|paid|delivered|gave|addressed|hosted|chaired|co-chaired|co-hosted"
    r"|launched|opened|toured|called)\b"
)


def _listed(text: str, triggers: tuple[re.Match[str], re.Match[str]], end: int) -> bool:
    """Whether the later trigger opens a verb phrase listed after a comma in a series that the first trigger opens and
    an "and" before a verb of the same form closes ("will attend the forum, meet with A and visit B")."""
    first, match = triggers
    future = first.group(0).startswith(("will ", "to ")) or _SERIES_HEAD.search(
        text, max(0, first.start() - 12), first.start()
    )
    form = BASE_FORM if future else _PAST_FORM
    return bool(
        (future or _PAST_FORM.match(text, first.start()))
        and re.search(r",\s+$", text[first.end() : match.start()])
        and not re.search(r"[;:]", text[first.end() : match.start()])
        and form.match(text, match.start())
        and re.search(rf"\band (?:also )?{form.pattern}", text[match.end() : end])
    )
