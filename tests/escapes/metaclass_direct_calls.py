# The metaclasses moat's own modules define, called directly with a
# script's arguments: abc.ABCMeta(name, bases, ns), enum.EnumMeta /
# EnumType, type(SomeEnum) and type(SomeABC), each with `type` (or a
# metaclass) among the bases, which would define a metaclass outside a
# class statement. Plain classes made this way are allowed, as the class
# statement allows them.
import abc, enum


class A(abc.ABC):
    pass


class Color(enum.Enum):
    RED = 1


made = abc.ABCMeta('Plain', (), {'x': 1})
print(made.__name__, made().x)
for maker, args in [
    (abc.ABCMeta, ('Meta', (type,), {})),
    (type(A), ('Meta', (abc.ABCMeta,), {})),
    (enum.EnumMeta, ('Meta', (type,), {})),
    (type(Color), ('Meta', (enum.EnumType,), {})),
    (abc.ABCMeta.__new__, (abc.ABCMeta, 'Meta', (type,), {})),
    (type.__new__, (abc.ABCMeta, 'Meta', (), {})),
]:
    try:
        made = maker(*args)
        print('made', made.__name__, 'a metaclass:', issubclass(made, type))
    except TypeError as e:
        print(e)
# expect-output: Plain 1
# expect-output: subclassing 'type' (defining a metaclass) is not available in the sandbox
# expect-output: subclassing 'ABCMeta' (defining a metaclass) is not available in the sandbox
# expect-output: new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] enum_type)`
# expect-output: new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] enum_type)`
# expect-output: subclassing 'type' (defining a metaclass) is not available in the sandbox
# expect-output: made Meta a metaclass: False
