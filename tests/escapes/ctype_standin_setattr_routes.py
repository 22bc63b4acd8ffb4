# Every way to set or delete a class attribute, tried on a sealed C-type
# stand-in (collections.OrderedDict): setattr and delattr, type's and object's
# unbound __setattr__/__delattr__, super() on the metaclass, writes through
# __dict__ and vars(), decorators that set attributes on their target
# (functools.wraps/update_wrapper, total_ordering, dataclasses), a
# __class_getitem__ replacement, `del`, and a subclass's __init_subclass__
# or __set_name__ reaching back to its base. Each is refused as CPython
# refuses it for the C type, and OrderedDict still works afterwards.
import collections
import dataclasses
import functools

D = collections.OrderedDict


class Named:
    def __set_name__(self, owner, name):
        setattr(D, name, print)


def init_subclass():
    class Sub(D):
        def __init_subclass__(cls, **kw):
            pass
        D.popitem = print

def set_name():
    class Holder:
        move_to_end = Named()


routes = [
    ("setattr", lambda: setattr(D, "move_to_end", print)),
    ("delattr", lambda: delattr(D, "move_to_end")),
    ("type.__setattr__", lambda: type.__setattr__(D, "move_to_end", print)),
    ("type.__delattr__", lambda: type.__delattr__(D, "move_to_end")),
    ("object.__setattr__", lambda: object.__setattr__(D, "move_to_end", print)),
    ("object.__delattr__", lambda: object.__delattr__(D, "move_to_end")),
    ("super", lambda: super(type, D).__setattr__("move_to_end", print)),
    ("__dict__", lambda: D.__dict__.__setitem__("move_to_end", print)),
    ("vars", lambda: vars(D).update(move_to_end=print)),
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
        print(name, "done")  
    except (TypeError, AttributeError, RuntimeError, ValueError) as e:
        print(name, type(e).__name__, e)
        if e.__cause__ is not None:
            print(" ", type(e.__cause__).__name__, e.__cause__)
try:
    del D.move_to_end
except TypeError as e:
    print("del", e)
d = D(a=1, b=2)
d.move_to_end("a")
print(d, D[int])
# expect-output: setattr TypeError cannot set 'move_to_end' attribute of immutable type 'collections.OrderedDict'
# expect-output: delattr TypeError cannot set 'move_to_end' attribute of immutable type 'collections.OrderedDict'
# expect-output: type.__setattr__ TypeError cannot set 'move_to_end' attribute of immutable type 'collections.OrderedDict'
# expect-output: type.__delattr__ TypeError cannot set 'move_to_end' attribute of immutable type 'collections.OrderedDict'
# expect-output: object.__setattr__ TypeError can't apply this __setattr__ to type object
# expect-output: object.__delattr__ TypeError can't apply this __delattr__ to type object
# expect-output: super TypeError can't apply this __setattr__ to type object
# expect-output: __dict__ AttributeError 'mappingproxy' object has no attribute '__setitem__'
# expect-output: vars AttributeError 'mappingproxy' object has no attribute 'update'
# expect-output: update_wrapper TypeError cannot set '__module__' attribute of immutable type 'collections.OrderedDict'
# expect-output: wraps TypeError cannot set '__module__' attribute of immutable type 'collections.OrderedDict'
# expect-output: total_ordering done
# expect-output: dataclass TypeError cannot set '__dataclass_params__' attribute of immutable type 'collections.OrderedDict'
# expect-output: __class_getitem__ TypeError cannot set '__class_getitem__' attribute of immutable type 'collections.OrderedDict'
# expect-output: __init_subclass__ TypeError cannot set 'popitem' attribute of immutable type 'collections.OrderedDict'
# expect-output: __set_name__ RuntimeError Error calling __set_name__ on 'Named' instance 'move_to_end' in 'Holder'
# expect-output:   TypeError cannot set 'move_to_end' attribute of immutable type 'collections.OrderedDict'
# expect-output: del cannot set 'move_to_end' attribute of immutable type 'collections.OrderedDict'
# expect-output: OrderedDict([('b', 2), ('a', 1)]) collections.OrderedDict[int]
