# Type[...] and type[...] annotations.
from typing import Type, TypeVar, Union, get_type_hints
class Animal: pass
class Dog(Animal): pass
A = TypeVar("A", bound=Animal)
def make(cls: Type[A]) -> A:
    return cls()
print(type(make(Dog)).__name__)
print(repr(Type[Animal]).replace("__main__.", ""), repr(type[Animal]).replace("__main__.", ""))
print(Type[Union[int, str]], type[int | str])
print(Type[A].__parameters__, type[A][Dog] == type[Dog])
print(get_type_hints(make) == {"cls": Type[A], "return": A})
