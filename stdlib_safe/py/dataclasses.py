# Data classes, as CPython's dataclasses: @dataclass with init, repr, eq,
# order, frozen, unsafe_hash, kw_only and match_args; field(), fields(),
# asdict(), astuple(), replace(), is_dataclass(), make_dataclass(), InitVar
# and KW_ONLY.
#
# CPython generates the methods' source and runs it with exec; moat has no
# exec, so the methods here are closures over the class's field list that
# raise the same argument errors by hand. slots=True remakes the class with
# __slots__ as CPython does, through the native _remake_class and _base_slots
# (stdlib_safe/dataclasses_module.h), since type() with three arguments is
# refused; make_dataclass() makes its class the same way.
#
# Fields are read as CPython reads them (ClassVar and InitVar pseudo-fields,
# KW_ONLY, defaults read with getattr, the same TypeErrors and ValueErrors).
# The base fields come from every class on the MRO after the class itself,
# through the native _base_fields (moat withholds the MRO). A class without a
# docstring gets CPython's signature text as __doc__ when its __init__ is the
# generated one (moat has no inspect to read another).
# (A comment, not a docstring: CPython's module has no __doc__.)

from abc import update_abstractmethods as _update_abstractmethods
from copy import deepcopy as _deepcopy
from keyword import iskeyword as _iskeyword
# A dataclass (or Field) that holds itself shows `...` there: CPython wraps
# its generated __repr__ with reprlib.recursive_repr.
from reprlib import recursive_repr as _recursive_repr
from types import MappingProxyType as _MappingProxy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']

# The class attributes where a dataclass keeps its fields and its options.
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class FrozenInstanceError(AttributeError):
    pass


# The sentinels are instances of bare classes, so their reprs are the
# default object reprs CPython shows for them.
class _MISSING_TYPE:
    pass


# "No default": a field's default and default_factory until one is given.
MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


# What a parameter with a default factory defaults to in the generated
# __init__ (and shows as in its signature).
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()
# The generated __init__'s instance when no argument gave it (_make_init).
_NO_SELF = object()


class _FIELD_BASE:
    # Which kind of entry a Field is; Field's repr shows the marker's name.
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR = map(
    _FIELD_BASE, ('_FIELD', '_FIELD_CLASSVAR', '_FIELD_INITVAR'))


class InitVar:
    """A pseudo-field passed to __init__ and __post_init__ but not stored."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        # A class by its bare name; typing constructs and strings by repr.
        held = self.type
        return f'dataclasses.InitVar[{held.__name__ if isinstance(held, type) else repr(held)}]'


def _attrs_text(obj, names):
    # `name=value` pairs joined by bare commas, the form of Field's and
    # _DataclassParams' reprs.
    return ','.join(f'{name}={getattr(obj, name)!r}' for name in names)


_EMPTY_METADATA = _MappingProxy({})


def _read_only_metadata(metadata):
    if metadata is None:
        return _EMPTY_METADATA
    if isinstance(metadata, dict):
        return _MappingProxy(metadata)
    if isinstance(metadata, (list, tuple)) or not hasattr(type(metadata), '__getitem__'):
        raise TypeError("mappingproxy() argument must be a mapping, not %s"
                        % type(metadata).__name__)
    # moat's mappingproxy wraps only dicts; another mapping is kept as it
    # is, read through the same subscripts.
    return metadata


class Field:
    """The description of one field (field() returns one)."""

    # CPython's Field has exactly these slots, in this order.
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        # The decorator fills in the name, type and kind.
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = _read_only_metadata(metadata)
        self.kw_only = kw_only

    def __set_name__(self, owner, name):
        # A default that is a descriptor learns its name too, as it would
        # had it been assigned in the class body directly.
        set_name = getattr(type(self.default), '__set_name__', None)
        if set_name is not None:
            set_name(self.default, owner, name)

    @_recursive_repr()
    def __repr__(self):
        # The kind shows as str(), not repr(): `_field_type=_FIELD`.
        shown = _attrs_text(self, ('name', 'type', 'default', 'default_factory', 'init',
                                   'repr', 'hash', 'compare', 'metadata', 'kw_only'))
        return f'Field({shown},_field_type={self._field_type})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a field: its default or default factory and whether it takes
    part in __init__, __repr__, comparisons and hashing."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    """What @dataclass was given, kept as the class's __dataclass_params__."""

    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        given = (init, repr, eq, order, unsafe_hash, frozen)
        for option, value in zip(self.__slots__, given):
            setattr(self, option, value)

    def __repr__(self):
        return f'_DataclassParams({_attrs_text(self, self.__slots__)})'


def _plural_names(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + f', and {quoted[-1]}'


def _annotation_names(text):
    # An optional `module .` and the identifier a string annotation starts
    # with, spaces allowed around them (CPython's _MODULE_IDENTIFIER_RE);
    # (None, None) when it starts with neither.
    import re
    match = re.match(r'^(?:\s*(\w+)\s*\.)?\s*(\w+)', text)
    if match is None:
        return None, None
    return match.group(1), match.group(2)


def _is_string_annotation_of(text, module, name):
    # moat cannot look the names up in the class's module as CPython does
    # (no sys.modules), so the spelling decides.
    module_name, ident = _annotation_names(text)
    return ident == name and module_name in (None, module)


def _typing_classvar():
    # typing is imported only when a class has annotations to check, as
    # CPython consults sys.modules['typing'] only if it was imported.
    import typing
    return typing.ClassVar


def _marks_classvar(annotation):
    if isinstance(annotation, str):
        return _is_string_annotation_of(annotation, 'typing', 'ClassVar')
    return annotation is _typing_classvar() or \
        getattr(annotation, '__origin__', None) is _typing_classvar()


def _marks_initvar(annotation):
    if isinstance(annotation, str):
        return _is_string_annotation_of(annotation, 'dataclasses', 'InitVar')
    return annotation is InitVar or isinstance(annotation, InitVar)


class _KW_ONLY_TYPE:
    pass


# The annotation of a pseudo-field after which the fields are keyword-only.
KW_ONLY = _KW_ONLY_TYPE()


def _marks_kw_only(annotation):
    if isinstance(annotation, str):
        return _is_string_annotation_of(annotation, 'dataclasses', 'KW_ONLY')
    return annotation is KW_ONLY


def _add_if_absent(cls, name, value):
    """Set a generated attribute on cls unless the class body defined one;
    True when it did (and nothing was set)."""
    if name in cls.__dict__:
        return True
    # Generated methods are named for the class they serve, and belong to
    # its module (CPython execs them in the module's globals).
    if isinstance(value, type(_add_if_absent)):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
        value.__module__ = cls.__module__
    setattr(cls, name, value)
    return False


def _field_from_annotation(cls, name, annotation, kw_only_default):
    # The class attribute of that name (found through the MRO, as getattr
    # finds it) is either the field's Field or its default.
    found = getattr(cls, name, MISSING)
    if isinstance(found, Field):
        f = found
    else:
        # A base's slot descriptor is no default.
        is_slot = type(found).__name__ == 'member_descriptor'
        f = field(default=MISSING if is_slot else found)
    f.name, f.type = name, annotation
    if _marks_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _marks_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    else:
        f._field_type = _FIELD
        if f.kw_only is MISSING:
            f.kw_only = kw_only_default
        # A mutable default is one whose class is unhashable.
        if f.default is not MISSING and type(f.default).__hash__ is None:
            raise ValueError(f'mutable default {type(f.default)} for field {f.name} '
                             'is not allowed: use default_factory')
        return f
    # ClassVar and InitVar pseudo-fields.
    if f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is not _FIELD_CLASSVAR:
        if f.kw_only is MISSING:
            f.kw_only = kw_only_default
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    return f


def _from_bases(cls):
    # (fields, any_frozen) of the dataclass bases, or (None, None) without
    # one: every class on the MRO after cls, from the root end, as CPython
    # reads `cls.__mro__[-1:0:-1]` (the native _base_fields, since moat
    # withholds the MRO), so side-by-side dataclass bases all contribute.
    inherited = None
    any_frozen = False
    for base_fields, params in _base_fields(cls):
        if inherited is None:
            inherited = {}
        for f in base_fields.values():
            inherited[f.name] = f
        if params.frozen:
            any_frozen = True
    return inherited, None if inherited is None else any_frozen


def _collect_fields(cls, inherited, base_frozen, kw_only_default, frozen):
    # The bases' fields (`inherited`, or None without a dataclass base),
    # then the class's own.
    all_fields = {} if inherited is None else dict(inherited)
    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    kw_only = kw_only_default
    marker = None
    for name, annotation in annotations.items():
        if not _marks_kw_only(annotation):
            own.append(_field_from_annotation(cls, name, annotation, kw_only))
        elif marker is None:
            marker, kw_only = name, True
        else:
            raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
    for f in own:
        all_fields[f.name] = f
        # A Field object in the class body leaves just its default there.
        if not isinstance(getattr(cls, f.name, None), Field):
            continue
        if f.default is not MISSING:
            setattr(cls, f.name, f.default)
        else:
            delattr(cls, f.name)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if inherited is not None and bool(base_frozen) != bool(frozen):
        if base_frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    return all_fields


def _init_fields(all_fields):
    return [f for f in all_fields.values() if f.init and f._field_type is not _FIELD_CLASSVAR]


def _run_init_plan(params, positional, keyword_only, stored, frozen, slots):
    """What _run_init needs to bind a call and store the fields natively
    (see dataclasses_module.h), or None for a class with an InitVar."""
    if any(f._field_type is not _FIELD for f in params):
        return None
    order = positional + keyword_only
    index = {f.name: i for i, f in enumerate(order)}
    # A factory's parameter defaults to the marker, as in CPython's
    # generated signature; the factory runs when the field is stored.
    defaults = tuple(_HAS_DEFAULT_FACTORY if f.default_factory is not MISSING else f.default
                     for f in order)
    stores = []
    for f in stored:
        factory = None if f.default_factory is MISSING else f.default_factory
        if f.init:
            stores.append((f.name, index[f.name], factory, MISSING))
        elif factory is not None:
            stores.append((f.name, -1, factory, MISSING))
        elif slots and f.default is not MISSING:
            # slots=True removes the class attribute the default was.
            stores.append((f.name, -1, None, f.default))
        # Otherwise the class attribute holding the default is read.
    # Item 0 holds the generated line a failed run reached.
    return ([3], tuple(f.name for f in order), len(positional), defaults, tuple(stores),
            bool(frozen), MISSING, _HAS_DEFAULT_FACTORY)


def _make_init(cls, all_fields, frozen, slots):
    params = _init_fields(all_fields)
    positional = [f for f in params if not f.kw_only]
    keyword_only = [f for f in params if f.kw_only]
    position = {f.name: i for i, f in enumerate(positional)}
    seen_default = None
    for f in positional:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if not has_default and seen_default is not None:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
        if has_default:
            seen_default = f
    qualname = f'{cls.__qualname__}.__init__'
    min_positional = sum(1 for f in positional
                         if f.default is MISSING and f.default_factory is MISSING)
    names = [f.name for f in params]
    stored = [f for f in all_fields.values() if f._field_type is _FIELD]
    # Decided once, as CPython generates the call into __init__ or not.
    has_post_init = hasattr(cls, '__post_init__')
    plan = _run_init_plan(params, positional, keyword_only, stored, frozen, slots)
    post_init_line = 3 + (len(plan[4]) if plan is not None else 0)
    # The InitVars __post_init__ receives, in field order. One declared
    # with init=False is no parameter, and CPython's generated call reads
    # its name as a global of the class's module (or a builtin), which
    # moat cannot see: it raises the NameError CPython meets when there is
    # none.
    initvars = [f for f in all_fields.values() if f._field_type is _FIELD_INITVAR]

    def post_init_args(values):
        for f in initvars:
            if not f.init:
                raise NameError(f"name {f.name!r} is not defined", name=f.name)
        return [values[f.name] for f in initvars]
    # CPython's name for the first parameter, an ordinary one.
    self_name = '__dataclass_self__' if 'self' in all_fields else 'self'

    # CPython's generated __init__ is `def __create_fn__(...):` (line 1),
    # `def __init__(...):` (2), one line per stored field from 3 on, then
    # the __post_init__ call: a traceback through it names that line of
    # "<string>" (_generated_frame), and a default factory runs on its
    # field's line, in field order. The instance is args[0], so a field may
    # be named self; CPython's is an ordinary parameter named self_name,
    # which the errors below follow (missing, given by keyword).
    # The parameters CPython's generated __init__ has, for
    # inspect.signature(), which cannot read them from moat's
    # (*args, **kwargs) one: (self name, positional names, keyword-only
    # names). A free variable of __init__, so it goes with the function and
    # only inspect's private _generated_signature reads it (no script sees
    # a closure).
    __moat_signature__ = (self_name, tuple(f.name for f in positional),
                          tuple(f.name for f in keyword_only))

    def __init__(*args, **kwargs):
        __moat_signature__  # noqa: B018 (captured for inspect, above)
        if plan is not None and args:
            try:
                stored_all = _run_init(args, kwargs, plan)
            except BaseException as e:
                _generated_frame(e, plan[0][0])
                raise
            if stored_all:
                if has_post_init:
                    try:
                        args[0].__post_init__(*post_init_args({}))
                    except BaseException as e:
                        _generated_frame(e, post_init_line)
                        raise
                return
        # A call that does not bind (or a class with an InitVar): CPython's
        # errors, in the order ceval checks them (keywords, the positional
        # count, what is missing), and InitVar values passed to __post_init__.
        self, args = (args[0], args[1:]) if args else (_NO_SELF, args)
        for name in kwargs:
            if name == self_name:
                if self is not _NO_SELF:
                    raise TypeError(f"{qualname}() got multiple values for argument {name!r}")
                continue
            if name not in names:
                raise TypeError(f"{qualname}() got an unexpected keyword argument {name!r}")
            if position.get(name, len(args)) < len(args):
                raise TypeError(f"{qualname}() got multiple values for argument {name!r}")
        if len(args) > len(positional):
            total = len(positional) + 1
            given = len(args) + 1
            # The keyword-only parameters given, as CPython's too_many_positional.
            kwonly_given = sum(1 for f in keyword_only if f.name in kwargs)
            if kwonly_given:
                given = (f"{given} positional arguments (and {kwonly_given} keyword-only "
                         f"argument{'s' if kwonly_given != 1 else ''})")
            if min_positional < len(positional):
                raise TypeError(f"{qualname}() takes from {min_positional + 1} to {total} "
                                f"positional arguments but {given} were given")
            raise TypeError(f"{qualname}() takes {total} positional argument"
                            f"{'s' if total != 1 else ''} but {given} were given")
        values = {}
        missing_positional, missing_keyword = [], []
        if self is _NO_SELF:
            if self_name in kwargs:
                self = kwargs.pop(self_name)
            else:
                missing_positional.append(self_name)
        for f in params:
            if not f.kw_only and position[f.name] < len(args):
                values[f.name] = args[position[f.name]]
            elif f.name in kwargs:
                values[f.name] = kwargs[f.name]
            elif f.default is not MISSING:
                values[f.name] = f.default
            elif f.default_factory is not MISSING:
                # A stored field's factory runs on its line below.
                values[f.name] = (f.default_factory() if f._field_type is _FIELD_INITVAR
                                  else _HAS_DEFAULT_FACTORY)
            elif f.kw_only:
                missing_keyword.append(f.name)
            else:
                missing_positional.append(f.name)
        if missing_positional:
            raise TypeError(f"{qualname}() missing {len(missing_positional)} required "
                            f"positional argument{'s' if len(missing_positional) != 1 else ''}: "
                            f"{_plural_names(missing_positional)}")
        if missing_keyword:
            raise TypeError(f"{qualname}() missing {len(missing_keyword)} required "
                            f"keyword-only argument{'s' if len(missing_keyword) != 1 else ''}: "
                            f"{_plural_names(missing_keyword)}")
        line = 3
        try:
            for f in stored:
                if f.init:
                    value = values[f.name]
                    if value is _HAS_DEFAULT_FACTORY and f.default_factory is not MISSING:
                        value = f.default_factory()
                elif f.default_factory is not MISSING:
                    value = f.default_factory()
                elif slots and f.default is not MISSING:
                    # slots=True removes the class attribute the default was.
                    value = f.default
                else:
                    # Read from the class attribute that holds the default.
                    continue
                if frozen:
                    object.__setattr__(self, f.name, value)
                else:
                    setattr(self, f.name, value)
                line += 1
            if has_post_init:
                self.__post_init__(*post_init_args(values))
        except BaseException as e:
            _generated_frame(e, line)
            raise

    __init__.__qualname__ = qualname
    # What CPython's generated signature shows: the defaults (a factory's
    # parameter defaults to the marker), the keyword-only ones apart, and
    # the fields' types. The binding above does not read them.
    def default(f):
        return _HAS_DEFAULT_FACTORY if f.default_factory is not MISSING else f.default
    __init__.__defaults__ = tuple(default(f) for f in positional
                                  if f.default is not MISSING
                                  or f.default_factory is not MISSING) or None
    __init__.__kwdefaults__ = {f.name: default(f) for f in keyword_only
                               if f.default is not MISSING
                               or f.default_factory is not MISSING} or None
    __init__.__annotations__ = {**{f.name: f.type for f in params}, 'return': None}
    return __init__


def _format_annotation(annotation):
    # inspect.formatannotation, which inspect.signature's text uses.
    if getattr(annotation, '__module__', None) == 'typing':
        import re
        return re.sub(r'[\w\.]+', lambda m: m.group(0).removeprefix('typing.'),
                      repr(annotation))
    if isinstance(annotation, type(list[int])):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _init_signature_text(all_fields):
    """The text of inspect.signature() of the generated __init__ without
    self and return annotation, as CPython puts in a class's __doc__."""
    params = _init_fields(all_fields)
    parts = []
    for keyword_only in (False, True):
        chosen = [f for f in params if bool(f.kw_only) == keyword_only]
        if keyword_only and chosen:
            parts.append('*')
        for f in chosen:
            text = f'{f.name}: {_format_annotation(f.type)}'
            if f.default_factory is not MISSING:
                text += f' = {_HAS_DEFAULT_FACTORY!r}'
            elif f.default is not MISSING:
                text += f' = {f.default!r}'
            parts.append(text)
    return '(' + ', '.join(parts) + ')'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    # CPython reads the module first (its globals serve the generated
    # code), so a non-class fails on __module__.
    cls.__module__
    # The dataclass bases' fields and whether any is frozen, read before the
    # class gets its own.
    inherited, base_frozen = _from_bases(cls)
    # The options are recorded before the fields are read, as CPython does.
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    all_fields = _collect_fields(cls, inherited, base_frozen, kw_only, frozen)
    setattr(cls, _FIELDS, all_fields)
    stored = [f for f in all_fields.values() if f._field_type is _FIELD]
    compared = [f for f in stored if f.compare]
    shown = [f for f in stored if f.repr]

    generated_init = False
    if init:
        generated_init = not _add_if_absent(cls, '__init__',
                                                _make_init(cls, all_fields, frozen, slots))

    if not getattr(cls, '__doc__'):
        # CPython's text of inspect.signature(cls). moat has no inspect, so
        # a class whose __init__ is neither the generated one nor object's
        # keeps no __doc__.
        if generated_init:
            cls.__doc__ = cls.__name__ + _init_signature_text(all_fields)
        elif cls.__init__ is object.__init__:
            cls.__doc__ = cls.__name__ + '()'

    if repr:
        # The names are fixed now, as CPython writes them into the method's
        # text: renaming a Field object later changes nothing.
        shown_names = tuple(f.name for f in shown)

        # A plain loop, not a generator expression: CPython's generated
        # method formats its fields inline, so a nested repr (a linked list
        # of dataclass nodes) takes as many frames per level as there.
        def __repr__(self):
            parts = []
            for name in shown_names:
                parts.append(f'{name}={getattr(self, name)!r}')
            return f'{type(self).__qualname__}(' + ', '.join(parts) + ')'
        guarded = _recursive_repr()(__repr__)
        # CPython 3.11 wraps it with functools.wraps: pprint finds the
        # generated repr through __wrapped__.
        guarded.__wrapped__ = __repr__
        _add_if_absent(cls, '__repr__', guarded)

    # The generated methods below raise through line 3 or 4 of "<string>",
    # as CPython's (_generated_frame).
    # The fields' values are compared as CPython's `(self.x,self.y,) <op>
    # (other.x,other.y,)` compares them, natively and without the tuples.
    compared_names = tuple(f.name for f in compared)
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                try:
                    return _fields_compare(self, other, compared_names, '==')
                except BaseException as e:
                    _generated_frame(e, 4)
                    raise
            return NotImplemented
        _add_if_absent(cls, '__eq__', __eq__)

    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')

        # One function per operator: a traceback names the code's own name.
        def __lt__(self, other):
            if other.__class__ is self.__class__:
                try:
                    return _fields_compare(self, other, compared_names, '<')
                except BaseException as e:
                    _generated_frame(e, 4)
                    raise
            return NotImplemented

        def __le__(self, other):
            if other.__class__ is self.__class__:
                try:
                    return _fields_compare(self, other, compared_names, '<=')
                except BaseException as e:
                    _generated_frame(e, 4)
                    raise
            return NotImplemented

        def __gt__(self, other):
            if other.__class__ is self.__class__:
                try:
                    return _fields_compare(self, other, compared_names, '>')
                except BaseException as e:
                    _generated_frame(e, 4)
                    raise
            return NotImplemented

        def __ge__(self, other):
            if other.__class__ is self.__class__:
                try:
                    return _fields_compare(self, other, compared_names, '>=')
                except BaseException as e:
                    _generated_frame(e, 4)
                    raise
            return NotImplemented
        for method in (__lt__, __le__, __gt__, __ge__):
            name = method.__name__
            if _add_if_absent(cls, name, method):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using functools.total_ordering')

    if frozen:
        names = {f.name for f in all_fields.values()}

        def __setattr__(self, name, value):
            line = 4
            try:
                if type(self) is cls or name in names:
                    raise FrozenInstanceError(f"cannot assign to field {name!r}")
                line = 5
                super(cls, self).__setattr__(name, value)
            except BaseException as e:
                _generated_frame(e, line)
                raise

        def __delattr__(self, name):
            line = 4
            try:
                if type(self) is cls or name in names:
                    raise FrozenInstanceError(f"cannot delete field {name!r}")
                line = 5
                super(cls, self).__delattr__(name)
            except BaseException as e:
                _generated_frame(e, line)
                raise
        for name, method in [('__setattr__', __setattr__), ('__delattr__', __delattr__)]:
            if _add_if_absent(cls, name, method):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    hashed = [f for f in stored if (f.compare if f.hash is None else f.hash)]
    class_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = not (class_hash is MISSING or
                         (class_hash is None and '__eq__' in cls.__dict__))
    if unsafe_hash or (eq and frozen and not explicit_hash):
        if unsafe_hash and explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')

        hashed_names = tuple(f.name for f in hashed)

        def __hash__(self):
            try:
                return _fields_hash(self, hashed_names)
            except BaseException as e:
                _generated_frame(e, 3)
                raise
        __hash__.__qualname__ = f"{cls.__qualname__}.__hash__"
        __hash__.__module__ = cls.__module__
        cls.__hash__ = __hash__
    elif eq and not explicit_hash:
        cls.__hash__ = None

    if match_args:
        _add_if_absent(cls, '__match_args__',
                           tuple(f.name for f in _init_fields(all_fields) if not f.kw_only))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    # A new name, not `cls = ...`: the methods above close over the
    # original class, as CPython's generated ones do.
    result = _add_slots(cls, frozen, weakref_slot) if slots else cls
    # The generated methods may implement abstract ones of an ABC base.
    _update_abstractmethods(result)
    return result


def _stored_names(class_or_instance):
    return tuple(f.name for f in fields(class_or_instance))


# A frozen class with slots is pickled through these: its __setattr__
# refuses the stores the default protocol would make.
def _dataclass_getstate(self):
    return [getattr(self, name) for name in _stored_names(self)]


def _dataclass_setstate(self, state):
    for name, value in zip(_stored_names(self), state):
        object.__setattr__(self, name, value)


def _slot_names(cls_name, slots):
    # A base's __slots__ entry: one name, or an iterable of them that can
    # be read again (an iterator may have been used up).
    if isinstance(slots, str):
        return [slots]
    if hasattr(slots, '__next__'):
        raise TypeError(f"Slots of '{cls_name}' cannot be determined")
    return list(slots)


def _add_slots(cls, is_frozen, weakref_slot):
    # A class's __slots__ are fixed when it is made, so the class is made
    # again from its namespace, without the fields' class attributes.
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    names = _stored_names(cls)
    # The old class's __weakref__ descriptor stays, as in CPython 3.11.2.
    dropped = set(names) | {'__dict__'}
    namespace = {key: value for key, value in cls.__dict__.items() if key not in dropped}
    # A slot a base already has is not declared again.
    taken = set()
    for owner, slots in _base_slots(cls):
        taken.update(_slot_names(owner, slots))
    wanted = names + ('__weakref__',) if weakref_slot else names
    namespace['__slots__'] = tuple(name for name in wanted if name not in taken)
    remade = _remake_class(cls, namespace)
    if is_frozen:
        # Set even over the class's own hooks, as CPython 3.11.2 does.
        remade.__getstate__ = _dataclass_getstate
        remade.__setstate__ = _dataclass_setstate
    return remade


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and with the options __lt__...,
    __hash__, frozen assignment checks) generated from the annotated fields
    of a class."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    # Used bare (@dataclass) or called first (@dataclass(...)).
    return wrap if cls is None else wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass or of an instance of one, as a tuple."""
    try:
        table = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    # ClassVar and InitVar pseudo-fields are left out.
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    # The class is asked, never the instance (whose __getattr__ or own
    # attributes could answer).
    return hasattr(obj if isinstance(obj, type) else type(obj), _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def _rebuild(obj, convert_instance):
    # A deep copy of obj in which each dataclass instance is replaced by
    # convert_instance's result: lists, tuples and dicts (and their
    # subclasses) are remade with their own type, anything else deep-copied.
    if _is_dataclass_instance(obj):
        return convert_instance(obj)
    kind = type(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # A namedtuple takes its items as separate arguments.
        return kind(*[_rebuild(item, convert_instance) for item in obj])
    if isinstance(obj, (list, tuple)):
        return kind(_rebuild(item, convert_instance) for item in obj)
    if isinstance(obj, dict):
        return kind((_rebuild(key, convert_instance), _rebuild(value, convert_instance))
                    for key, value in obj.items())
    return _deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")

    def to_dict(instance):
        return dict_factory([(f.name, _rebuild(getattr(instance, f.name), to_dict))
                             for f in fields(instance)])
    return to_dict(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")

    def to_tuple(instance):
        return tuple_factory([_rebuild(getattr(instance, f.name), to_tuple)
                              for f in fields(instance)])
    return to_tuple(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        kind = f._field_type
        if kind is _FIELD_CLASSVAR:
            continue
        given = f.name in changes
        if not f.init:
            # Such a field is set by __init__ or __post_init__ alone.
            if given:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot '
                                 'be specified with replace()')
        elif not given:
            # An InitVar is not stored, so there is no value to carry over.
            if kind is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


# make_dataclass's marker for an entry that gives no Field or default.
_NO_SPEC = object()


def _parse_field_entry(item):
    """(name, type, spec) of one entry of make_dataclass's fields."""
    if isinstance(item, str):
        return item, 'typing.Any', _NO_SPEC
    size = len(item)
    if size == 2:
        name, tp = item
        return name, tp, _NO_SPEC
    if size == 3:
        name, tp, spec = item
        return name, tp, spec
    raise TypeError(f'Invalid field: {item!r}')


def _resolve_bases(bases):
    # The bases a class statement would get, with __mro_entries__ applied,
    # as types.new_class resolves them (a non-class without the hook is kept
    # for the metaclass to refuse); `type` and metaclasses refused. Also
    # whether a hook changed them.
    resolved = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            entries = (base,)
        else:
            hook = getattr(base, '__mro_entries__', None)
            if hook is None:
                resolved.append(base)
                continue
            entries = hook(bases)
            changed = True
            if not isinstance(entries, tuple):
                raise TypeError('__mro_entries__ must return a tuple')
        for entry in entries:
            if not isinstance(entry, type):
                raise TypeError(f'bases must be types, not {type(entry).__name__}')
            if issubclass(entry, type):
                raise TypeError(f"subclassing '{entry.__name__}' (defining a metaclass) "
                                'is not available in the sandbox')
            resolved.append(entry)
    return resolved, changed


def _bases_metaclass(bases):
    # types.new_class's choice of metaclass: the most derived of the bases'
    # types, or its conflict error.
    winner = type(bases[0]) if bases else type
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return winner


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Return a new dataclass named cls_name with the given fields: each a
    name, a (name, type) pair or a (name, type, Field) triple."""
    annotations = {}
    specs = {}
    for item in fields:
        name, tp, spec = _parse_field_entry(item)
        if spec is not _NO_SPEC:
            # Stored before the name is checked: an unhashable name fails here.
            specs[name] = spec
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if _iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = tp

    # CPython makes the class with types.new_class(); moat has no
    # three-argument type(), so a class statement over the same bases is
    # remade with the namespace, as slots=True does (_remake_class).
    # A class statement of moat's own code may derive from `type`, which a
    # script's may not, and `_made`'s bases would run a script's
    # __init_subclass__ with it: the bases are resolved first, once (as
    # types.new_class does), and `type` and metaclasses refused.
    resolved, changed = _resolve_bases(bases)
    meta = _bases_metaclass(resolved)
    # The caller's namespace, then the fields' specs and annotations over it.
    body = {} if namespace is None else dict(namespace)
    body.update(specs)
    body['__annotations__'] = annotations
    if changed:
        body['__orig_bases__'] = bases  # as types.new_class records them
    if not issubclass(meta, type):
        # A base that is no class (3) makes its own type the metaclass,
        # which types.new_class calls as a class's metaclass.
        cls = meta(cls_name, resolved if changed else bases, body)
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    # type.__new__'s own argument checks.
    if not isinstance(cls_name, str):
        raise TypeError('type.__new__() argument 1 must be str, not '
                        f'{type(cls_name).__name__}')
    if not changed and not isinstance(bases, tuple):
        raise TypeError('type.__new__() argument 2 must be tuple, not '
                        f'{type(bases).__name__}')
    if all(type(entry) is type for entry in resolved):
        # Made without the bases and remade with them, so only the made
        # class runs their __init_subclass__, as types.new_class's one
        # class does.
        class _made:
            pass
        remade_bases = tuple(resolved)
    else:
        # One of moat's metaclasses (ABCMeta) makes the class: it is made
        # over the bases, whose __init_subclass__ then runs for `_made` too.
        class _made(*resolved):
            pass
        remade_bases = None
    _made.__name__ = _made.__qualname__ = cls_name
    # types.new_class() runs type() from the types module.
    body.setdefault('__module__', 'types')
    cls = _remake_class(_made, body, remade_bases)
    return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                          match_args, kw_only, slots, weakref_slot)
