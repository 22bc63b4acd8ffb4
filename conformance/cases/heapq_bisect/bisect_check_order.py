# bisect's C functions convert lo and hi first; insort then calls key on x,
# and only the search checks lo >= 0 and reads len(a).
import bisect

calls = []


def key(v):
    calls.append(v)
    return v


class NoLen(list):
    def __len__(self):
        calls.append('len')
        return super().__len__()


for fn in (bisect.bisect_left, bisect.bisect_right, bisect.insort_left, bisect.insort_right):
    for lo, hi, k in [(None, None, key), (0, abs, key), (-1, None, key), (0, 2**70, key),
                      (2**70, None, key), (-1, None, 0), (None, None, 0), (0, abs, 0),
                      (1, -1, key), (0, None, key), (5, 2, key)]:
        calls.clear()
        a = NoLen([1, 2, 2, 3])
        try:
            r = fn(a, 2, lo, hi, key=k)
        except (TypeError, ValueError, OverflowError) as e:
            r = f'{type(e).__name__}: {e}'
        print(fn.__name__, lo, hi, getattr(k, '__name__', k), r, calls, list(a))
