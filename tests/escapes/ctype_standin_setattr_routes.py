# Every way to set or delete a class attribute, tried on a sealed C-type
# stand-in (collections.deque): setattr and delattr, type's and object's
# unbound __setattr__/__delattr__, super() on the metaclass, writes through
# __dict__ and vars(), decorators that set attributes on their target
# (functools.wraps/update_wrapper, total_ordering, dataclasses), a
# __class_getitem__ replacement, `del`, and a subclass's __init_subclass__
# or __set_name__ reaching back to its base. Each is refused as CPython
# refuses it for the C type, and deque still works afterwards.
import collections
import dataclasses
import functools

D = collections.deque


class Named:
    def __set_name__(self, owner, name):
        setattr(D, name, print)


def init_subclass():
    class Sub(D):
        def __init_subclass__(cls, **kw):
            pass
        D.popleft = print

def set_name():
    class Holder:
        append = Named()


routes = [
    ("setattr", lambda: setattr(D, "append", print)),
    ("delattr", lambda: delattr(D, "append")),
    ("type.__setattr__", lambda: type.__setattr__(D, "append", print)),
    ("type.__delattr__", lambda: type.__delattr__(D, "append")),
    ("object.__setattr__", lambda: object.__setattr__(D, "append", print)),
    ("object.__delattr__", lambda: object.__delattr__(D, "append")),
    ("super", lambda: super(type, D).__setattr__("append", print)),
    ("__dict__", lambda: D.__dict__.__setitem__("append", print)),
    ("vars", lambda: vars(D).update(append=print)),
    ("update_wrapper", lambda: functools.update_wrapper(D, print)),
    ("wraps", lambda: functools.wraps(print)(D)),
    ("total_ordering", lambda: functools.total_ordering(D)),
    ("dataclass", lambda: dataclasses.dataclass(D)),
    ("__class_getitem__", lambda: setattr(D, "__class_getitem__", classmethod(print))),
    ("__init_subclass__", init_subclass),
    ("__set_name__", set_name),
]
for name, route in routes:
    try:
        route()
        print(name, "done")  # total_ordering: deque defines every ordering
    except (TypeError, AttributeError, RuntimeError, ValueError) as e:
        print(name, type(e).__name__, e)
        if e.__cause__ is not None:
            print(" ", type(e.__cause__).__name__, e.__cause__)
try:
    del D.append
except TypeError as e:
    print("del", e)
d = D([1])
d.append(2)
print(d, D[int])
# expect-output: setattr TypeError cannot set 'append' attribute of immutable type 'collections.deque'
# expect-output: delattr TypeError cannot set 'append' attribute of immutable type 'collections.deque'
# expect-output: type.__setattr__ TypeError cannot set 'append' attribute of immutable type 'collections.deque'
# expect-output: type.__delattr__ TypeError cannot set 'append' attribute of immutable type 'collections.deque'
# expect-output: object.__setattr__ TypeError can't apply this __setattr__ to type object
# expect-output: object.__delattr__ TypeError can't apply this __delattr__ to type object
# expect-output: super TypeError can't apply this __setattr__ to type object
# expect-output: __dict__ AttributeError 'mappingproxy' object has no attribute '__setitem__'
# expect-output: vars AttributeError 'mappingproxy' object has no attribute 'update'
# expect-output: update_wrapper TypeError cannot set '__module__' attribute of immutable type 'collections.deque'
# expect-output: wraps TypeError cannot set '__module__' attribute of immutable type 'collections.deque'
# expect-output: total_ordering done
# expect-output: dataclass TypeError cannot set '__dataclass_params__' attribute of immutable type 'collections.deque'
# expect-output: __class_getitem__ TypeError cannot set '__class_getitem__' attribute of immutable type 'collections.deque'
# expect-output: __init_subclass__ TypeError cannot set 'popleft' attribute of immutable type 'collections.deque'
# expect-output: __set_name__ RuntimeError Error calling __set_name__ on 'Named' instance 'append' in 'Holder'
# expect-output:   TypeError cannot set 'append' attribute of immutable type 'collections.deque'
# expect-output: del cannot set 'append' attribute of immutable type 'collections.deque'
# expect-output: deque([1, 2]) collections.deque[int]
