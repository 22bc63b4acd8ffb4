# A partial's __dict__ can be replaced by a dict, never deleted.
import functools

p = functools.partial(max, 1)
try:
    del p.__dict__
except TypeError as e:
    print('TypeError', e)
try:
    p.__dict__ = 5
except TypeError as e:
    print('TypeError', e)
p.__dict__ = {'note': 'kept'}
print(p.note, p(5), vars(p))
p.extra = 1
del p.extra
print(vars(p))
