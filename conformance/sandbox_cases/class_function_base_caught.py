# moat policy: a class statement whose first base is a function or a module
# calls that base's type with (name, bases, namespace), as CPython does, and
# the sandbox refuses to make functions and modules that way (CPython fails
# too, with the type's own argument error).
import math

def helper():
    return 1

for base in (helper, lambda: 0, math):
    try:
        class Made(base):
            print('body runs')
    except TypeError as e:
        print(e)
print("done")
