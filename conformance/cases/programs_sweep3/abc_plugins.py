# A plugin registry with abc, __init_subclass__, class attributes and typing hints.
from abc import ABC, abstractmethod
from typing import Iterable, Optional

class Plugin(ABC):
    registry: dict = {}
    name: str = "base"

    def __init_subclass__(cls, /, name: Optional[str] = None, **kwargs):
        super().__init_subclass__(**kwargs)
        if name:
            cls.name = name
            Plugin.registry[name] = cls

    @abstractmethod
    def apply(self, text: str) -> str:
        ...

    def __call__(self, texts: Iterable[str]) -> list:
        return [self.apply(t) for t in texts]

class Upper(Plugin, name="upper"):
    def apply(self, text):
        return text.upper()

class Reverse(Plugin, name="reverse"):
    def apply(self, text):
        return text[::-1]

class Strip(Plugin, name="strip"):
    def __init__(self, chars=None):
        self.chars = chars
    def apply(self, text):
        return text.strip(self.chars)

class Broken(Plugin):
    pass

def pipeline(names, texts):
    for n in names:
        texts = Plugin.registry[n]()(texts)
    return texts

print(sorted(Plugin.registry), Upper.name, Broken.name)
print(pipeline(["strip", "upper", "reverse"], ["  abc ", "x y "]))
for cls in (Plugin, Broken):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
try:
    pipeline(["missing"], [])
except KeyError as e:
    print("KeyError", e)
print(isinstance(Upper(), Plugin), issubclass(Reverse, ABC), Strip("x").apply("xxhixx"))
print(Plugin.__call__.__annotations__, Plugin.apply.__isabstractmethod__)

class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "__len__") else NotImplemented

print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))
Sized.register(int)
print(isinstance(3, Sized))
