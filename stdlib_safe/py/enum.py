"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique,
behaving as CPython 3.11's for what scripts do with them.

EnumType (the metaclass) turns the plain attributes of a class body into
members: instances of the class with `_name_` and `_value_`, kept in
`_member_map_` (name -> member, aliases included), `_member_names_`
(canonical names in definition order) and `_value2member_map_`. The class
then iterates, indexes by name, calls by value and refuses reassignment.

The class body runs in an `_EnumDict` (EnumType.__prepare__), whose
__setitem__ checks each name as it is bound and gives auto() its value at
once, as CPython's does.

A member named like a property of a base (`name`, `value`, an
`enum.property`) is reached through a redirect, as in CPython: the class
attribute gives the member, a member's attribute runs the property.

Differences from CPython: the functional API takes the module
of the new enum from `module=` ('__main__' when not given: moat has no
frames to look it up), and `_convert_` (which reads and writes a module's
globals through sys.modules) raises TypeError saying it is not available
in the sandbox.
"""

# CPython 3.11.2's public names, in its order (`from enum import *`).
__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary',
    'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr',
    'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
]

from operator import or_ as _or
from types import DynamicClassAttribute as _DynamicClassAttribute

_builtin_property = property

# Set once Enum itself exists: the classes defined before it are made
# without the member machinery.
Enum = None
Flag = None
ReprEnum = None


class _Unresolved:
    # The value of an auto() the class body has not numbered yet; it shows
    # under CPython's name for it.
    __slots__ = ()

    def __repr__(self):
        return '_auto_null'


_auto_null = _Unresolved()


class _Wrapper:
    # A value marked in an enum body; the body's namespace unwraps it.
    def __init__(self, value):
        self.value = value


class auto(_Wrapper):
    """A placeholder in an enum body: the member gets the value
    _generate_next_value_ computes for it."""

    def __init__(self, value=_auto_null):
        super().__init__(value)

    def __repr__(self):
        return f"auto({self.value!r})"


class member(_Wrapper):
    """Marks a value (a function, say) that must be a member of the enum."""


class nonmember(_Wrapper):
    """Marks a value that must stay a plain class attribute."""


class property(_builtin_property):
    """A property of enum members whose name, read on the enum class,
    gives the member of that name instead (a member called `name` or
    `value` works so)."""

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            getter = self.fget
            if getter is None:
                raise AttributeError('%r member has no attribute %r' % (ownerclass, self.name))
            return getter(instance)
        members = ownerclass._member_map_
        try:
            return members[self.name]
        except KeyError:
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))

    def __set__(self, instance, value):
        setter = self.fset
        if setter is not None:
            return setter(instance, value)
        raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))

    def __delete__(self, instance):
        deleter = self.fdel
        if deleter is not None:
            return deleter(instance)
        raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))

    def __set_name__(self, ownerclass, name):
        self.clsname, self.name = ownerclass.__name__, name


_function_type = type(lambda: None)


def _is_descriptor(obj):
    # Functions, built-in descriptors, and objects of classes that define
    # __get__, __set__ or __delete__ stay ordinary class attributes.
    if isinstance(obj, (_function_type, classmethod, staticmethod, _builtin_property)):
        return True
    cls = type(obj)
    return (hasattr(cls, '__get__') or hasattr(cls, '__set__') or
            hasattr(cls, '__delete__')) and not isinstance(obj, type)


def _is_dunder(name):
    # `__x__`: two underscores each side around a name not starting or
    # ending with one.
    return len(name) > 4 and name.startswith('__') and name.endswith('__') and \
        '_' not in (name[2], name[-3])


def _is_sunder(name):
    # `_x_`: one underscore each side, no more.
    return len(name) > 2 and name.startswith('_') and name.endswith('_') and \
        '_' not in (name[1], name[-2])


def _is_single_bit(num):
    # The clearing is done in place, as CPython's: a float value fails with
    # the `&=` operator's message.
    if num != 0:
        rest = num
        rest &= num - 1
        return rest == 0
    return False


def _iter_bits_lsb(num):
    # The single-bit values set in num, lowest first; CPython's refuses a
    # negative num (whose bits never run out).
    bits = num.value if isinstance(num, Enum) else num
    if bits < 0:
        raise ValueError('%r is not a positive integer' % num)
    while bits:
        # Two's complement: ~bits + 1 keeps only the lowest set bit of bits.
        complement = ~bits
        lowest = bits & (complement + 1)
        bits -= lowest
        yield lowest


def _is_private(cls_name, name):
    # A name the compiler mangled in this class's body (`__x` in class C is
    # `_C__x`), tested against the class name as given, as CPython's is.
    pattern = '_%s__' % (cls_name,)
    return (len(name) > len(pattern) and name.startswith(pattern) and
            (name[-1] != '_' or name[-2] != '_'))


def _is_internal_class(cls_name, obj):
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, '__qualname__', '')
    own = cls_name + '.' + getattr(obj, '__name__', '')
    return qualname == own or qualname.endswith('.' + own)


# The sunder names an enum body may bind; the others are reserved.
_allowed_sunders = ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
                    '_ignore_', '_iter_member_', '_iter_member_by_value_',
                    '_iter_member_by_def_')


class _EnumDict(dict):
    """The namespace of an enum class body: records the member names in
    definition order, refuses a name bound twice and reserved _sunder_
    names, and gives auto() its value when it is bound."""

    def __init__(self):
        super().__init__()
        # A dict for its order; auto() sees the values bound so far.
        self._member_names = {}
        self._ignore = []
        self._last_values = []
        self._auto_called = False

    def __setitem__(self, key, value):
        if _is_internal_class(self._cls_name, value):
            import warnings
            warnings.warn("In 3.13 classes created inside an enum will not become a member.  "
                          "Use the `member` decorator to keep the current behavior.",
                          DeprecationWarning, stacklevel=2)
        # A name mangled in the body (`__x`) is bound as it is.
        if not _is_private(self._cls_name, key):
            if _is_sunder(key):
                value = self._bind_sunder(key, value)
            elif _is_dunder(key):
                key = '_order_' if key == '__order__' else key
            else:
                value, is_member = self._bind_plain(key, value)
                if is_member:
                    # auto() is numbered here in __setitem__, as CPython
                    # does, so that a warning _generate_next_value_ gives
                    # with stacklevel=3 names the class body's line.
                    single = isinstance(value, auto)
                    items = (value,) if single else value
                    if type(items) is tuple and any(isinstance(item, auto) for item in items):
                        numbered = []
                        for item in items:
                            if isinstance(item, auto):
                                if item.value == _auto_null:
                                    item.value = self._generate_next_value(
                                        key, 1, len(self._member_names), self._last_values[:])
                                    self._auto_called = True
                                item = item.value
                                self._last_values.append(item)
                            numbered.append(item)
                        value = numbered[0] if single else tuple(numbered)
                    else:
                        self._last_values.append(value)
                    self._member_names[key] = None
        dict.__setitem__(self, key, value)

    def _bind_sunder(self, key, value):
        if key not in _allowed_sunders:
            raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                             % (key,))
        if key == '_ignore_':
            names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
            self._ignore = names
            taken = set(names) & set(self._member_names)
            if taken:
                raise ValueError('_ignore_ cannot specify already set names: %r' % (taken,))
            return names
        if key == '_generate_next_value_':
            # auto() already gave values with the inherited one.
            if self._auto_called:
                raise TypeError("_generate_next_value_ must be defined before members")
            plain = value.__func__ if isinstance(value, staticmethod) else value
            self._generate_next_value = plain
        return value

    def _bind_plain(self, key, value):
        # A name without underscores around it: (value, True) for a member,
        # whose auto()s __setitem__ then numbers, unless it is ignored, a
        # nonmember or a descriptor (a method, a property...).
        if key in self._member_names:
            # A second value, or a descriptor, over a member.
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if key in self._ignore:
            return value, False
        if isinstance(value, nonmember):
            return value.value, False
        if _is_descriptor(value):
            return value, False
        if key in self:
            # A member over a descriptor.
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if isinstance(value, member):
            value = value.value
        return value, True

    def update(self, members, **more_members):
        # Each binding goes through __setitem__'s checks, in order; pairs
        # are read while the missing keys() is being handled, as CPython's.
        try:
            keys = members.keys
        except AttributeError:
            for key, value in members:
                self[key] = value
        else:
            for key in keys():
                self[key] = members[key]
        for key, value in more_members.items():
            self[key] = value


_ENUM_BASES = {}


def _public_names(cls):
    # The public names of cls's MRO's namespaces. Scripts (and moat's own
    # modules) cannot read __bases__, so each enum class keeps the bases it
    # was made with (in _ENUM_BASES, not in the class's namespace, which
    # CPython's has no such name in); dir() of any other class already walks
    # its MRO.
    if not isinstance(cls, EnumType):
        return {n for n in dir(cls) if not n.startswith('_')}
    names = {n for n in cls.__dict__ if not n.startswith('_')}
    for base in _ENUM_BASES.get(cls, ()):
        names |= _public_names(base)
    return names


def _namespace_names(cls):
    # Every name the class dicts of an enum class and of its bases hold.
    names = set(cls.__dict__) | {'__dict__', '__weakref__'}
    for base in _ENUM_BASES.get(cls, ()):
        if isinstance(base, EnumType):
            names |= _namespace_names(base)
        else:
            names.update(dir(base))
    return names


def _enum_mro_tail(bases):
    # The classes after a new enum class in its MRO, as far as moat's own
    # code can see them: enum classes through the bases recorded for them,
    # other classes by themselves.
    seen = []
    for base in bases:
        for cls in [base] + (_enum_mro_tail(_ENUM_BASES.get(base, ()))
                             if isinstance(base, EnumType) else []):
            if cls in seen:
                seen.remove(cls)
            seen.append(cls)
    return seen


def _set_member_attribute(enum_class, name, enum_member):
    # CPython's _proto_member.__set_name__: an enum.property or a
    # types.DynamicClassAttribute of a base (Enum's name and value included)
    # keeps serving the name, its class access giving the member (through
    # EnumType.__getattr__ for the latter); if some other attribute of the
    # name comes first, a new enum.property with the same accessors goes in
    # front. As CPython's, the search goes on past such an attribute and
    # keeps what the last base held.
    need_override = False
    descriptor = None
    for base in _enum_mro_tail(_ENUM_BASES.get(enum_class, ())):
        try:
            descriptor = base.__dict__.get(name)
        except AttributeError:
            descriptor = None
        if descriptor is not None:
            if isinstance(descriptor, (property, _DynamicClassAttribute)):
                break
            need_override = True
    if descriptor is not None and not need_override:
        return
    if descriptor is not None and need_override:
        redirect = property(descriptor.fget, descriptor.fset, descriptor.fdel)
        redirect.__set_name__(enum_class, name)
        type.__setattr__(enum_class, name, redirect)
        return
    type.__setattr__(enum_class, name, enum_member)


def _default_new(new_member, enum_class):
    # Whether an enum class's _new_member_ is its data type's, object's or
    # Enum's __new__, which no enum body defined for making members.
    return (new_member is object.__new__ or new_member is enum_class._member_type_.__new__
            or Enum is not None and new_member is Enum.__new__)


class EnumType(type):
    """The metaclass of enumerations: makes members of a class body's plain
    values and gives the class its lookups by name and value."""

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        # CPython's reads the constants from sys.modules[module] and binds
        # the new enum and its members in that module's globals: both are
        # module internals the sandbox does not provide. Enum(name, {...})
        # makes the same enum from a mapping.
        raise TypeError(f"{cls.__name__}._convert_() is not available in the sandbox: "
                        "it reads and writes a module's globals; build the enum "
                        "with the functional API instead")

    def __dir__(cls):
        # CPython 3.11's EnumType.__dir__: the members and the enum protocol's
        # dunders, plus everything the mixed-in data type lists.
        names = {'__class__', '__contains__', '__doc__', '__getitem__',
                 '__init_subclass__', '__iter__', '__len__', '__members__',
                 '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        body = _EnumDict()
        body._cls_name = cls
        # auto() in the body uses the inherited _generate_next_value_ until
        # the body defines its own.
        last_enum = metacls._get_mixins_(cls, bases)[1]
        if last_enum is not None:
            inherited = getattr(last_enum, '_generate_next_value_', None)
            body['_generate_next_value_'] = inherited
        return body

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if Enum is None:
            # Enum itself, or a helper base defined before it.
            enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
            enum_class._member_names_ = []
            enum_class._member_map_ = {}
            enum_class._value2member_map_ = {}
            enum_class._member_type_ = object
            # CPython's _find_new_ for a class without an enum base: the
            # body's own __new__ (Enum's), else object's.
            new_member = classdict.get('__new__', object.__new__)
            if isinstance(new_member, staticmethod):
                new_member = new_member.__func__
            enum_class._new_member_ = new_member
            enum_class._use_args_ = False
            enum_class._unhashable_values_ = []
            enum_class._value_repr_ = None
            _ENUM_BASES[enum_class] = bases
            return enum_class
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        # The names _ignore_ lists (and _ignore_ itself) are dropped.
        classdict.setdefault('_ignore_', []).append('_ignore_')
        for key in classdict['_ignore_']:
            classdict.pop(key, None)
        member_names = classdict._member_names
        # The members, in definition order, and the rest of the namespace.
        members = {}
        namespace = {}
        for key, value in classdict.items():
            if key in member_names:
                members[key] = value
            else:
                namespace[key] = value
        for key in member_names:
            if key not in members:
                raise KeyError(key)
        members = {key: members[key] for key in member_names}
        _order_ = namespace.pop('_order_', None)
        classdict = dict(classdict.items())
        invalid = set(members) & {'mro', ''}
        if invalid:
            raise ValueError('invalid enum member name(s) %s' % (
                ','.join(repr(n) for n in sorted(invalid)),))
        # A __new__ in the body makes the members; calling the class looks
        # members up by value (Enum.__new__).
        new_member = namespace.pop('__new__', None)
        if new_member is not None:
            # Kept for subclasses, which make their members with it.
            namespace['__new_member__'] = new_member
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        if new_member is None and not _default_new(first_enum._new_member_, first_enum):
            new_member = first_enum._new_member_
        # As CPython's: the data type's __new__ (object's for a plain enum)
        # unless a body on the way defined one.
        namespace['_new_member_'] = member_type.__new__ if new_member is None else new_member
        # The class attributes CPython's EnumType sets: whether members are
        # made from their value's arguments, the values that could not be
        # hashed, and how the value shows in repr().
        namespace['_use_args_'] = new_member is not None or member_type is not object
        namespace['_unhashable_values_'] = []
        namespace['_value_repr_'] = metacls._find_data_repr_(bases)
        namespace.setdefault('__new__', Enum.__dict__['__new__'])
        if boundary is None:
            boundary = getattr(first_enum, '_boundary_', None)
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        type.__setattr__(enum_class, '_member_names_', [])
        type.__setattr__(enum_class, '_member_map_', {})
        type.__setattr__(enum_class, '_value2member_map_', {})
        type.__setattr__(enum_class, '_member_type_', member_type)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag or Flag is None and cls == 'Flag':
            # Only flags have a boundary, masks and the class-level default
            # of the members' cached inversion (Flag.__invert__).
            type.__setattr__(enum_class, '_boundary_', boundary)
            type.__setattr__(enum_class, '_flag_mask_', 0)
            type.__setattr__(enum_class, '_all_bits_', 0)
            type.__setattr__(enum_class, '_inverted_', None)
        _ENUM_BASES[enum_class] = bases
        # str(), format() and repr() come from the Enum side, not from the
        # data type that precedes it in the MRO; a ReprEnum keeps the data
        # type's str() and format().
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                                ' int, str, float, etc.)')
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
                classdict['__format__'] = member_type.__format__
            if '__str__' not in classdict:
                method = member_type.__str__
                if method == object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
                classdict['__str__'] = method
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name not in classdict:
                enum_method = getattr(first_enum, name)
                found_method = getattr(enum_class, name)
                if found_method in (getattr(member_type, name), getattr(object, name)):
                    type.__setattr__(enum_class, name, enum_method)
        if is_flag:
            # Flag's operators win over the data type's (int.__or__).
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__'):
                if name not in classdict:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])
        for name, value in members.items():
            metacls._add_member_(enum_class, name, value)
        if is_flag:
            single_bits = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int) and _is_single_bit(m._value_):
                    single_bits |= m._value_
            all_bits = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    all_bits |= m._value_
            type.__setattr__(enum_class, '_flag_mask_', single_bits)
            type.__setattr__(enum_class, '_all_bits_', 2 ** all_bits.bit_length() - 1)
            # Members listed out of value order iterate in definition order.
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                type.__setattr__(enum_class, '_iter_member_', enum_class._iter_member_by_def_)
        if _order_ is not None:
            metacls._check_order_(enum_class, _order_, is_flag)
        return enum_class

    @staticmethod
    def _check_order_(enum_class, order, is_flag):
        # _order_ lists the canonical members in definition order; a
        # Flag's multi-bit members and any alias may be listed or not.
        if isinstance(order, str):
            order = order.replace(',', ' ').split()
        member_map = enum_class._member_map_
        if is_flag:
            order = [o for o in order
                     if o not in member_map or _is_single_bit(member_map[o]._value_)]
        if order:
            order = [o for o in order
                     if o not in member_map or o in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))

    @classmethod
    def _check_for_existing_members_(metacls, class_name, bases):
        # An enum with members cannot be subclassed, so one with members is
        # a direct base if any is (CPython walks each base's __mro__, which
        # the sandbox does not show).
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (class_name, base))

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        # The data type of the members (int for IntEnum, str for a
        # `(str, Enum)` class, object otherwise) and the last Enum base.
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        metacls._check_for_existing_members_(class_name, bases)
        data_types = []
        for base in bases:
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    data_types.append(base._member_type_)
            elif base is not object and metacls._defines_new_(base):
                data_types.append(base)
        unique_types = []
        for t in data_types:
            if t not in unique_types:
                unique_types.append(t)
        if len(unique_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, set(unique_types)))
        return (unique_types[0] if unique_types else object), first_enum

    @staticmethod
    def _find_data_repr_(bases):
        # The repr of the first enum or data type among the bases: an enum's
        # own _value_repr_, or the __repr__ a class's MRO gives it (the first
        # one defined below object, which is what attribute lookup finds).
        for base in bases:
            if isinstance(base, EnumType):
                return base._value_repr_
            data_repr = base.__repr__
            if data_repr is not object.__repr__:
                return data_repr
        return None

    @staticmethod
    def _defines_new_(base):
        # Built-in types make their instances in __new__; a user mixin class
        # is a data type when it defines __new__ or __init__.
        try:
            own = base.__dict__
        except AttributeError:
            return True
        if '__new__' in own or '__init__' in own:
            return True
        # A class that inherits its data type's __new__ or __init__ is the
        # data type itself, as CPython names the head of that MRO chain.
        return base.__new__ is not object.__new__ or base.__init__ is not object.__init__

    @staticmethod
    def _add_member_(enum_class, name, value):
        member_type = enum_class._member_type_
        # A tuple value gives the arguments; a tuple data type takes them
        # as its one argument (CPython's _proto_member.__set_name__).
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        new_member = enum_class._new_member_
        if not _default_new(new_member, enum_class):
            enum_member = new_member(enum_class, *args)
        elif member_type is object:
            enum_member = object.__new__(enum_class)
        elif member_type.__new__ is object.__new__:
            # A mixin with an __init__ but object's __new__ (CPython's
            # _use_args_ false): the member is made bare, its value is the
            # mixin made from the arguments, or the value itself.
            enum_member = object.__new__(enum_class)
            if not hasattr(enum_member, '_value_'):
                try:
                    enum_member._value_ = member_type(*args)
                except Exception:
                    enum_member._value_ = value
        else:
            enum_member = member_type.__new__(enum_class, *args)
        if not hasattr(enum_member, '_value_'):
            if member_type is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = member_type(*args)
                except Exception as exc:
                    new_exc = TypeError('_value_ not set in __new__, unable to create it')
                    new_exc.__cause__ = exc
                    raise new_exc
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = enum_class
        enum_member._sort_order_ = len(enum_class._member_names_)
        enum_member.__init__(*args)
        # An alias: a later name for a value a member already has.
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None:
            enum_member = canonical
        elif not (Flag is not None and issubclass(enum_class, Flag)) or _is_single_bit(value):
            # Iteration gives canonical members; a flag's zero and
            # multi-bit members are named combinations, not listed.
            enum_class._member_names_.append(name)
        enum_class._member_map_[name] = enum_member
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)
        _set_member_attribute(enum_class, name, enum_member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """Either look up a member by value (`Color(1)`) or, with `names`,
        create a new enumeration (the functional API)."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        # 3.11 still refuses a non-member operand (3.12 compares values).
        if isinstance(member, Enum):
            return isinstance(member, cls) and member._name_ in cls._member_map_
        import warnings
        warnings.warn("in 3.12 __contains__ will no longer raise TypeError, but will return "
                      "True or\nFalse depending on whether the value is a member or the value "
                      "of a member", DeprecationWarning, stacklevel=2)
        raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                        % (type(member).__qualname__, type(cls).__qualname__))

    def __delattr__(cls, attr):
        if attr not in cls._member_map_:
            return super().__delattr__(attr)
        raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))

    def __getattr__(cls, name):
        # CPython 3.11's (deprecated) lookup of members as attributes, which
        # also gives its bare AttributeError(name) for a missing attribute.
        if _is_dunder(name) or name == '_member_map_':
            raise AttributeError(name)
        members = cls._member_map_
        try:
            found = members[name]
        except KeyError:
            # Raised while the KeyError is handled: it is the context.
            raise AttributeError(name) from None
        return found

    def __getitem__(cls, name):
        members = cls._member_map_
        return members[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        """Every member name (aliases included) mapped to its member."""
        return _mappingproxy(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return '<%s %r>' % (kind, cls.__name__)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __bool__(cls):
        return True

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        body = metacls.__prepare__(class_name, bases)
        for member_name, member_value in _functional_members(cls, names, start):
            body[member_name] = member_value
        body['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            body['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, body, boundary=boundary)


def _functional_members(enum_class, names, start):
    # The (name, value) pairs of Enum('Name', names): names as one string
    # (split on commas and spaces) or a sequence of strings get values from
    # _generate_next_value_; otherwise a mapping or (name, value) pairs.
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    bare = isinstance(names, (tuple, list)) and names and isinstance(names[0], str)
    pairs = []
    if bare:
        values = []
        for position, name in enumerate(names):
            values.append(enum_class._generate_next_value_(name, start, position, values[:]))
        pairs.extend(zip(names, values))
        return pairs
    for entry in names:
        if isinstance(entry, str):
            pairs.append((entry, names[entry]))
        else:
            entry_name, entry_value = entry
            pairs.append((entry_name, entry_value))
    return pairs


EnumMeta = EnumType

_mappingproxy = type(EnumType.__dict__)


_NOT_FOUND = object()


def _member_by_value(enum_class, value):
    # The member with this value, or _NOT_FOUND; an unhashable value is
    # compared with each member's in turn.
    try:
        return enum_class._value2member_map_.get(value, _NOT_FOUND)
    except TypeError:
        pass
    for candidate in enum_class._member_map_.values():
        if candidate._value_ == value:
            return candidate
    return _NOT_FOUND


class Enum(metaclass=EnumType):
    """Base class of enumerations: each member is a named constant, reached
    as an attribute, by name (Cls['A']) or by value (Cls(1))."""

    def __new__(cls, value):
        # Calling the class: look a member up by value, then ask _missing_.
        if type(value) is cls:
            return value
        found = _member_by_value(cls, value)
        if found is not _NOT_FOUND:
            return found
        failure = result = None
        try:
            result = cls._missing_(value)
        except Exception as raised:
            failure = raised
        if failure is None:
            if isinstance(result, cls):
                return result
            ejecting = Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
            if ejecting and isinstance(result, int):
                return result
        invalid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if failure is None:
            if result is None:
                raise invalid
            failure = TypeError('error in %s._missing_: returned %r instead of None or a '
                                'valid member' % (cls.__name__, result))
        if not isinstance(failure, ValueError):
            failure.__context__ = invalid
        raise failure

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: one more than the largest int so far."""
        if not last_values:
            return start
        # 3.11: the newest value plus one while that is also the largest;
        # otherwise (or when the values do not sort) a DeprecationWarning
        # and the first value, in sorted order, that takes + 1.
        newest = last_values[-1]
        try:
            last_values.sort()
            if not newest == last_values[-1]:
                raise TypeError
            return newest + 1
        except TypeError:
            # The warning is raised (or shown) while the TypeError is
            # handled, and so is any error of the fallback.
            import warnings
            warnings.warn("In 3.13 the default `auto()`/`_generate_next_value_` will require "
                          "all values to be sortable and support adding +1\nand the value "
                          "returned will be the largest value in the enum incremented by 1",
                          DeprecationWarning, stacklevel=3)
            for candidate in last_values:
                try:
                    return candidate + 1
                except TypeError:
                    continue
        return start

    @classmethod
    def _missing_(cls, value):
        # The hook a subclass overrides to map other values to members;
        # None means there is none.
        pass

    def __repr__(self):
        show_value = type(self)._value_repr_ or repr
        return "<%s.%s: %s>" % (type(self).__name__, self._name_, show_value(self._value_))

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __dir__(self):
        # CPython 3.11's Enum.__dir__: the members and public names of the
        # classes above, the instance's public attributes, and a few dunders
        # or, with a data type mixed in, what object.__dir__ lists (here the
        # data type's names: moat's private enum attributes differ).
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__',
                 'name', 'value'}
        if type(self)._member_type_ is not object:
            # object.__dir__: the instance dict and every class dict above.
            names.update(dir(type(self)._member_type_))
            names.update(self.__dict__)
            names |= _namespace_names(type(self))
        for key in getattr(self, '__dict__', {}):
            if not key.startswith('_'):
                names.add(key)
        names |= _public_names(type(self))
        return sorted(names)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __reduce_ex__(self, proto):
        # Unpickled by name, through getattr on the class.
        return getattr, (self.__class__, self._name_)

    def __hash__(self):
        return hash(self._name_)

    @property
    def value(self):
        """The member's value."""
        return self._value_

    @property
    def name(self):
        """The member's name."""
        return self._name_


class ReprEnum(Enum):
    """An enum whose members show as enum members in repr() but print and
    format as their data type's values."""


class IntEnum(int, ReprEnum):
    """An enum of ints: each member is an int too."""


# The names of str(object, encoding, errors)'s arguments in StrEnum's
# messages about them.
_STR_ARG_NAMES = (None, 'encoding', 'errors')


class StrEnum(str, ReprEnum):
    """An enum of strings: each member is a str too."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        for position, arg in enumerate(values):
            if isinstance(arg, str):
                continue
            if len(values) == 1:
                raise TypeError('%r is not a string' % (arg,))
            if position:
                raise TypeError('%s must be a string, not %r'
                                % (_STR_ARG_NAMES[position], arg))
        text = str(*values)
        self = str.__new__(cls, text)
        self._value_ = text
        return self

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the member's name in lower case."""
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with a value holding bits none of its members has:
    refuse it, drop the bits, return a plain int, or keep them."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


def _flag_operand(member, other):
    # The value a Flag's binary operator combines with: another member's, or
    # a plain value of the data type (IntFlag | int). Not a method, so that
    # the Flag class holds only CPython's names.
    if isinstance(other, member.__class__):
        return other._value_
    if member._member_type_ is not object and isinstance(other, member._member_type_):
        return other
    return NotImplemented


def _flag_result(member, other, combine):
    # member <op> other for Flag's |, & and ^ (and their reflections).
    value = _flag_operand(member, other)
    if value is NotImplemented:
        return NotImplemented
    return member.__class__(combine(member._value_, value))


class Flag(Enum, boundary=CONFORM):
    """Base class of flag enumerations: members are bits, and |, &, ^ and ~
    combine them into members named after the bits they hold."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the next power of two."""
        if count == 0:
            return 1 if start is None else start
        highest = max(last_values)
        try:
            width = highest.bit_length()
        except Exception:
            raise TypeError('invalid flag value %r' % highest) from None
        return 2 ** width

    def __reduce_ex__(self, proto):
        # A combination is rebuilt with | from the member of its lowest bit
        # and the rest (unknown bits joined as a plain value); a named or
        # empty value as Enum's, a nameless one by value.
        flag_class = self.__class__
        known = self._value_ & flag_class._flag_mask_
        extra = self._value_ & ~flag_class._flag_mask_
        if known and extra:
            return _or, (flag_class(known), extra)
        lowest = known & -known
        if lowest and known != lowest:
            return _or, (flag_class(known & ~lowest),
                         flag_class._value2member_map_.get(lowest))
        if self._name_ is None:
            return flag_class, (self._value_,)
        return getattr, (flag_class, self._name_)

    @classmethod
    def _missing_(cls, value):
        # A combination of members: a pseudo-member made on first use.
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask, every_bit = cls._flag_mask_, cls._all_bits_
        fits = ~every_bit <= value <= every_bit and not value & (every_bit ^ mask)
        if not fits:
            boundary = cls._boundary_
            if boundary is EJECT:
                return value
            if boundary is CONFORM:
                value &= mask
            elif boundary is KEEP:
                if value < 0:
                    value += max(every_bit + 1, 2 ** value.bit_length())
            elif boundary is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bin(value, width), _bin(mask, width)))
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        # A negative value stands for its complement within the flag's bits;
        # both spellings end up naming the one pseudo-member.
        negative = value if value < 0 else None
        if negative is not None:
            value += every_bit + 1
        known, stray = value & mask, value & ~mask
        if stray and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, stray, bin(stray)))
        data_type = cls._member_type_
        made = object.__new__(cls) if data_type is object else data_type.__new__(cls, value)
        if not hasattr(made, '_value_'):
            made._value_ = value
        # 3.11: a name only when some known bits are set, the unknown ones
        # spelled with repr() (3.12 names them alone too, in hex); a value
        # with unknown bits is not cached.
        made._name_ = None
        if known:
            parts = [bit_member._name_ for bit_member in cls._iter_member_(known)]
            if stray:
                parts.append(cls._numeric_repr_(stray))
            made._name_ = '|'.join(parts)
        if stray:
            return made
        cache = cls._value2member_map_
        made = cache.setdefault(value, made)
        if negative is not None:
            cache[negative] = made
        return made

    _numeric_repr_ = repr

    @classmethod
    def _iter_member_by_value_(cls, value):
        # The single-bit members whose bits are in value, lowest bit first.
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        # The same members in definition order: EnumType.__new__ picks this
        # one for a class whose members are not listed in value order.
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    def __contains__(self, other):
        if isinstance(other, self.__class__):
            return other._value_ & self._value_ == other._value_
        raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                        % (type(other).__qualname__, self.__class__.__qualname__))

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls = self.__class__
        show_value = cls._value_repr_ or repr
        label = cls.__name__ if self._name_ is None else cls.__name__ + '.' + self._name_
        return '<%s: %s>' % (label, show_value(self._value_))

    def __str__(self):
        if self._name_ is not None:
            return '%s.%s' % (self.__class__.__name__, self._name_)
        return '%s(%r)' % (self.__class__.__name__, self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        return _flag_result(self, other, lambda a, b: a | b)

    def __and__(self, other):
        return _flag_result(self, other, lambda a, b: a & b)

    def __xor__(self, other):
        return _flag_result(self, other, lambda a, b: a ^ b)

    def __invert__(self):
        # Computed once per member; the inverse remembers its own inverse.
        inverse = self._inverted_
        if inverse is None:
            if self._boundary_ is KEEP:
                bits = ~self._value_
            else:
                bits = self._value_ ^ self._flag_mask_
            inverse = self._inverted_ = self.__class__(bits)
            if isinstance(inverse, self.__class__):
                inverse._inverted_ = self
        return inverse

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _bin(num, max_bits=None):
    # '0b0 1000': the bits with a sign digit, as CPython's enum._bin.
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A flag enum of ints: each member is an int too, and unknown bits are
    kept."""


def _alias_pairs(enumeration):
    # 'alias -> canonical' for every name that is not its member's own.
    return ['%s -> %s' % (alias, found.name)
            for alias, found in enumeration.__members__.items() if found.name != alias]


def unique(enumeration):
    """Decorator: refuse an enum in which two names share a value."""
    aliases = _alias_pairs(enumeration)
    if not aliases:
        return enumeration
    raise ValueError('duplicate values found in %r: %s' % (enumeration, ', '.join(aliases)))


def global_enum_repr(self):
    """repr() of a member of a global enum: `module.NAME`."""
    return '%s.%s' % (self.__class__.__module__.split('.')[-1], self._name_)


def global_flag_repr(self):
    """repr() of a member of a global Flag: `module.A|module.B`, unnamed
    bits as they are, and `module.Class(value)` with no name at all."""
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return "%s.%s(%r)" % (module, self.__class__.__name__, self._value_)
    # 3.11.2 tests the member itself, not its value, for a single bit:
    # a plain Flag's member (no int) fails there with a TypeError.
    if _is_single_bit(self):
        return '%s.%s' % (module, self._name_)
    keep = self._boundary_ is KEEP
    return '|'.join(n if keep and n[0].isdigit() else '%s.%s' % (module, n)
                    for n in self._name_.split('|'))


def global_str(self):
    """str() of a member of a global enum: its bare name."""
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: members repr as `module.NAME`, as constants of their
    module do. CPython also copies the members into the module's namespace
    through sys.modules, which moat does not have: the module binds the
    names it wants itself."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    return cls


class EnumCheck(StrEnum):
    """Checks verify() can make."""

    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


UNIQUE = EnumCheck.UNIQUE
CONTINUOUS = EnumCheck.CONTINUOUS
NAMED_FLAGS = EnumCheck.NAMED_FLAGS


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


class verify:
    """Decorator: apply the given EnumCheck checks to an enum, raising
    ValueError on the first that fails."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        name = enumeration.__name__
        runners = {UNIQUE: lambda: _verify_unique(enumeration),
                   CONTINUOUS: lambda: _verify_continuous(enumeration, kind, name),
                   NAMED_FLAGS: lambda: _verify_named_flags(enumeration, name)}
        for check in self.checks:
            for known, run in runners.items():
                if check is known:
                    run()
        return enumeration


def _verify_unique(enumeration):
    aliases = _alias_pairs(enumeration)
    if aliases:
        raise ValueError('aliases found in %r: %s' % (enumeration, ', '.join(aliases)))


def _verify_continuous(enumeration, kind, cls_name):
    # Enums need every int between the lowest and highest value, flags every
    # power of two between their highest bits.
    values = {m.value for m in enumeration}
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if kind == 'flag':
        missing = [1 << i for i in range(low.bit_length(), high.bit_length() - 1)
                   if (1 << i) not in values]
    else:
        missing = [i for i in range(low + 1, high) if i not in values]
    if missing:
        # CPython cuts the message at 256 characters.
        raise ValueError(('invalid %s %r: missing values %s' % (
            kind, cls_name, ', '.join(str(m) for m in missing)))[:256])


def _verify_named_flags(enumeration, cls_name):
    # Each alias's bits must all be canonical members' values.
    named_values = [m.value for m in enumeration]
    missing_names = []
    missing_value = 0
    for name, alias in enumeration._member_map_.items():
        if name in enumeration._member_names_ or alias.value < 0:
            continue
        unnamed = 0
        for bit in _iter_bits_lsb(alias.value):
            if bit not in named_values:
                unnamed |= bit
        if unnamed:
            missing_names.append(name)
            missing_value |= unnamed
    if not missing_names:
        return
    if len(missing_names) == 1:
        alias_text = 'alias %s is missing' % missing_names[0]
    else:
        alias_text = 'aliases %s and %s are missing' % (
            ', '.join(missing_names[:-1]), missing_names[-1])
    if _is_single_bit(missing_value):
        value_text = 'value 0x%x' % missing_value
    else:
        value_text = 'combined values of 0x%x' % missing_value
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                     % (cls_name, alias_text, value_text))


def _reduce_ex_by_global_name(self, proto):
    return self.name
