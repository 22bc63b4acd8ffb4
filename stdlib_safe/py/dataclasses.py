"""Data classes, as CPython's dataclasses: @dataclass with init, repr, eq,
order, frozen, unsafe_hash, kw_only and match_args; field(), fields(),
asdict(), astuple(), replace(), is_dataclass(), make_dataclass(), InitVar
and KW_ONLY.

CPython generates the methods' source and runs it with exec; moat has no
exec, so the methods here are closures over the class's field list that
raise the same argument errors by hand. slots=True remakes the class with
__slots__ as CPython does, through the native _remake_class and _base_slots
(stdlib_safe/dataclasses_module.h), since type() with three arguments is
refused; make_dataclass() makes its class the same way.

Fields follow CPython's _get_field (ClassVar and InitVar pseudo-fields, KW_ONLY,
defaults read with getattr, the same TypeErrors and ValueErrors). The base
fields come from the nearest dataclass base, which holds its own bases'
(CPython walks the MRO, which moat withholds; the two agree unless several
dataclass bases are inherited side by side). A class without a docstring
gets CPython's signature text as __doc__ when its __init__ is the generated
one (moat has no inspect to read another).
"""

from types import MappingProxyType as _MappingProxy
from abc import update_abstractmethods as _update_abstractmethods

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


# Plain sentinels, whose reprs are CPython's default object reprs.
class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()
# The generated __init__'s instance when no argument gave it (_make_init).
_NO_SELF = object()


class _FIELD_BASE:
    """What a Field is: a field, a ClassVar or an InitVar (its repr is the
    marker's name, as CPython's)."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_EMPTY_METADATA = _MappingProxy({})


class InitVar:
    """A pseudo-field passed to __init__ and __post_init__ but not stored."""

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        name = getattr(self.type, '__name__', None)
        return f'dataclasses.InitVar[{name if isinstance(self.type, type) else repr(self.type)}]'


# A dataclass (or Field) that holds itself shows `...` there: CPython wraps
# its generated __repr__ with reprlib.recursive_repr.
from reprlib import recursive_repr as _recursive_repr


class Field:
    """The description of one field (field() returns one)."""

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        elif isinstance(metadata, dict):
            self.metadata = _MappingProxy(metadata)
        elif isinstance(metadata, (list, tuple)) or not hasattr(type(metadata), '__getitem__'):
            raise TypeError("mappingproxy() argument must be a mapping, not %s"
                            % type(metadata).__name__)
        else:
            # moat's mappingproxy wraps only dicts; another mapping is kept
            # as it is, read through the same subscripts.
            self.metadata = metadata
        self.kw_only = kw_only
        self._field_type = None

    def __set_name__(self, owner, name):
        # A default that is a descriptor learns its name too, as it would
        # had it been assigned in the class body directly.
        set_name = getattr(type(self.default), '__set_name__', None)
        if set_name is not None:
            set_name(self.default, owner, name)

    @_recursive_repr()
    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a field: its default or default factory and whether it takes
    part in __init__, __repr__, comparisons and hashing."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


def _plural_names(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + f', and {quoted[-1]}'


def _annotation_names(text):
    # CPython's _MODULE_IDENTIFIER_RE: an optional `module .` and the
    # identifier a string annotation starts with, spaces allowed around
    # them; (None, None) when it starts with neither.
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


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return _is_string_annotation_of(annotation, 'typing', 'ClassVar')
    return annotation is _typing_ClassVar() or \
        getattr(annotation, '__origin__', None) is _typing_ClassVar()


def _typing_ClassVar():
    # typing is imported only when a class has annotations to check, as
    # CPython consults sys.modules['typing'] only if it was imported.
    import typing
    return typing.ClassVar


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return _is_string_annotation_of(annotation, 'dataclasses', 'InitVar')
    return annotation is InitVar or isinstance(annotation, InitVar)


def _is_kw_only(annotation):
    if isinstance(annotation, str):
        return _is_string_annotation_of(annotation, 'dataclasses', 'KW_ONLY')
    return annotation is KW_ONLY


def _set_new_attribute(cls, name, value):
    # A method the class body defined itself is kept, as CPython does.
    if name in cls.__dict__:
        return True
    # Generated methods are named for the class (CPython's _set_qualname).
    if isinstance(value, type(_set_new_attribute)):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    setattr(cls, name, value)
    return False


def _get_field(cls, name, annotation, default_kw_only):
    # CPython's _get_field: the class attribute (found through the MRO, as
    # getattr finds it) is the field's default or its Field.
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if type(default).__name__ == 'member_descriptor':
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only
    # Mutable defaults are the unhashable ones (their class's __hash__).
    if f._field_type is _FIELD and f.default is not MISSING and \
            type(f.default).__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} '
                         'is not allowed: use default_factory')
    return f


def _collect_fields(cls, kw_only_default, frozen):
    # The bases' fields, then the class's own. CPython walks the MRO (which
    # moat withholds); the nearest dataclass base already holds the fields
    # of its own bases, so the two agree under single inheritance.
    base_fields = getattr(cls, _FIELDS, None)
    has_dataclass_bases = base_fields is not None
    all_fields = dict(base_fields) if has_dataclass_bases else {}
    if has_dataclass_bases:
        any_frozen_base = all_frozen_bases = getattr(cls, _PARAMS).frozen
    own_annotations = cls.__dict__.get('__annotations__', {})
    kw_only = kw_only_default
    kw_only_seen = False
    own_fields = []
    for name, annotation in own_annotations.items():
        if _is_kw_only(annotation):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
            continue
        own_fields.append(_get_field(cls, name, annotation, kw_only))
    for f in own_fields:
        all_fields[f.name] = f
        # The class attribute is the default itself (or nothing).
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in own_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not all_frozen_bases and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    return all_fields


class _DataclassParams:
    """What @dataclass was given, kept as the class's __dataclass_params__."""

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


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
                        args[0].__post_init__()
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
                self.__post_init__(
                    *[values[f.name] for f in params if f._field_type is _FIELD_INITVAR])
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
    all_fields = _collect_fields(cls, kw_only, frozen)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    setattr(cls, _FIELDS, all_fields)
    stored = [f for f in all_fields.values() if f._field_type is _FIELD]
    compared = [f for f in stored if f.compare]
    shown = [f for f in stored if f.repr]

    generated_init = False
    if init:
        generated_init = not _set_new_attribute(cls, '__init__',
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
        def __repr__(self):
            return (f'{type(self).__qualname__}(' +
                    ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in shown) + ')')
        guarded = _recursive_repr()(__repr__)
        # CPython 3.11 wraps it with functools.wraps: pprint finds the
        # generated repr through __wrapped__.
        guarded.__wrapped__ = __repr__
        _set_new_attribute(cls, '__repr__', guarded)

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
        _set_new_attribute(cls, '__eq__', __eq__)

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
            if _set_new_attribute(cls, name, method):
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
            if _set_new_attribute(cls, name, method):
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
        cls.__hash__ = __hash__
    elif eq and not explicit_hash:
        cls.__hash__ = None

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in _init_fields(all_fields) if not f.kw_only))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    # A new name, not `cls = ...`: the methods above close over the
    # original class, as CPython's generated ones do.
    result = _add_slots(cls, frozen, weakref_slot) if slots else cls
    # The generated methods may implement abstract ones of an ABC base.
    _update_abstractmethods(result)
    return result


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _slot_names(cls_name, slots):
    if isinstance(slots, str):
        return [slots]
    if hasattr(slots, '__next__'):
        raise TypeError(f"Slots of '{cls_name}' cannot be determined")
    return list(slots)


def _add_slots(cls, is_frozen, weakref_slot):
    # A class's __slots__ are fixed when it is made, so a new class is made
    # from this one's namespace (CPython's _add_slots).
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited_slots = set()
    for name, slots in _base_slots(cls):
        inherited_slots.update(_slot_names(name, slots))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(n for n in wanted if n not in inherited_slots)
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    cls = _remake_class(cls, cls_dict)
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and with the options __lt__...,
    __hash__, frozen assignment checks) generated from the annotated fields
    of a class."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass or of an instance of one, as a tuple."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    # The class is asked, never the instance (whose __getattr__ or own
    # attributes could answer).
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return obj


def replace(obj, /, **changes):
    """A new instance of obj's class with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_INITVAR and f.name not in changes and f.default is MISSING:
            raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot '
                                 'be specified with replace()')
            continue
        if f.name not in changes and f._field_type is _FIELD:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Return a new dataclass named cls_name with the given fields: each a
    name, a (name, type) pair or a (name, type, Field) triple."""
    from keyword import iskeyword
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    # CPython makes the class with types.new_class(); moat has no
    # three-argument type(), so a class statement over the same bases is
    # remade with the namespace, as slots=True does (_remake_class).
    # A class statement of moat's own code may derive from `type`, which a
    # script's may not, and `_made`'s bases would run a script's
    # __init_subclass__ with it: the bases are resolved here, once (as
    # types.new_class does), and `type` and metaclasses refused.
    resolved = []
    for base in bases:
        if not isinstance(base, type):
            entries = getattr(base, '__mro_entries__', None)
            if entries is None:
                raise TypeError(f'bases must be types, not {type(base).__name__}')
            entries = entries(bases)
            if not isinstance(entries, tuple):
                raise TypeError('__mro_entries__ must return a tuple')
        else:
            entries = (base,)
        for entry in entries:
            if not isinstance(entry, type):
                raise TypeError(f'bases must be types, not {type(entry).__name__}')
            if issubclass(entry, type):
                raise TypeError(f"subclassing '{entry.__name__}' (defining a metaclass) "
                                'is not available in the sandbox')
            resolved.append(entry)

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
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    # types.new_class() runs type() from the types module.
    ns.setdefault('__module__', 'types')
    cls = _remake_class(_made, ns, remade_bases)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
