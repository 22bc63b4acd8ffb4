# Ellipsis and NotImplemented singletons.
print(..., Ellipsis, ... is Ellipsis, repr(...), bool(...))
print(NotImplemented, repr(NotImplemented), (1).__eq__("a"), (1).__lt__(2.5))
print((1.5).__eq__("x"), "a".__lt__(1), [1].__eq__((1,)))


def todo():
    ...


print(todo(), [..., ...], (...,))
