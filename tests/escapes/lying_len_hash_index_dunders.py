# Dunders that lie: __len__ negative or past sys.maxsize, a list subclass
# whose __len__ or __iter__ disagrees with its items (or empties it),
# keys() that clears the dict it lists, __hash__ returning huge ints, bool,
# -1 or non-ints, __index__ returning bool, int subclasses or itself. A
# native fast path trusting the reported size or type reads past storage.
# expect-output: 38 "cannot fit 'int' into an index-sized integer"
# expect-output: 39 ([1, 2], (1, 2), [1, 2], [1, 2], [2, 1])
# expect-output: 40 ([], (), 0, [])
# expect-output: 41 ({'a': 1}, {'a': 1}, None)
# expect-output: 42 (['a'], {'a': None}, {'a'}, {})
# expect-output: 43 (8, 1)
# expect-output: 44 910685213754167845
# expect-output: 45 (-2, -2)
# expect-output: 46 '__hash__ method should return an integer'
# expect-output: 47 1
# expect-output: 48 '__index__ returned non-int (type I)'
# expect-output: 49 (2, 3)
def case_38():
    class L:
        def __len__(s): return 2**70
    try: return len(L())
    except OverflowError as e: return str(e)


try:
    print(38, repr(case_38()))
except Exception as e:
    print(38, type(e).__name__, e)


def case_39():
    class L(list):
        def __len__(s): return 10**6
    x = L([1, 2])
    return list(x), tuple(x), sorted(x), [*x], list(reversed(x))


try:
    print(39, repr(case_39()))
except Exception as e:
    print(39, type(e).__name__, e)


def case_40():
    class L(list):
        def __iter__(s):
            s.clear(); return iter([])
    x = L([1, 2, 3])
    return list(x), tuple(x), sum(x), [*x]


try:
    print(40, repr(case_40()))
except Exception as e:
    print(40, type(e).__name__, e)


def case_41():
    class D(dict):
        def keys(s):
            s.clear(); return ['a', 'b']
        def __getitem__(s, k):
            return k
    d = D(a=1)
    return dict(d), {**d}, dict(**d) if False else None


try:
    print(41, repr(case_41()))
except Exception as e:
    print(41, type(e).__name__, e)


def case_42():
    class D(dict):
        def __iter__(s):
            s.clear(); return iter(['a'])
    d = D(a=1, b=2)
    return list(d), dict.fromkeys(d), set(d), {**d}


try:
    print(42, repr(case_42()))
except Exception as e:
    print(42, type(e).__name__, e)


def case_43():
    class H:
        def __hash__(s): return 2**64
        def __eq__(s, o): return s is o
    return hash(H()), {H(): 1} and 1


try:
    print(43, repr(case_43()))
except Exception as e:
    print(43, type(e).__name__, e)


def case_44():
    class H:
        def __hash__(s): return 10**100
    return hash(H())


try:
    print(44, repr(case_44()))
except Exception as e:
    print(44, type(e).__name__, e)


def case_45():
    class H(int):
        def __hash__(s): return -1
    return hash(H(5)), hash(-1)


try:
    print(45, repr(case_45()))
except Exception as e:
    print(45, type(e).__name__, e)


def case_46():
    class H:
        def __hash__(s): return H()
    try: return hash(H())
    except TypeError as e: return str(e)


try:
    print(46, repr(case_46()))
except Exception as e:
    print(46, type(e).__name__, e)


def case_47():
    class H:
        def __hash__(s): return True
    return hash(H())


try:
    print(47, repr(case_47()))
except Exception as e:
    print(47, type(e).__name__, e)


def case_48():
    class I:
        def __index__(s): return I()
    try: return [1][I()]
    except TypeError as e: return str(e)


try:
    print(48, repr(case_48()))
except Exception as e:
    print(48, type(e).__name__, e)


def case_49():
    class I:
        def __index__(s): return True
    class J(int): pass
    class K:
        def __index__(s): return J(3)
    return [1, 2][I()], range(10)[K()]


try:
    print(49, repr(case_49()))
except Exception as e:
    print(49, type(e).__name__, e)
