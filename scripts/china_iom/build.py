"""The build stage: seeds in, tables and descriptor out, all or nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from china_iom import package
from china_iom.corpus import load_corpus
from china_iom.errors import SeedError
from china_iom.publish import recover, staging, swap_into_place, write_tables
from china_iom.tables import build_tables
from china_iom.verify import verify_package


@dataclass(frozen=True)
class BuildSummary:
    """What a build produced."""

    articles: int
    rows: dict[str, int]


def build(seeds: Path, out: Path, include_drafts: bool = False) -> BuildSummary:
    """Build the package from ``seeds`` into ``out``; on any problem raise and leave ``out`` untouched.

    A swap that a killed build had begun is finished first, whatever the seeds.
    """
    recover(out)
    corpus = load_corpus(seeds, include_drafts)
    meta = package.load_meta(seeds)
    tables = build_tables(corpus)
    with staging(out) as stage:
        write_tables(tables, stage / "data")
        (stage / "datapackage.json").write_text(package.dumps(package.descriptor(corpus, meta, stage)),
                                                encoding="utf-8")
        problems = verify_package(stage, seeds)
        if problems:
            raise SeedError(problems)
        swap_into_place(stage, out)
    return BuildSummary(len(corpus.articles), {name: table.num_rows for name, table in tables.items()})
