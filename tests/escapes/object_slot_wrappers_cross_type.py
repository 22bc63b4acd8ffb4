# Slot wrappers and unbound methods taken from one type and applied to
# another: object.__reduce_ex__.__get__, int.__add__(True, 1),
# type.__call__(type, ...), type.__new__(type, ...), object.__new__(type),
# type.__init__, type.__getattribute__(int, '__subclasses__'),
# object.__getattribute__ on functions, super().__getattribute__ walking
# the class graph, object.__setattr__ on built-in types.
# expect-output: int.__add__ on bool -> 2
# expect-output: int.__add__ on str TypeError descriptor '__add__' requires a 'int' object but received a 'str'
# expect-output: str.upper on int TypeError descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
# expect-output: reduce_ex get AttributeError 'method_descriptor' object has no attribute '__get__'
# expect-output: type.__call__ three args TypeError type() with three arguments is not available in the sandbox
# expect-output: type.__new__ direct TypeError type() with three arguments is not available in the sandbox
# expect-output: object.__new__(type) TypeError object.__new__(type) is not safe, use type.__new__()
# expect-output: object.__new__(function) TypeError object.__new__(function) is not safe, use function.__new__()
# expect-output: type.__init__ on int -> None
# expect-output: type.__getattribute__ subclasses AttributeError '__subclasses__' is not available in the sandbox
# expect-output: type.__getattribute__ mro AttributeError '__mro__' is not available in the sandbox
# expect-output: object.__getattribute__ globals AttributeError '__globals__' is not available in the sandbox
# expect-output: object.__getattribute__ class -> type
# expect-output: super getattribute class -> type
# expect-output: super getattribute globals AttributeError '__globals__' is not available in the sandbox
# expect-output: object.__setattr__ on int TypeError can't apply this __setattr__ to type object
# expect-output: type.__setattr__ on int TypeError cannot set 'x' attribute of immutable type 'int'
# expect-output: object.__delattr__ on function AttributeError '__globals__' is not available in the sandbox
# expect-output: type.__subclasscheck__ -> True
# expect-output: type.__prepare__ AttributeError '__prepare__' is not available in the sandbox
# expect-output: type.__dir__ -> list
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r) if isinstance(r, (int, str, bool, type(None))) else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


def f():
    pass


class C:
    def peek(self):
        return super().__getattribute__("__class__")

    def walk(self):
        return super().__getattribute__("__init__").__globals__


attempt("int.__add__ on bool", lambda: int.__add__(True, 1))
attempt("int.__add__ on str", lambda: int.__add__("a", 1))
attempt("str.upper on int", lambda: str.upper(5))
attempt("reduce_ex get", lambda: object.__reduce_ex__.__get__(f)(2))
attempt("type.__call__ three args", lambda: type.__call__(type, "X", (), {}))
attempt("type.__new__ direct", lambda: type.__new__(type, "X", (), {}))
attempt("object.__new__(type)", lambda: object.__new__(type))
attempt("object.__new__(function)", lambda: object.__new__(type(f)))
attempt("type.__init__ on int", lambda: type.__init__(int, "X", (), {}))
attempt("type.__getattribute__ subclasses", lambda: type.__getattribute__(int, "__subclasses__"))
attempt("type.__getattribute__ mro", lambda: type.__getattribute__(object, "__mro__"))
attempt("object.__getattribute__ globals", lambda: object.__getattribute__(f, "__globals__"))
attempt("object.__getattribute__ class", lambda: object.__getattribute__("", "__class__"))
attempt("super getattribute class", lambda: C().peek())
attempt("super getattribute globals", lambda: C().walk())
attempt("object.__setattr__ on int", lambda: object.__setattr__(int, "x", 1))
attempt("type.__setattr__ on int", lambda: type.__setattr__(int, "x", 1))
attempt("object.__delattr__ on function", lambda: object.__delattr__(f, "__globals__"))
attempt("type.__subclasscheck__", lambda: type.__subclasscheck__(int, bool))
attempt("type.__prepare__", lambda: type.__prepare__("X", ()))
attempt("type.__dir__", lambda: type.__dir__(int))
