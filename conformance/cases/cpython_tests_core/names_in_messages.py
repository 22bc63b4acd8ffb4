# Which name of a class CPython puts in a message: the bare __name__
# (tp_name) for object() arguments and exception groups, the __qualname__
# for a property without a getter, setter or deleter.
def report(label, action):
    try:
        action()
    except Exception as exc:
        print(label, type(exc).__name__, exc)


def make_classes():
    class Plain:
        pass

    class Holder:
        class Inner:
            unnamed = property()
        Inner.late = property()

    class MyGroup(ExceptionGroup):
        pass

    return Plain, Holder, MyGroup


Plain, Holder, MyGroup = make_classes()
report("object args", lambda: Plain(1))
report("object kwargs", lambda: Plain(x=1))
report("__init__ args", lambda: Plain().__init__(1))
report("object.__init__", lambda: object.__init__(Plain(), 1))
report("object.__new__", lambda: object.__new__(Plain, 1))
report("no getter", lambda: Holder.Inner().unnamed)
report("no setter", lambda: setattr(Holder.Inner(), "unnamed", 1))
report("no deleter", lambda: delattr(Holder.Inner(), "unnamed"))
report("late property", lambda: Holder.Inner().late)
report("nest base", lambda: MyGroup("msg", [KeyboardInterrupt()]))
report("group kwargs", lambda: MyGroup("msg", [ValueError()], extra=1))
report("super args", lambda: super(int, 1, 2))
report("print >>", lambda: print >> 5)


def rshift_inplace():
    p = print
    p >>= 5


report("print >>=", rshift_inplace)
