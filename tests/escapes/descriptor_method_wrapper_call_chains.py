# A property whose getter is another property's bound __get__ (and so on,
# 100000 deep): reading it calls native to native without Python frames
# between, which crashed moat (SIGSEGV, C++ stack overflow) before the
# descriptor wrappers' __get__/__set__/__delete__ counted as recursion steps
# (CPython counts a method-wrapper call). The same through the setter, the
# deleter, map(), classmethod-wrapped properties, staticmethod chains and
# method-wrapper __call__ chains: each must be a RecursionError, and the run goes on (CPython runs the last
# one, a chain of method-wrapper __call__s, on its C stack; moat bounds it).
N = 100000


class X:
    pass


def get_chain():
    g = property(lambda s: 1).__get__
    for _ in range(N):
        g = property(g).__get__
    return g(X())


def attribute_chain():
    p = property(lambda s: 1)
    for _ in range(N):
        p = property(p.__get__)

    class Y:
        a = p
    return Y().a


def set_chain():
    s = property(None, lambda o, v: None).__set__
    for _ in range(N):
        s = property(None, s).__set__
    return s(X(), 1)


def delete_chain():
    d = property(None, None, lambda o: None).__delete__
    for _ in range(N):
        d = property(None, None, d).__delete__
    return d(X())


def map_chain():
    g = property(lambda s: s).__get__
    for _ in range(N):
        g = property(g).__get__
    return list(map(g, [X()]))


def classmethod_property_chain():
    p = property(lambda c: 1)
    for _ in range(N):
        p = classmethod(property(p.__get__))

    class Y:
        a = p
    return Y.a


def staticmethod_chain():
    f = len
    for _ in range(N):
        f = staticmethod(f)
    return f('a')


def wrapper_call_chain():
    f = len
    for _ in range(N):
        f = f.__call__
    return f('a')


for attack in (get_chain, attribute_chain, set_chain, delete_chain, map_chain,
               classmethod_property_chain, staticmethod_chain, wrapper_call_chain):
    try:
        attack()
        print(attack.__name__, 'ran')
    except RecursionError:
        print(attack.__name__, 'RecursionError')
print('still running')
# expect-output: get_chain RecursionError
# expect-output: attribute_chain RecursionError
# expect-output: set_chain RecursionError
# expect-output: delete_chain RecursionError
# expect-output: map_chain RecursionError
# expect-output: classmethod_property_chain RecursionError
# expect-output: staticmethod_chain RecursionError
# expect-output: wrapper_call_chain RecursionError
# expect-output: still running
