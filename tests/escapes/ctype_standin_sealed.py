# The C-type stand-ins moat writes in Python are sealed once their module's
# body ends: a script cannot patch a method that moat's own modules (or
# other scripts' objects) then run, by any route to type's setattr.
import collections
import decimal
import functools

routes = [
    lambda: setattr(collections.OrderedDict, "__setitem__", print),
    lambda: type.__setattr__(decimal.Decimal, "__add__", print),
    lambda: delattr(functools.partial, "__call__"),
    lambda: functools.update_wrapper(collections.defaultdict, print),
    lambda: setattr(decimal.Context, "prec", 1),
]
for route in routes:
    try:
        route()
        print("patched")
    except TypeError as e:
        print(e)
print(decimal.Decimal(1) + 1, collections.OrderedDict(a=1), functools.partial(int, "7")())
# expect-output: cannot set '__setitem__' attribute of immutable type 'collections.OrderedDict'
# expect-output: cannot set '__add__' attribute of immutable type 'decimal.Decimal'
# expect-output: cannot set '__call__' attribute of immutable type 'functools.partial'
# expect-output: cannot set '__module__' attribute of immutable type 'collections.defaultdict'
# expect-output: cannot set 'prec' attribute of immutable type 'decimal.Context'
# expect-output: 2 OrderedDict([('a', 1)]) 7
