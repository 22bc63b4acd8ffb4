# types.SimpleNamespace and types.GenericAlias as constructors of power:
# SimpleNamespace(**{"__dict__": ...}) or a namespace whose __dict__ is
# updated with __class__, __getattribute__ or __globals__ keys, its
# __reduce__ (CPython hands out the namespace dict), and GenericAlias,
# whose call forwards to its origin: GenericAlias(type, ...)("X", (), {})
# makes a class in CPython without a class statement, and
# GenericAlias(FunctionType, ...) reaches the function constructor; the
# alias's __mro_entries__ and attribute forwarding to the origin
# (__subclasses__, mro, __base__) walk the class graph. Each must be
# refused or stay a plain value.
# expect-output: namespace __dict__ keyword -> namespace(__dict__={'x': 1})
# expect-output: namespace __dict__ is its own -> True
# expect-output: namespace dict gets __class__ -> (None, 'SimpleNamespace', <class 'types.SimpleNamespace'>)
# expect-output: namespace dict gets __getattribute__ -> (None, 1)
# expect-output: namespace dict gets __globals__ -> (None, 0)
# expect-output: namespace __reduce__ TypeError: object.__reduce__() is not available in the sandbox
# expect-output: namespace __reduce_ex__ TypeError: object.__reduce_ex__() is not available in the sandbox
# expect-output: namespace eq -> True
# expect-output: namespace positional mapping TypeError: no positional arguments expected
# expect-output: namespace non-str key TypeError: keywords must be strings
# expect-output: namespace self repr -> namespace(me=namespace(...))
# expect-output: GenericAlias(type, ...) call TypeError: type() with three arguments is not available in the sandbox
# expect-output: GenericAlias(FunctionType, ...) call TypeError: creating 'function' objects is not available in the sandbox
# expect-output: printed
# expect-output: GenericAlias(print, ...) call -> None
# expect-output: GenericAlias origin -> <built-in function print>
# expect-output: GenericAlias __mro_entries__ -> (<class 'list'>,)
# expect-output: GenericAlias .__subclasses__ AttributeError: '__subclasses__' is not available in the sandbox
# expect-output: GenericAlias .mro AttributeError: 'mro' is not available in the sandbox
# expect-output: GenericAlias .__base__ AttributeError: '__base__' is not available in the sandbox
# expect-output: GenericAlias .__dict__ AttributeError: '__dict__' is not available in the sandbox
# expect-output: GenericAlias(types.ModuleType, ...) call TypeError: creating 'module' objects is not available in the sandbox
# expect-output: GenericAlias(types.MethodType, ...) call TypeError: creating 'method' objects is not available in the sandbox
# expect-output: class from a GenericAlias base TypeError: type() with three arguments is not available in the sandbox
# expect-output: class statement over list[int] -> ('FromAlias', (list[int],))
# expect-output: UnionType call TypeError: 'types.UnionType' object is not callable
# expect-output: UnionType __args__ -> (<class 'int'>, <class 'str'>)
import types


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


ns = types.SimpleNamespace(a=1)
attempt("namespace __dict__ keyword", lambda: types.SimpleNamespace(__dict__={"x": 1}))
attempt("namespace __dict__ is its own", lambda: ns.__dict__ is vars(ns))
attempt("namespace dict gets __class__",
        lambda: (ns.__dict__.update(__class__=int), type(ns).__name__,
                                                 ns.__class__))
attempt("namespace dict gets __getattribute__",
        lambda: (ns.__dict__.update(__getattribute__=lambda *a: "hooked"), ns.a))
attempt("namespace dict gets __globals__",
        lambda: (ns.__dict__.update(__globals__=0), ns.__globals__))
attempt("namespace __reduce__", lambda: ns.__reduce__())
attempt("namespace __reduce_ex__", lambda: ns.__reduce_ex__(2))
attempt("namespace eq", lambda: types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1))
attempt("namespace positional mapping", lambda: types.SimpleNamespace({"b": 2}))
attempt("namespace non-str key", lambda: types.SimpleNamespace(**{"ok": 1}, **{1: 2}))
nested = types.SimpleNamespace()
nested.me = nested
attempt("namespace self repr", lambda: repr(nested))
attempt("GenericAlias(type, ...) call", lambda: types.GenericAlias(type, (int,))("X", (), {}))
attempt("GenericAlias(FunctionType, ...) call",
        lambda: types.GenericAlias(types.FunctionType, ())(None, {}))
attempt("GenericAlias(print, ...) call", lambda: types.GenericAlias(print, (int,))("printed"))
attempt("GenericAlias origin", lambda: types.GenericAlias(print, (int,)).__origin__)
attempt("GenericAlias __mro_entries__", lambda: list[int].__mro_entries__(()))
attempt("GenericAlias .__subclasses__", lambda: list[int].__subclasses__)
attempt("GenericAlias .mro", lambda: list[int].mro)
attempt("GenericAlias .__base__", lambda: list[int].__base__)
attempt("GenericAlias .__dict__", lambda: list[int].__dict__)
attempt("GenericAlias(types.ModuleType, ...) call",
        lambda: types.GenericAlias(types.ModuleType, (int,))("m"))
attempt("GenericAlias(types.MethodType, ...) call",
        lambda: types.GenericAlias(types.MethodType, (int,))(len, 1))
attempt("class from a GenericAlias base", lambda: type("Y", (list[int],), {}))


class FromAlias(list[int]):
    pass


attempt("class statement over list[int]", lambda: (FromAlias.__name__, FromAlias.__orig_bases__))
attempt("UnionType call", lambda: (int | str)(1))
attempt("UnionType __args__", lambda: (int | str).__args__)
