"""The titles of posts, one vocabulary for the detectors of people, roles and speakers.

Each alternation puts a longer form before its prefix ("Chief of Mission" before "Chief"), as regular
expressions try them in order. Written capitalised; a detector that reads them in any case says so.
"""

from __future__ import annotations

from china_iom.annotation.sentences import UPPER

# The joint of a compound post: a hyphen (a line broken after it leaves a space: "director- general") or a space
_JOINT = r"(?:-[ \u00a0]?|[ \u00a0])"
# Posts a title before a name stands for ("Minister Li", "the Ambassador said")
POSTS = (
    rf"(?:Comptroller|Inspector|Auditor|Attorney|Solicitor){_JOINT}General|Minister{_JOINT}Counsell?or|Minister"
    rf"|Ambassador|President|Premier|Chair(?:man|woman|person)?|Director{_JOINT}General"
    rf"|Director|General Secretary|Secretary{_JOINT}General|Secretary of State|Secretary|Undersecretary|High Commissioner"
    r"|Commissioner"
    r"|Councill?or|Spokes(?:person|man|woman)|Governor|Mayor|Envoy|Administrator|Chief of Mission|Chief of Staff"
    rf"|Head of (?:Mission|Office|Sub-Office)|Consul{_JOINT}General|Consul|Counsell?or|Attach[eé]|Representative"
    r"|Charg[eé] d[\s'’]*Affaires"
)
# Posts of staff and of scholars, named in an apposition ("Ada Kemp, a document examination expert with the IOM",
# "Ivo Lind, a research fellow at the ...")
STAFF = (
    r"Chief|Head|Deputy|Specialist|Officer|Official|Coordinator|Advis[eo]r|Expert|Consultant|Analyst"
    r"|Fellow|Professor|Researcher|Lecturer|Scholar|Dean(?=[ \u00a0]of\b)"  # "Dean of ...", never "Dean Acheson"
    r"|Economist|[A-Z][a-z]+(?:ologist|ographer)"  # "a demographer at ...", "a sociologist with ..."
)
# Words that qualify a post ("Deputy Director General", "Foreign Minister", "First Secretary")
QUALIFIERS = (
    r"Deputy|Vice|Assistant|Under|Executive|Senior|Former|Acting|Permanent|Regional|Chief|First|Second|Third"
    r"|Foreign|Prime|State|Home|High|Principal"
)
# Military and police ranks, a form of address before a name like "Dr." ("Pol. Lt. Gen. Ada Kemp", "Pol Maj-General
# Ivo Lind", "Senior Colonel ...", "Sen. Lieut. Gen ..."): never part of the name, never a post. Abbreviations with or
# without their stop; "General", "Major" and "Captain" in full are a rank only with a qualifier or "Police"
# ("Director General", "Attorney General", "a major role", a ship "Captain X" are none); no "Commander"
# ("Commander-in-Chief" and a commander of a unit are posts).
_RANK_HEADS = (
    r"Gen\b\.?|Colonel|Col\b\.?|Lieutenant|Lt\b\.?|Lieut\b\.?|Capt\b\.?|Maj\b\.?|Admiral|Adm\b\.?|Brigadier|Brig\b\.?"
)
_RANK_QUALIFIERS = r"Senior|Sen\.|Lieutenant|Lt\b\.?|Lieut\b\.?|Major|Maj\b\.?|Brigadier|Brig\b\.?|Rear|Vice"
_POLICE = r"(?:Pol\b\.?|Police)[ \u00a0-]"
# "Gen" alone and without its stop is a given name before a family name ("Gen Nakatani"), the rank before a full name
# ("Gen Ada Kemp") or after a qualifier or "Pol"
_RANK_ALONE = _RANK_HEADS.replace(r"Gen\b\.?", rf"Gen\.|Gen(?=[ \u00a0]+[{UPPER}][\w'’-]*[ \u00a0]+[{UPPER}])")
# The service a rank belongs to, written after it ("Colonel of Police", "Major General of Justice", "Lieutenant of the
# Internal Service"), as post-Soviet services write it: part of the rank, so "General" and "Major" in full are ranks too
_OF_SERVICE = (
    r"[ \u00a0]of[ \u00a0](?:the[ \u00a0])?(?:Police|Justice|Militia|Internal[ \u00a0]Service|Customs[ \u00a0]Service"
    r"|Civil[ \u00a0]Protection|Border[ \u00a0]Service)\b"
)
RANKS = (
    rf"(?:(?:{_POLICE})?(?:(?:{_RANK_QUALIFIERS})[ \u00a0-]){{1,2}}(?:General|{_RANK_HEADS})"
    rf"|{_POLICE}(?:{_RANK_HEADS})|{_RANK_ALONE}|{_POLICE}(?:General|Major|Captain))(?:{_OF_SERVICE})?"
    rf"|(?:General|Major|Captain){_OF_SERVICE}"
)
# Posts written by their initials before a family name ("PS Mbugua", "DG Vitorino", "CS Omamo"): a title, never a
# word of the name
INITIALS = r"PS|CS|DG|DDG|SG|PM|DPM|VP|MP|IGP"
