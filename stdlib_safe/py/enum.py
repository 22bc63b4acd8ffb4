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

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'global_enum_repr', 'global_flag_repr',
           'global_str', 'global_enum', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'property', 'member', 'nonmember',
           'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'verify', 'pickle_by_enum_name',
           'pickle_by_global_name']

from types import DynamicClassAttribute as _DynamicClassAttribute

_builtin_property = property

# Set once Enum itself exists: the classes defined before it are made
# without the member machinery.
Enum = None
Flag = None
ReprEnum = None


class _auto_null:
    def __repr__(self):
        return '_auto_null'


_auto_null = _auto_null()


class auto:
    """Instances are replaced with an appropriate value in Enum class
    suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces an item to become an Enum member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member."""

    def __init__(self, value):
        self.value = value


class property(_builtin_property):
    """
    This is a descriptor, used to define attributes that act differently
    when accessed through an enum member and through an enum class.
    Instance access is the same as property(), but access to an attribute
    through the enum class will instead look in the class' _member_map_ for
    a corresponding enum member.
    """

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is None:
            raise AttributeError('%r member has no attribute %r' % (ownerclass, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


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
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and
            name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and
            name[1:2] != '_' and name[-2:-1] != '_')


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _iter_bits_lsb(num):
    # The single-bit values set in num, lowest first; CPython's refuses a
    # negative num (whose bits never run out).
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    while num:
        bit = num & (~num + 1)
        yield bit
        num ^= bit


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
        self._member_names = {}  # a dict for its order
        self._last_values = []
        self._ignore = []
        self._auto_called = False

    def __setitem__(self, key, value):
        if _is_internal_class(self._cls_name, value):
            import warnings
            warnings.warn("In 3.13 classes created inside an enum will not become a member.  "
                          "Use the `member` decorator to keep the current behavior.",
                          DeprecationWarning, stacklevel=2)
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _allowed_sunders:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = (value.__func__ if isinstance(value, staticmethod)
                                             else value)
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r'
                                     % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            # A descriptor or a second value over a member.
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                # A member over a descriptor.
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self._member_names[key] = None
        super().__setitem__(key, value)

    def _resolve_auto(self, key, value):
        # auto(), alone or in a tuple (an exact tuple, not inside anything
        # else), gets the next value now; the values so far are recorded
        # for the next auto().
        single = isinstance(value, auto)
        if single:
            value = (value,)
        if type(value) is not tuple or not any(isinstance(v, auto) for v in value):
            self._last_values.append(value)
            return value
        resolved = []
        for v in value:
            if isinstance(v, auto):
                if v.value == _auto_null:
                    v.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                    self._auto_called = True
                v = v.value
                self._last_values.append(v)
            resolved.append(v)
        return resolved[0] if single else tuple(resolved)

    def update(self, members, **more_members):
        try:
            for name in members.keys():
                self[name] = members[name]
        except AttributeError:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value


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
    """Metaclass for Enum."""

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
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        # auto() in the body uses the inherited _generate_next_value_ until
        # the body defines its own.
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_',
                                                         None)
        return enum_dict

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
        for name in ('__repr__', '__str__', '__format__'):
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
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getattr__(cls, name):
        # CPython 3.11's (deprecated) lookup of members as attributes, which
        # also gives its bare AttributeError(name) for a missing attribute.
        if _is_dunder(name) or name == '_member_map_':
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        """Every member name (aliases included) mapped to its member."""
        return _mappingproxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

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
        bases = (cls,) if type is None else (type, cls)
        metacls = cls.__class__
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict['__module__'] = '__main__' if module is None else module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)


EnumMeta = EnumType

_mappingproxy = type(EnumType.__dict__)


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        # Calling the class: look a member up by value.
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT:
                if isinstance(result, int):
                    return result
            ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
            if result is None and exc is None:
                raise ve_exc
            elif exc is None:
                exc = TypeError('error in %s._missing_: returned %r instead of None or a '
                                'valid member' % (cls.__name__, result))
            if not isinstance(exc, ValueError):
                exc.__context__ = ve_exc
            raise exc
        finally:
            exc = None
            ve_exc = None

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: one more than the largest int so far."""
        if not last_values:
            return start
        # 3.11: the last value plus one while that is also the largest;
        # otherwise (or when the values do not sort) a DeprecationWarning
        # and the smallest value that takes + 1.
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            import warnings
            warnings.warn("In 3.13 the default `auto()`/`_generate_next_value_` will require all "
                          "values to be sortable and support adding +1\nand the value returned "
                          "will be the largest value in the enum incremented by 1",
                          DeprecationWarning, stacklevel=3)
            for v in last_values:
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

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

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the lower-cased member name."""
        return name.lower()


class FlagBoundary(StrEnum):
    """How Flag handles values with bits outside its members."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _flag_operand(member, other):
    # The value a Flag's binary operator combines with: another member's, or
    # a plain value of the data type (IntFlag | int). Not a method, so that
    # the Flag class holds only CPython's names.
    if isinstance(other, member.__class__):
        return other._value_
    if member._member_type_ is not object and isinstance(other, member._member_type_):
        return other
    return NotImplemented


class Flag(Enum, boundary=CONFORM):
    """Support for flags: members combine with |, & and ^."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the next power of two."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        # A combination of members: a pseudo-member made on first use.
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]' % (
                cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        # 3.11: a name only when some known bits are set, the unknown ones
        # spelled with repr() (3.12 names them alone too, in hex); a value
        # with unknown bits is not cached.
        if member_value:
            names = [m._name_ for m in cls._iter_member_(member_value)]
            if unknown:
                names.append(cls._numeric_repr_(unknown))
            pseudo_member._name_ = '|'.join(names)
        else:
            pseudo_member._name_ = None
        if not unknown:
            pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

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
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        other = _flag_operand(self, other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = _flag_operand(self, other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = _flag_operand(self, other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        # Computed once per member; the inverse remembers its own inverse.
        if self._inverted_ is None:
            if self._boundary_ is KEEP:
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._flag_mask_ ^ self._value_)
            if isinstance(self._inverted_, self.__class__):
                self._inverted_._inverted_ = self
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
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
    """Support for integer-based flags."""


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def global_enum_repr(self):
    """repr() of a member of a global enum: `module.NAME`."""
    return '%s.%s' % (self.__class__.__module__.split('.')[-1], self._name_)


def global_flag_repr(self):
    """repr() of a member of a global Flag: `module.A|module.B`, unnamed
    bits as they are, and `module.Class(value)` with no name at all."""
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return "%s.%s(%r)" % (module, self.__class__.__name__, self._value_)
    if _is_single_bit(self._value_):
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


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


class verify:
    """
    Check an enumeration for various constraints. (see EnumCheck)
    """

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        if Flag is not None and issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                _verify_unique(enumeration)
            elif check is CONTINUOUS:
                _verify_continuous(enumeration, kind, cls_name)
            elif check is NAMED_FLAGS:
                _verify_named_flags(enumeration, cls_name)
        return enumeration


def _verify_unique(enumeration):
    aliases = ['%s -> %s' % (name, member.name)
               for name, member in enumeration.__members__.items() if name != member.name]
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
    canonical = enumeration._member_names_
    member_values = [m.value for m in enumeration]
    missing_names = []
    missing_value = 0
    for name, alias in enumeration._member_map_.items():
        if name in canonical or alias.value < 0:
            continue
        missed = [bit for bit in _iter_bits_lsb(alias.value) if bit not in member_values]
        if missed:
            missing_names.append(name)
            for bit in missed:
                missing_value |= bit
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


def pickle_by_global_name(self, proto):
    return self.name


def _reduce_ex_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
