"""Shell-style filename matching, as CPython 3.11's fnmatch: fnmatch,
fnmatchcase, filter and translate.

Written for moat from the documented behaviour. translate() gives
CPython's exact regular expressions, atomic groups included: each `*`
followed by more pattern becomes `(?>.*?fixed)`, which never backtracks,
so no pattern can make matching take exponential time. moat's paths are
POSIX ones, so fnmatch() compares with case, as CPython's does on Linux.
"""

import functools
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def _normcase(s):
    # posixpath.normcase: os.fspath's check, nothing else.
    if not isinstance(s, (str, bytes)):
        raise TypeError("expected str, bytes or os.PathLike object, not %s"
                        % type(s).__name__)
    return s


def fnmatch(name, pat):
    """Whether `name` matches the shell pattern `pat` (*, ?, [seq], [!seq])."""
    return fnmatchcase(_normcase(name), _normcase(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    # A matcher for `pat`. moat's re takes str patterns only; a bytes
    # pattern is matched as its Latin-1 text against the name's Latin-1
    # text, which is what CPython's bytes regex of the same text matches.
    if isinstance(pat, bytes):
        match = re.compile(translate(str(pat, 'ISO-8859-1'))).match

        def match_bytes(name):
            if isinstance(name, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            if isinstance(name, (bytes, bytearray)):
                name = str(name, 'ISO-8859-1')
            return match(name)
        return match_bytes
    match = re.compile(translate(pat)).match

    def match_str(name):
        if isinstance(name, (bytes, bytearray)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return match(name)
    return match_str


def filter(names, pat):
    """The names of `names` that match `pat`."""
    match = _compile_pattern(_normcase(pat))
    return [name for name in names if match(name)]


def fnmatchcase(name, pat):
    """fnmatch() without case normalization (the same on POSIX)."""
    return _compile_pattern(pat)(name) is not None


_STAR = object()  # one or more `*` in a row


def _bracket(pat, start, end):
    # The regex class for the bracket expression pat[start:end] (between
    # `[` and `]`), or '(?!)' for an empty range and '.' for its negation.
    body = pat[start:end]
    if '-' not in body:
        text = body.replace('\\', r'\\')
    else:
        # Split at the hyphens that make ranges; a hyphen first (after a
        # `!`) or last is literal.
        pieces = []
        piece_start = start
        search = start + 2 if pat[start] == '!' else start + 1
        while True:
            hyphen = pat.find('-', search, end)
            if hyphen < 0:
                break
            pieces.append(pat[piece_start:hyphen])
            piece_start = hyphen + 1
            search = hyphen + 3
        if piece_start < end:
            pieces.append(pat[piece_start:end])
        else:
            pieces[-1] += '-'
        # A range whose ends are reversed matches nothing: drop it, joining
        # what stands on either side of it.
        k = len(pieces) - 1
        while k > 0:
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
            k -= 1
        text = '-'.join(p.replace('\\', r'\\').replace('-', r'\-') for p in pieces)
    # `&&`, `~~` and `||` could become set operations in a future re.
    text = ''.join('\\' + c if c in '&~|' else c for c in text)
    if not text:
        return '(?!)'
    if text == '!':
        return '.'
    if text[0] == '!':
        return '[^' + text[1:] + ']'
    if text[0] in '^[':
        return '[\\' + text + ']'
    return '[' + text + ']'


def translate(pat):
    """The regular expression (a str) that matches what `pat` matches."""
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                parts.append('\\[')
            else:
                parts.append(_bracket(pat, i, j))
                i = j + 1
        else:
            parts.append(re.escape(c))
    # Fixed text before the first star stays as it is; each star followed
    # by fixed text and another star matches lazily inside an atomic group;
    # the last star is greedy.
    out = []
    k = 0
    while k < len(parts) and parts[k] is not _STAR:
        out.append(parts[k])
        k += 1
    while k < len(parts):
        k += 1  # the star
        fixed = []
        while k < len(parts) and parts[k] is not _STAR:
            fixed.append(parts[k])
            k += 1
        fixed = ''.join(fixed)
        if k == len(parts):
            out.append('.*' + fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + r')\Z'
