# A plugin registry on abc.ABC whose __init_subclass__ validates each
# plugin class. A class statement that fails validation ends the program;
# CPython's traceback passes through ABCMeta.__new__ in its frozen abc
# module ('<frozen abc>', line 106, in __new__), with no source line, as
# do the other ABCMeta methods that call the script's hooks.
import traceback
from abc import ABC, abstractmethod


class Plugin(ABC):
    registry = {}

    def __init_subclass__(cls, /, name=None, version=1, **kwargs):
        super().__init_subclass__(**kwargs)
        if name is None:
            raise TypeError(f"plugin class {cls.__name__} needs a name")
        if name in Plugin.registry:
            raise ValueError(f"duplicate plugin name {name!r}")
        cls.plugin_name = name
        cls.version = version
        Plugin.registry[name] = cls

    @abstractmethod
    def run(self, payload):
        ...

    def __repr__(self):
        return f"<{self.plugin_name} v{self.version}>"


class Upper(Plugin, name="upper"):
    def run(self, payload):
        return payload.upper()


class Reverse(Plugin, name="reverse", version=2):
    def run(self, payload):
        return payload[::-1]


def pipeline(text, *names):
    for n in names:
        text = Plugin.registry[n]().run(text)
    return text


print(sorted(Plugin.registry), Upper(), Reverse())
print(pipeline("hello", "upper", "reverse"))
try:
    class Again(Plugin, name="upper"):
        def run(self, payload):
            return payload
except ValueError:
    print(traceback.format_exc().replace(__file__, "case.py"), end="")


class Checked(ABC):
    @classmethod
    def __subclasshook__(cls, other):
        if other is bool:
            raise RuntimeError("bool is not welcome")
        return NotImplemented


print(isinstance(1, Checked), issubclass(str, Checked))
for probe in (lambda: isinstance(True, Checked), lambda: Checked.register("x")):
    try:
        probe()
    except (RuntimeError, TypeError):
        print(traceback.format_exc().replace(__file__, "case.py"), end="")
try:
    Upper.run = None
    Plugin()
except TypeError as e:
    print(e)


class Nameless(Plugin):
    def run(self, payload):
        return payload
