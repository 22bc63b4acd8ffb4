# operator's dunder spellings are the same functions as the plain names.
import operator

print(operator.__lt__(1, 2), operator.__add__(3, 4), operator.__not__(0),
      operator.__and__(6, 3), operator.__or__(6, 3), operator.__inv__(5))
print(operator.__lt__ is operator.lt, operator.__and__ is operator.and_,
      operator.__lt__.__name__, operator.__not__.__name__)
print(operator.__getitem__([1, 2, 3], 1), operator.__contains__("abc", "b"),
      operator.__concat__([1], [2]), operator.__call__(max, 4, 9))
xs = [1, 2]
print(operator.__iadd__(xs, [3]), xs, operator.__ipow__(2, 5), operator.__index__(7))
d = {}
operator.__setitem__(d, "k", 1)
print(d)
operator.__delitem__(d, "k")
print(d)
names = sorted(n for n in dir(operator) if n.startswith("__") and n.endswith("__")
               and (hasattr(operator, n.strip("_")) or hasattr(operator, n.strip("_") + "_")))
print(len(names), names)
print([n for n in ("__is__", "__truth__", "__countOf__", "__is_not__")
       if hasattr(operator, n)])
opmap = {"<": operator.__lt__, "<=": operator.__le__, "==": operator.__eq__}
print({k: f(2, 3) for k, f in opmap.items()})
