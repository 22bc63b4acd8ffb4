# Built-in slot wrappers stored under another dunder: `C.__repr__ =
# C.__str__` makes repr() call object.__str__, which calls the repr slot,
# which calls object.__str__ again, all in native code with no Python frame
# in between; `C.__eq__ = C.__ne__` does the same through object.__ne__.
# CPython counts each native call of the wrapper as a recursion step and
# raises RecursionError; a VM that only counts Python frames overflows the
# C++ stack. Each must end in a catchable RecursionError, and the
# interpreter must go on working afterwards.
# expect-output: repr RecursionError
# expect-output: str RecursionError
# expect-output: f-string RecursionError
# expect-output: == RecursionError
# expect-output: != RecursionError
# expect-output: still working 3


class ReprIsStr:
    pass


ReprIsStr.__repr__ = ReprIsStr.__str__


class EqIsNe:
    pass


EqIsNe.__eq__ = EqIsNe.__ne__

attempts = [
    ("repr", lambda: repr(ReprIsStr())),
    ("str", lambda: str(ReprIsStr())),
    ("f-string", lambda: f"{ReprIsStr()!r}"),
    ("==", lambda: EqIsNe() == EqIsNe()),
    ("!=", lambda: EqIsNe() != EqIsNe()),
]
for label, attempt in attempts:
    try:
        attempt()
        print(label, "no error")
    except RecursionError:
        print(label, "RecursionError")
print("still working", len([1, 2, 3]))
