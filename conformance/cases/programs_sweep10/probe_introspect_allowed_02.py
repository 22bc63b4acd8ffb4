def f(a, b=1, *c, d, **e):
    "doc"
    return a
print(f.__name__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__, f.__annotations__, f.__dict__)
f.attr = 5; print(f.attr, f.__dict__)
def f(x: int) -> str: pass
print(f.__annotations__)
class C:
    a: int
    b: "str" = "x"
print(C.__annotations__)
print(type(print).__name__, type(len), type([].append), type(lambda: 0), type((x for x in [])), type(iter([])), type(iter({})), type({}.keys()), type(range(1)), type(zip()))
print(type(iter("")), type(iter(b"")), type(iter(())), type(iter(set())), type(reversed([])), type(enumerate([])), type(map(int, [])), type(filter(None, [])), type({}.items()), type(iter({}.values())))
import types
print(types.SimpleNamespace(a=1, b=[2]), types.SimpleNamespace() == types.SimpleNamespace(), isinstance(lambda: 0, types.FunctionType), isinstance(len, types.BuiltinFunctionType), types.MappingProxyType({"a": 1})["a"])
class A:
    def __repr__(self): return "A!"
print(str(A()), format(A()), f"{A()}", [A()], {"k": A()}, (A(),), {A()} if False else "")
