# A Protocol without runtime_checkable refuses isinstance; protocols can't be instantiated.
from typing import Protocol
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str:
        return "hi"
for t in (lambda: isinstance(En(), Greeter), lambda: Greeter()):
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
class Explicit(Greeter):
    def greet(self) -> str:
        return "explicit " + "hello"
print(Explicit().greet(), isinstance(Explicit(), Explicit))
def use(g: Greeter) -> str:
    return g.greet()
print(use(En()))
