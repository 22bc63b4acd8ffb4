# Concatenate[...] substituted: a list of types ends the parameter list (a
# tuple results), another Concatenate is spliced in, and ... may close it.
import typing
from typing import Concatenate, ParamSpec, Callable, Generic, TypeVar
P = ParamSpec('P'); T = TypeVar('T')
for thunk in [lambda: Concatenate[int, P][[str]], lambda: Concatenate[int, P][str, bytes],
              lambda: Concatenate[int, P][Concatenate[bytes, P]], lambda: Concatenate[int, ...],
              lambda: Callable[Concatenate[int, P], str][[str]], lambda: Callable[Concatenate[int, P], T][[str], bytes],
              lambda: Callable[Concatenate[int, P], str][...], lambda: Concatenate[int, P][...],
              lambda: Concatenate[int, P].__parameters__, lambda: Concatenate[()], lambda: Concatenate[int],
              lambda: Callable[Concatenate[int, P], str][Concatenate[str, P]]]:
    try: print(thunk())
    except Exception as e: print(type(e).__name__, e)
class Z(Generic[P]): pass
print(Z[Concatenate[int, P]], Z[[int, str]], Z[int, str])
