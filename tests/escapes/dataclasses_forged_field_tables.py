# dataclasses reads a class's __dataclass_fields__ and __dataclass_params__
# as plain class attributes: a script forges them (a dict of non-Field
# values, Field objects whose name, type or _field_type lie, a Field
# subclass with properties, a mapping whose items() reenters asdict) and
# hands the class to fields(), asdict(), astuple(), replace(),
# is_dataclass() and @dataclass(slots=True), whose class remaking goes
# through moat's native helpers. Each must end in CPython's answer or an
# ordinary exception, with nothing of dataclasses' internals (its
# _create_fn namespace, the remade class's builder) handed out.
# expect-output: fields of non-Field values AttributeError: 'int' object has no attribute '_field_type'
# expect-output: is_dataclass forged -> True
# expect-output: asdict forged AttributeError: 'int' object has no attribute '_field_type'
# expect-output: astuple forged AttributeError: 'int' object has no attribute '_field_type'
# expect-output: replace forged AttributeError: 'int' object has no attribute '_field_type'
# expect-output: fields naming __globals__ -> ['__globals__']
# expect-output: asdict reads __globals__ AttributeError: '__globals__' is not available in the sandbox
# expect-output: asdict reads the class attribute -> {'__globals__': 3}
# expect-output: fields table whose items() reenters -> ()
# expect-output: dataclass_params forged -> (None, Normal(a=3))
# expect-output: slots=True over a plain class -> ('q',)
# expect-output: remade class __init__.__globals__ AttributeError: '__globals__' is not available in the sandbox
# expect-output: remade class __init__.__closure__ AttributeError: '__closure__' is not available in the sandbox
# expect-output: remade class works -> (Made(v=4), ('v',))
# expect-output: _FIELD is a marker only -> _FIELD
# expect-output: Field() direct -> Field(name=None,type=None,default=1,default_factory=None,init=True,repr=True,hash=None,compare=True,metadata=mappingproxy({}),kw_only=False,_field_type=None)
import dataclasses
import re


def attempt(label, fn):
    try:
        text = "-> " + repr(fn())
    except Exception as e:
        text = type(e).__name__ + ": " + str(e)
    print(label, re.sub(r" at 0x[0-9a-f]+", "", text))


class NotFields:
    __dataclass_fields__ = {"a": 1, "b": "x"}

    def __init__(self):
        self.a = 1


attempt("fields of non-Field values", lambda: dataclasses.fields(NotFields))
attempt("is_dataclass forged", lambda: dataclasses.is_dataclass(NotFields()))
attempt("asdict forged", lambda: dataclasses.asdict(NotFields()))
attempt("astuple forged", lambda: dataclasses.astuple(NotFields()))
attempt("replace forged", lambda: dataclasses.replace(NotFields(), a=2))

real = dataclasses.field(default=1)
real.name = "__globals__"
real.type = int
real._field_type = dataclasses._FIELD


class Lying:
    __dataclass_fields__ = {"x": real}


attempt("fields naming __globals__", lambda: [f.name for f in dataclasses.fields(Lying)])
attempt("asdict reads __globals__", lambda: dataclasses.asdict(Lying()))


Lying.__globals__ = 3
attempt("asdict reads the class attribute", lambda: dataclasses.asdict(Lying()))


class Reenter(dict):
    def items(self):
        return dataclasses.asdict(self_ref)


class Recursive:
    __dataclass_fields__ = {}


Recursive.__dataclass_fields__ = Reenter()
self_ref = Recursive()
attempt("fields table whose items() reenters", lambda: dataclasses.fields(Recursive))


@dataclasses.dataclass
class Normal:
    a: int = 1


attempt("dataclass_params forged", lambda: (setattr(Normal, "__dataclass_params__", None),
                                           dataclasses.replace(Normal(), a=3)))


class Plain:
    q: int = 2


attempt("slots=True over a plain class", lambda: dataclasses.dataclass(slots=True)(Plain).__slots__)


@dataclasses.dataclass(slots=True)
class Made:
    v: int = 0


attempt("remade class __init__.__globals__", lambda: Made.__init__.__globals__)
attempt("remade class __init__.__closure__", lambda: Made.__init__.__closure__)
attempt("remade class works", lambda: (Made(4), Made.__slots__))
attempt("_FIELD is a marker only", lambda: dataclasses._FIELD)
attempt("Field() direct", lambda: dataclasses.Field(1, None, True, True, None, True, {}, False))
