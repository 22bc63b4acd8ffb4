"""Parse TOML 1.0 documents: moat's stand-in for CPython 3.11's tomllib.

loads(str) and load(binary file) return a dict; a document that is not
valid TOML raises TOMLDecodeError with CPython's message and position
("Invalid value (at line 3, column 7)"). The parser is written for moat;
where a document is invalid it stops at the same place and with the same
words as CPython's (tomllib/_parser.py), since scripts print those.
"""

from datetime import date, datetime, time, timedelta, timezone
import re

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


_CONTROL = frozenset(chr(i) for i in range(32)) | {chr(127)}
# Characters no string, comment or key may hold raw (quote and backslash are
# handled by the string scanners).
_BAD_ONE_LINE = _CONTROL - {"\t"}
_BAD_MULTILINE = _CONTROL - {"\t", "\n"}
_WS = frozenset(" \t")
_WS_NL = frozenset(" \t\n")
_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_KEY_START = _BARE | {'"', "'"}
_HEX = frozenset("0123456789abcdefABCDEF")
_ESCAPES = {"\\b": "\b", "\\t": "\t", "\\n": "\n", "\\f": "\f", "\\r": "\r",
            '\\"': '"', "\\\\": "\\"}

_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"
_DATETIME_RE = re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?")
_TIME_RE = re.compile(_TIME)
_NUMBER_RE = re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    r"(?P<frac>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)")


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError(
            "File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`"
        ) from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    return _Document(s.replace("\r\n", "\n"), parse_float).parse()


def _checked_float(parse_float):
    if parse_float is float:
        return float

    def parse(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return parse


_FROZEN = 0      # an inline table or array: nothing may be added to it
_DEFINED = 1     # opened by a [table] header or by dotted keys: no header may reopen it


class _Marks:
    """Marks on key paths: each node is [own marks, marks that also cover
    everything below, children]."""

    def __init__(self):
        self.root = {}
        self.pending = []

    def _node(self, key, create):
        children = self.root
        node = None
        for part in key:
            node = children.get(part)
            if node is None:
                if not create:
                    return None
                node = children[part] = [set(), set(), {}]
            children = node[2]
        return node

    def mark(self, key, flag, recursive=False):
        self._node(key, True)[1 if recursive else 0].add(flag)

    def mark_later(self, key, flag):
        self.pending.append((key, flag))

    def commit(self):
        for key, flag in self.pending:
            self.mark(key, flag)
        self.pending.clear()

    def clear(self, key):
        children = self.root
        for part in key[:-1]:
            node = children.get(part)
            if node is None:
                return
            children = node[2]
        children.pop(key[-1], None)

    def has(self, key, flag):
        if not key:
            return False
        children = self.root
        for part in key[:-1]:
            node = children.get(part)
            if node is None:
                return False
            if flag in node[1]:
                return True
            children = node[2]
        node = children.get(key[-1])
        return node is not None and (flag in node[0] or flag in node[1])


def _nest(root, key, into_lists=True):
    """The table at `key` below `root`, made on the way; KeyError where a
    value other than a table (or, with into_lists, an array of tables)
    is in the way."""
    table = root
    for part in key:
        if part not in table:
            table[part] = {}
        table = table[part]
        if into_lists and isinstance(table, list):
            table = table[-1]
        if not isinstance(table, dict):
            raise KeyError(part)
    return table


class _Document:

    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = _checked_float(parse_float)
        self.data = {}
        self.marks = _Marks()

    # -------------------------------------------------------------- helpers

    def error(self, msg, pos=None):
        src = self.src
        if pos is None:
            pos = self.pos
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            column = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
            where = f"line {line}, column {column}"
        return TOMLDecodeError(f"{msg} (at {where})")

    def peek(self, offset=0):
        i = self.pos + offset
        return self.src[i] if i < len(self.src) else None

    def skip(self, chars):
        src, pos, n = self.src, self.pos, len(self.src)
        while pos < n and src[pos] in chars:
            pos += 1
        self.pos = pos

    def scan_to(self, end, bad, eof_is_error):
        """The index of `end` from pos on (the document's end when missing,
        an error if eof_is_error); an error at the first character of `bad`
        before it."""
        src, pos = self.src, self.pos
        stop = src.find(end, pos)
        if stop < 0:
            stop = len(src)
            if eof_is_error:
                raise self.error(f"Expected {end!r}", stop)
        for i in range(pos, stop):
            if src[i] in bad:
                raise self.error(f"Found invalid character {src[i]!r}", i)
        return stop

    def skip_comment(self):
        if self.peek() == "#":
            self.pos += 1
            self.pos = self.scan_to("\n", _BAD_ONE_LINE, False)

    def skip_blank(self):
        """Whitespace, newlines and comments, as between array items."""
        while True:
            before = self.pos
            self.skip(_WS_NL)
            self.skip_comment()
            if self.pos == before:
                return

    # ------------------------------------------------------------ statements

    def parse(self):
        src = self.src
        header = ()
        while True:
            self.skip(_WS)
            char = self.peek()
            if char is None:
                break
            if char == "\n":
                self.pos += 1
                continue
            if char in _KEY_START:
                self.key_value(header)
                self.skip(_WS)
            elif char == "[":
                self.marks.commit()
                if self.peek(1) == "[":
                    header = self.array_table_header()
                else:
                    header = self.table_header()
                self.skip(_WS)
            elif char != "#":
                raise self.error("Invalid statement")
            self.skip_comment()
            char = self.peek()
            if char is None:
                break
            if char != "\n":
                raise self.error("Expected newline or end of document after a statement")
            self.pos += 1
        return self.data

    def table_header(self):
        self.pos += 1
        self.skip(_WS)
        key = self.key()
        if self.marks.has(key, _DEFINED) or self.marks.has(key, _FROZEN):
            raise self.error(f"Cannot declare {key} twice")
        self.marks.mark(key, _DEFINED)
        try:
            _nest(self.data, key)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if not self.src.startswith("]", self.pos):
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += 1
        return key

    def array_table_header(self):
        self.pos += 2
        self.skip(_WS)
        key = self.key()
        if self.marks.has(key, _FROZEN):
            raise self.error(f"Cannot mutate immutable namespace {key}")
        # A new element: whatever marked the previous one's insides is gone,
        # but the array itself stays closed to a [table] header.
        self.marks.clear(key)
        self.marks.mark(key, _DEFINED)
        try:
            parent = _nest(self.data, key[:-1])
            last = key[-1]
            if last in parent:
                items = parent[last]
                if not isinstance(items, list):
                    raise KeyError(last)
                items.append({})
            else:
                parent[last] = [{}]
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if not self.src.startswith("]]", self.pos):
            raise self.error("Expected ']]' at the end of an array declaration")
        self.pos += 2
        return key

    def key_value(self, header):
        key, value = self.pair()
        parent, last = key[:-1], key[-1]
        full_parent = header + parent
        for i in range(1, len(key)):
            prefix = header + key[:i]
            if self.marks.has(prefix, _DEFINED):
                raise self.error(f"Cannot redefine namespace {prefix}")
            self.marks.mark_later(prefix, _DEFINED)
        if self.marks.has(full_parent, _FROZEN):
            raise self.error(f"Cannot mutate immutable namespace {full_parent}")
        try:
            table = _nest(self.data, full_parent)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if last in table:
            raise self.error("Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            self.marks.mark(header + key, _FROZEN, recursive=True)
        table[last] = value

    def pair(self):
        key = self.key()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip(_WS)
        return key, self.value()

    def key(self):
        parts = [self.key_part()]
        self.skip(_WS)
        while self.peek() == ".":
            self.pos += 1
            self.skip(_WS)
            parts.append(self.key_part())
            self.skip(_WS)
        return tuple(parts)

    def key_part(self):
        char = self.peek()
        if char is not None and char in _BARE:
            start = self.pos
            self.skip(_BARE)
            return self.src[start:self.pos]
        if char == "'":
            return self.literal_string()
        if char == '"':
            self.pos += 1
            return self.basic_string(False)
        raise self.error("Invalid initial character for a key part")

    # ---------------------------------------------------------------- values

    def value(self):
        src, pos = self.src, self.pos
        char = self.peek()
        if char == '"':
            if src.startswith('"""', pos):
                return self.multiline_string(False)
            self.pos += 1
            return self.basic_string(False)
        if char == "'":
            if src.startswith("'''", pos):
                return self.multiline_string(True)
            return self.literal_string()
        if char == "t" and src.startswith("true", pos):
            self.pos += 4
            return True
        if char == "f" and src.startswith("false", pos):
            self.pos += 5
            return False
        if char == "[":
            return self.array()
        if char == "{":
            return self.inline_table()
        m = _DATETIME_RE.match(src, pos)
        if m:
            try:
                value = _to_datetime(m)
            except ValueError as e:
                raise self.error("Invalid date or datetime") from e
            self.pos = m.end()
            return value
        m = _TIME_RE.match(src, pos)
        if m:
            hour, minute, second, fraction = m.groups()
            self.pos = m.end()
            return time(int(hour), int(minute), int(second), _micros(fraction))
        m = _NUMBER_RE.match(src, pos)
        if m:
            self.pos = m.end()
            if m.group("frac"):
                return self.parse_float(m.group())
            return int(m.group(), 0)
        for word in (src[pos:pos + 3], src[pos:pos + 4]):
            if word in ("inf", "nan", "-inf", "+inf", "-nan", "+nan"):
                self.pos = pos + len(word)
                return self.parse_float(word)
        raise self.error("Invalid value")

    def array(self):
        self.pos += 1
        items = []
        self.skip_blank()
        if self.peek() == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip_blank()
            char = self.peek()
            if char == "]":
                self.pos += 1
                return items
            if char != ",":
                raise self.error("Unclosed array")
            self.pos += 1
            self.skip_blank()
            if self.peek() == "]":
                self.pos += 1
                return items

    def inline_table(self):
        self.pos += 1
        table = {}
        marks = _Marks()
        self.skip(_WS)
        if self.peek() == "}":
            self.pos += 1
            return table
        while True:
            key, value = self.pair()
            parent, last = key[:-1], key[-1]
            if marks.has(key, _FROZEN):
                raise self.error(f"Cannot mutate immutable namespace {key}")
            try:
                nest = _nest(table, parent, into_lists=False)
            except KeyError:
                raise self.error("Cannot overwrite a value") from None
            if last in nest:
                raise self.error(f"Duplicate inline table key {last!r}")
            nest[last] = value
            self.skip(_WS)
            char = self.peek()
            if char == "}":
                self.pos += 1
                return table
            if char != ",":
                raise self.error("Unclosed inline table")
            if isinstance(value, (dict, list)):
                marks.mark(key, _FROZEN, recursive=True)
            self.pos += 1
            self.skip(_WS)

    # --------------------------------------------------------------- strings

    def literal_string(self):
        self.pos += 1
        start = self.pos
        end = self.scan_to("'", _BAD_ONE_LINE, True)
        self.pos = end + 1
        return self.src[start:end]

    def multiline_string(self, literal):
        src = self.src
        self.pos += 3
        if src.startswith("\n", self.pos):
            self.pos += 1
        if literal:
            quote = "'"
            end = self.scan_to("'''", _BAD_MULTILINE, True)
            text = src[self.pos:end]
            self.pos = end + 3
        else:
            quote = '"'
            text = self.basic_string(True)
        # Up to two quotes right before the closing three belong to the string.
        for _ in range(2):
            if not src.startswith(quote, self.pos):
                break
            self.pos += 1
            text += quote
        return text

    def basic_string(self, multiline):
        src = self.src
        bad = _BAD_MULTILINE if multiline else _BAD_ONE_LINE
        parts = []
        pos = start = self.pos
        n = len(src)
        while True:
            if pos >= n:
                raise self.error("Unterminated string", pos)
            char = src[pos]
            if char == '"':
                if not multiline:
                    parts.append(src[start:pos])
                    self.pos = pos + 1
                    return "".join(parts)
                if src.startswith('"""', pos):
                    parts.append(src[start:pos])
                    self.pos = pos + 3
                    return "".join(parts)
                pos += 1
                continue
            if char == "\\":
                parts.append(src[start:pos])
                self.pos = pos
                parts.append(self.escape(multiline))
                pos = start = self.pos
                continue
            if char in bad:
                raise self.error(f"Illegal character {char!r}", pos)
            pos += 1

    def escape(self, multiline):
        src = self.src
        pair = src[self.pos:self.pos + 2]
        self.pos += 2
        if multiline and pair in ("\\ ", "\\\t", "\\\n"):
            # A line-ending backslash: drop the whitespace and newlines after it.
            if pair != "\\\n":
                self.skip(_WS)
                char = self.peek()
                if char is None:
                    return ""
                if char != "\n":
                    raise self.error("Unescaped '\\' in a string")
                self.pos += 1
            self.skip(_WS_NL)
            return ""
        if pair == "\\u":
            return self.hex_char(4)
        if pair == "\\U":
            return self.hex_char(8)
        if pair in _ESCAPES:
            return _ESCAPES[pair]
        raise self.error("Unescaped '\\' in a string")

    def hex_char(self, size):
        digits = self.src[self.pos:self.pos + size]
        if len(digits) != size or not _HEX.issuperset(digits):
            raise self.error("Invalid hex value")
        self.pos += size
        code = int(digits, 16)
        if not (0 <= code <= 0xD7FF or 0xE000 <= code <= 0x10FFFF):
            raise self.error("Escaped character is not a Unicode scalar value")
        return chr(code)


def _micros(fraction):
    return int(fraction.ljust(6, "0")) if fraction else 0


def _to_datetime(m):
    (year, month, day, hour, minute, second, fraction,
     zulu, sign, off_hour, off_minute) = m.groups()
    if hour is None:
        return date(int(year), int(month), int(day))
    if sign:
        factor = 1 if sign == "+" else -1
        tz = timezone(timedelta(hours=factor * int(off_hour),
                                minutes=factor * int(off_minute)))
    elif zulu:
        tz = timezone.utc
    else:
        tz = None
    return datetime(int(year), int(month), int(day), int(hour), int(minute),
                    int(second), _micros(fraction), tzinfo=tz)
