# Refused constructors reached through natives that call what they are
# given, so no Python-level call site names them: map(type, ...),
# functools.partial(type, name), operator.call, functools.reduce,
# sorted(key=...), dict(map(...)), itertools.starmap, a dataclass
# default_factory, defaultdict's factory and copy's reconstruction of an
# object whose __reduce__ names the function type.
import functools, operator, itertools, collections, types, copy, dataclasses


class Evil:
    def __reduce__(self):
        return (types.FunctionType, (None, {}))


attempts = [
    lambda: list(map(type, ['X'], [()], [{}])),
    lambda: functools.partial(type, 'X', ())({}),
    lambda: operator.call(type, 'X', (), {}),
    lambda: list(itertools.starmap(type, [('X', (), {})])),
    lambda: functools.reduce(lambda acc, f: f('X', (), {}), [type], None),
    lambda: collections.defaultdict(functools.partial(types.FunctionType, None, {}))['k'],
    lambda: list(map(types.ModuleType, ['m'])),
    lambda: dataclasses.field(default_factory=functools.partial(types.MethodType, print, 1)
                              ).default_factory(),
    lambda: copy.copy(Evil()),
    lambda: copy.deepcopy(Evil()),
    lambda: list(map(types.CodeType, [0] * 3)),
    lambda: sorted(['X'], key=functools.partial(type, bases=(), dict={})),
]
for attack in attempts:
    try:
        print('gave', attack())
    except TypeError as e:
        print(e)
# expect-output: type() with three arguments is not available in the sandbox
# expect-output: type() with three arguments is not available in the sandbox
# expect-output: type() with three arguments is not available in the sandbox
# expect-output: type() with three arguments is not available in the sandbox
# expect-output: type() with three arguments is not available in the sandbox
# expect-output: creating 'function' objects is not available in the sandbox
# expect-output: creating 'module' objects is not available in the sandbox
# expect-output: creating 'method' objects is not available in the sandbox
# expect-output: creating 'function' objects is not available in the sandbox
# expect-output: creating 'function' objects is not available in the sandbox
# expect-output: creating 'code' objects is not available in the sandbox
# expect-output: type() takes no keyword arguments
