"""Reading a content file's YAML so that no value can surprise the loader, and knowing each value's line.

PyYAML's safe loader converts as it reads: a day that is not in the calendar (``2019-02-30``) or a
number thousands of digits long ends in a ``ValueError`` that names no file and no line. This
loader keeps dates as their text and over-long numbers as :class:`~npviewer.store.values.LongNumber`
for :mod:`npviewer.store.values` to judge, turns every other conversion fault into a
:class:`YamlProblem` with its line, refuses anchors and aliases, and records the line of every
entry (a mapping with an ``id`` or a ``term``) and of each of its fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from npviewer.store.values import MAX_DIGITS, LongNumber

#: entry id -> field name ('' for the entry itself) -> line (1-based)
Lines = dict[str, dict[str, int]]


class YamlProblem(Exception):
    """The text is not YAML the loader can read; ``line`` is where (0 when unknown)."""

    def __init__(self, message: str, line: int = 0):
        super().__init__(message)
        self.line = line


@dataclass
class YamlText:
    """The data of one YAML text and where each entry and field stands in it."""

    data: Any
    lines: Lines = field(default_factory=dict)

    def line(self, entry: str, name: str = "") -> int:
        """The line of ``entry``'s field ``name`` (of the entry itself when not known), or 0."""
        found = self.lines.get(entry, {})
        return found.get(name) or found.get("", 0)


def read_yaml(text: str) -> YamlText:
    """Parse ``text``; raise :class:`YamlProblem` naming the line of the first fault."""
    import yaml

    loader = _loader_class()(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.YAMLError as exc:
            raise _problem(exc) from None
        if node is None:
            return YamlText(None)
        alias = _reused_node(node)
        if alias is not None:
            line = alias.start_mark.line + 1
            raise YamlProblem(
                f"uses a YAML alias of the value at line {line}: write every value out in full "
                "(anchors and aliases are not allowed)"
            )
        lines = _lines(node)
        try:
            data = loader.construct_document(node)
        except yaml.YAMLError as exc:
            raise _problem(exc) from None
        except RecursionError:
            raise YamlProblem("is nested too deeply to read: flatten it") from None
        return YamlText(data, lines)
    finally:
        loader.dispose()


def _problem(exc: Exception) -> YamlProblem:
    mark = getattr(exc, "problem_mark", None)
    where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
    problem = getattr(exc, "problem", None) or str(exc)
    return YamlProblem(f"is not valid YAML{where}: {problem}", mark.line + 1 if mark else 0)


def _lines(root: Any) -> Lines:
    """The line of every mapping with a scalar ``id`` (or ``term``), and of each of its fields."""
    import yaml

    out: Lines = {}
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            fields = {str(k.value): v.start_mark.line + 1 for k, v in node.value if isinstance(k, yaml.ScalarNode)}
            name = next(
                (str(v.value) for k, v in node.value
                 if isinstance(k, yaml.ScalarNode) and k.value in ("id", "term") and isinstance(v, yaml.ScalarNode)),
                None,
            )  # fmt: skip
            if name is not None and name[:60] not in out:
                out[name[:60]] = {"": node.start_mark.line + 1, **fields}
            for key, value in node.value:
                stack.extend((key, value))
    return out


def _reused_node(root: Any) -> Any:
    """The first node reached twice (a YAML alias: ``*name``), or None. Walks without recursion, so
    neither a "billion laughs" file nor a self-referencing one is ever expanded."""
    import yaml

    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return node
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
    return None


_LOADER: Any = None


def _loader_class() -> Any:
    """The safe loader (libyaml's when there), with conversions that never raise anything but YAML errors."""
    global _LOADER
    if _LOADER is not None:
        return _LOADER
    import yaml
    from yaml.constructor import ConstructorError, SafeConstructor

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[misc, valid-type]
        pass

    def guarded(convert: Any, what: str) -> Any:
        def construct(loader: Any, node: Any) -> Any:
            text = loader.construct_scalar(node)
            if what == "a number" and len(str(text)) > MAX_DIGITS:
                return LongNumber(text)
            try:
                return convert(loader, node)
            except (ValueError, KeyError, TypeError, OverflowError, IndexError):  # "!!int" with no digits: IndexError
                raise ConstructorError(None, None, f"{str(text)[:40]!r} is not {what}", node.start_mark) from None

        return construct

    Loader.add_constructor("tag:yaml.org,2002:int", guarded(SafeConstructor.construct_yaml_int, "a number"))
    Loader.add_constructor("tag:yaml.org,2002:float", guarded(SafeConstructor.construct_yaml_float, "a number"))
    Loader.add_constructor("tag:yaml.org,2002:bool", guarded(SafeConstructor.construct_yaml_bool, "true or false"))
    # A date stays its text: npviewer.store.values.read_date says what is wrong with it, and where.
    Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: str(loader.construct_scalar(node)))
    _LOADER = Loader
    return Loader
