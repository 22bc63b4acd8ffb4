def make():
    try:
        raise OSError("first")
    except OSError as e:
        return e


a = make()
b = ValueError("b")
b.__traceback__ = a.__traceback__
print(b.__traceback__ is a.__traceback__, b.__traceback__.tb_lineno)
b.__traceback__ = None
print(b.__traceback__)
for bad in (1, "tb", a):
    try:
        b.__traceback__ = bad
    except TypeError as err:
        print("TypeError", err)
try:
    del b.__traceback__
except TypeError as err:
    print("TypeError", err)
try:
    b.with_traceback(42)
except TypeError as err:
    print("TypeError", err)
