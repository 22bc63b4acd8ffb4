# chain.from_iterable is a one-argument class method: its errors name the
# class it was called on.
import itertools


class C(itertools.chain):
    pass


for f in [lambda: itertools.chain.from_iterable(),
          lambda: itertools.chain.from_iterable([], 'ab'),
          lambda: itertools.chain.from_iterable(iterable=[]),
          lambda: C.from_iterable(),
          lambda: list(C.from_iterable(['ab', 'c']))]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
