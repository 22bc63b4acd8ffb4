# A finalizer whose call itself fails (here a __del__ that wants an
# argument, so the error comes from binding it, before any of its code runs)
# is reported with the entry of the frame that was running when the object
# went away, as PyErr_WriteUnraisable adds it to an exception without a
# traceback. (__del__ is a callable object with its own repr, since a
# function's shows an address.)


class NeedsReason:
    def __repr__(self):
        return "<release needing a reason>"

    def __call__(self, reason):
        print("released because", reason)


class Handle:
    __del__ = NeedsReason()


def drop_inside_function():
    handle = Handle()
    del handle
    print("after the drop in a function")


drop_inside_function()
kept = Handle()
kept = None
print("after the rebinding")
numbers = [Handle(), Handle()]
numbers.clear()
print("after clear()")
raise SystemExit("stopping")
