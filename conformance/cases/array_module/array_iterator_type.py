# iter() of an array is an array.arrayiterator that reads the array as it
# is; reversed() walks the sequence (a plain reversed object).
from array import array

a = array('i', [1, 2, 3])
it = iter(a)
print(type(it).__name__, type(it).__module__, next(it))
a.append(4)
print(list(it), list(it))
a.append(5)
print(list(it))
r = reversed(a)
print(type(r).__name__, list(r))
try:
    type(iter(a))()
except TypeError as e:
    print('TypeError', e)
it = iter(a)
del a[1:]
print(list(it))
print(sum(array('d', [0.5, 1.5])), list(enumerate(array('u', 'hi'))))
