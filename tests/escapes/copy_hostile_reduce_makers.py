# copy.copy/deepcopy call whatever callable a __reduce_ex__ or __deepcopy__
# names, with the arguments it gives: a pyjail payload names a refused maker
# (three-argument type, object.__new__ of a built-in type, the function and
# code types) hoping copy's own code runs it with more rights than the
# script, or a state dict whose keys (__class__, __dict__) rewrite the copy.
# expect-output: copy type three args TypeError: type() with three arguments is not available in the sandbox
# expect-output: deepcopy type three args TypeError: type() with three arguments is not available in the sandbox
# expect-output: copy object.__new__(type) TypeError: object.__new__(type) is not safe, use type.__new__()
# expect-output: deepcopy object.__new__(type) TypeError: object.__new__(type) is not safe, use type.__new__()
# expect-output: copy FunctionType TypeError: creating 'function' objects is not available in the sandbox
# expect-output: deepcopy FunctionType TypeError: creating 'function' objects is not available in the sandbox
# expect-output: copy CodeType TypeError: creating 'code' objects is not available in the sandbox
# expect-output: deepcopy CodeType TypeError: creating 'code' objects is not available in the sandbox
# expect-output: copy MethodType TypeError: creating 'method' objects is not available in the sandbox
# expect-output: deepcopy MethodType TypeError: creating 'method' objects is not available in the sandbox
# expect-output: copy ModuleType TypeError: creating 'module' objects is not available in the sandbox
# expect-output: deepcopy ModuleType TypeError: creating 'module' objects is not available in the sandbox
# expect-output: copy getattr walk AttributeError: '__globals__' is not available in the sandbox
# expect-output: deepcopy getattr walk AttributeError: '__globals__' is not available in the sandbox
# expect-output: copy state __class__ ran: 'Maker'
# expect-output: deepcopy state __class__ ran: 'Maker'
# expect-output: copy state __dict__ ran: 'Maker'
# expect-output: deepcopy state __dict__ ran: 'Maker'
# expect-output: copy state slots pair TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: deepcopy state slots pair TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: copy listitems into non-list AttributeError: 'Maker' object has no attribute 'append'
# expect-output: deepcopy listitems into non-list ran: 'Maker'
# expect-output: copy dictitems into non-dict TypeError: 'Maker' object does not support item assignment
# expect-output: deepcopy dictitems into non-dict ran: 'Maker'
# expect-output: copy not a tuple ran: 'Maker'
# expect-output: deepcopy not a tuple ran: 'Maker'
# expect-output: copy too long TypeError: _reconstruct() takes from 4 to 7 positional arguments but 9 were given
# expect-output: deepcopy too long TypeError: _reconstruct() takes from 4 to 7 positional arguments but 9 were given
# expect-output: copy setstate from builtin AttributeError: 'list' object has no attribute '__dict__'
# expect-output: deepcopy setstate from builtin AttributeError: 'list' object has no attribute '__dict__'
# expect-output: __deepcopy__ makes a class TypeError: type() with three arguments is not available in the sandbox
# expect-output: copy._reconstruct direct TypeError: type() with three arguments is not available in the sandbox
# expect-output: copy._deepcopy_dispatch AttributeError: module 'copy' has no attribute '_deepcopy_dispatch'
import re as _re


def attempt(label, fn):
    # Reprs carry an id (" at 0x..."): left out, it depends on what asked first.
    try:
        result = fn()
        print(label, 'ran:', _re.sub(r' at 0x[0-9a-f]+', '', repr(result))[:150])
    except Exception as e:
        print(label, type(e).__name__ + ':', _re.sub(r' at 0x[0-9a-f]+', '', str(e))[:150])


import copy, types


class Maker:
    def __init__(self, reduced):
        self.reduced = reduced

    def __reduce_ex__(self, protocol):
        return self.reduced


class Deep:
    def __deepcopy__(self, memo):
        return type('X', (), {})


def f():
    return 1


cases = [
    ('type three args', (type, ('X', (), {}))),
    ('object.__new__(type)', (object.__new__, (type,))),
    ('FunctionType', (types.FunctionType, (None, {}))),
    ('CodeType', (types.CodeType, ())),
    ('MethodType', (types.MethodType, (f, 1))),
    ('ModuleType', (types.ModuleType, ('m',))),
    ('getattr walk', (getattr, (f, '__globals__'))),
    ('state __class__', (object.__new__, (Maker,), {'__class__': int})),
    ('state __dict__', (object.__new__, (Maker,), {'__dict__': 5})),
    ('state slots pair', (object.__new__, (Maker,), (None, {'__class__': int}))),
    ('listitems into non-list', (object.__new__, (Maker,), None, iter([1]))),
    ('dictitems into non-dict', (object.__new__, (Maker,), None, None, iter([(1, 2)]))),
    ('not a tuple', 'copyreg.__newobj__'),
    ('too long', (object, (), None, None, None, None, None)),
    ('setstate from builtin', (list, (), {'x': 1})),
]
for label, reduced in cases:
    attempt('copy ' + label, lambda: type(copy.copy(Maker(reduced))).__name__)
    attempt('deepcopy ' + label, lambda: type(copy.deepcopy(Maker(reduced))).__name__)
attempt('__deepcopy__ makes a class', lambda: copy.deepcopy(Deep()))
attempt('copy._reconstruct direct', lambda: copy._reconstruct(f, None, type, ('X', (), {})))
attempt('copy._deepcopy_dispatch', lambda: sorted(t.__name__ for t in copy._deepcopy_dispatch)[:3])
