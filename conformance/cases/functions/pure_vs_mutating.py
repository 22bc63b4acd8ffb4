# Functions that mutate their arguments vs ones that return new values.
def add_item_inplace(lst, item):
    lst.append(item)


def add_item_pure(lst, item):
    return lst + [item]


def reassign(lst):
    lst = ["reassigned"]
    return lst


data = [1, 2]
add_item_inplace(data, 3)
new = add_item_pure(data, 4)
print(data, new)
print(reassign(data), data)


def bump_all(d):
    for k in d:
        d[k] += 1


scores = {"a": 1, "b": 2}
bump_all(scores)
print(scores)


def increment(n):
    n += 1
    return n


x = 5
print(increment(x), x)
s = "abc"


def upper_it(t):
    t = t.upper()
    return t


print(upper_it(s), s)
