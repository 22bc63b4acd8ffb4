# get_type_hints with explicit namespaces.
from typing import get_type_hints
def f(a: "Alias", b: "int") -> "Alias":
    pass
print(get_type_hints(f, localns={"Alias": list}))
print(get_type_hints(f, globalns={"Alias": dict, "int": int}))
def make():
    class Local:
        def m(self, other: "Local") -> "Local":
            return other
    return Local
L = make()
try:
    get_type_hints(L.m)
except NameError as e:
    print("NameError", e)
print(get_type_hints(L.m, localns={"Local": L}) == {"other": L, "return": L})
