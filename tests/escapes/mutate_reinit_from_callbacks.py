# Re-running a container's __init__ from a callback while a native method
# of that container works on it: list.__init__ empties the list and refills
# it (CPython once crashed when a list's item array was freed under a
# running sort or index), dict.__init__ / set.__init__ / bytearray.__init__
# replace the storage the native loop holds a pointer into. Every callback
# fires from inside the loop (__eq__, __hash__, __lt__, __index__, a key).
# moat rereads its containers after each callback, so each operation ends
# with a result or CPython's error, never a read of freed storage.
# (CPython 3.11's bytearray.find reads the old buffer after __index__ has
# replaced it, and answers 42 here: moat searches the bytearray as it is.)
# expect-output: list.index ValueError <__main__.ReinitList object
# expect-output: list.count ok 0
# expect-output: list.remove ValueError list.remove(x): x not in list
# expect-output: list in ok False
# expect-output: list.sort ValueError list modified during sort
# expect-output: 30
# expect-output: list.sort key ValueError list modified during sort
# expect-output: 30
# expect-output: max key ok 999
# expect-output: dict get ok None
# expect-output: dict setitem ok None
# expect-output: dict pop ok None
# expect-output: dict eq ok False
# expect-output: set in ok False
# expect-output: set add ok None
# expect-output: set discard ok None
# expect-output: set issubset ok False
# expect-output: bytearray getitem IndexError bytearray index out of range
# expect-output: bytearray setitem IndexError bytearray index out of range
# expect-output: bytearray find ok -1
# expect-output: bytearray pop IndexError pop index out of range
# expect-output: bytearray insert ok 2
def t(label, fn):
    try:
        r = fn()
        print(label, "ok", repr(r)[:60])
    except ValueError as e:
        print(label, "ValueError", str(e).split(" at ")[0])
    except Exception as e:
        print(label, type(e).__name__, e)


L = list(range(50))


class ReinitList:
    def __eq__(self, other):
        L.__init__(range(3))
        return False

    def __lt__(self, other):
        L.__init__(range(200))
        return True

    __hash__ = None


t("list.index", lambda: L.index(ReinitList()))
L.__init__(range(50))
t("list.count", lambda: L.count(ReinitList()))
L.__init__(range(50))
t("list.remove", lambda: L.remove(ReinitList()))
L.__init__(range(50))
t("list in", lambda: ReinitList() in L)
L.__init__([ReinitList() for _ in range(30)])
t("list.sort", lambda: L.sort())
print(len(L))
L.__init__(range(30))
t("list.sort key", lambda: L.sort(key=lambda x: L.__init__(range(500)) or -x))
print(len(L))
L.__init__(range(10))
t("max key", lambda: max(L, key=lambda x: L.__init__(range(1000)) or x))

D = {i: i for i in range(40)}


class ReinitDict:
    def __hash__(self):
        return 5

    def __eq__(self, other):
        D.__init__({j: j for j in range(100, 400)})
        return False


t("dict get", lambda: D.get(ReinitDict()))
D.__init__({i: i for i in range(40)})
t("dict setitem", lambda: D.__setitem__(ReinitDict(), 1))
D.__init__({i: i for i in range(40)})
t("dict pop", lambda: D.pop(ReinitDict(), None))
D.__init__({ReinitDict(): 1, 5: 2})
t("dict eq", lambda: D == {ReinitDict(): 1, 5: 2})

S = set(range(40))


class ReinitSet:
    def __hash__(self):
        return 5

    def __eq__(self, other):
        S.__init__(range(100, 400))
        return False


t("set in", lambda: ReinitSet() in S)
S.__init__(range(40))
t("set add", lambda: S.add(ReinitSet()))
S.__init__(range(40))
t("set discard", lambda: S.discard(ReinitSet()))
S.__init__(range(40))
t("set issubset", lambda: {ReinitSet()} <= S)

B = bytearray(b"abcdef" * 10)


class ReinitIndex:
    def __index__(self):
        B.__init__(b"x")
        return 40


t("bytearray getitem", lambda: B[ReinitIndex()])
B.__init__(b"abcdef" * 10)
t("bytearray setitem", lambda: B.__setitem__(ReinitIndex(), 65))
B.__init__(b"abcdef" * 10)
t("bytearray find", lambda: B.find(b"a", ReinitIndex()))
B.__init__(b"abcdef" * 10)
t("bytearray pop", lambda: B.pop(ReinitIndex()))
B.__init__(b"abcdef" * 10)
t("bytearray insert", lambda: B.insert(ReinitIndex(), 65) or len(B))
