"""The Python part of `re`: RegexFlag, an enum.IntFlag as CPython's.

The native init (re_module.cc) has already added the functions, Pattern,
Match, error and the flags as plain ints; this body replaces the flags with
RegexFlag members, whose repr and str are `re.IGNORECASE`,
`re.IGNORECASE|re.MULTILINE` as in CPython (enum's global_enum). The engine
reads any int, so members and plain ints both work as flags, and
Pattern.flags stays a plain int as CPython's.
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
