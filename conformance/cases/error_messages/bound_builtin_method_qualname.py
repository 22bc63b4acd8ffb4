# A built-in method bound to a receiver has the __qualname__ of the
# receiver's type (a class receiver itself), without a native module's
# name; taken from the type, the defining type's. Called straight off the
# object or through the type, its argument errors name the defining type.
import collections
import re


class Stack(list):
    pass


class Table(dict):
    pass


class Name(str):
    pass


class Outer:
    class Inner(list):
        pass


def show(call):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


push = Stack().append
keys = Table().keys
upper = Name("a").upper
length = True.bit_length
print(push.__qualname__, keys.__qualname__, upper.__qualname__, length.__qualname__)
print([].append.__qualname__, Stack.append.__qualname__, len.__qualname__)
print(Table.fromkeys.__qualname__, dict.fromkeys.__qualname__, str.maketrans.__qualname__)
print(Outer.Inner().clear.__qualname__, (5).__add__.__qualname__, "".join.__qualname__)
print(re.compile("a").match.__qualname__, re.match("a", "a").group.__qualname__)
print(collections.deque().append.__qualname__)
show(lambda: Stack().append())
show(lambda: list.append(Stack()))
show(lambda: True.bit_length(1))
show(lambda: int.bit_length(True, 1))
show(lambda: Name("a").upper(1))
