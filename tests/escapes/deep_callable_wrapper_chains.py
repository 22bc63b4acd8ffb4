# Native callables that hold and call another callable, nested 200000 deep
# with no Python frame between the levels: lru_cache and cache wrappers of
# wrappers, partials made to look like their target with update_wrapper,
# singledispatch of singledispatch, a defaultdict whose factory reads
# another defaultdict, iter(callable, sentinel) over the last one's
# __next__. Calling through each recurses in C++; each must end in a
# catchable RecursionError, and the run goes on.
import collections
import functools

N = 200000


def lru_chain():
    f = len
    for _ in range(N):
        f = functools.lru_cache(f)
    return f('a')


def cache_chain():
    f = len
    for _ in range(N):
        f = functools.cache(f)
    return f('abc')


def wrapped_partial_chain():
    f = len
    for _ in range(N):
        f = functools.update_wrapper(functools.partial(f), f)
    return f('a')


def singledispatch_chain():
    f = len
    for _ in range(N // 100):
        f = functools.singledispatch(f)
    return f('a')


def defaultdict_chain():
    d = collections.defaultdict(int)
    for _ in range(N):
        d = collections.defaultdict(functools.partial(d.__getitem__, 'k'))
    return d['x']


def sentinel_chain():
    it = iter([1, 2])
    for _ in range(N):
        it = iter(it.__next__, None)
    return next(it)


for attack in (lru_chain, cache_chain, wrapped_partial_chain, singledispatch_chain,
               defaultdict_chain, sentinel_chain):
    try:
        attack()
        print(attack.__name__, 'ran')
    except RecursionError:
        print(attack.__name__, 'RecursionError')
print('still running')
# expect-output: lru_chain RecursionError
# expect-output: cache_chain RecursionError
# expect-output: wrapped_partial_chain RecursionError
# expect-output: singledispatch_chain RecursionError
# expect-output: defaultdict_chain RecursionError
# expect-output: sentinel_chain RecursionError
# expect-output: still running
