# functools.lru_cache's wrapper (functools._lru_cache_wrapper) is a native
# object holding the script's function, the cache dict and moat's private
# state. A researcher reads every attribute spelling that could hand out
# the cache, the key marker, a function's globals or code, or the type's
# namespace: only the script's own function (__wrapped__) and what
# update_wrapper copied may come out.
# expect-output: __code__ AttributeError '__code__' is not available in the sandbox
# expect-output: __globals__ AttributeError '__globals__' is not available in the sandbox
# expect-output: __closure__ AttributeError '__closure__' is not available in the sandbox
# expect-output: __builtins__ AttributeError '__builtins__' is not available in the sandbox
# expect-output: __func__ AttributeError '__func__' is not available in the sandbox
# expect-output: __self__ AttributeError '__self__' is not available in the sandbox
# expect-output: cache AttributeError 'functools._lru_cache_wrapper' object has no attribute 'cache'
# expect-output: _cache AttributeError 'functools._lru_cache_wrapper' object has no attribute '_cache'
# expect-output: func AttributeError 'functools._lru_cache_wrapper' object has no attribute 'func'
# expect-output: user_function AttributeError 'functools._lru_cache_wrapper' object has no attribute 'user_function'
# expect-output: cache_info_type AttributeError 'functools._lru_cache_wrapper' object has no attribute 'cache_info_type'
# expect-output: kwd_mark AttributeError 'functools._lru_cache_wrapper' object has no attribute 'kwd_mark'
# expect-output: maxsize AttributeError 'functools._lru_cache_wrapper' object has no attribute 'maxsize'
# expect-output: hits AttributeError 'functools._lru_cache_wrapper' object has no attribute 'hits'
# expect-output: __defaults__ AttributeError '__defaults__' is not available in the sandbox
# expect-output: __kwdefaults__ AttributeError '__kwdefaults__' is not available in the sandbox
# expect-output: object.__getattribute__ __code__ '__code__' is not available in the sandbox
# expect-output: __wrapped__ __code__ '__code__' is not available in the sandbox
# expect-output: object.__getattribute__ __globals__ '__globals__' is not available in the sandbox
# expect-output: __wrapped__ __globals__ '__globals__' is not available in the sandbox
# expect-output: True ['__annotations__', '__doc__', '__module__', '__name__', '__qualname__', '__wrapped__', 'cache_parameters'] CacheInfo(hits=0, misses=1, maxsize=4, currsize=1)
# expect-output: ['cache_clear', 'cache_info', 'cache_parameters']
# expect-output: 6 True
# expect-output: reduce '__globals__' is not available in the sandbox
# expect-output: TypeError the first argument must be callable
# expect-output: TypeError maxsize should be integer or None
# expect-output: 5 5 (1, 1, 2, 1) {}
# expect-output: TypeError descriptor 'cache_info' for 'functools._lru_cache_wrapper' objects doesn't apply to a 'function' object
# expect-output: TypeError descriptor '__get__' requires a 'functools._lru_cache_wrapper' object but received a 'function'
import functools


def target(x):
    return x


f = functools.lru_cache(maxsize=4)(target)
f(1)
for name in ('__code__', '__globals__', '__closure__', '__builtins__', '__func__', '__self__',
             'cache', '_cache', 'func', 'user_function', 'cache_info_type', 'kwd_mark',
             'maxsize', 'hits', '__defaults__', '__kwdefaults__'):
    try:
        getattr(f, name)
        print(name, 'read')
    except AttributeError as e:
        print(name, 'AttributeError', e)
for name in ('__code__', '__globals__'):
    try:
        object.__getattribute__(f, name)
    except AttributeError as e:
        print('object.__getattribute__', name, e)
    try:
        getattr(f.__wrapped__, name)
    except AttributeError as e:
        print('__wrapped__', name, e)
print(f.__wrapped__ is target, sorted(vars(f)), f.cache_info())
print(sorted(n for n in dir(f) if not n.startswith('__')))
# The wrapper over one of moat's own functions hands out only that function,
# which keeps its refusals.
g = functools.cache(functools.reduce)
print(g(lambda a, b: a + b, (1, 2, 3)), g.__wrapped__ is functools.reduce)
try:
    g.__wrapped__.__globals__
except AttributeError as e:
    print('reduce', e)
# The type made by hand: its arguments are checked before anything is kept.
T = type(f)
for args in ((object(), 1, False, None), (target, 'x', False, None)):
    try:
        T(*args)
    except TypeError as e:
        print('TypeError', e)
w = T(target, 2, False, lambda *a: a)
print(w(5), w(5), w.cache_info(), vars(w))
try:
    T.cache_info(target)
except TypeError as e:
    print('TypeError', e)
try:
    T.__get__(target, 1)()
except TypeError as e:
    print('TypeError', e)
