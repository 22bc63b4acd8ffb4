# __module__ of built-in functions and methods: the defining module for
# module functions, None for bound methods, and none at all for a method
# taken from its type.
import functools
import math

print(len.__module__, print.__module__, sorted.__module__, math.sqrt.__module__)
print([].append.__module__, "x".upper.__module__, dict.fromkeys.__module__)
print(str.maketrans.__module__)
for obj in (str.upper, int.real):
    try:
        print(obj.__module__)
    except AttributeError as e:
        print("AttributeError", e)


def local():
    pass


print(local.__module__)


# functools.wraps copies __module__ along with the name.
@functools.wraps(len)
def my_len(x):
    return len(x)


print(my_len.__name__, my_len.__module__, my_len([1, 2]))
