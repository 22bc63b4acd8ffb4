# A list read or written at indexes whose __index__ empties or grows that
# very list while the native operation is converting its arguments:
# repetition (* and *=), item and slice reads, stores and deletes with
# extended steps, pop/insert/index bounds. A native that computed the
# length before the conversion, or kept a pointer into the items, reads or
# writes freed storage; each must give CPython's result.
# expect-output: mul -> [] []
# expect-output: imul clear -> 0 []
# expect-output: imul grow -> 330 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99]
# expect-output: getitem IndexError list index out of range []
# expect-output: setitem IndexError list assignment index out of range []
# expect-output: delitem IndexError list assignment index out of range []
# expect-output: pop IndexError pop from empty list []
# expect-output: insert -> None ['x']
# expect-output: index start ValueError 7 is not in list []
# expect-output: index stop ValueError 7 is not in list []
# expect-output: slice start -> [] []
# expect-output: slice stop -> [] []
# expect-output: slice step -> [] []
# expect-output: set slice -> None [1, 2]
# expect-output: set extended ValueError attempt to assign sequence of size 5 to extended slice of size 0 []
# expect-output: del extended -> None []
# expect-output: del extended grow -> None [1, 2, 4, 5, 7, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49]
# expect-output: set extended grow -> None [7, 1, 2, 7, 4, 5, 7, 7, 8, 7, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49]
# expect-output: tuple of list * n -> 20 []
# expect-output: range index -> 1 []
# expect-output: slice.indices -> (1, 5, 1) []
L = []


class Idx:
    def __init__(self, v, act):
        self.v = v
        self.act = act

    def __index__(self):
        self.act()
        return self.v


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r, L)
    except Exception as e:
        print(label, type(e).__name__, e, L)


def reset(n=10):
    L[:] = list(range(n))


def imul(act_of):
    M = L
    M *= Idx(3, act_of(M))
    return len(M)


reset(); attempt("mul", lambda: L * Idx(3, L.clear))
reset(); attempt("imul clear", lambda: imul(lambda M: M.clear))
reset(); attempt("imul grow", lambda: imul(lambda M: lambda: M.extend(range(100))))
reset(); attempt("getitem", lambda: L[Idx(5, L.clear)])
reset(); attempt("setitem", lambda: L.__setitem__(Idx(5, L.clear), 1))
reset(); attempt("delitem", lambda: L.__delitem__(Idx(5, L.clear)))
reset(); attempt("pop", lambda: L.pop(Idx(5, L.clear)))
reset(); attempt("insert", lambda: L.insert(Idx(5, L.clear), 'x'))
reset(); attempt("index start", lambda: L.index(7, Idx(5, L.clear)))
reset(); attempt("index stop", lambda: L.index(7, 0, Idx(9, L.clear)))
reset(); attempt("slice start", lambda: L[Idx(2, L.clear):Idx(8, lambda: None)])
reset(); attempt("slice stop", lambda: L[Idx(2, lambda: None):Idx(8, L.clear)])
reset(); attempt("slice step", lambda: L[Idx(1, lambda: None):Idx(9, lambda: None):Idx(2, L.clear)])
reset(); attempt("set slice", lambda: L.__setitem__(slice(Idx(2, L.clear), 8), [1, 2]))
reset(); attempt("set extended", lambda: L.__setitem__(slice(0, 10, Idx(2, L.clear)), [1, 2, 3, 4, 5]))
reset(); attempt("del extended", lambda: L.__delitem__(slice(0, 10, Idx(2, L.clear))))
reset(); attempt("del extended grow", lambda: L.__delitem__(slice(0, Idx(10, lambda: L.extend(range(50))), 3)))
reset(); attempt("set extended grow", lambda: L.__setitem__(slice(0, 10, Idx(3, lambda: L.extend(range(50)))), [7] * 4))
reset(); attempt("tuple of list * n", lambda: len(tuple(L) * Idx(2, L.clear)))
reset(); attempt("range index", lambda: range(Idx(3, L.clear))[Idx(1, L.clear)])
reset(); attempt("slice.indices", lambda: slice(Idx(1, L.clear), 5).indices(Idx(10, L.clear)))
