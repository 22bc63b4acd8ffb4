# CPython 3.11 runs a function's first 7 calls (and module code, which runs
# once) unspecialized: there every call of a built-in function or method is
# a recursion step, where the specialized call of a METH_FASTCALL one, len or
# str(x) takes none. So a recursion through a built-in stops some levels
# earlier than through a plain call, and module-level print(obj) of a
# recursing __repr__ fails where CPython's does, with its text.
depth = 0


def count(label, run):
    global depth
    depth = 0
    try:
        run()
    except RecursionError as e:
        print(label, depth, e)


class ViaGetattr:
    def __getattr__(self, name):
        global depth
        depth += 1
        return getattr(self, name)


class ViaLen:
    def __len__(self):
        global depth
        depth += 1
        return len(self)


class ViaStr:
    def __str__(self):
        global depth
        depth += 1
        return str(self)


class ViaIter:
    def __iter__(self):
        global depth
        depth += 1
        return iter(self)


class ViaNext:
    def __next__(self):
        global depth
        depth += 1
        return next(self)


class ViaFormat:
    def __format__(self, spec):
        global depth
        depth += 1
        return format(self, spec)


class ViaSetattr:
    def __setattr__(self, name, value):
        global depth
        depth += 1
        setattr(self, name, value)


class ViaAny:
    def __iter__(self):
        global depth
        depth += 1
        return iter([any(self)])


class ViaStarCall:
    def __len__(self):
        global depth
        depth += 1
        return len(*[self])


class ViaStrFormat:
    def __str__(self):
        global depth
        depth += 1
        return "{}{}".format(1, self)


def sorted_key():
    global depth
    depth += 1
    return sorted([1, 2], key=lambda x: sorted_key())


def sort_method():
    global depth
    depth += 1
    [1, 2].sort(key=lambda x: sort_method())


def driven_by_send():
    global depth
    depth += 1
    g = (x for x in [0])
    g.send(None)
    driven_by_send()


count("getattr", lambda: ViaGetattr().missing)
count("len", lambda: len(ViaLen()))
count("str", lambda: str(ViaStr()))
count("iter", lambda: iter(ViaIter()))
count("next", lambda: next(ViaNext()))
count("format", lambda: format(ViaFormat(), ""))
count("setattr", lambda: setattr(ViaSetattr(), "x", 1))
count("any", lambda: any(ViaAny()))
count("star call", lambda: len(ViaStarCall()))
count("str.format", lambda: str(ViaStrFormat()))
count("sorted key", sorted_key)
count("sort key", sort_method)
count("send", driven_by_send)


class Echo:
    def __repr__(self):
        return f"Echo({self!r})"


try:
    print(Echo())
except RecursionError as e:
    print("module print:", e)
