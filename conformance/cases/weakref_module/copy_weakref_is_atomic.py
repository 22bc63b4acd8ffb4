# copy.copy and copy.deepcopy hand a weakref.ref back as it is, as CPython's
# copy module lists weakref.ref among its atomic types.
import copy
import weakref


class Target:
    pass


t = Target()
r = weakref.ref(t)
print(copy.copy(r) is r, copy.deepcopy(r) is r, copy.deepcopy([r, r])[0] is r)
print(copy.deepcopy({'k': (r,)})['k'][0]() is t)
dead = weakref.ref(Target())
print(copy.copy(dead) is dead, copy.deepcopy(dead)())
