# A subclass of a built-in type whose constructor refuses keywords before
# reading them: a ** key that is not a str gets that refusal, named by the
# built-in type, as with str keys.
import collections


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as exc:
        print(label, type(exc).__name__, exc)


for base in [list, tuple, set, frozenset, dict, int, float, str, bytes, bytearray,
             complex, collections.deque, Exception, object, staticmethod, classmethod]:
    class Sub(base):
        pass
    show(base.__name__, lambda: Sub(**{1: 2}))
    show(base.__name__ + " str key", lambda: Sub(**{"q": 2}))
    show(base.__name__ + " itself", lambda: base(**{1: 2}))


class OwnInit(list):
    def __init__(self, *args, **kwargs):
        super().__init__()


show("own init", lambda: OwnInit(**{1: 2}))
