# islice reports any failure to convert start, stop or step (a raising
# __index__, a non-int) as its own ValueError, with no chained context.
import itertools


class Raising:
    def __index__(self):
        raise KeyError('index')


for args in [(Raising(),), (0, Raising()), (Raising(), 5), (0, 5, Raising()), ('x',),
             (2**70,), (-1,), (None, None, 0), (1, None, 2)]:
    try:
        print(list(itertools.islice(range(6), *args)))
    except ValueError as e:
        print('ValueError', e, e.__context__)
