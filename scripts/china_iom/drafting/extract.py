"""Read a saved article: plain text as it is, or the main text of a saved HTML page (trafilatura).

The publication date comes from the page's metadata and address (htmldate, without searching the
text), else from the address's own forms that htmldate does not read (``/2023/0404/``,
``t20220914_``, as on Chinese government and news sites).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import trafilatura
from babel import Locale
from htmldate import find_date

from china_iom.errors import Problem, SeedError


@dataclass(frozen=True)
class Source:
    """The article text and what the page's metadata says about it."""

    text: str
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD from the page's metadata, if any
    url: str | None = None


def looks_like_html(path: Path, raw: str) -> bool:
    """A .htm(l) file, or one that opens with an HTML tag."""
    return (
        path.suffix.lower() in (".html", ".htm", ".xhtml")
        or re.match(r"\s*<(?:!doctype|html|head|body)", raw, re.IGNORECASE) is not None
    )


_ADDRESS_DATE = re.compile(r"/((?:19|20)\d{2})/?(\d{2})/?(\d{2})/|[/_]t((?:19|20)\d{2})(\d{2})(\d{2})[_.]")


def address_date(url: str | None, html: str = "<html></html>") -> str | None:
    """YYYY-MM-DD from the page's metadata or address, where either states it."""
    if not url and html == "<html></html>":
        return None
    read = url and find_date("<html></html>", url=url, extensive_search=False, original_date=True)
    trusted = url if not read or _spelled(read, url) else None  # "/2019/12/5dfa2b3c4/" is no 5 December
    found = find_date(html, url=trusted, extensive_search=False, original_date=True)
    if found or not url:
        return found
    for match in _ADDRESS_DATE.finditer(url):
        year, month, day = (int(g) for g in match.groups() if g)
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            continue
    return None


def _spelled(date: str, url: str) -> bool:
    """Whether the address spells ``date`` with the day as a whole number, not the first digit of an id."""
    year, month, day = (int(part) for part in date.split("-"))
    return re.search(rf"{year}\D?0?{month}\D?0?{day}(?![A-Za-z0-9])", url) is not None


_EMBASSY_HOST = re.compile(  # "ke.china-embassy.gov.cn", "np.chineseembassy.org", "www.chinaembassy.org.sg"
    r"(?:www\.)?(?:(?P<sub>[a-z]{2})\.)?(?:china-?embassy|chinese-?embassy)(?:\.gov\.cn|\.org|\.com)?(?:\.(?P<tld>[a-z]{2}))?"
)


def embassy_country(url: str | None) -> str | None:
    """The English name of the country whose Chinese embassy's site the address is on ("http://ke.china-embassy.gov.cn/
    eng/..." -> "Kenya"), by the country code in its host name; none for any other site."""
    match = _EMBASSY_HOST.fullmatch((urlsplit(url).hostname or "") if url else "")
    code = match and (match.group("sub") or match.group("tld") or "").upper().replace("UK", "GB")
    return Locale("en").territories.get(code) if code and code != "CN" else None


def consulate_city(url: str | None) -> str | None:
    """The city's name as a Chinese consulate's site spells it in its host name ("chiangmai" of
    "http://chiangmai.china-consulate.gov.cn/eng/..."); none for any other site."""
    match = re.fullmatch(
        r"(?:www\.)?([a-z]{3,})\.china-?consulate\.(?:gov\.cn|org)", (urlsplit(url).hostname or "") if url else ""
    )
    return match.group(1) if match else None


def read_source(path: Path, url: str | None = None) -> Source:
    """The article in ``path`` (saved from ``url``, if given); line ends become LF and a byte-order mark is dropped."""
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SeedError([Problem(path, None, f"cannot read the article as UTF-8: {exc}")]) from None
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    if not looks_like_html(path, raw):
        return Source(raw if raw.endswith("\n") else raw + "\n", date=address_date(url), url=url)
    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None or not (doc.text or "").strip():
        raise SeedError([Problem(path, None, "no article text found in the HTML page (trafilatura found none)")])
    text = doc.text.strip()
    title = " ".join(doc.title.split()) if doc.title else None
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    url = url or doc.url
    date = address_date(url, raw) or (doc.date if doc.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date) else None)
    return Source(text + "\n", title, in_page_order(date, raw, url), url)


# A date in figures ("06/03/08", "22.11.2019"): day and month in an order the page alone can tell
_FIGURES = re.compile(r"(?<![\d/.-])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])")


# Sites that write dates in figures month first ("Posted: 11/22/19" on iom.int)
_MONTH_FIRST_HOSTS = re.compile(r"(?:[\w-]+\.)*iom\.int")


def in_page_order(date: str | None, html: str, url: str | None = None) -> str | None:
    """``date`` (read day first, as htmldate reads figures) as the page means it: where the page writes it only in
    figures that read either way ("Posted: 06/03/08"), in the order its other dates in figures show ("11/22/19":
    month first), else in its site's (month first on iom.int), else none; as read where the page also writes it in
    full ("2008-06-03") or one way only."""
    if date is None or date in html:
        return date
    year, month, day = (int(part) for part in date.split("-"))
    figures = [(int(m.group(1)), int(m.group(3)), int(m.group(4))) for m in _FIGURES.finditer(html)]
    either_way = {day, month} if day != month and max(day, month) <= 12 else set()
    if not any({first, second} == either_way and y in (year, year % 100) for first, second, y in figures):
        return date
    day_first = {first > 12 for first, second, _ in figures if max(first, second) > 12}
    if not day_first and _MONTH_FIRST_HOSTS.fullmatch(urlsplit(url).hostname or "" if url else ""):
        day_first = {False}
    if day_first == {True}:
        return date
    return dt.date(year, day, month).isoformat() if day_first == {False} else None
