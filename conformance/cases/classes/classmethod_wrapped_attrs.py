# classmethod and staticmethod carry what they wrap: __name__, __qualname__,
# __doc__, __module__, __annotations__ and __wrapped__ (3.10+).
class A:
    @classmethod
    def make(cls, n: int) -> "A":
        "Makes an A."
        return cls()

    @staticmethod
    def parse(text: str) -> int:
        return int(text)


for name in ("make", "parse"):
    wrapper = A.__dict__[name]
    print(type(wrapper).__name__, wrapper.__name__, wrapper.__qualname__, wrapper.__doc__,
          wrapper.__module__, wrapper.__annotations__, wrapper.__wrapped__ is wrapper.__func__)


class Tagged(classmethod):
    pass


print(Tagged(A.parse).__name__, Tagged(A.parse).__annotations__)
try:
    staticmethod(1).__name__
except AttributeError as e:
    print("AttributeError:", e)
try:
    classmethod(len).__annotations__
except AttributeError as e:
    print("AttributeError:", e)
