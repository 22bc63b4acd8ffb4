# %-formatting, str.format_map and str.format read their mapping or
# sequence argument while the values' __str__, __format__, __index__ or
# __eq__ run script code that clears or refills that same container, a
# use-after-free in a formatter that holds an entry pointer across the call.
# expect-output: 14 KeyError 'b'
# expect-output: 15 ('KeyError', "'b'")
# expect-output: 16 'list index out of range'
# expect-output: 17 '5 5 \x05'
# expect-output: 18 '1'
# expect-output: 19 1
def case_14():
    d = {'a': 1, 'b': 2}
    class S:
        def __str__(self):
            d.clear(); d.update({str(i): i for i in range(100)})
            return 's'
    d['a'] = S()
    return '%(a)s %(b)s' % d


try:
    print(14, repr(case_14()))
except Exception as e:
    print(14, type(e).__name__, e)


def case_15():
    d = {'a': 1, 'b': 2}
    class S:
        def __format__(self, spec):
            d.clear(); d.update({str(i): i for i in range(100)})
            return 's'
    d['a'] = S()
    try: return '{a} {b}'.format_map(d)
    except KeyError as e: return 'KeyError', str(e)


try:
    print(15, repr(case_15()))
except Exception as e:
    print(15, type(e).__name__, e)


def case_16():
    L = [1, 2]
    class S:
        def __format__(self, spec):
            L.clear()
            return 's'
        def __str__(self):
            L.clear(); return 'x'
    L.append(S())
    try: return '{0[2]} {0[0]}'.format(L)
    except IndexError as e: return str(e)


try:
    print(16, repr(case_16()))
except Exception as e:
    print(16, type(e).__name__, e)


def case_17():
    args = [0, 1]
    class S:
        def __index__(s):
            args.clear(); return 5
        def __int__(s): return 5
    args[0] = S()
    return '%*d' % tuple(args) if False else '%d %x %c' % (S(), S(), S())


try:
    print(17, repr(case_17()))
except Exception as e:
    print(17, type(e).__name__, e)


def case_18():
    class S(str):
        def __hash__(s): return hash(str(s))
        def __eq__(s, o):
            D.clear(); return str.__eq__(s, o)
    D = {S('a'): 1}
    return '%(a)s' % D if False else ('{a}'.format(**D))


try:
    print(18, repr(case_18()))
except Exception as e:
    print(18, type(e).__name__, e)


def case_19():
    d = {}
    class K:
        def __hash__(s): return 0
        def __eq__(s, o):
            d.clear(); return False
    for i in range(8): d[K()] = i
    return len(d)


try:
    print(19, repr(case_19()))
except Exception as e:
    print(19, type(e).__name__, e)
