"""Get useful information from live Python objects: moat's safe subset.

Signatures (signature, Signature, Parameter, BoundArguments), the is...()
predicates, getdoc, cleandoc, getmembers, unwrap and get_annotations, with
CPython 3.11's behaviour and messages. What would hand out frames, code
objects, source text, files, module objects, function globals, closure cells
or the class graph (currentframe, stack, getsource, getfile, getmodule,
getclosurevars, getgeneratorlocals, getcallargs, getmro, getattr_static...)
is withheld by the module's native init (stdlib_safe/inspect_module.cc):
"AttributeError: 'inspect.stack' is not available in the sandbox".

CPython reads a function's parameters from its __code__, which moat
refuses; this module asks the private native _func_params instead, which
answers the parameter names and the generator/coroutine flags only, and
_ctor_info, which says whether a class's __new__ and __init__ are a user's
without handing out its MRO. Both live in the module's private namespace.
"""

import abc
import collections.abc
import enum
import functools
import keyword
import re
import sys as _sys
import types
from collections import OrderedDict

# Code flags, as CPython's inspect has them (only the ones _func_params
# answers mean anything here).
CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

TPFLAGS_IS_ABSTRACT = 1 << 20

# _func_params' flag for the code of moat's own modules.
_MOAT_MODULE_CODE = 0x40000000


def _probe():
    pass


_builtin_function(_probe)
_StandInType = type(_probe)
del _probe

# A C-type stand-in's class method bound to its class has a type of its own.
_StandInMethodType = type(OrderedDict.fromkeys)

_BuiltinFunctionTypes = (types.BuiltinFunctionType, _StandInType, _StandInMethodType)
# The slot wrappers of moat's types have types of their own besides
# types.WrapperDescriptorType and types.MethodWrapperType.
_WrapperDescriptorTypes = (types.WrapperDescriptorType, type(int.__add__), type(type.__call__))
_MethodWrapperTypes = (types.MethodWrapperType, type((1).__add__))


# ----------------------------------------------------------- predicates

def ismodule(object):
    """Whether `object` is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Whether `object` is a class (an instance of type)."""
    return isinstance(object, type)


def ismethod(object):
    """Whether `object` is a function bound to an object."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Whether `object` is a function written in Python (def or lambda)."""
    return isinstance(object, types.FunctionType)


def _is_plain_callable(object):
    # Classes, bound methods and Python functions are never descriptors
    # in the sense of the two predicates below, whatever their type has.
    return isinstance(object, (type, types.MethodType, types.FunctionType))


def ismethoddescriptor(object):
    """Whether `object` is a non-data descriptor such as int.__add__ or
    str.join (classes, methods and Python functions excepted)."""
    if _is_plain_callable(object):
        return False
    if isinstance(object, (types.MethodDescriptorType, *_WrapperDescriptorTypes)):
        return True
    kind = type(object)
    return hasattr(kind, "__get__") and not hasattr(kind, "__set__")


def isdatadescriptor(object):
    """Whether `object`'s type defines __set__ or __delete__ (classes,
    methods and Python functions excepted)."""
    if _is_plain_callable(object):
        return False
    kind = type(object)
    return any(hasattr(kind, hook) for hook in ("__set__", "__delete__"))


def ismemberdescriptor(object):
    """Whether `object` is the descriptor of a __slots__ entry."""
    return type(object).__name__ == 'member_descriptor'


def isgetsetdescriptor(object):
    """Whether `object` is a getset descriptor of a built-in type."""
    return isinstance(object, types.GetSetDescriptorType)


def _code_flags(f):
    # The code flags _func_params answers for the function behind bound
    # methods and partials; 0 for anything else.
    for wrapper, attr in ((types.MethodType, '__func__'), (functools.partial, 'func')):
        while isinstance(f, wrapper):
            f = getattr(f, attr)
    answer = _func_params(f) if isfunction(f) else None
    return 0 if answer is None else answer[6]


def isgeneratorfunction(obj):
    """Whether calling `obj` makes a generator (a def with yield)."""
    return bool(_code_flags(obj) & CO_GENERATOR)


def iscoroutinefunction(obj):
    """Whether `obj` is an `async def` function."""
    return bool(_code_flags(obj) & CO_COROUTINE)


def isasyncgenfunction(obj):
    """Whether `obj` is an `async def` function containing yield."""
    return bool(_code_flags(obj) & CO_ASYNC_GENERATOR)


def isgenerator(object):
    """Whether `object` is a generator iterator."""
    return isinstance(object, types.GeneratorType)


def isasyncgen(object):
    """Whether `object` is an asynchronous generator iterator."""
    return isinstance(object, types.AsyncGeneratorType)


def iscoroutine(object):
    """Whether `object` is a coroutine made by an `async def` function."""
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """Whether `object` may follow `await`."""
    return isinstance(object, (types.CoroutineType, collections.abc.Awaitable))


def istraceback(object):
    """Whether `object` is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Always false: moat hands out no frame objects."""
    return False


def iscode(object):
    """Always false: moat hands out no code objects."""
    return False


def isbuiltin(object):
    """Whether `object` is a function or method implemented natively."""
    return isinstance(object, _BuiltinFunctionTypes)


def ismethodwrapper(object):
    """Whether `object` is a slot wrapper bound to an object, like (1).__add__."""
    return isinstance(object, _MethodWrapperTypes)


_ROUTINE_TESTS = (isbuiltin, isfunction, ismethod, ismethoddescriptor, ismethodwrapper)


def isroutine(object):
    """Whether `object` is a function or method of any kind."""
    return any(test(object) for test in _ROUTINE_TESTS)


def isabstract(object):
    """Whether `object` is a class with abstract methods left to override."""
    if not isinstance(object, type):
        return False
    try:
        namespace = object.__dict__
    except AttributeError:
        return False  # a built-in type, never abstract
    # Only a class's own __abstractmethods__ counts, as CPython's type flag.
    if '__abstractmethods__' in namespace:
        return bool(namespace['__abstractmethods__'])
    if not isinstance(object, abc.ABCMeta):
        return False
    # Called from __init_subclass__, before ABCMeta.__new__ sets the set:
    # as CPython, look for abstract methods defined here or left unoverridden.
    for value in namespace.values():
        if getattr(value, '__isabstractmethod__', False):
            return True
    for base in _bases(object):
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(object, name, None), '__isabstractmethod__', False):
                return True
    return False
def _namespace_value(classes, key):
    # The first namespace along `classes` that binds `key`, as (True, value);
    # (False, None) if none does. A built-in type's namespace is withheld.
    for klass in classes:
        try:
            namespace = klass.__dict__
        except AttributeError:
            continue
        if key in namespace:
            return True, namespace[key]
    return False, None


def _dynamic_names(cls):
    # Names a direct base binds to a DynamicClassAttribute (an Enum's `name`
    # and `value`), which dir() of the class leaves out. moat's
    # enum.property is built on property, CPython's on DynamicClassAttribute.
    found = []
    try:
        for base in _bases(cls):
            found += [k for k, v in base.__dict__.items()
                      if isinstance(v, (types.DynamicClassAttribute, enum.property))]
    except AttributeError:
        pass
    return found


def getmembers(object, predicate=None):
    """The (name, value) pairs of `object`'s attributes, by name, those
    `predicate` accepts if it is given."""
    # For a class, a name getattr cannot answer is looked up in the
    # namespaces along its MRO (the private natives _mro and _bases; no class
    # found this way is returned), the class itself first.
    is_class = isclass(object)
    names = dir(object) + (_dynamic_names(object) if is_class else [])
    search = ((object,) + _mro(object)) if is_class else ()
    pairs, seen = [], set()
    for key in names:
        # A name listed twice (by dir() and as a dynamic name) is answered
        # the second time from the namespaces only, and listed again.
        if key in seen:
            found, value = _namespace_value(search, key)
        else:
            try:
                found, value = True, getattr(object, key)
            except AttributeError as e:
                if str(e).endswith('is not available in the sandbox'):
                    # What the sandbox refuses stays refused.
                    continue
                found, value = _namespace_value(search, key)
        if not found:
            continue
        seen.add(key)
        if not predicate or predicate(value):
            pairs.append((key, value))
    return sorted(pairs, key=lambda pair: pair[0])


# ----------------------------------------------------------- documentation

def getdoc(object):
    """`object`'s docstring, or the one it inherits when its own is None,
    tidied by cleandoc(); None when there is no string to give."""
    doc = getattr(object, '__doc__', _void)
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            doc = None
    return cleandoc(doc) if isinstance(doc, str) else None


def cleandoc(doc):
    """`doc` with tabs expanded, the first line's leading blanks and the
    common indentation of the other lines removed, and blank lines dropped
    from both ends."""
    lines = doc.expandtabs().split('\n')
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()]
    if lines:
        lines[0] = lines[0].lstrip()
    if indents:
        cut = min(indents)
        lines[1:] = [line[cut:] for line in lines[1:]]
    while lines and not lines[-1]:
        del lines[-1]
    while lines and not lines[0]:
        del lines[0]
    return '\n'.join(lines)


def _qualname_class(func):
    # The class a function's qualified name puts it in, walked from its
    # module namespace (the private native _module_global; CPython starts
    # from sys.modules), or None when the path does not end at a class.
    path = func.__qualname__.split('.')[:-1]
    if not path:
        return None
    found = _module_global(func, path[0])
    for part in path[1:]:
        if found is None:
            return None
        found = getattr(found, part)
    return found if isclass(found) else None


def _doc_lookup(obj):
    # Where to look for an inherited docstring: (class, name) of the method
    # or descriptor `obj` stands for, or None. A slot documented in a
    # __slots__ dict answers at once as (None, doc).
    if ismethod(obj):
        name = obj.__func__.__name__
        # `__self__` of a bound method is withheld from scripts.
        owner = _method_self(obj)
        on_class = (isclass(owner) and
                    getattr(getattr(owner, name, None), '__func__') is obj.__func__)
        return (owner if on_class else type(owner)), name
    if isfunction(obj) or isinstance(obj, property):
        function = obj if isfunction(obj) else obj.fget
        name = function.__name__
        owner = _qualname_class(function)
        if owner is None or getattr(owner, name) is not obj:
            return None
        return owner, name
    if isbuiltin(obj):
        name = obj.__name__
        owner = obj.__self__
        if isclass(owner) and f'{owner.__qualname__}.{name}' == obj.__qualname__:
            return owner, name
        return type(owner), name
    if ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = obj.__name__
        owner = obj.__objclass__
        if getattr(owner, name) is not obj:
            return None
        slots = getattr(owner, '__slots__', None) if ismemberdescriptor(obj) else None
        if isinstance(slots, dict) and name in slots:
            return None, slots[name]
        return owner, name
    return None


def _finddoc(obj):
    # A docstring `obj` inherits: a class's from the first base along its
    # MRO (object's excepted) that has one, a method's or descriptor's from
    # the same name on the classes along its class's MRO.
    if isclass(obj):
        docs = (getattr(base, '__doc__', None) for base in _mro(obj) if base is not object)
        return next((doc for doc in docs if doc is not None), None)
    lookup = _doc_lookup(obj)
    if lookup is None:
        return None
    owner, name = lookup
    if owner is None:
        return name
    docs = (_doc_of(base, name) for base in _mro(owner))
    return next((doc for doc in docs if doc is not None), None)


def _doc_of(owner, name):
    # owner.<name>.__doc__, None when either lookup fails.
    try:
        return getattr(owner, name).__doc__
    except AttributeError:
        return None


def unwrap(func, *, stop=None):
    """The object at the end of `func`'s chain of __wrapped__ attributes,
    or the first one along it that `stop` accepts."""
    origin = func
    # Keyed by id so that unhashable wrappers work; the values keep every
    # object seen alive, so no id can be reused while walking.
    seen = {id(func): func}
    limit = _sys.getrecursionlimit()
    while hasattr(func, '__wrapped__') and (stop is None or not stop(func)):
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError(f'wrapper loop when unwrapping {origin!r}')
        seen[id(func)] = func
    return func


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of `obj`'s annotations (a class's own ones only)."""
    if isinstance(obj, type):
        # Only the class's own namespace counts, not what it inherits.
        namespace = getattr(obj, '__dict__', None)
        found = None
        if namespace and hasattr(namespace, 'get'):
            found = namespace.get('__annotations__', None)
        ann = None if isinstance(found, types.GetSetDescriptorType) else found
    elif isinstance(obj, types.ModuleType) or callable(obj):
        ann = getattr(obj, '__annotations__', None)
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is not None and not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if ann and eval_str:
        raise NotImplementedError(
            "get_annotations(eval_str=True) is not available in the sandbox: "
            "moat has no eval(); typing.get_type_hints() evaluates string annotations")
    return dict(ann or {})


def _drop_typing_prefix(match):
    return match.group().removeprefix('typing.')


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return re.sub(r'[\w\.]+', _drop_typing_prefix, repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if not isinstance(annotation, type):
        return repr(annotation)
    if annotation.__module__ in ('builtins', base_module):
        return annotation.__qualname__
    return annotation.__module__ + '.' + annotation.__qualname__


# ----------------------------------------------------------- signatures

_EMPTY = object()  # no default, in the table below

# BEGIN built-in signatures (generated by stdlib_safe/inspect_signatures_gen.py: do not edit)
_BUILTIN_SIGNATURES = {
    '_operator.abs': (False, (('a', 0, _EMPTY),)),
    '_operator.add': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.and_': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.call': (False, (('obj', 0, _EMPTY), ('args', 2, _EMPTY), ('kwargs', 4, _EMPTY))),
    '_operator.concat': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.contains': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.countOf': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.delitem': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.eq': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.floordiv': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.ge': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.getitem': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.gt': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.iadd': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.iand': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.iconcat': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.ifloordiv': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.ilshift': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.imatmul': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.imod': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.imul': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.index': (False, (('a', 0, _EMPTY),)),
    '_operator.indexOf': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.inv': (False, (('a', 0, _EMPTY),)),
    '_operator.invert': (False, (('a', 0, _EMPTY),)),
    '_operator.ior': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.ipow': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.irshift': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.is_': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.is_not': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.isub': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.itruediv': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.ixor': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.le': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.length_hint': (False, (('obj', 0, _EMPTY), ('default', 0, 0))),
    '_operator.lshift': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.lt': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.matmul': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.mod': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.mul': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.ne': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.neg': (False, (('a', 0, _EMPTY),)),
    '_operator.not_': (False, (('a', 0, _EMPTY),)),
    '_operator.or_': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.pos': (False, (('a', 0, _EMPTY),)),
    '_operator.pow': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.rshift': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.setitem': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY), ('c', 0, _EMPTY))),
    '_operator.sub': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.truediv': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    '_operator.truth': (False, (('a', 0, _EMPTY),)),
    '_operator.xor': (False, (('a', 0, _EMPTY), ('b', 0, _EMPTY))),
    'builtins.__import__': (False, (
        ('name', 1, _EMPTY),
        ('globals', 1, None),
        ('locals', 1, None),
        ('fromlist', 1, ()),
        ('level', 1, 0),
    )),
    'builtins.abs': (False, (('x', 0, _EMPTY),)),
    'builtins.aiter': (False, (('async_iterable', 0, _EMPTY),)),
    'builtins.all': (False, (('iterable', 0, _EMPTY),)),
    'builtins.any': (False, (('iterable', 0, _EMPTY),)),
    'builtins.ascii': (False, (('obj', 0, _EMPTY),)),
    'builtins.bin': (False, (('number', 0, _EMPTY),)),
    'builtins.callable': (False, (('obj', 0, _EMPTY),)),
    'builtins.chr': (False, (('i', 0, _EMPTY),)),
    'builtins.compile': (False, (
        ('source', 1, _EMPTY),
        ('filename', 1, _EMPTY),
        ('mode', 1, _EMPTY),
        ('flags', 1, 0),
        ('dont_inherit', 1, False),
        ('optimize', 1, -1),
        ('_feature_version', 3, -1),
    )),
    'builtins.delattr': (False, (('obj', 0, _EMPTY), ('name', 0, _EMPTY))),
    'builtins.divmod': (False, (('x', 0, _EMPTY), ('y', 0, _EMPTY))),
    'builtins.eval': (False, (('source', 0, _EMPTY), ('globals', 0, None), ('locals', 0, None))),
    'builtins.exec': (False, (
        ('source', 0, _EMPTY),
        ('globals', 0, None),
        ('locals', 0, None),
        ('closure', 3, None),
    )),
    'builtins.format': (False, (('value', 0, _EMPTY), ('format_spec', 0, ''))),
    'builtins.globals': (False, ()),
    'builtins.hasattr': (False, (('obj', 0, _EMPTY), ('name', 0, _EMPTY))),
    'builtins.hash': (False, (('obj', 0, _EMPTY),)),
    'builtins.hex': (False, (('number', 0, _EMPTY),)),
    'builtins.id': (False, (('obj', 0, _EMPTY),)),
    'builtins.input': (False, (('prompt', 0, ''),)),
    'builtins.isinstance': (False, (('obj', 0, _EMPTY), ('class_or_tuple', 0, _EMPTY))),
    'builtins.issubclass': (False, (('cls', 0, _EMPTY), ('class_or_tuple', 0, _EMPTY))),
    'builtins.len': (False, (('obj', 0, _EMPTY),)),
    'builtins.locals': (False, ()),
    'builtins.oct': (False, (('number', 0, _EMPTY),)),
    'builtins.ord': (False, (('c', 0, _EMPTY),)),
    'builtins.pow': (False, (('base', 1, _EMPTY), ('exp', 1, _EMPTY), ('mod', 1, None))),
    'builtins.print': (False, (
        ('args', 2, _EMPTY),
        ('sep', 3, ' '),
        ('end', 3, '\n'),
        ('file', 3, None),
        ('flush', 3, False),
    )),
    'builtins.repr': (False, (('obj', 0, _EMPTY),)),
    'builtins.round': (False, (('number', 1, _EMPTY), ('ndigits', 1, None))),
    'builtins.setattr': (False, (('obj', 0, _EMPTY), ('name', 0, _EMPTY), ('value', 0, _EMPTY))),
    'builtins.sorted': (False, (('iterable', 0, _EMPTY), ('key', 3, None), ('reverse', 3, False))),
    'builtins.sum': (False, (('iterable', 0, _EMPTY), ('start', 1, 0))),
    'bytearray.append': (True, (('self', 0, _EMPTY), ('item', 0, _EMPTY))),
    'bytearray.center': (True, (('self', 0, _EMPTY), ('width', 0, _EMPTY), ('fillchar', 0, b' '))),
    'bytearray.clear': (True, (('self', 0, _EMPTY),)),
    'bytearray.copy': (True, (('self', 0, _EMPTY),)),
    'bytearray.decode': (True, (
        ('self', 0, _EMPTY),
        ('encoding', 1, 'utf-8'),
        ('errors', 1, 'strict'),
    )),
    'bytearray.expandtabs': (True, (('self', 0, _EMPTY), ('tabsize', 1, 8))),
    'bytearray.extend': (True, (('self', 0, _EMPTY), ('iterable_of_ints', 0, _EMPTY))),
    'bytearray.fromhex': (False, (('string', 0, _EMPTY),)),
    'bytearray.insert': (True, (('self', 0, _EMPTY), ('index', 0, _EMPTY), ('item', 0, _EMPTY))),
    'bytearray.join': (True, (('self', 0, _EMPTY), ('iterable_of_bytes', 0, _EMPTY))),
    'bytearray.ljust': (True, (('self', 0, _EMPTY), ('width', 0, _EMPTY), ('fillchar', 0, b' '))),
    'bytearray.lstrip': (True, (('self', 0, _EMPTY), ('bytes', 0, None))),
    'bytearray.partition': (True, (('self', 0, _EMPTY), ('sep', 0, _EMPTY))),
    'bytearray.pop': (True, (('self', 0, _EMPTY), ('index', 0, -1))),
    'bytearray.remove': (True, (('self', 0, _EMPTY), ('value', 0, _EMPTY))),
    'bytearray.removeprefix': (True, (('self', 0, _EMPTY), ('prefix', 0, _EMPTY))),
    'bytearray.removesuffix': (True, (('self', 0, _EMPTY), ('suffix', 0, _EMPTY))),
    'bytearray.replace': (True, (
        ('self', 0, _EMPTY),
        ('old', 0, _EMPTY),
        ('new', 0, _EMPTY),
        ('count', 0, -1),
    )),
    'bytearray.reverse': (True, (('self', 0, _EMPTY),)),
    'bytearray.rjust': (True, (('self', 0, _EMPTY), ('width', 0, _EMPTY), ('fillchar', 0, b' '))),
    'bytearray.rpartition': (True, (('self', 0, _EMPTY), ('sep', 0, _EMPTY))),
    'bytearray.rsplit': (True, (('self', 0, _EMPTY), ('sep', 1, None), ('maxsplit', 1, -1))),
    'bytearray.rstrip': (True, (('self', 0, _EMPTY), ('bytes', 0, None))),
    'bytearray.split': (True, (('self', 0, _EMPTY), ('sep', 1, None), ('maxsplit', 1, -1))),
    'bytearray.splitlines': (True, (('self', 0, _EMPTY), ('keepends', 1, False))),
    'bytearray.strip': (True, (('self', 0, _EMPTY), ('bytes', 0, None))),
    'bytearray.translate': (True, (('self', 0, _EMPTY), ('table', 0, _EMPTY), ('delete', 1, b''))),
    'bytearray.zfill': (True, (('self', 0, _EMPTY), ('width', 0, _EMPTY))),
    'bytes.center': (True, (('self', 0, _EMPTY), ('width', 0, _EMPTY), ('fillchar', 0, b' '))),
    'bytes.decode': (True, (
        ('self', 0, _EMPTY),
        ('encoding', 1, 'utf-8'),
        ('errors', 1, 'strict'),
    )),
    'bytes.expandtabs': (True, (('self', 0, _EMPTY), ('tabsize', 1, 8))),
    'bytes.fromhex': (False, (('string', 0, _EMPTY),)),
    'bytes.join': (True, (('self', 0, _EMPTY), ('iterable_of_bytes', 0, _EMPTY))),
    'bytes.ljust': (True, (('self', 0, _EMPTY), ('width', 0, _EMPTY), ('fillchar', 0, b' '))),
    'bytes.lstrip': (True, (('self', 0, _EMPTY), ('bytes', 0, None))),
    'bytes.partition': (True, (('self', 0, _EMPTY), ('sep', 0, _EMPTY))),
    'bytes.removeprefix': (True, (('self', 0, _EMPTY), ('prefix', 0, _EMPTY))),
    'bytes.removesuffix': (True, (('self', 0, _EMPTY), ('suffix', 0, _EMPTY))),
    'bytes.replace': (True, (
        ('self', 0, _EMPTY),
        ('old', 0, _EMPTY),
        ('new', 0, _EMPTY),
        ('count', 0, -1),
    )),
    'bytes.rjust': (True, (('self', 0, _EMPTY), ('width', 0, _EMPTY), ('fillchar', 0, b' '))),
    'bytes.rpartition': (True, (('self', 0, _EMPTY), ('sep', 0, _EMPTY))),
    'bytes.rsplit': (True, (('self', 0, _EMPTY), ('sep', 1, None), ('maxsplit', 1, -1))),
    'bytes.rstrip': (True, (('self', 0, _EMPTY), ('bytes', 0, None))),
    'bytes.split': (True, (('self', 0, _EMPTY), ('sep', 1, None), ('maxsplit', 1, -1))),
    'bytes.splitlines': (True, (('self', 0, _EMPTY), ('keepends', 1, False))),
    'bytes.strip': (True, (('self', 0, _EMPTY), ('bytes', 0, None))),
    'bytes.translate': (True, (('self', 0, _EMPTY), ('table', 0, _EMPTY), ('delete', 1, b''))),
    'bytes.zfill': (True, (('self', 0, _EMPTY), ('width', 0, _EMPTY))),
    'complex.conjugate': (True, (('self', 0, _EMPTY),)),
    'dict.fromkeys': (False, (('iterable', 0, _EMPTY), ('value', 0, None))),
    'dict.get': (True, (('self', 0, _EMPTY), ('key', 0, _EMPTY), ('default', 0, None))),
    'dict.popitem': (True, (('self', 0, _EMPTY),)),
    'dict.setdefault': (True, (('self', 0, _EMPTY), ('key', 0, _EMPTY), ('default', 0, None))),
    'float.as_integer_ratio': (True, (('self', 0, _EMPTY),)),
    'float.conjugate': (True, (('self', 0, _EMPTY),)),
    'float.fromhex': (False, (('string', 0, _EMPTY),)),
    'float.hex': (True, (('self', 0, _EMPTY),)),
    'float.is_integer': (True, (('self', 0, _EMPTY),)),
    'int.as_integer_ratio': (True, (('self', 0, _EMPTY),)),
    'int.bit_count': (True, (('self', 0, _EMPTY),)),
    'int.bit_length': (True, (('self', 0, _EMPTY),)),
    'int.from_bytes': (False, (
        ('bytes', 1, _EMPTY),
        ('byteorder', 1, 'big'),
        ('signed', 3, False),
    )),
    'int.to_bytes': (True, (
        ('self', 0, _EMPTY),
        ('length', 1, 1),
        ('byteorder', 1, 'big'),
        ('signed', 3, False),
    )),
    'io.open': (False, (
        ('file', 1, _EMPTY),
        ('mode', 1, 'r'),
        ('buffering', 1, -1),
        ('encoding', 1, None),
        ('errors', 1, None),
        ('newline', 1, None),
        ('closefd', 1, True),
        ('opener', 1, None),
    )),
    'list.append': (True, (('self', 0, _EMPTY), ('object', 0, _EMPTY))),
    'list.clear': (True, (('self', 0, _EMPTY),)),
    'list.copy': (True, (('self', 0, _EMPTY),)),
    'list.count': (True, (('self', 0, _EMPTY), ('value', 0, _EMPTY))),
    'list.extend': (True, (('self', 0, _EMPTY), ('iterable', 0, _EMPTY))),
    'list.index': (True, (
        ('self', 0, _EMPTY),
        ('value', 0, _EMPTY),
        ('start', 0, 0),
        ('stop', 0, 9223372036854775807),
    )),
    'list.insert': (True, (('self', 0, _EMPTY), ('index', 0, _EMPTY), ('object', 0, _EMPTY))),
    'list.pop': (True, (('self', 0, _EMPTY), ('index', 0, -1))),
    'list.remove': (True, (('self', 0, _EMPTY), ('value', 0, _EMPTY))),
    'list.reverse': (True, (('self', 0, _EMPTY),)),
    'list.sort': (True, (('self', 0, _EMPTY), ('key', 3, None), ('reverse', 3, False))),
    'math.acos': (False, (('x', 0, _EMPTY),)),
    'math.acosh': (False, (('x', 0, _EMPTY),)),
    'math.asin': (False, (('x', 0, _EMPTY),)),
    'math.asinh': (False, (('x', 0, _EMPTY),)),
    'math.atan': (False, (('x', 0, _EMPTY),)),
    'math.atan2': (False, (('y', 0, _EMPTY), ('x', 0, _EMPTY))),
    'math.atanh': (False, (('x', 0, _EMPTY),)),
    'math.cbrt': (False, (('x', 0, _EMPTY),)),
    'math.ceil': (False, (('x', 0, _EMPTY),)),
    'math.comb': (False, (('n', 0, _EMPTY), ('k', 0, _EMPTY))),
    'math.copysign': (False, (('x', 0, _EMPTY), ('y', 0, _EMPTY))),
    'math.cos': (False, (('x', 0, _EMPTY),)),
    'math.cosh': (False, (('x', 0, _EMPTY),)),
    'math.degrees': (False, (('x', 0, _EMPTY),)),
    'math.dist': (False, (('p', 0, _EMPTY), ('q', 0, _EMPTY))),
    'math.erf': (False, (('x', 0, _EMPTY),)),
    'math.erfc': (False, (('x', 0, _EMPTY),)),
    'math.exp': (False, (('x', 0, _EMPTY),)),
    'math.exp2': (False, (('x', 0, _EMPTY),)),
    'math.expm1': (False, (('x', 0, _EMPTY),)),
    'math.fabs': (False, (('x', 0, _EMPTY),)),
    'math.factorial': (False, (('n', 0, _EMPTY),)),
    'math.floor': (False, (('x', 0, _EMPTY),)),
    'math.fmod': (False, (('x', 0, _EMPTY), ('y', 0, _EMPTY))),
    'math.frexp': (False, (('x', 0, _EMPTY),)),
    'math.fsum': (False, (('seq', 0, _EMPTY),)),
    'math.gamma': (False, (('x', 0, _EMPTY),)),
    'math.gcd': (False, (('integers', 2, _EMPTY),)),
    'math.isclose': (False, (
        ('a', 1, _EMPTY),
        ('b', 1, _EMPTY),
        ('rel_tol', 3, 1e-09),
        ('abs_tol', 3, 0.0),
    )),
    'math.isfinite': (False, (('x', 0, _EMPTY),)),
    'math.isinf': (False, (('x', 0, _EMPTY),)),
    'math.isnan': (False, (('x', 0, _EMPTY),)),
    'math.isqrt': (False, (('n', 0, _EMPTY),)),
    'math.lcm': (False, (('integers', 2, _EMPTY),)),
    'math.ldexp': (False, (('x', 0, _EMPTY), ('i', 0, _EMPTY))),
    'math.lgamma': (False, (('x', 0, _EMPTY),)),
    'math.log10': (False, (('x', 0, _EMPTY),)),
    'math.log1p': (False, (('x', 0, _EMPTY),)),
    'math.log2': (False, (('x', 0, _EMPTY),)),
    'math.modf': (False, (('x', 0, _EMPTY),)),
    'math.nextafter': (False, (('x', 0, _EMPTY), ('y', 0, _EMPTY))),
    'math.perm': (False, (('n', 0, _EMPTY), ('k', 0, None))),
    'math.pow': (False, (('x', 0, _EMPTY), ('y', 0, _EMPTY))),
    'math.prod': (False, (('iterable', 0, _EMPTY), ('start', 3, 1))),
    'math.radians': (False, (('x', 0, _EMPTY),)),
    'math.remainder': (False, (('x', 0, _EMPTY), ('y', 0, _EMPTY))),
    'math.sin': (False, (('x', 0, _EMPTY),)),
    'math.sinh': (False, (('x', 0, _EMPTY),)),
    'math.sqrt': (False, (('x', 0, _EMPTY),)),
    'math.tan': (False, (('x', 0, _EMPTY),)),
    'math.tanh': (False, (('x', 0, _EMPTY),)),
    'math.trunc': (False, (('x', 0, _EMPTY),)),
    'math.ulp': (False, (('x', 0, _EMPTY),)),
    'memoryview.release': (True, (('self', 0, _EMPTY),)),
    'memoryview.tobytes': (True, (('self', 0, _EMPTY), ('order', 1, 'C'))),
    'memoryview.tolist': (True, (('self', 0, _EMPTY),)),
    'memoryview.toreadonly': (True, (('self', 0, _EMPTY),)),
    'str.capitalize': (True, (('self', 0, _EMPTY),)),
    'str.casefold': (True, (('self', 0, _EMPTY),)),
    'str.center': (True, (('self', 0, _EMPTY), ('width', 0, _EMPTY), ('fillchar', 0, ' '))),
    'str.encode': (True, (('self', 0, _EMPTY), ('encoding', 1, 'utf-8'), ('errors', 1, 'strict'))),
    'str.expandtabs': (True, (('self', 0, _EMPTY), ('tabsize', 1, 8))),
    'str.isalnum': (True, (('self', 0, _EMPTY),)),
    'str.isalpha': (True, (('self', 0, _EMPTY),)),
    'str.isascii': (True, (('self', 0, _EMPTY),)),
    'str.isdecimal': (True, (('self', 0, _EMPTY),)),
    'str.isdigit': (True, (('self', 0, _EMPTY),)),
    'str.isidentifier': (True, (('self', 0, _EMPTY),)),
    'str.islower': (True, (('self', 0, _EMPTY),)),
    'str.isnumeric': (True, (('self', 0, _EMPTY),)),
    'str.isprintable': (True, (('self', 0, _EMPTY),)),
    'str.isspace': (True, (('self', 0, _EMPTY),)),
    'str.istitle': (True, (('self', 0, _EMPTY),)),
    'str.isupper': (True, (('self', 0, _EMPTY),)),
    'str.join': (True, (('self', 0, _EMPTY), ('iterable', 0, _EMPTY))),
    'str.ljust': (True, (('self', 0, _EMPTY), ('width', 0, _EMPTY), ('fillchar', 0, ' '))),
    'str.lower': (True, (('self', 0, _EMPTY),)),
    'str.lstrip': (True, (('self', 0, _EMPTY), ('chars', 0, None))),
    'str.partition': (True, (('self', 0, _EMPTY), ('sep', 0, _EMPTY))),
    'str.removeprefix': (True, (('self', 0, _EMPTY), ('prefix', 0, _EMPTY))),
    'str.removesuffix': (True, (('self', 0, _EMPTY), ('suffix', 0, _EMPTY))),
    'str.replace': (True, (
        ('self', 0, _EMPTY),
        ('old', 0, _EMPTY),
        ('new', 0, _EMPTY),
        ('count', 0, -1),
    )),
    'str.rjust': (True, (('self', 0, _EMPTY), ('width', 0, _EMPTY), ('fillchar', 0, ' '))),
    'str.rpartition': (True, (('self', 0, _EMPTY), ('sep', 0, _EMPTY))),
    'str.rsplit': (True, (('self', 0, _EMPTY), ('sep', 1, None), ('maxsplit', 1, -1))),
    'str.rstrip': (True, (('self', 0, _EMPTY), ('chars', 0, None))),
    'str.split': (True, (('self', 0, _EMPTY), ('sep', 1, None), ('maxsplit', 1, -1))),
    'str.splitlines': (True, (('self', 0, _EMPTY), ('keepends', 1, False))),
    'str.strip': (True, (('self', 0, _EMPTY), ('chars', 0, None))),
    'str.swapcase': (True, (('self', 0, _EMPTY),)),
    'str.title': (True, (('self', 0, _EMPTY),)),
    'str.translate': (True, (('self', 0, _EMPTY), ('table', 0, _EMPTY))),
    'str.upper': (True, (('self', 0, _EMPTY),)),
    'str.zfill': (True, (('self', 0, _EMPTY), ('width', 0, _EMPTY))),
    'tuple.count': (True, (('self', 0, _EMPTY), ('value', 0, _EMPTY))),
    'tuple.index': (True, (
        ('self', 0, _EMPTY),
        ('value', 0, _EMPTY),
        ('start', 0, 0),
        ('stop', 0, 9223372036854775807),
    )),
    'type.mro': (True, (('self', 0, _EMPTY),)),
    'type:complex': (False, (('real', 1, 0), ('imag', 1, 0))),
    'type:enumerate': (False, (('iterable', 1, _EMPTY), ('start', 1, 0))),
    'type:float': (False, (('x', 0, 0),)),
    'type:list': (False, (('iterable', 0, ()),)),
    'type:memoryview': (False, (('object', 1, _EMPTY),)),
    'type:object': (False, ()),
    'type:property': (False, (
        ('fget', 1, None),
        ('fset', 1, None),
        ('fdel', 1, None),
        ('doc', 1, None),
    )),
    'type:reversed': (False, (('sequence', 0, _EMPTY),)),
    'type:tuple': (False, (('iterable', 0, ()),)),
}
# END built-in signatures
# ------------------------------------------------ Parameter and Signature

class _void:
    """Stands for an argument not given to replace()."""


class _empty:
    """Parameter.empty and Signature.empty: no default or annotation."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_KIND_DESCRIPTIONS = ('positional-only', 'positional or keyword', 'variadic positional',
                      'keyword-only', 'variadic keyword')

_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

# What str(Parameter) puts before the name, by kind.
_KIND_PREFIX = {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}
# The value apply_defaults() gives a variadic parameter left without one.
_VARIADIC_FILL = {_VAR_POSITIONAL: tuple, _VAR_KEYWORD: dict}


def _checked_name(name, kind):
    # (name, kind) as a Parameter stores them, or the error CPython raises.
    # A comprehension's implicit argument '.0' becomes 'implicit0', and
    # positional-only; a positional-only name may be a keyword.
    if name is _empty:
        raise ValueError('name is a required attribute for Parameter')
    if not isinstance(name, str):
        raise TypeError(f'name must be a str, not a {type(name).__name__}')
    if name[0] == '.' and name[1:].isdigit():
        if kind != _POSITIONAL_OR_KEYWORD:
            raise ValueError('implicit arguments must be passed as positional or '
                             f'keyword arguments, not {kind.description}')
        return 'implicit' + name[1:], _POSITIONAL_ONLY
    if not name.isidentifier() or (kind is not _POSITIONAL_ONLY and keyword.iskeyword(name)):
        raise ValueError(f'{name!r} is not a valid parameter name')
    return name, kind


def _same_fields(left, right, fields):
    # `left.f == right.f and ...` over `fields`, with the value `and` gives.
    result = True
    for field in fields:
        result = getattr(left, field) == getattr(right, field)
        if not result:
            break
    return result


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation.
    Immutable; replace() makes changed copies."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        self._name, self._kind = _checked_name(name, kind)

    def __reduce__(self):
        extra = {'_default': self._default, '_annotation': self._annotation}
        return type(self), (self._name, self._kind), extra

    def __setstate__(self, state):
        for field in ('_default', '_annotation'):
            setattr(self, field, state[field])

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy of the parameter with the fields given changed."""
        given = (name, kind, default, annotation)
        current = (self._name, self._kind, self._default, self._annotation)
        name, kind, default, annotation = [old if new is _void else new
                                           for new, old in zip(given, current)]
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        text = self._name
        annotated = self._annotation is not _empty
        if annotated:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            # PEP 8: spaces around '=' only after an annotation.
            text += (' = ' if annotated else '=') + repr(self._default)
        return _KIND_PREFIX.get(kind, '') + text

    def __repr__(self):
        return f'<{self.__class__.__name__} "{self}">'

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if other is self:
            return True
        if isinstance(other, Parameter):
            return _same_fields(self, other, ('_name', '_kind', '_default', '_annotation'))
        return NotImplemented


def _keyword_start(bound):
    # Index of the first parameter BoundArguments.kwargs covers: the first
    # keyword-only or **kwargs one, or the first without a value (the
    # values after a gap can only be passed by keyword).
    index = 0
    for name, param in bound._signature.parameters.items():
        if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD) or name not in bound.arguments:
            break
        index += 1
    return index


class BoundArguments:
    """What Signature.bind() matched: `arguments` maps parameter names to
    values; `args` and `kwargs` give them back for a call."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        params = list(self._signature.parameters.values())[:_keyword_start(self)]
        values = []
        for param in params:
            value = self.arguments[param.name]
            if param.kind == _VAR_POSITIONAL:
                values.extend(value)
            else:
                values.append(value)
        return tuple(values)

    @property
    def kwargs(self):
        params = list(self._signature.parameters.values())[_keyword_start(self):]
        result = {}
        for param in params:
            if param.name not in self.arguments:
                continue
            value = self.arguments[param.name]
            if param.kind == _VAR_KEYWORD:
                result.update(value)
            else:
                result[param.name] = value
        return result

    def apply_defaults(self):
        """Give every parameter without a value its default (an empty tuple
        or dict for *args and **kwargs)."""
        before = self.arguments
        after = {}
        for name, param in self._signature.parameters.items():
            if name in before:
                after[name] = before[name]
            elif param.default is not _empty:
                after[name] = param.default
            elif param.kind in _VARIADIC_FILL:
                after[name] = _VARIADIC_FILL[param.kind]()
        self.arguments = after

    def __eq__(self, other):
        if other is self:
            return True
        if isinstance(other, BoundArguments):
            return _same_fields(self, other, ('signature', 'arguments'))
        return NotImplemented

    def __setstate__(self, state):
        self._signature, self.arguments = state['_signature'], state['arguments']

    def __getstate__(self):
        return dict(_signature=self._signature, arguments=self.arguments)

    def __repr__(self):
        shown = ', '.join(f'{key}={value!r}' for key, value in self.arguments.items())
        return f'<{self.__class__.__name__} ({shown})>'


def _validated(parameters):
    # The name -> Parameter table of a Signature, checked as CPython 3.11
    # checks it: kinds in order, within each positional kind no parameter
    # without a default after one with, no name twice.
    table = OrderedDict()
    current = _POSITIONAL_ONLY
    defaulted = False
    for param in parameters:
        kind = param.kind
        name = param.name
        if kind < current:
            raise ValueError(f'wrong parameter order: {current.description} parameter '
                             f'before {kind.description} parameter')
        if kind != current:
            current, defaulted = kind, False
        if kind <= _POSITIONAL_OR_KEYWORD:
            if param.default is not _empty:
                defaulted = True
            elif defaulted:
                raise ValueError('non-default argument follows default argument')
        if name in table:
            raise ValueError(f'duplicate parameter name: {name!r}')
        table[name] = param
    return table


class Signature:
    """The parameters (a name -> Parameter mapping, in order) and return
    annotation of a callable; bind() matches arguments to them."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        """Build a signature from Parameter objects, checked unless
        __validate_parameters__ is false."""
        if parameters is None:
            table = OrderedDict()
        elif __validate_parameters__:
            table = _validated(parameters)
        else:
            table = OrderedDict([(param.name, param) for param in parameters])
        self._parameters = types.MappingProxyType(table)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *,
                      follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The signature of `obj`, as an instance of this class."""
        return _signature_from_callable(obj, follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals,
                                        eval_str=eval_str, sigcls=cls)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy of the signature with the parts given changed."""
        params = self.parameters.values() if parameters is _void else parameters
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(params, return_annotation=return_annotation)

    def _hash_basis(self):
        # Keyword-only parameters compare by name, in any order.
        ordered, by_name = [], {}
        for param in self.parameters.values():
            if param.kind == _KEYWORD_ONLY:
                by_name[param.name] = param
            else:
                ordered.append(param)
        return tuple(ordered), by_name, self.return_annotation

    def __hash__(self):
        ordered, by_name, returns = self._hash_basis()
        return hash((ordered, frozenset(by_name.values()), returns))

    def __eq__(self, other):
        if other is self:
            return True
        if isinstance(other, Signature):
            return self._hash_basis() == other._hash_basis()
        return NotImplemented

    def _bind(self, args, kwargs, *, partial=False):
        """Match `args` and `kwargs` (a dict this consumes) to the parameters;
        with `partial`, parameters may stay without a value."""
        params = list(self.parameters.values())
        arguments = {}
        used = 0
        # Positional arguments fill parameters in order, up to *args,
        # which takes the rest.
        for index, value in enumerate(args):
            param = params[used] if used < len(params) else None
            if param is None or param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError('too many positional arguments')
            used += 1
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[index:])
                break
            if param.kind != _POSITIONAL_ONLY and param.name in kwargs:
                raise TypeError(f'multiple values for argument {param.name!r}')
            arguments[param.name] = value
        # The parameters left take keyword arguments, or their defaults.
        catch_all = None
        for param in params[used:]:
            kind = param.kind
            if kind == _VAR_KEYWORD:
                catch_all = param
            elif kind == _VAR_POSITIONAL:
                pass
            elif param.name in kwargs:
                value = kwargs.pop(param.name)
                if kind == _POSITIONAL_ONLY:
                    raise TypeError(f'{param.name!r} parameter is positional only, '
                                    'but was passed as a keyword')
                arguments[param.name] = value
            elif not partial and param.default is _empty:
                raise TypeError(f'missing a required argument: {param.name!r}')
        if kwargs:
            if catch_all is None:
                raise TypeError(
                    f'got an unexpected keyword argument {next(iter(kwargs))!r}')
            arguments[catch_all.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Match the arguments to the parameters as a call would, as a
        BoundArguments; TypeError if the call would fail."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), except that parameters may be left without values."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        params = tuple(self._parameters.values())
        return type(self), (params,), {'_return_annotation': self._return_annotation}

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return f'<{self.__class__.__name__} {self}>'

    def __str__(self):
        pieces = []
        slash_due = False       # after positional-only parameters
        star_done = False       # '*' or '*args' already shown
        for param in self.parameters.values():
            text = str(param)
            kind = param.kind
            if slash_due and kind != _POSITIONAL_ONLY:
                pieces.append('/')
            slash_due = kind == _POSITIONAL_ONLY
            if kind == _KEYWORD_ONLY and not star_done:
                pieces.append('*')
            star_done = star_done or kind in (_VAR_POSITIONAL, _KEYWORD_ONLY)
            pieces.append(text)
        if slash_due:
            pieces.append('/')
        text = '(' + ', '.join(pieces) + ')'
        if self.return_annotation is not _empty:
            text += ' -> ' + formatannotation(self.return_annotation)
        return text


# ------------------------------------------------ signatures of callables

_NonUserDefinedCallables = (*_WrapperDescriptorTypes, *_MethodWrapperTypes,
                            types.BuiltinFunctionType, _StandInType)


def _python_method(cls, name):
    # cls.<name> if it is something other than a native function or slot
    # wrapper, bound to cls as attribute access on an instance would see it
    # (__new__, a static method, stays as found); else None.
    try:
        found = getattr(cls, name)
    except AttributeError:
        return None
    if isinstance(found, _NonUserDefinedCallables):
        return None
    binder = getattr(type(found), '__get__', None) if name != '__new__' else None
    return found if binder is None else binder(found, None, cls)


def _without_first(sig):
    # The signature of a method bound to its first argument. A *args
    # first parameter stays: it still takes whatever else is passed.
    params = list(sig.parameters.values())
    first = params[0].kind if params else None
    if first is None or first in (_KEYWORD_ONLY, _VAR_KEYWORD):
        raise ValueError('invalid method signature')
    if first != _VAR_POSITIONAL:
        del params[0]
    return sig.replace(parameters=params)


def _after_partial(sig, partial, leading=()):
    # What is left of `sig` once `partial` (a functools.partial or
    # partialmethod, with `leading` before its positional arguments) has
    # supplied some arguments. Positional ones take their parameters away;
    # keyword ones become defaults, and a positional-or-keyword parameter
    # given by keyword makes it and every later one keyword-only.
    keywords = partial.keywords or {}
    try:
        given = sig.bind_partial(*leading, *(partial.args or ()), **keywords).arguments
    except TypeError as ex:
        raise ValueError(f'partial object {partial!r} has incorrect arguments') from ex
    left = []
    keyword_only_now = False
    for param in sig.parameters.values():
        kind = param.kind
        if param.name in given:
            if kind == _POSITIONAL_ONLY:
                continue
            if kind == _POSITIONAL_OR_KEYWORD:
                if param.name not in keywords:
                    continue
                keyword_only_now = True
            if kind in (_POSITIONAL_OR_KEYWORD, _KEYWORD_ONLY):
                param = param.replace(default=given[param.name])
        if keyword_only_now:
            if kind == _VAR_POSITIONAL:
                continue
            if kind == _POSITIONAL_OR_KEYWORD:
                param = param.replace(kind=_KEYWORD_ONLY)
        left.append(param)
    return sig.replace(parameters=left)


def _signature_is_builtin(obj):
    kinds = (isbuiltin, ismethoddescriptor, lambda o: isinstance(o, _NonUserDefinedCallables))
    return any(test(obj) for test in kinds) or obj in (type, object)


def _builtin_signature(cls, key, bound, skip_bound_arg, func):
    # The signature python3.11 reads from a built-in's __text_signature__,
    # from the table generated above (moat does not carry the strings).
    if key not in _BUILTIN_SIGNATURES:
        raise ValueError(f"no signature found for builtin {func!r}")
    self_first, specs = _BUILTIN_SIGNATURES[key]
    if self_first and bound and skip_bound_arg:
        specs = specs[1:]
    make = cls._parameter_cls
    params = [make(name, kind, default=(_empty if default is _EMPTY else default))
              for name, kind, default in specs]
    return cls(params, __validate_parameters__=False)


def _builtin_key(func):
    # (table key, whether `func` is bound to an object).
    if isinstance(func, type):
        return 'type:' + func.__name__, False
    if isinstance(func, _BuiltinFunctionTypes):
        # A built-in type's method bound to an object has no module.
        module = func.__module__
        if module is None:
            return func.__qualname__, True
        return f'{module}.{func.__qualname__}', False
    # Method descriptors and slot wrappers are unbound, method-wrappers bound.
    return getattr(func, '__qualname__', None), isinstance(func, _MethodWrapperTypes)


def _signature_from_builtin(cls, func, skip_bound_arg=True):
    key, bound = _builtin_key(func)
    return _builtin_signature(cls, key, bound, skip_bound_arg, func)


def _function_shape(func):
    # (names, positional-only count, positional count, keyword-only names,
    # *args name, **kwargs name) of a Python function, from _func_params.
    info = _func_params(func)
    if info is None:
        raise ValueError(f"no signature found for builtin {func!r}")
    names, posonly, positional, kwonly, varargs, varkw, flags = info
    keyword_only = names[positional:positional + kwonly]
    generated = _generated_signature(func) if flags & _MOAT_MODULE_CODE else None
    if generated is not None:
        # dataclasses' generated __init__ and namedtuple's __new__ take
        # (*args, **kwargs) in moat; their modules note CPython's parameters
        # in the function's closure, which only _generated_signature reads.
        self_name, fields, keyword_only = generated
        names = (self_name,) + fields
        posonly, positional, varargs, varkw = 0, len(names), None, None
    return names[:positional], posonly, keyword_only, varargs, varkw


def _signature_from_function(cls, func, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False):
    if not isfunction(func):
        raise TypeError(f'{func!r} is not a Python function')
    positional, posonly, keyword_only, varargs, varkw = _function_shape(func)
    notes = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    make = cls._parameter_cls
    params = []

    def add(name, kind, default=_empty):
        params.append(make(name, kind, default=default, annotation=notes.get(name, _empty)))

    defaults = func.__defaults__ or ()
    # The last len(defaults) positional parameters have them; the slicing
    # is CPython's, should __defaults__ have been set longer than that.
    required = positional[:len(positional) - len(defaults)]
    for index, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if index < posonly else _POSITIONAL_OR_KEYWORD
        spot = index - len(required)
        add(name, kind, _empty if spot < 0 else defaults[spot])
    if varargs is not None:
        add(varargs, _VAR_POSITIONAL)
    kwdefaults = func.__kwdefaults__ or {}
    for name in keyword_only:
        add(name, _KEYWORD_ONLY, kwdefaults.get(name, _empty))
    if varkw is not None:
        add(varkw, _VAR_KEYWORD)
    return cls(params, return_annotation=notes.get('return', _empty),
               __validate_parameters__=False)


def _class_signature(cls, sigcls, recurse):
    # The signature of calling the class `cls`: its metaclass's __call__ if
    # a user wrote one, else its __new__ or __init__, else its built-in
    # base's. None when the caller should go on to bind the result.
    meta_call = _python_method(type(cls), '__call__')
    if meta_call is not None:
        return recurse(meta_call), True
    user_new, user_init, builtin_base = _ctor_info(cls)
    new = cls.__new__ if user_new else None
    init = cls.__init__ if user_init else None
    # A built-in type's __dict__ is refused; only a user class's own
    # namespace can hold a user's __new__ or __init__. One the class
    # defines itself wins over one it inherits; __new__ over __init__.
    own = cls.__dict__ if user_new or user_init else {}
    candidates = [('__new__' in own, new), ('__init__' in own, init),
                  (True, new), (True, init)]
    chosen = next((f for defined, f in candidates if defined and f is not None), None)
    if chosen is not None:
        return recurse(chosen), True
    if builtin_base is None:
        return sigcls(), False
    if 'type:' + builtin_base in _BUILTIN_SIGNATURES:
        return _builtin_signature(sigcls, 'type:' + builtin_base, False, True, cls), False
    raise ValueError(f'no signature found for builtin type {cls!r}')


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False, sigcls):
    def recurse(target):
        return _signature_from_callable(
            target, follow_wrapper_chains=follow_wrapper_chains,
            skip_bound_arg=skip_bound_arg, globals=globals, locals=locals,
            eval_str=eval_str, sigcls=sigcls)

    def as_bound(sig):
        return _without_first(sig) if skip_bound_arg else sig

    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if isinstance(obj, types.MethodType):
        return as_bound(recurse(obj.__func__))

    if follow_wrapper_chains:
        # Stop at an explicit __signature__, and at a bound method, whose
        # first parameter is dropped above.
        obj = unwrap(obj, stop=lambda f: (hasattr(f, "__signature__")
                                          or isinstance(f, types.MethodType)))
        if isinstance(obj, types.MethodType):
            return recurse(obj)

    explicit = getattr(obj, '__signature__', None)
    if explicit is not None:
        if not isinstance(explicit, Signature):
            raise TypeError(f'unexpected object {explicit!r} in __signature__ attribute')
        return explicit

    method = getattr(obj, '_partialmethod', None)
    if isinstance(method, functools.partialmethod):
        # A function made by partialmethod.__get__ on a class: the object it
        # is bound to later takes the first parameter, which stays.
        full = recurse(method.func)
        sig = _after_partial(full, method, (None,))
        first = next(iter(full.parameters.values()))
        if first.kind is Parameter.VAR_POSITIONAL:
            return sig
        return sig.replace(parameters=(first, *sig.parameters.values()))

    if isfunction(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals, eval_str=eval_str)
    if _signature_is_builtin(obj):
        return _signature_from_builtin(sigcls, obj, skip_bound_arg=skip_bound_arg)
    if isinstance(obj, functools.partial):
        return _after_partial(recurse(obj.func), obj)

    if isinstance(obj, type):
        sig, binds = _class_signature(obj, sigcls, recurse)
        return as_bound(sig) if binds else sig

    if not isinstance(obj, _NonUserDefinedCallables):
        call = _python_method(type(obj), '__call__')
        if call is not None:
            try:
                sig = recurse(call)
            except ValueError as ex:
                raise ValueError(f'no signature found for {obj!r}') from ex
            return as_bound(sig)

    if isinstance(obj, _BuiltinFunctionTypes):
        raise ValueError(f'no signature found for builtin function {obj!r}')
    raise ValueError(f'callable {obj!r} is not supported by signature')


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of the callable `obj`."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals, eval_str=eval_str)
