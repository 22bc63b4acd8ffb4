# __set_name__ and __init_subclass__ run script code while moat's own
# machinery builds a class: enum bodies, dataclasses, make_dataclass,
# NamedTuple, TypedDict, ABCMeta classes. Each hook prints the type of
# everything it receives: only the class being made, the script's names
# and values, never a namespace, metaclass instance of the script's or an
# internal helper.
# expect-output: init_subclass EnumType WithEnum []
# expect-output: set_name type DC p
# expect-output: init_subclass type DC []
# expect-output: set_name type Made p
# expect-output: init_subclass type Made []
# expect-output: set_name ABCMeta Abstract p
# expect-output: init_subclass ABCMeta Abstract []
# expect-output: init_subclass type Keyed ['flavor']
# expect-output: set_name type Slotted p
# expect-output: init_subclass type Slotted []
# expect-output: set_name type Slotted p
# expect-output: init_subclass type Slotted []
# expect-output: done EnumType _TypedDictMeta ('z',)
import abc
import dataclasses
import enum
import typing


class Probe:
    def __set_name__(self, owner, name):
        print("set_name", type(owner).__name__, owner.__name__, name)


class Hook:
    def __init_subclass__(cls, **kwargs):
        print("init_subclass", type(cls).__name__, cls.__name__, sorted(kwargs))
        super().__init_subclass__()


class WithEnum(Hook, enum.Enum):
    A = 1
    p = Probe()


@dataclasses.dataclass
class DC(Hook):
    x: int = 0
    p = Probe()


Made = dataclasses.make_dataclass("Made", [("y", int, dataclasses.field(default=0))],
                                  bases=(Hook,), namespace={"p": Probe()})


class NT(typing.NamedTuple):
    a: int
    p = Probe()


class TD(typing.TypedDict):
    a: int


class Abstract(Hook, metaclass=abc.ABCMeta):
    p = Probe()


class Keyed(Hook, flavor="x"):
    pass


@dataclasses.dataclass(slots=True)
class Slotted(Hook):
    z: int = 0
    p = Probe()


print("done", type(WithEnum).__name__, type(TD).__name__, Slotted.__slots__)
