# A GenericAlias nested 100,000 deep around a type variable
# (list[list[...list[T]...]]): its __parameters__ and a substitution
# (alias[int]) walk the nesting in C++, so each must end in a catchable
# RecursionError, not in a crashed host. Shallow nesting still works.
# expect-output: __parameters__ RecursionError
# expect-output: substitution RecursionError
# expect-output: union substitution RecursionError
# expect-output: shallow (~T,) True
import typing

T = typing.TypeVar("T")
N = 100000


def nest(depth):
    alias = list[T]
    for _ in range(depth):
        alias = list[alias]
    return alias


deep = nest(N)
for label, action in (("__parameters__", lambda: deep.__parameters__),
                      ("substitution", lambda: deep[int]),
                      ("union substitution", lambda: (int | deep)[str])):
    try:
        action()
        print(label, "answered")
    except RecursionError:
        print(label, "RecursionError")

shallow = nest(20)
print("shallow", shallow.__parameters__, shallow[int] == nest(20)[int])
