# A built-in slot wrapper stored under another dunder name calls back into
# the slot it now fills: each round is a native call, counted against the
# recursion limit.
class Shown:
    pass


Shown.__repr__ = Shown.__str__

try:
    repr(Shown())
except RecursionError as e:
    print("RecursionError", e)


class Equal:
    pass


Equal.__eq__ = Equal.__ne__
try:
    print(Equal() == Equal())
except RecursionError as e:
    print("RecursionError", e)


# Reassigning a wrapper to its own name is harmless.
class Plain:
    def __str__(self):
        return "plain"


Plain.__repr__ = Plain.__str__
print(repr(Plain()), [Plain()])
Plain.__format__ = object.__format__
print(f"{Plain()}")
