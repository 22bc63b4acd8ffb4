# moat policy: a bound method's __self__ is withheld, and copying one would
# hand it over (CPython rebinds the function to the instance, or for
# deepcopy to a copy of it that the memo then holds), so copy.copy and
# copy.deepcopy of a bound method are refused. The function itself copies.
import copy


class A:
    def m(self):
        return 1


a = A()
for f in (copy.copy, copy.deepcopy):
    try:
        f(a.m)
    except TypeError as e:
        print(f.__name__, e)
print(copy.deepcopy(A.m) is A.m, copy.deepcopy([a.m.__func__])[0] is A.m)
