# Variadic helpers typical of exercises.
def average(*nums):
    if not nums:
        raise ValueError("average of nothing")
    return sum(nums) / len(nums)


def maximum(first, *rest):
    best = first
    for n in rest:
        if n > best:
            best = n
    return best


def join_words(*words, sep=" ", upper=False):
    s = sep.join(words)
    return s.upper() if upper else s


print(average(1, 2, 3, 4), average(10), average(*range(101)))
try:
    average()
except ValueError as e:
    print("ValueError", e)
print(maximum(3), maximum(3, 9, 2), maximum(*"hello"), maximum(-1.5, -2))
try:
    maximum()
except TypeError as e:
    print("TypeError", e)
print(join_words("a", "b"), join_words("x", "y", "z", sep="+"), join_words("hi", upper=True), repr(join_words()))
