# A __del__ that makes new weak references to its own, dying object (one
# with a callback) without resurrecting it: CPython clears them right
# after __del__ and calls the callback; the reference must never answer
# a freed object.
# expect-output: __del__
# expect-output: new callback True
# expect-output: made dead True
# expect-output: end
import weakref

made = []


class C:
    def __del__(self):
        print("__del__")
        made.append(weakref.ref(self, lambda r: print("new callback", r() is None)))
        made.append(weakref.ref(self))


c = C()
del c
for i in range(3):
    junk = [object() for _ in range(2000)]
print("made dead", all(r() is None for r in made))
print("end")
