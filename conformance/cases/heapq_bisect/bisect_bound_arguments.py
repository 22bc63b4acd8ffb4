# bisect's lo and hi as the C module parses them: lo a Py_ssize_t, hi a
# Py_ssize_t or None (an explicit -1 is len(a)), each with its own errors.
import bisect
for call in [lambda: bisect.bisect([1], 4, hi=abs), lambda: bisect.bisect([1], 4, lo='x'),
             lambda: bisect.bisect([1], 4, lo=1.5), lambda: bisect.bisect([1], 4, hi=1.5),
             lambda: bisect.bisect([1], 4, hi=True), lambda: bisect.bisect([1, 2], 4, hi=-1),
             lambda: bisect.bisect([1, 2], 4, lo=-1), lambda: bisect.bisect([1, 2], 4, lo=2**70),
             lambda: bisect.bisect([1, 2], 4, hi=2**70), lambda: bisect.insort([1], 4, hi='a'),
             lambda: bisect.bisect_left([1, 2, 3], 2, 1, 5), lambda: bisect.bisect([1], 4, 0, None),
             lambda: bisect.bisect(None, 4), lambda: bisect.bisect([1], 4, hi=None, lo=None)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
class Big(int):
    pass
for args in [(Big(2**70),), (None, Big(2**70)), (True, True), (0, -1), (1, -5)]:
    for f in (bisect.bisect_left, bisect.bisect_right):
        try:
            print(f.__name__, f([1, 2, 3], 2, *args))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
data = [1, 3]
for hi in (None, -1, 1, 'x'):
    try:
        bisect.insort_left(data, 2, 0, hi)
        print(data)
    except TypeError as e:
        print('insort', e)
