"""The seed loader resolves every plain scalar exactly as PyYAML's pure-Python YAML 1.1 safe loader (dates stay text),
however often a value repeats (its tags are cached)."""

from pathlib import Path

import pytest
import yaml

from china_iom.annotation.yamlsource import parse_yaml

SCALARS = [
    "yes",
    "no",
    "Yes",
    "NO",
    "on",
    "off",
    "y",
    "n",
    "true",
    "False",
    "010",
    "0o10",
    "0x1F",
    "1_000",
    "1:30",
    "190:20:30",
    "-1",
    "+1",
    "1.5",
    "1e3",
    "1.0e+3",
    ".inf",
    "-.Inf",
    ".nan",
    "~",
    "null",
    "Null",
    "",
    "2023-04-03",
    "2023-04-03 10:00:00",
    "2023-04",
    "0b101",
    "abc",
    "'010'",
    '"yes"',
    "= x",
]


def _expected(text: str):
    """PyYAML's pure-Python safe loader, timestamps left as strings."""

    class Loader(yaml.SafeLoader):
        pass

    Loader.yaml_implicit_resolvers = {
        key: [(tag, rx) for tag, rx in resolvers if not tag.endswith(":timestamp")]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return yaml.load(text, Loader=Loader)


@pytest.mark.parametrize("scalar", SCALARS)
def test_a_scalar_resolves_as_in_yaml_1_1(scalar):
    text = f"value: {scalar}\nlist:\n  - {scalar}\n  - {scalar}\n"
    for _ in range(2):  # the second time from the cache of resolved tags
        assert parse_yaml(text, Path("x.yaml")).data == _expected(text)


def test_keys_that_are_not_strings_are_still_refused():
    with pytest.raises(Exception, match="not a string"):
        parse_yaml("yes: 1\n", Path("x.yaml"))
