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

_BuiltinFunctionTypes = (types.BuiltinFunctionType, _StandInType)
# The slot wrappers of moat's types have types of their own besides
# types.WrapperDescriptorType and types.MethodWrapperType.
_WrapperDescriptorTypes = (types.WrapperDescriptorType, type(int.__add__), type(type.__call__))
_MethodWrapperTypes = (types.MethodWrapperType, type((1).__add__))


# ----------------------------------------------------------- predicates

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is an instance method."""
    return isinstance(object, types.MethodType)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, (types.MethodDescriptorType, *_WrapperDescriptorTypes)):
        return True
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    """Return true if the object is a data descriptor."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor."""
    return type(object).__name__ == 'member_descriptor'


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor."""
    return isinstance(object, types.GetSetDescriptorType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    if not isfunction(f):
        return False
    params = _func_params(f)
    return params is not None and bool(params[6] & flag)


def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """Return true if object can be passed to an ``await`` expression."""
    return (isinstance(object, types.CoroutineType) or
            isinstance(object, collections.abc.Awaitable))


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Return true if the object is a frame object (moat hands out none)."""
    return False


def iscode(object):
    """Return true if the object is a code object (moat hands out none)."""
    return False


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, _BuiltinFunctionTypes)


def ismethodwrapper(object):
    """Return true if the object is a method wrapper."""
    return isinstance(object, _MethodWrapperTypes)


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object)
            or isfunction(object)
            or ismethod(object)
            or ismethoddescriptor(object)
            or ismethodwrapper(object))


def isabstract(object):
    """Return true if the object is an abstract base class (ABC)."""
    if not isinstance(object, type):
        return False
    return bool(getattr(object, '__abstractmethods__', ()))


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
    """Return all members of an object as (name, value) pairs sorted by name.
    Optionally, only return members that satisfy a given predicate."""
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
    """Get the documentation string for an object.

    All tabs are expanded to spaces.  To clean up docstrings that are
    indented to line up with blocks of code, any whitespace than can be
    uniformly removed from the second line onwards is removed."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    """Clean up indentation from docstrings.

    Any whitespace that can be uniformly removed from the second line
    onwards is removed."""
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
    for base in _mro(owner):
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def unwrap(func, *, stop=None):
    """Get the object wrapped by *func*.

    Follows the chain of :attr:`__wrapped__` attributes returning the last
    object in the chain."""
    if stop is None:
        def _is_wrapper(f):
            return hasattr(f, '__wrapped__')
    else:
        def _is_wrapper(f):
            return hasattr(f, '__wrapped__') and not stop(f)
    f = func
    memo = {id(f): f}
    recursion_limit = _sys.getrecursionlimit()
    while _is_wrapper(func):
        func = func.__wrapped__
        id_func = id(func)
        if (id_func in memo) or (len(memo) >= recursion_limit):
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id_func] = func
    return func


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """Compute the annotations dict for an object."""
    if isinstance(obj, type):
        obj_dict = getattr(obj, '__dict__', None)
        if obj_dict and hasattr(obj_dict, 'get'):
            ann = obj_dict.get('__annotations__', None)
            if isinstance(ann, types.GetSetDescriptorType):
                ann = None
        else:
            ann = None
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if eval_str:
        raise NotImplementedError(
            "get_annotations(eval_str=True) is not available in the sandbox: "
            "moat has no eval(); typing.get_type_hints() evaluates string annotations")
    return dict(ann)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        def repl(match):
            text = match.group()
            return text.removeprefix('typing.')
        return re.sub(r'[\w\.]+', repl, repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


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

_NonUserDefinedCallables = (*_WrapperDescriptorTypes, *_MethodWrapperTypes,
                            types.BuiltinFunctionType, _StandInType)


def _signature_get_user_defined_method(cls, method_name):
    try:
        meth = getattr(cls, method_name)
    except AttributeError:
        return None
    if isinstance(meth, _NonUserDefinedCallables):
        return None
    if method_name != '__new__' and hasattr(type(meth), '__get__'):
        meth = type(meth).__get__(meth, None, cls)
    return meth


def _signature_get_partial(wrapped_sig, partial, extra_args=()):
    old_params = wrapped_sig.parameters
    new_params = OrderedDict(old_params.items())
    partial_args = partial.args or ()
    partial_keywords = partial.keywords or {}
    if extra_args:
        partial_args = extra_args + partial_args
    try:
        ba = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        msg = 'partial object {!r} has incorrect arguments'.format(partial)
        raise ValueError(msg) from ex

    transform_to_kwonly = False
    for param_name, param in old_params.items():
        if param_name in ba.arguments:
            arg_value = ba.arguments[param_name]
            if param.kind is _POSITIONAL_ONLY:
                # Bound positionally: gone from the signature.
                new_params.pop(param_name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if param_name in partial_keywords:
                    # Given by keyword: this one and all after it become
                    # keyword-only (a positional call would clash with it).
                    transform_to_kwonly = True
                    new_params[param_name] = param.replace(default=arg_value)
                else:
                    new_params.pop(param.name)
                    continue
            if param.kind is _KEYWORD_ONLY:
                new_params[param_name] = param.replace(default=arg_value)

        if transform_to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_param = new_params[param_name].replace(kind=_KEYWORD_ONLY)
                new_params[param_name] = new_param
                new_params.move_to_end(param_name)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new_params.move_to_end(param_name)
            elif param.kind is _VAR_POSITIONAL:
                new_params.pop(param.name)

    return wrapped_sig.replace(parameters=new_params.values())


def _signature_bound_method(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)


def _signature_is_builtin(obj):
    return (isbuiltin(obj) or
            ismethoddescriptor(obj) or
            isinstance(obj, _NonUserDefinedCallables) or
            obj in (type, object))


def _builtin_signature(cls, key, bound, skip_bound_arg, func):
    """The signature CPython reads from __text_signature__, from the table
    generated from python3.11 (moat does not carry the strings)."""
    entry = _BUILTIN_SIGNATURES.get(key)
    if entry is None:
        raise ValueError("no signature found for builtin {!r}".format(func))
    self_first, specs = entry
    Parameter = cls._parameter_cls
    params = [Parameter(name, kind, default=_empty if default is _EMPTY else default)
              for name, kind, default in specs]
    if self_first and bound and skip_bound_arg:
        params.pop(0)
    return cls(params, __validate_parameters__=False)


def _signature_from_builtin(cls, func, skip_bound_arg=True):
    if isinstance(func, type):
        key, bound = 'type:' + func.__name__, False
    elif isinstance(func, _BuiltinFunctionTypes):
        module = func.__module__
        # A method of a built-in type bound to its object has no module.
        bound = module is None
        key = func.__qualname__ if bound else f'{module}.{func.__qualname__}'
    else:
        # Method descriptors and slot wrappers (unbound), method-wrappers (bound).
        bound = isinstance(func, _MethodWrapperTypes)
        key = getattr(func, '__qualname__', None)
    return _builtin_signature(cls, key, bound, skip_bound_arg, func)


def _signature_from_function(cls, func, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False):
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    info = _func_params(func)
    if info is None:
        raise ValueError("no signature found for builtin {!r}".format(func))
    names, posonly_count, pos_count, kwonly_count, varargs, varkw, flags = info
    if flags & _MOAT_MODULE_CODE:
        # dataclasses' generated __init__ and namedtuple's __new__ take
        # (*args, **kwargs) in moat; their modules note CPython's parameters
        # in the function's closure, which only _generated_signature reads.
        generated = _generated_signature(func)
        if generated is not None:
            self_name, positional, keyword_only = generated
            names = (self_name,) + positional + keyword_only
            posonly_count, pos_count = 0, len(positional) + 1
            kwonly_count, varargs, varkw = len(keyword_only), None, None
    Parameter = cls._parameter_cls
    positional = names[:pos_count]
    keyword_only = names[pos_count:pos_count + kwonly_count]
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__
    pos_default_count = len(defaults) if defaults else 0

    parameters = []
    non_default_count = pos_count - pos_default_count
    posonly_left = posonly_count
    for name in positional[:non_default_count]:
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=kind))
        if posonly_left:
            posonly_left -= 1
    for offset, name in enumerate(positional[non_default_count:]):
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=kind,
                                    default=defaults[offset]))
        if posonly_left:
            posonly_left -= 1
    if varargs is not None:
        annotation = annotations.get(varargs, _empty)
        parameters.append(Parameter(varargs, annotation=annotation, kind=_VAR_POSITIONAL))
    for name in keyword_only:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_KEYWORD_ONLY,
                                    default=default))
    if varkw is not None:
        annotation = annotations.get(varkw, _empty)
        parameters.append(Parameter(varkw, annotation=annotation, kind=_VAR_KEYWORD))

    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False, sigcls):
    def _get_signature_of(o):
        return _signature_from_callable(o, follow_wrapper_chains=follow_wrapper_chains,
                                        skip_bound_arg=skip_bound_arg, globals=globals,
                                        locals=locals, eval_str=eval_str, sigcls=sigcls)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if isinstance(obj, types.MethodType):
        sig = _get_signature_of(obj.__func__)
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig

    if follow_wrapper_chains:
        obj = unwrap(obj, stop=(lambda f: hasattr(f, "__signature__")
                                or isinstance(f, types.MethodType)))
        if isinstance(obj, types.MethodType):
            return _get_signature_of(obj)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError(
                    'unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig

    try:
        partialmethod = obj._partialmethod
    except AttributeError:
        pass
    else:
        if isinstance(partialmethod, functools.partialmethod):
            wrapped_sig = _get_signature_of(partialmethod.func)
            sig = _signature_get_partial(wrapped_sig, partialmethod, (None,))
            first_wrapped_param = tuple(wrapped_sig.parameters.values())[0]
            if first_wrapped_param.kind is Parameter.VAR_POSITIONAL:
                return sig
            new_params = (first_wrapped_param,) + tuple(sig.parameters.values())
            return sig.replace(parameters=new_params)

    if isfunction(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg=skip_bound_arg,
                                        globals=globals, locals=locals, eval_str=eval_str)

    if _signature_is_builtin(obj):
        return _signature_from_builtin(sigcls, obj, skip_bound_arg=skip_bound_arg)

    if isinstance(obj, functools.partial):
        wrapped_sig = _get_signature_of(obj.func)
        return _signature_get_partial(wrapped_sig, obj)

    sig = None
    if isinstance(obj, type):
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            sig = _get_signature_of(call)
        else:
            user_new, user_init, builtin_base = _ctor_info(obj)
            new = obj.__new__ if user_new else None
            init = obj.__init__ if user_init else None
            factory_method = None
            # A built-in type's __dict__ is refused; only a user class's
            # own namespace can hold a user's __new__ or __init__.
            own = obj.__dict__ if user_new or user_init else {}
            if '__new__' in own and new is not None:
                factory_method = new
            elif '__init__' in own and init is not None:
                factory_method = init
            elif new is not None:
                factory_method = new
            elif init is not None:
                factory_method = init
            if factory_method is not None:
                sig = _get_signature_of(factory_method)
        if sig is None:
            if builtin_base is None:
                return sigcls()
            if 'type:' + builtin_base in _BUILTIN_SIGNATURES:
                return _builtin_signature(sigcls, 'type:' + builtin_base, False, True, obj)
            raise ValueError('no signature found for builtin type {!r}'.format(obj))
    elif not isinstance(obj, _NonUserDefinedCallables):
        call = _signature_get_user_defined_method(type(obj), '__call__')
        if call is not None:
            try:
                sig = _get_signature_of(call)
            except ValueError as ex:
                msg = 'no signature found for {!r}'.format(obj)
                raise ValueError(msg) from ex

    if sig is not None:
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig

    if isinstance(obj, _BuiltinFunctionTypes):
        raise ValueError('no signature found for builtin function {!r}'.format(obj))

    raise ValueError('callable {!r} is not supported by signature'.format(obj))


class _void:
    """A private marker - used in Parameter & Signature."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


_KIND_DESCRIPTIONS = ('positional-only', 'positional or keyword', 'variadic positional',
                      'keyword-only', 'variadic keyword')


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


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


class Parameter:
    """Represents a parameter in a function signature."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty:
            if self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                msg = '{} parameters cannot have default values'
                msg = msg.format(self._kind.description)
                raise ValueError(msg)
        self._default = default
        self._annotation = annotation

        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')

        if not isinstance(name, str):
            msg = 'name must be a str, not a {}'.format(type(name).__name__)
            raise TypeError(msg)

        if name[0] == '.' and name[1:].isdigit():
            # The implicit .0 argument of comprehensions.
            if self._kind != _POSITIONAL_OR_KEYWORD:
                msg = ('implicit arguments must be passed as '
                       'positional or keyword arguments, not {}')
                msg = msg.format(self._kind.description)
                raise ValueError(msg)
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])

        is_keyword = keyword.iskeyword(name) and self._kind is not _POSITIONAL_ONLY
        if is_keyword or not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))

        self._name = name

    def __reduce__(self):
        return (type(self),
                (self._name, self._kind),
                {'_default': self._default,
                 '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void,
                annotation=_void, default=_void):
        """Creates a customized copy of the Parameter."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and
                self._kind == other._kind and
                self._default == other._default and
                self._annotation == other._annotation)


class BoundArguments:
    """Result of `Signature.bind` call.  Holds the mapping of arguments
    to the function's parameters."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            if param_name not in self.arguments:
                # The rest go to kwargs.
                break
            arg = self.arguments[param_name]
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                elif param_name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            if param_name in self.arguments:
                arg = self.arguments[param_name]
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        """Set default values for missing arguments."""
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                new_arguments.append((name, arguments[name]))
                continue
            if param.default is not _empty:
                val = param.default
            elif param.kind is _VAR_POSITIONAL:
                val = ()
            elif param.kind is _VAR_KEYWORD:
                val = {}
            else:
                # No default for this parameter, but the previous
                # parameter of the same kind had one.
                continue
            new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return (self.signature == other.signature and
                self.arguments == other.arguments)

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        args = []
        for arg, value in self.arguments.items():
            args.append('{}={!r}'.format(arg, value))
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """A Signature object represents the overall signature of a function."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        """Constructs Signature from the given list of Parameter
        objects and 'return_annotation'.  All arguments are optional."""
        if parameters is None:
            params = OrderedDict()
        elif __validate_parameters__:
            params = OrderedDict()
            top_kind = _POSITIONAL_ONLY
            kind_defaults = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    msg = ('wrong parameter order: {} parameter before {} '
                           'parameter')
                    msg = msg.format(top_kind.description, kind.description)
                    raise ValueError(msg)
                elif kind > top_kind:
                    # Defaults are checked within one kind (3.11).
                    kind_defaults = False
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if kind_defaults:
                            msg = 'non-default argument follows default argument'
                            raise ValueError(msg)
                    else:
                        kind_defaults = True
                if name in params:
                    msg = 'duplicate parameter name: {!r}'.format(name)
                    raise ValueError(msg)
                params[name] = param
        else:
            params = OrderedDict((param.name, param) for param in parameters)

        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *,
                      follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """Constructs Signature for the given callable object."""
        return _signature_from_callable(obj, sigcls=cls,
                                        follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals, eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Creates a customized copy of the Signature."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self.parameters.values()
                       if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        """Private method. Don't use directly."""
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        for arg_val in arg_vals:
            # A positional argument: the next parameter takes it.
            param = next(parameters, None)
            if param is None or param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments') from None
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = (arg_val,) + tuple(arg_vals)
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {arg!r}'.format(
                    arg=param.name)) from None
            arguments[param.name] = arg_val
        else:
            # No more positional arguments: the next parameter starts the
            # keyword phase, unless it needs a value it cannot get.
            param = next(parameters, None)
            if param is None or param.kind == _VAR_POSITIONAL:
                pass
            elif param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    msg = '{arg!r} parameter is positional only, but was passed as a keyword'
                    raise TypeError(msg.format(arg=param.name)) from None
                parameters_ex = (param,)
            elif param.kind == _VAR_KEYWORD or param.default is not _empty or partial:
                parameters_ex = (param,)
            else:
                msg = 'missing a required argument: {arg!r}'.format(arg=param.name)
                raise TypeError(msg) from None

        # The remaining parameters take keyword arguments.
        kwargs_param = None
        for param in (*parameters_ex, *parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            if param_name not in kwargs:
                if (not partial and param.kind != _VAR_POSITIONAL and
                        param.default is _empty):
                    raise TypeError('missing a required argument: {arg!r}'.format(
                        arg=param_name)) from None
                continue
            arg_val = kwargs.pop(param_name)
            if param.kind == _POSITIONAL_ONLY:
                raise TypeError('{arg!r} parameter is positional only, '
                                'but was passed as a keyword'.format(arg=param.name))
            arguments[param_name] = arg_val

        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(
                    arg=next(iter(kwargs))))

        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Get a BoundArguments object, that maps the passed `args`
        and `kwargs` to the function's signature.  Raises `TypeError`
        if the passed arguments can not be bound."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Get a BoundArguments object, that partially maps the
        passed `args` and `kwargs` to the function's signature.
        Raises `TypeError` if the passed arguments can not be bound."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self),
                (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                # A '/' after the last positional-only parameter.
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                # A '*args' makes a bare '*' unnecessary.
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            anno = formatannotation(self.return_annotation)
            rendered += ' -> {}'.format(anno)
        return rendered


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals, eval_str=eval_str)

