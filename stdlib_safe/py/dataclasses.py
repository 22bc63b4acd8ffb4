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
"""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KwOnlyType()


class InitVar:
    """A pseudo-field passed to __init__ and __post_init__ but not stored."""

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        name = getattr(self.type, '__name__', None)
        return f'dataclasses.InitVar[{name if isinstance(self.type, type) else repr(self.type)}]'


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
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None  # 'field' or 'initvar'

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


def _is_classvar(annotation):
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return text.startswith(('typing.ClassVar', 'ClassVar'))


def _set_new_attribute(cls, name, value):
    # A method the class body defined itself is kept, as CPython does.
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _collect_fields(cls, kw_only_default):
    all_fields = dict(getattr(cls, _FIELDS, {}))  # the nearest dataclass base's
    kw_only = kw_only_default
    for name, annotation in getattr(cls, '__annotations__', {}).items():
        if annotation is KW_ONLY or (isinstance(annotation, str) and annotation.endswith('KW_ONLY')):
            kw_only = True
            continue
        if _is_classvar(annotation):
            continue
        value = cls.__dict__.get(name, MISSING)
        if isinstance(value, Field):
            f = value
        else:
            f = field(default=value)
        f.name = name
        f.type = annotation
        f._field_type = 'initvar' if isinstance(annotation, InitVar) else 'field'
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if f._field_type == 'field' and f.default is not MISSING and \
                type(f.default) in (list, dict, set):
            raise ValueError(f'mutable default {type(f.default)} for field {name} '
                             'is not allowed: use default_factory')
        # The class attribute is the default itself (or nothing).
        if isinstance(value, Field):
            if f.default is MISSING:
                try:
                    delattr(cls, name)
                except AttributeError:
                    pass
            else:
                setattr(cls, name, f.default)
        all_fields[name] = f
    return all_fields


def _init_fields(all_fields):
    return [f for f in all_fields.values() if f.init]


def _make_init(cls, all_fields, frozen):
    params = _init_fields(all_fields)
    positional = [f for f in params if not f.kw_only]
    keyword_only = [f for f in params if f.kw_only]
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
    stored = [f for f in all_fields.values() if f._field_type == 'field']
    # The common call (every field given positionally, no InitVar, no
    # field left out of __init__) stores the arguments straight away.
    direct = (not keyword_only and [f.name for f in stored] == names and
              all(f._field_type == 'field' for f in params))

    def __init__(self, *args, **kwargs):
        if direct and not kwargs and len(args) == len(names):
            if frozen:
                for name, value in zip(names, args):
                    object.__setattr__(self, name, value)
            else:
                for name, value in zip(names, args):
                    setattr(self, name, value)
            post_init = getattr(self, '__post_init__', None)
            if post_init is not None:
                post_init()
            return
        if len(args) > len(positional):
            total = len(positional) + 1
            given = len(args) + 1
            if min_positional < len(positional):
                raise TypeError(f"{qualname}() takes from {min_positional + 1} to {total} "
                                f"positional arguments but {given} were given")
            raise TypeError(f"{qualname}() takes {total} positional argument"
                            f"{'s' if total != 1 else ''} but {given} were given")
        for name in kwargs:
            if name not in names:
                raise TypeError(f"{qualname}() got an unexpected keyword argument {name!r}")
            index = [f.name for f in positional].index(name) if name in \
                [f.name for f in positional] else len(positional)
            if index < len(args):
                raise TypeError(f"{qualname}() got multiple values for argument {name!r}")
        values = {}
        missing_positional, missing_keyword = [], []
        for index, f in enumerate(params):
            if not f.kw_only and index < len(args):
                values[f.name] = args[index]
            elif f.name in kwargs:
                values[f.name] = kwargs[f.name]
            elif f.default is not MISSING:
                values[f.name] = f.default
            elif f.default_factory is not MISSING:
                values[f.name] = f.default_factory()
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
        for f in stored:
            if f.init:
                value = values[f.name]
            elif f.default is not MISSING:
                value = f.default
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        post_init = getattr(self, '__post_init__', None)
        if post_init is not None:
            post_init(*[values[f.name] for f in params if f._field_type == 'initvar'])

    __init__.__qualname__ = qualname
    return __init__


def _field_values(obj, selected):
    return tuple(getattr(obj, f.name) for f in selected)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    all_fields = _collect_fields(cls, kw_only)
    setattr(cls, _FIELDS, all_fields)
    stored = [f for f in all_fields.values() if f._field_type == 'field']
    compared = [f for f in stored if f.compare]
    shown = [f for f in stored if f.repr]

    if init:
        _set_new_attribute(cls, '__init__', _make_init(cls, all_fields, frozen))

    if repr:
        def __repr__(self):
            return (f'{type(self).__qualname__}(' +
                    ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in shown) + ')')
        _set_new_attribute(cls, '__repr__', __repr__)

    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _field_values(self, compared) == _field_values(other, compared)
            return NotImplemented
        _set_new_attribute(cls, '__eq__', __eq__)

    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')

        def comparison(name, compare):
            def method(self, other):
                if other.__class__ is self.__class__:
                    return compare(_field_values(self, compared), _field_values(other, compared))
                return NotImplemented
            method.__name__ = name
            return method
        for name, compare in [('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                              ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)]:
            if _set_new_attribute(cls, name, comparison(name, compare)):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using functools.total_ordering')

    if frozen:
        names = {f.name for f in all_fields.values()}

        def __setattr__(self, name, value):
            if type(self) is cls or name in names:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in names:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)
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

        def __hash__(self):
            return hash(_field_values(self, hashed))
        cls.__hash__ = __hash__
    elif eq and not explicit_hash:
        cls.__hash__ = None

    if match_args:
        cls.__match_args__ = tuple(f.name for f in _init_fields(all_fields) if not f.kw_only)

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        # Not `cls = ...`: the methods above close over the original class,
        # as CPython's generated ones do.
        return _add_slots(cls, frozen, weakref_slot)
    return cls


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
    return tuple(f for f in all_fields.values() if f._field_type == 'field')


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    return hasattr(obj, _FIELDS)


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
        if f._field_type == 'initvar' and f.name not in changes and f.default is MISSING:
            raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot '
                                 'be specified with replace()')
            continue
        if f.name not in changes and f._field_type == 'field':
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
    class _made(*bases):
        pass
    _made.__name__ = _made.__qualname__ = cls_name
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    # types.new_class() runs type() from the types module.
    ns.setdefault('__module__', 'types')
    cls = _remake_class(_made, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
