# partial is named 'functools.partial' in built-in messages (its C type's
# name), while __name__ stays 'partial'.
import functools

p = functools.partial(len)
for f in (lambda: 1 + p, lambda: p < p, lambda: len(p), lambda: p[0],
          lambda: int(p), lambda: p.missing):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(type(p).__name__, type(p).__qualname__, type(p).__module__)


class Q(functools.partial):
    pass


try:
    1 + Q(len)
except TypeError as e:
    print(e)
