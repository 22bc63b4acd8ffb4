# Classes are copied as themselves by copy and deepcopy whatever their
# metaclass: ABCs, enums and the classes inside containers.
import abc
import copy
import enum


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


class Color(enum.Enum):
    RED = 1


class Flags(enum.IntFlag):
    A = 1
    B = 2


for obj in (Base, Color, Flags, int, Color.RED, Flags.A | Flags.B):
    print(obj, copy.copy(obj) is obj, copy.deepcopy(obj) is obj)

config = {'kind': Base, 'colors': [Color, Color.RED], 'flags': (Flags,)}
clone = copy.deepcopy(config)
print(clone == config, clone is config, clone['colors'] is config['colors'])
print(clone['kind'] is Base, clone['colors'][0] is Color, clone['flags'][0] is Flags)
print(copy.copy(config)['kind'] is Base)
