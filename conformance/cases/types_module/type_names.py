# The harmless type names in types, for isinstance checks.
import types
import math

def f():
    pass

def gen():
    yield 1

class C:
    def m(self):
        pass

print(types.FunctionType, types.LambdaType, types.BuiltinFunctionType, types.BuiltinMethodType)
print(types.MethodType, types.GeneratorType, types.ModuleType, types.MappingProxyType)
print(types.NoneType, types.EllipsisType, types.NotImplementedType)
print(types.GenericAlias, types.UnionType, types.SimpleNamespace)
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(C().m, types.MethodType), isinstance(C.m, types.MethodType))
g = gen()
print(isinstance(g, types.GeneratorType), isinstance(f, types.GeneratorType))
g.close()
print(isinstance(math, types.ModuleType), isinstance(types, types.ModuleType))
print(isinstance(None, types.NoneType), isinstance(..., types.EllipsisType))
print(isinstance(NotImplemented, types.NotImplementedType))
print(isinstance(list[int], types.GenericAlias), isinstance(int | str, types.UnionType))
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)))
print(types.NoneType() is None, type(None) is types.NoneType)
mp = types.MappingProxyType({"a": 1, "b": 2})
print(mp, mp["a"], len(mp), list(mp), "a" in mp, mp.get("z", 0))
try:
    mp["c"] = 3
except TypeError as e:
    print("TypeError", e)
print(isinstance(C.__dict__, types.MappingProxyType))
print(isinstance(f, types.CodeType), isinstance(f, types.FrameType))
print(isinstance(f, types.TracebackType), isinstance(f, types.CellType))
print(callable(types.FunctionType), issubclass(types.LambdaType, object))
