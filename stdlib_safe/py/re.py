"""The Python part of `re`: RegexFlag, an enum.IntFlag as CPython's.

The native init (re_module.cc) has already added the functions, Pattern,
Match, error and the flags as plain ints; this body replaces the flags with
RegexFlag members, whose repr and str are `re.IGNORECASE`,
`re.IGNORECASE|re.MULTILINE` as in CPython (enum's global_enum). The engine
reads any int, so members and plain ints both work as flags, and
Pattern.flags stays a plain int as CPython's. It also defines Scanner, the
lexicon class CPython's re package has in Python.
"""

import enum as _enum


@_enum.global_enum
class RegexFlag(_enum.IntFlag, boundary=_enum.KEEP):
    NOFLAG = 0
    ASCII = A = ASCII
    IGNORECASE = I = IGNORECASE
    LOCALE = L = LOCALE
    UNICODE = U = UNICODE
    MULTILINE = M = MULTILINE
    DOTALL = S = DOTALL
    VERBOSE = X = VERBOSE
    TEMPLATE = T = TEMPLATE
    DEBUG = DEBUG
    __str__ = object.__str__
    _numeric_repr_ = hex


# global_enum cannot reach this namespace (moat has no sys.modules): the
# module-level names are bound here.
NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


def _uncaptured(phrase, verbose):
    """`phrase` with its capturing groups made non-capturing: CPython's
    Scanner parses each phrase on its own, so the combined pattern's groups
    are only the one around each phrase (numbered 1..n, which lastindex
    picks the action by) and the phrases' own groups get no number or name
    of their own in it."""
    out = []
    i = 0
    n = len(phrase)
    in_class = False
    while i < n:
        c = phrase[i]
        if c == '\\':
            out.append(phrase[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == ']' and not class_start:
                in_class = False
            class_start = False
        elif c == '[':
            in_class = True
            # A ']' first in the set (after a '^') is a literal.
            class_start = True
            if phrase.startswith('^', i + 1):
                out.append('[^')
                i += 2
                continue
        elif verbose and c == '#':
            end = phrase.find('\n', i)
            end = n if end < 0 else end
            out.append(phrase[i:end])
            i = end
            continue
        elif c == '(':
            if not phrase.startswith('?', i + 1):
                out.append('(?:')
                i += 1
                continue
            if phrase.startswith('?P<', i + 1):
                close = phrase.find('>', i + 4)
                if close >= 0:
                    out.append('(?:')
                    i = close + 1
                    continue
        out.append(c)
        i += 1
    return ''.join(out)


class Scanner:
    """A lexicon scanner, as CPython's re.Scanner: one pattern made of the
    lexicon's phrases, each in a group of its own, matched along the text
    with Pattern.scanner. The phrases are joined as source text (CPython
    joins parsed subpatterns), their own groups made non-capturing so that
    group k + 1 is phrase k's, as in CPython."""

    def __init__(self, lexicon, flags=0):
        # A RegexFlag member is reduced to its int before compiling.
        flags = flags.value if isinstance(flags, RegexFlag) else flags
        self.lexicon = lexicon
        verbose = flags & VERBOSE
        # Under VERBOSE a phrase may end in a comment: end it before ')'.
        close = '\n)' if verbose else ')'
        alternatives = ['(%s%s' % (_uncaptured(phrase, verbose), close)
                        for phrase, _ in lexicon]
        if not alternatives:
            # CPython's compiler rejects the empty branch it would build.
            raise RuntimeError("invalid SRE code")
        self.scanner = compile('|'.join(alternatives), flags)

    def scan(self, string):
        """Match phrases back to back from the start of string. Returns the
        list of the actions' results (None results left out) and the text
        no phrase matched."""
        results = []
        consumed = 0
        for m in iter(self.scanner.scanner(string).match, None):
            stop = m.end()
            if stop == consumed:  # an empty match would never advance
                break
            consumed = stop
            handler = self.lexicon[m.lastindex - 1][1]
            if callable(handler):
                # The handler may look at scanner.match for the groups.
                self.match = m
                handler = handler(self, m.group())
            if handler is not None:
                results.append(handler)
        return results, string[consumed:]
