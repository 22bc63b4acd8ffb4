"""General functions for HTML manipulation, as CPython 3.11's html: escape
and unescape (the package's submodule html.entities holds the entity
tables, generated from python3.11's).

Written for moat from the HTML5 rules for character references, which
CPython's unescape follows: numeric references with the standard's
replacements, named references with or without their semicolon, and the
longest known name that prefixes an unknown one.
"""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replaces &, < and > with HTML-safe sequences, and the quotes " and '
    too when `quote` is true."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# Numeric references the HTML5 standard replaces: NUL and carriage return,
# and 0x80-0x9F, read as windows-1252 where that defines the byte.
def _numeric_replacements():
    table = {0x00: '\ufffd', 0x0d: '\r'}
    for code in range(0x80, 0xa0):
        try:
            table[code] = bytes([code]).decode('cp1252')
        except UnicodeDecodeError:
            table[code] = chr(code)
    return table


_invalid_charrefs = _numeric_replacements()

# Code points a numeric reference may not produce: they become nothing.
_invalid_codepoints = {*range(0x1, 0x9), 0xb, *range(0xe, 0x20), *range(0x7f, 0xa0),
                       *range(0xfdd0, 0xfdf0),
                       *(plane + low for plane in range(0, 0x110000, 0x10000)
                         for low in (0xfffe, 0xffff))}


def _replace_charref(match):
    ref = match.group(1)
    if ref[0] == '#':
        digits = ref[1:].rstrip(';')
        if digits[:1] in ('x', 'X'):
            num = int(digits[1:], 16)
        else:
            num = int(digits)
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if num in _invalid_codepoints:
            return ''
        return chr(num)
    if ref in _html5:
        return _html5[ref]
    # The longest known name at the start, the rest kept as text.
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in _html5:
            return _html5[ref[:end]] + ref[end:]
    return '&' + ref


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Replaces every named and numeric character reference in `s`
    (&gt;, &#62;, &#x3e;...) with the character it stands for, by the
    HTML5 rules."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
