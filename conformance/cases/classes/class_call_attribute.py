# A class has __call__ through its metaclass (type.__call__ bound to it), so
# hasattr(cls, "__call__") holds, as callable(cls) does.
import operator, functools, collections, itertools, re
@functools.lru_cache(None)
def f(x): return x
class C: pass
class K:
    def __call__(self): return 1
objs = [operator.itemgetter(1), operator.attrgetter("x"), operator.methodcaller("x"), f, functools.partial(int), len, print, int, lambda: 0, C(), K(), C, str.upper, "".upper,
        collections.Counter, re.compile("x").match, functools.cmp_to_key(lambda a, b: 0), itertools.count, dict.fromkeys, [].append, object, type]
print([hasattr(o, "__call__") for o in objs])
print([callable(o) for o in objs])
print(f.__call__(3), operator.itemgetter(1).__call__("ab"), len.__call__([1]), K().__call__(), C.__call__().__class__.__name__)
print(f.__dict__ == {} or sorted(f.__dict__), f.__wrapped__(5), f.cache_parameters())
