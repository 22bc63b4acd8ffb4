# nsmallest and nlargest as CPython's: min/max for n == 1, sorted() when n
# covers a sized input, else a bounded heap, so a bad n or bad items fail
# with the errors of whichever path ran; merge compares whole entries.
import heapq


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except TypeError as e:
        print('TypeError', e)


for fn in (heapq.nsmallest, heapq.nlargest):
    show(fn, 2.0, [1, 2])
    show(fn, 2.0, [1, 2, 3])
    show(fn, 1.0, [3, 1, 2])
    show(fn, 'a', [1, 2])
    show(fn, 'a', iter([1, 2]))
    show(fn, 2.0, iter([1, 2, 3]))
    show(fn, -1.5, iter([1, 2, 3]))
    show(fn, True, [3, 1])
    show(fn, None, [3, 1])
    show(fn, 0, iter([3, 1]))
    show(fn, -2, iter([3, 1]))
    show(fn, 2, 5)
    show(fn, 2, iter([1, 'a', 3]))
    show(fn, 2, iter([3, 1, 2]), key=lambda x: -x)
    show(fn, 3, iter([5, 1, 4, 1, 5, 9, 2, 6]))
    show(fn, 3, iter([(1, 'b'), (1, 'a'), (0, 'z'), (2, 'y')]), key=lambda p: p[0])
    show(fn, 2, [1, 2], key=3)
    show(fn, 1, [1, 2], key=3)
    show(fn, 2, iter([1, 2, 3]), key=3)

show(lambda: list(heapq.merge([1, 3], [2, 'a'])))
show(lambda: list(heapq.merge([3, 1], [2, 0], reverse=True)))
show(lambda: list(heapq.merge([1, 4], [2, 3], [0, 5], key=lambda x: -x, reverse=True)))
show(lambda: list(heapq.merge([1], [2], key=3)))
show(lambda: list(heapq.merge([1], 5)))
show(lambda: list(heapq.merge([(1, 'x')], [(1, 2)])))
