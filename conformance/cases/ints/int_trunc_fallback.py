# int() tries __int__, then __index__, then the deprecated __trunc__, whose
# result must be an int or have __index__. CPython 3.11 warns about
# __trunc__ only for code in __main__, so the case renames its module to
# keep stderr quiet.
__name__ = 'int_trunc_fallback'


class Trunc:
    def __trunc__(self):
        return 4


class TruncToIndex:
    class Idx:
        def __index__(self):
            return 9

    def __trunc__(self):
        return self.Idx()


class TruncBad:
    def __trunc__(self):
        return 2.5


class IntFirst:
    def __int__(self):
        return 1

    def __trunc__(self):
        return 2


class TruncBool:
    def __trunc__(self):
        return True


print(int(Trunc()), int(TruncToIndex()), int(IntFirst()), repr(int(TruncBool())))
for bad in (TruncBad(), object()):
    try:
        int(bad)
    except TypeError as e:
        print("TypeError", e)
