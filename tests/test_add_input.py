"""`china-iom add` as a new user meets it: every way of handing it an article it cannot store is refused with
one line naming the input and what to do, exit status 2 and nothing written; the encodings and line ends it can
store unambiguously are stored as UTF-8 with LF line ends."""

from __future__ import annotations

import errno
import io
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from china_iom.build import corpus
from china_iom.cli import main
from china_iom.drafting import add as add_module

ARTICLE = (
    "China and IOM hold talks\n\nGENEVA, Oct. 2 (Xinhua) -- Chinese Vice Foreign Minister Ma Zhaoxu met "
    "with officials of the International Organization for Migration (IOM) in Geneva on Tuesday.\n"
)


def _files(seeds: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in seeds.rglob("*") if p.is_file()}


def _add(args: list[str], seeds: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["add", *args, "--seeds", str(seeds)])
    out, err = capsys.readouterr()
    return code, out, err


def _write(name: str, content: bytes) -> Callable[[Path], str]:
    def make(tmp: Path) -> str:
        (tmp / name).write_bytes(content)
        return str(tmp / name)

    return make


def _folder(tmp: Path) -> str:
    (tmp / "articles").mkdir()
    (tmp / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return str(tmp / "articles")


def _loop(tmp: Path) -> str:
    (tmp / "one.txt").symlink_to(tmp / "two.txt")
    (tmp / "two.txt").symlink_to(tmp / "one.txt")
    return str(tmp / "one.txt")


def _dangling(tmp: Path) -> str:
    (tmp / "link.txt").symlink_to(tmp / "moved-away.txt")
    return str(tmp / "link.txt")


NESTED = b"<html><body>" + b"<div>" * 1500 + b"<p>GENEVA (Xinhua) -- IOM met officials.</p>" + b"</div>" * 1500


@pytest.mark.parametrize(
    ("make", "says"),
    [
        pytest.param(_folder, "is a folder, not a file: give one article's saved page", id="folder"),
        pytest.param(lambda tmp: str(tmp / "missing.txt"), "no such file; check the name and folder", id="missing"),
        pytest.param(_loop, "symbolic link that leads back to itself", id="symlink-loop"),
        pytest.param(
            _dangling, "moved-away.txt, which does not exist; give the article's file itself", id="dangling-link"
        ),
        pytest.param(
            lambda tmp: "https://www.iom.int/news/china-iom",
            "https://www.iom.int/news/china-iom: is a web address, not a file: save the page",
            id="address",
        ),
        pytest.param(
            _write("page.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
            "is a PDF document, not text",
            id="pdf-named-html",
        ),
        pytest.param(
            _write("page.html", b"PK\x03\x04\x14\x00\x06\x00word/document.xml"), "Word .docx", id="docx-named-html"
        ),
        pytest.param(_write("old.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00"), "old Office document", id="doc"),
        pytest.param(_write("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "is a PNG image", id="image"),
        pytest.param(
            _write("bare16.txt", ARTICLE.encode("utf-16-le")), "lacks a byte-order mark", id="utf16-without-bom"
        ),
        pytest.param(
            _write("latin1.txt", "Talks\n\nCaf\u00e9 in Geneva\n".encode("latin-1")),
            ":3: is not UTF-8 text (byte 0xE9 at column 4); save it as UTF-8",
            id="latin-1",
        ),
        pytest.param(_write("empty.txt", b""), "the article text is empty; nothing was stored", id="empty"),
        pytest.param(_write("blank.txt", b" \n\n\t\n"), "the article text is empty", id="blank"),
        pytest.param(
            _write("long.txt", b"Talks in Geneva.\n" * 200),
            "over the limit of 2000; nothing was stored",
            id="over-the-text-limit",
        ),
        pytest.param(
            _write("huge.html", b"<html><body>" + b"<p>x</p>" * 3000), "is over 20000 bytes", id="over-the-input-limit"
        ),
        pytest.param(
            _write("nobody.html", b"<html><head><title>x</title></head></html>"),
            "no article text found",
            id="html-without-body",
        ),
        pytest.param(_write("deep.html", NESTED), "no article text found", id="html-nested-too-deep"),
        pytest.param(
            _write("bell.txt", ARTICLE.encode() + b"\x1b[31m red\n"), "control character U+001B", id="control-character"
        ),
    ],
)
def test_add_refuses_input_it_cannot_store_in_one_line_naming_it_and_writing_nothing(
    make, says, seeds_copy, tmp_path, capsys, monkeypatch
):
    monkeypatch.setattr(corpus, "MAX_FILE_BYTES", 2000)
    before = _files(seeds_copy)
    path = make(tmp_path)
    code, out, err = _add([path], seeds_copy, capsys)
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("china-iom add: ") and says in err, err
    assert Path(path).name in err
    assert "Traceback" not in err and _files(seeds_copy) == before


def test_a_file_without_read_permission_is_refused(seeds_copy, tmp_path, capsys, monkeypatch):
    source = tmp_path / "locked.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    source.chmod(0)
    opened = Path.open

    def as_unprivileged(self: Path, *args, **kwargs):  # root reads any file: refuse as the kernel would a user
        if self == source:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return opened(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", as_unprivileged)
    code, _, err = _add([str(source)], seeds_copy, capsys)
    assert code == 2 and err == (
        f"china-iom add: {source}: cannot be read: permission denied; make it readable "
        "(chmod u+r) or copy the article to a file you can read\n"
    )


def test_the_same_article_twice_and_an_id_already_taken_are_refused(seeds_copy, tmp_path, capsys):
    source = tmp_path / "new.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    assert _add([str(source), "--id", "talks"], seeds_copy, capsys)[0] == 0
    again = tmp_path / "again.txt"
    again.write_text(ARTICLE.replace("\n", "\r\n"), encoding="utf-8")  # the same text once its line ends are LF
    for args, says in (
        ([str(again)], "talks.txt: this exact text is already in the seeds; nothing added"),
        ([str(source), "--id", "talks"], "talks.txt: already exists; add never overwrites"),
        ([str(source), "--id", "no spaces"], "article id 'no spaces' must match"),
    ):
        before = _files(seeds_copy)
        code, _, err = _add(args, seeds_copy, capsys)
        assert code == 2 and len(err.splitlines()) == 1 and says in err and _files(seeds_copy) == before


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda text: text.encode("utf-8"), id="utf-8"),
        pytest.param(lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"), id="utf-8-with-bom"),
        pytest.param(lambda text: text.replace("\n", "\r\n").encode("utf-8"), id="windows-line-ends"),
        pytest.param(lambda text: text.replace("\n", "\r").encode("utf-8"), id="old-mac-line-ends"),
        pytest.param(lambda text: text.encode("utf-16"), id="utf-16-with-bom"),
        pytest.param(lambda text: b"\xfe\xff" + text.encode("utf-16-be"), id="utf-16-be-with-bom"),
        pytest.param(lambda text: text.encode("utf-32"), id="utf-32-with-bom"),
    ],
)
def test_unambiguous_encodings_and_line_ends_are_stored_as_utf8_with_lf(encode, seeds_copy, tmp_path, capsys):
    source = tmp_path / "article.txt"
    source.write_bytes(encode(ARTICLE))
    code, out, _ = _add([str(source), "--id", "talks"], seeds_copy, capsys)
    assert code == 0 and "added talks.txt" in out
    assert (seeds_copy / "talks.txt").read_bytes() == ARTICLE.encode("utf-8")


def test_plain_text_saved_under_an_html_name_is_stored_as_text(seeds_copy, tmp_path, capsys):
    source = tmp_path / "article.html"
    source.write_text(ARTICLE, encoding="utf-8")
    code, _, _ = _add([str(source), "--id", "talks"], seeds_copy, capsys)
    assert code == 0 and (seeds_copy / "talks.txt").read_text(encoding="utf-8") == ARTICLE


def test_text_from_standard_input_is_stored_and_drafted(seeds_copy, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8"))))
    code, out, _ = _add(["-", "--id", "pasted"], seeds_copy, capsys)
    assert code == 0 and "added pasted.txt and draft pasted.yaml" in out
    assert (seeds_copy / "pasted.txt").read_text(encoding="utf-8") == ARTICLE
    assert yaml.safe_load((seeds_copy / "pasted.yaml").read_text(encoding="utf-8"))["article"]["publisher"] == "xinhua"


def test_empty_standard_input_is_refused_by_that_name(seeds_copy, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    code, _, err = _add(["-"], seeds_copy, capsys)
    assert code == 2 and err.startswith("china-iom add: standard input: the article text is empty")


def test_a_page_with_scripts_is_stored_without_them(seeds_copy, tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><script>var tracker = 1;</script><title>China and IOM hold talks</title></head>"
        "<body><script>document.write('advert')</script><nav><a href='/'>Home</a></nav><article>"
        f"<p>{ARTICLE.splitlines()[2]}</p></article></body></html>",
        encoding="utf-8",
    )
    code, _, _ = _add([str(page), "--id", "page"], seeds_copy, capsys)
    stored = (seeds_copy / "page.txt").read_text(encoding="utf-8")
    assert code == 0 and "Ma Zhaoxu met" in stored and "tracker" not in stored and "advert" not in stored


def test_a_drafting_failure_after_the_text_is_stored_still_leaves_a_draft_with_its_problems(
    seeds_copy, tmp_path, capsys, monkeypatch
):
    def broken(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(add_module, "draft_article", broken)
    source = tmp_path / "new.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    code, out, err = _add([str(source), "--id", "talks"], seeds_copy, capsys)
    draft = yaml.safe_load((seeds_copy / "talks.yaml").read_text(encoding="utf-8"))
    assert code == 0 and err == "" and "problems (" in out and "RecursionError" in out
    assert "RecursionError" in draft["problems"][0]["message"]


def test_add_help_says_what_it_writes_what_it_refuses_and_how_to_paste(capsys):
    with pytest.raises(SystemExit) as done:
        main(["add", "--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0
    for words in (
        "a saved web page (.html) or a plain-text file",
        "- reads it from standard input",
        "never overwriting",
        "proposed: true",
        "exiting with status 2",
        "china-iom add - --url",
    ):
        assert words in " ".join(out.split()), words
