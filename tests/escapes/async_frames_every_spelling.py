# Every spelling of the frame and code attributes of coroutines and async
# generators (and of what they await): getattr with built strings,
# operator.attrgetter, str.format's attribute fields, object.__getattribute__,
# the getters taken from the type and bound by hand, setattr/delattr,
# vars() and dir(). Each is refused the same way, or leaves the name out.
# expect-output: getattr cr_frame AttributeError: 'cr_frame' is not available in the sandbox
# expect-output: attrgetter cr_frame AttributeError: 'cr_frame' is not available in the sandbox
# expect-output: format cr_frame AttributeError: 'cr_frame' is not available in the sandbox
# expect-output: object.__getattribute__ cr_frame AttributeError: 'cr_frame' is not available in the sandbox
# expect-output: type getter cr_frame AttributeError: 'cr_frame' is not available in the sandbox
# expect-output: setattr cr_frame AttributeError: 'cr_frame' is not available in the sandbox
# expect-output: delattr cr_frame AttributeError: 'cr_frame' is not available in the sandbox
# expect-output: in dir cr_frame -> False
# expect-output: getattr cr_code AttributeError: 'cr_code' is not available in the sandbox
# expect-output: attrgetter cr_code AttributeError: 'cr_code' is not available in the sandbox
# expect-output: format cr_code AttributeError: 'cr_code' is not available in the sandbox
# expect-output: object.__getattribute__ cr_code AttributeError: 'cr_code' is not available in the sandbox
# expect-output: type getter cr_code AttributeError: 'cr_code' is not available in the sandbox
# expect-output: setattr cr_code AttributeError: 'cr_code' is not available in the sandbox
# expect-output: delattr cr_code AttributeError: 'cr_code' is not available in the sandbox
# expect-output: in dir cr_code -> False
# expect-output: getattr cr_await AttributeError: 'cr_await' is not available in the sandbox
# expect-output: attrgetter cr_await AttributeError: 'cr_await' is not available in the sandbox
# expect-output: format cr_await AttributeError: 'cr_await' is not available in the sandbox
# expect-output: object.__getattribute__ cr_await AttributeError: 'cr_await' is not available in the sandbox
# expect-output: type getter cr_await AttributeError: 'cr_await' is not available in the sandbox
# expect-output: setattr cr_await AttributeError: 'cr_await' is not available in the sandbox
# expect-output: delattr cr_await AttributeError: 'cr_await' is not available in the sandbox
# expect-output: in dir cr_await -> False
# expect-output: getattr ag_frame AttributeError: 'ag_frame' is not available in the sandbox
# expect-output: attrgetter ag_frame AttributeError: 'ag_frame' is not available in the sandbox
# expect-output: format ag_frame AttributeError: 'ag_frame' is not available in the sandbox
# expect-output: object.__getattribute__ ag_frame AttributeError: 'ag_frame' is not available in the sandbox
# expect-output: type getter ag_frame AttributeError: 'ag_frame' is not available in the sandbox
# expect-output: setattr ag_frame AttributeError: 'ag_frame' is not available in the sandbox
# expect-output: delattr ag_frame AttributeError: 'ag_frame' is not available in the sandbox
# expect-output: in dir ag_frame -> False
# expect-output: getattr ag_code AttributeError: 'ag_code' is not available in the sandbox
# expect-output: attrgetter ag_code AttributeError: 'ag_code' is not available in the sandbox
# expect-output: format ag_code AttributeError: 'ag_code' is not available in the sandbox
# expect-output: object.__getattribute__ ag_code AttributeError: 'ag_code' is not available in the sandbox
# expect-output: type getter ag_code AttributeError: 'ag_code' is not available in the sandbox
# expect-output: setattr ag_code AttributeError: 'ag_code' is not available in the sandbox
# expect-output: delattr ag_code AttributeError: 'ag_code' is not available in the sandbox
# expect-output: in dir ag_code -> False
# expect-output: getattr ag_await AttributeError: 'ag_await' is not available in the sandbox
# expect-output: attrgetter ag_await AttributeError: 'ag_await' is not available in the sandbox
# expect-output: format ag_await AttributeError: 'ag_await' is not available in the sandbox
# expect-output: object.__getattribute__ ag_await AttributeError: 'ag_await' is not available in the sandbox
# expect-output: type getter ag_await AttributeError: 'ag_await' is not available in the sandbox
# expect-output: setattr ag_await AttributeError: 'ag_await' is not available in the sandbox
# expect-output: delattr ag_await AttributeError: 'ag_await' is not available in the sandbox
# expect-output: in dir ag_await -> False
# expect-output: vars(coroutine) TypeError: vars() argument must have __dict__ attribute
# expect-output: coroutine __dict__ AttributeError: 'coroutine' object has no attribute '__dict__'
# expect-output: coroutine __reduce_ex__ TypeError: object.__reduce_ex__() is not available in the sandbox
# expect-output: f_back via cr_frame AttributeError: 'cr_frame' is not available in the sandbox
import operator


def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


async def coro():
    pass


async def agen():
    yield


c = coro()
a = agen()
for obj, names in ((c, ("cr_frame", "cr_code", "cr_await")),
                   (a, ("ag_frame", "ag_code", "ag_await"))):
    for name in names:
        built = "".join(chr(ord(ch)) for ch in name)
        t("getattr " + name, lambda: getattr(obj, built))
        t("attrgetter " + name, lambda: operator.attrgetter(name + ".f_globals")(obj))
        t("format " + name, lambda: ("{0." + name + "}").format(obj))
        t("object.__getattribute__ " + name, lambda: object.__getattribute__(obj, name))
        t("type getter " + name, lambda: getattr(type(obj), name).__get__(obj, type(obj)))
        t("setattr " + name, lambda: setattr(obj, name, None))
        t("delattr " + name, lambda: delattr(obj, name))
        t("in dir " + name, lambda: name in dir(obj))
t("vars(coroutine)", lambda: vars(c))
t("coroutine __dict__", lambda: c.__dict__)
t("coroutine __reduce_ex__", lambda: c.__reduce_ex__(2))
t("f_back via cr_frame", lambda: c.cr_frame.f_back)
c.close()
