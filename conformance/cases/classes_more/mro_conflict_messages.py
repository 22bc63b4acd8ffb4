# The classes named when no consistent MRO exists are the heads left over by
# the C3 merge, not the bases as written.
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
class A: pass
class B(A): pass
class C(A): pass




def make_pq():
    class R(P, Q):
        pass


def make_xp():
    class S(X, P):
        pass


def make_ab():
    class T(A, B):
        pass


def make_cross():
    class M(B, C):
        pass

    class N(C, B):
        pass

    class O(M, N):
        pass


def make_dup():
    class U(A, B, A):
        pass


for make in (make_pq, make_xp, make_ab, make_cross, make_dup):
    try:
        make()
        print(make.__name__, "ok")
    except TypeError as e:
        print(make.__name__, "TypeError:", e)


class Good(B, C):
    pass


print([k.__name__ for k in (Good, B, C, A)], issubclass(Good, A))
