# accumulate's initial=None means "no initial value", but None items are
# ordinary values: a leading None is the first total, not skipped.
import operator
from itertools import accumulate

print(list(accumulate([None, None, None], operator.is_)))
print(list(accumulate([None, 1, 2], lambda a, b: (a, b))))
print(list(accumulate([None])))
print(list(accumulate([None, None], lambda a, b: b, initial=None)))
print(list(accumulate([], initial=None)))
print(list(accumulate([1, 2, 3], initial=None)))
it = accumulate([None, None, None], operator.is_)
print(next(it), next(it), next(it))
print(next(it, 'done'))
try:
    list(accumulate([None, 1]))
except TypeError as e:
    print("TypeError", e)
