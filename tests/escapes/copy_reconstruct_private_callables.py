# copy._reconstruct(x, memo, callable, args, state...) is copy's private
# back end of __reduce__: it calls any callable with any arguments and then
# writes state into the result. Called directly, it is a generic
# "call this maker" gadget: type with three arguments (a class outside the
# class statement), object.__new__ of type, the function type, and state
# written into a function's __globals__ or a class's __dict__.
# expect-output: type three args TypeError type() with three arguments is not available in the sandbox
# expect-output: object.__new__ type TypeError object.__new__(type) is not safe, use type.__new__()
# expect-output: function type TypeError creating 'function' objects is not available in the sandbox
# expect-output: state into instance ok dict
# expect-output: state __class__ ok str
# expect-output: slot state on class TypeError cannot set '__init__' attribute of immutable type 'type'
# expect-output: state on function ok int
import copy
def t(label, fn):
    try:
        r = fn()
        print(label, "ok", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

class C:
    pass
def fn():
    pass
t("type three args", lambda: copy._reconstruct(None, None, type, ("X", (), {})))
t("object.__new__ type", lambda: copy._reconstruct(None, None, object.__new__, (type,)))
t("function type", lambda: copy._reconstruct(None, None, type(fn), ()))
t("state into instance", lambda: vars(copy._reconstruct(None, None, C, (), {"a": 1})))
t("state __class__", lambda: type(copy._reconstruct(None, None, C, (), {"__class__": int})).__name__)
t("slot state on class", lambda: copy._reconstruct(None, None, type, (C,), (None, {"__init__": 1})))
t("state on function", lambda: copy._reconstruct(None, None, C, (), {"__globals__": 1}).__globals__)
