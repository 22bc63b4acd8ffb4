# classmethod and staticmethod have a writable attribute __dict__ (as in
# CPython): it holds only the wrapped callable's public metadata and what the
# script stored. Neither it nor a replaced __dict__ reaches the callable's
# internals, and the wrapper's own internals stay refused.
def f():
    pass
for wrapper in (classmethod(f), staticmethod(f)):
    print(sorted(wrapper.__dict__))
    for name in ('__code__', '__globals__', '__closure__', '__builtins__'):
        try:
            getattr(wrapper, name)
        except AttributeError as e:
            print(e)
    wrapper.__dict__ = {'__globals__': 1}
    print(wrapper.__globals__, wrapper.__func__ is f)
    try:
        wrapper.__func__.__globals__
    except AttributeError as e:
        print(e)
    try:
        wrapper.__class__ = type
    except TypeError as e:
        print(e)
# expect-output: ['__annotations__', '__doc__', '__module__', '__name__', '__qualname__']
# expect-output: '__code__' is not available in the sandbox
# expect-output: '__globals__' is not available in the sandbox
# expect-output: '__closure__' is not available in the sandbox
# expect-output: '__builtins__' is not available in the sandbox
# expect-output: 1 True
# expect-output: '__globals__' is not available in the sandbox
# expect-output: __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: ['__annotations__', '__doc__', '__module__', '__name__', '__qualname__']
# expect-output: '__code__' is not available in the sandbox
# expect-output: '__globals__' is not available in the sandbox
# expect-output: '__closure__' is not available in the sandbox
# expect-output: '__builtins__' is not available in the sandbox
# expect-output: 1 True
# expect-output: '__globals__' is not available in the sandbox
# expect-output: __class__ assignment only supported for mutable types or ModuleType subclasses
