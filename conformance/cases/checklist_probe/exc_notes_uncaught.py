class Empty(Exception):
    pass
class Multi(Exception):
    pass
print(repr(Empty()), str(Empty()), repr(Multi(1, "a")), str(Multi(1, "a")), str(Multi("only")))
print(repr(Multi(("t",))), str(Multi(("t",))), str(Multi([1])))
e = Multi("x")
e.add_note("first note")
e.add_note("second\nmultiline")
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError", err)
print(e.__notes__)
raise e
