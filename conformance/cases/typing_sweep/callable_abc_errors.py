# Misusing collections.abc.Callable's subscription.
from collections.abc import Callable
for key in [int, (int,), (int, str, bool), (1, int)]:
    try:
        print(Callable[key])
    except TypeError as e:
        print("TypeError", e)
class Sub(Callable): pass
print(issubclass(Sub, Callable))
print(isinstance(len, Callable), isinstance(3, Callable))
