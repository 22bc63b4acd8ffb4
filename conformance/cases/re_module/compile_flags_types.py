# re's flags argument of a type other than int: CPython's _compile checks
# the pattern first, then fails on `flags & T`; an int beyond a C int fails
# in the C compiler; a compiled pattern takes only false flags.
import re


class RandZero:
    def __rand__(self, other):
        return 0

    def __repr__(self):
        return 'RandZero()'


compiled = re.compile('a')
for flags in [5.0, 'x', None, 2**70, 2**40, -1, RandZero(), True, re.I | re.M, 0.0]:
    for call in [lambda: re.compile('a', flags).flags, lambda: re.match('a', 'a', flags).group(),
                 lambda: re.sub('a', 'b', 'a', flags=flags), lambda: re.compile(5, flags),
                 lambda: re.compile(compiled, flags) is compiled]:
        try:
            print(repr(flags), call())
        except (TypeError, ValueError, OverflowError) as e:
            print(repr(flags), type(e).__name__, e)
