# ForwardRef objects made by subscripting with strings.
from typing import List, Optional, Union, ForwardRef, Dict
print(List["Foo"], Optional["Foo"], Union["A", "B", None])
print(Dict[str, "Bar"].__args__)
print(ForwardRef("X") == ForwardRef("X"), ForwardRef("X") == ForwardRef("Y"))
print(hash(ForwardRef("X")) == hash(ForwardRef("X")))
print(ForwardRef("X").__forward_arg__, ForwardRef("X", module="m"))
print(List["int"] == List["int"], list["int"].__args__)
try:
    ForwardRef(3)
except TypeError as e:
    print("TypeError", e)
print(Optional["int"] | None if False else Union["int", None])
