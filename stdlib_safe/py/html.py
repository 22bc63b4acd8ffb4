"""Escaping text for HTML and decoding HTML character references, for moat:
escape() and unescape() behave as CPython 3.11's (the entity table is the
submodule html.entities, generated from python3.11's).

moat's own implementation of the HTML5 rules for character references,
which CPython's unescape follows: decimal and hexadecimal references with
the standard's replacements, named references with or without their
semicolon, and for an unknown name the longest known name it starts with.
"""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']

# What escape() replaces, in this order ('&' first, so that the references
# it writes are not escaped again).
_MARKUP = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_QUOTES = (('"', "&quot;"), ("'", "&#x27;"))


def escape(s, quote=True):
    """s with &, < and > written as character references, and both quote
    characters too when quote is true: safe inside HTML text and
    attribute values."""
    for char, reference in (_MARKUP + _QUOTES if quote else _MARKUP):
        s = s.replace(char, reference)
    return s


def _control_replacements():
    # Numeric references the standard reads differently: NUL, carriage
    # return, and the C1 controls 0x80-0x9F, read as windows-1252 where it
    # gives the byte a character (else the control itself).
    table = {0x00: "\ufffd", 0x0d: "\r"}
    for code in range(0x80, 0xa0):
        try:
            table[code] = bytes((code,)).decode("cp1252")
        except UnicodeDecodeError:
            table[code] = chr(code)
    return table


_REPLACED = _control_replacements()


def _is_dropped(code):
    # Code points a numeric reference may not produce (it becomes nothing):
    # the remaining controls, the noncharacters U+FDD0-U+FDEF, and the last
    # two code points of every plane.
    if code < 0x20:
        return code not in (0x09, 0x0a, 0x0c, 0x0d)
    return (0x7f <= code <= 0x9f or 0xfdd0 <= code <= 0xfdef
            or code & 0xfffe == 0xfffe)


def _from_code(code):
    if code in _REPLACED:
        return _REPLACED[code]
    if code > 0x10ffff or 0xd800 <= code <= 0xdfff:
        return "\ufffd"
    return "" if _is_dropped(code) else chr(code)


# The names the table also knows without a semicolon: only these can be
# found at the start of a longer, unknown name.
_BARE_NAMES = frozenset(name for name in _html5 if not name.endswith(";"))
_LONGEST_BARE = max(len(name) for name in _BARE_NAMES)


def _from_name(text):
    # text: the name as written, with its semicolon if it had one.
    if text in _html5:
        return _html5[text]
    for size in range(min(len(text) - 1, _LONGEST_BARE), 1, -1):
        head = text[:size]
        if head in _BARE_NAMES:
            return _html5[head] + text[size:]
    return "&" + text


# A reference: decimal, hexadecimal or named (at most 32 characters, none
# of them space, "<", "&", "#" or ";"), each with an optional semicolon.
_REFERENCE = _re.compile(r"&(?:#(?P<dec>[0-9]+)|#[xX](?P<hex>[0-9a-fA-F]+)"
                         r"|(?P<name>[^\t\n\f <&#;]{1,32}))(?P<semi>;?)")


def _decode(match):
    dec, hexa, name = match.group("dec", "hex", "name")
    if name is not None:
        return _from_name(name + match.group("semi"))
    return _from_code(int(dec) if dec is not None else int(hexa, 16))


def unescape(s):
    """s with every character reference (named, decimal or hexadecimal:
    &gt;, &#62;, &#x3e;) replaced by the character it stands for, as the
    HTML5 standard reads them."""
    return _REFERENCE.sub(_decode, s) if "&" in s else s
