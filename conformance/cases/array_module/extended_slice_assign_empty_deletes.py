# Assigning an empty array to an extended slice deletes that slice, as
# `del a[i:j:k]` does; a non-empty array of the wrong size is still refused.
import array

for index in (slice(None, None, 2), slice(None, None, -1), slice(-1, 1, -1), slice(1, None, 3),
              slice(5, 0, -2), slice(10, 20, 2), slice(None, None, -3)):
    a = array.array('i', range(8))
    a[index] = array.array('i')
    print(index, a.tolist())
a = array.array('d', [1.0, 2.0, 3.0])
try:
    a[::2] = array.array('d', [9.0])
except ValueError as e:
    print('ValueError', e)
a[::2] = array.array('d', [7.0, 8.0])
print(a)
