# A protocol method the object lacks gets CPython's ordinary message and its
# "Did you mean" suggestion, taken from dir() like any other name's.
values = [3, 1, 2]
print(values.__len__())
count = 10
print(count.__len__())
