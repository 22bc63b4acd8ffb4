S3 = "abc"
def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
def mut_dict():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
def mut_dict_del():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
def mut_set():
    s = {1, 2}
    for x in s:
        s.add(x + 10)
def mut_list():
    l = [1, 2, 3]
    for x in l:
        if x < 10:
            l.append(x + 10)
        if len(l) > 8:
            break
    return l
def mut_keys():
    d = {1: 1}
    ks = d.keys()
    it = iter(ks)
    d[2] = 2
    return next(it)
def sort_mut():
    l = [3, 1, 2]
    def key(v):
        l.append(v)
        return v
    l.sort(key=key)
def free_var():
    def outer():
        def inner():
            return x
        r = inner()
        x = 1
        return r
    return outer()
def unbound_local():
    y = 1
    def f():
        y += 1
    f()
def global_undefined():
    global never_defined
    return never_defined
def deep():
    def r(n):
        return r(n + 1) if n < 100000 else n
    return r(0)
def str_errors():
    out = []
    for fn in [lambda: "abc".center(5, "xy"), lambda: "a".ljust("x"), lambda: "a,b".split(""),
               lambda: "abc".rsplit("", 1), lambda: "x".join([1, 2]), lambda: "x".join(["a", b"b"]),
               lambda: "abc".startswith(["a"]), lambda: "abc".endswith(1), lambda: "a".count(),
               lambda: "abc".find(1), lambda: "a".replace(1, "b"), lambda: "a".strip(1),
               lambda: "a".encode("nope"), lambda: "a".zfill("3"), lambda: S3[1.5],
               lambda: S3["a"], lambda: "a".expandtabs("x"), lambda: "%s".translate(5),
               lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1), lambda: "a".partition(""),
               lambda: "a" * -1, lambda: "abc".removeprefix(1), lambda: "ab".splitlines("x"),
               lambda: "ab".index("c", 0, 1), lambda: "ab".rindex("z"), lambda: b"ab".index(b"z"),
               lambda: [1, 2].index(3, 0, 1), lambda: (1, 2).index(5), lambda: "a".casefold(1)]:
        try:
            out.append(repr(fn()))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    return out
def list_errors():
    out = []
    l = [1, 2, 3]
    for fn in [lambda: l[1:2:0], lambda: l.insert(), lambda: l.pop(10), lambda: l.pop("a"),
               lambda: l[None], lambda: l.__setitem__(slice(0, 3, 2), [1]),
               lambda: l.__setitem__(slice(0, 1), 5), lambda: [].index(1), lambda: l.count(),
               lambda: l.extend(5), lambda: l * "2", lambda: l.sort(reverse=None),
               lambda: list(5), lambda: tuple(None), lambda: (1, 2)[0:1:0], lambda: [][0],
               lambda: [1][-2], lambda: l.__getitem__(2**100), lambda: l[2**100:],
               lambda: dict(a=1)["b"], lambda: dict.fromkeys(5), lambda: {}.update(5),
               lambda: {}.update([1]), lambda: {}.update([(1, 2, 3)]), lambda: {1: 2}.pop(3),
               lambda: set([1]).pop() and set().pop(), lambda: frozenset().add(1),
               lambda: {1}.remove(2), lambda: {1} - [1], lambda: {1}.union(5), lambda: range(0, 10, 0),
               lambda: range(5)[10], lambda: range(1.5), lambda: bytes([256]), lambda: bytes("a"),
               lambda: bytearray(-1), lambda: b"a"[5], lambda: bytes(-1)]:
        try:
            out.append(repr(fn()))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    return out
for label, fn in [('mut dict', mut_dict), ('mut dict del', mut_dict_del), ('mut set', mut_set),
                  ('mut list', mut_list), ('mut keys', mut_keys), ('sort mut', sort_mut),
                  ('free var', free_var), ('unbound local', unbound_local),
                  ('global undefined', global_undefined)]:
    show(label, fn)
try:
    deep()
except RecursionError as e:
    print('RecursionError', e)
for line in str_errors():
    print(line)
for line in list_errors():
    print(line)
