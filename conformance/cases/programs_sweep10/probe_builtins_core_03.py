print(sum([[1], [2]], []), sum([0.1] * 3), sum(range(10), start=-45), sum([1.5, 2**60]))
print(abs(-0.0), abs(True), abs(-3+4j), pow(2, 0.5), pow(0, 0), pow(0.0, -1) if False else "", divmod(1, 0.5), 7 // 0.0 if False else "")
print(isinstance(True, int), issubclass(bool, (str, int)), isinstance(1, (float, (int, str))), type(1) is int, type(type), type(None).__name__)
print(getattr(1, "real"), getattr([], "nope", None), hasattr("", "upper"), setattr(type("",(),{}) if False else None, "x", 1) if False else "")
class A: pass
a = A(); setattr(a, "x y", 1); print(getattr(a, "x y"), vars(a) if False else a.__dict__)
print(repr(object)[:14], repr(int), repr(type(None)), repr(len), repr(print), str(Ellipsis), repr(NotImplemented), repr(...))
