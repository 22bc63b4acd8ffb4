# sum: int fast path across int64 overflow, float path (plain addition), generic path.
def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

print(sum([]), sum([], 5), sum(range(101)), sum([True, True, False]), sum([1, True]))
print(sum([2**62, 2**62, 2**62]), sum([2**63 - 1, 1]), sum([-2**63, -1]), sum([2**64, -2**64, 3]))
print(sum([9223372036854775807, 9223372036854775807, -9223372036854775807]))
print(sum([0.1] * 10), sum([0.1, 0.2, 0.3]), sum([1e308, 1e308]), sum([1, 2.5, 3]), sum([1.5, 2**70]))
print(sum([1e16, 1.0, 1.0, -1e16]), sum([0.5, True, 2]), sum([1.0, 10**400 - 10**400 + 1]))
print(sum([1, 2], 0.5), sum([1.5, 2], 1), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum(x * x for x in range(10)), sum(iter([1, 2])), sum({1: 2, 3: 4}), sum({1.5, 2.5}))
print(sum(range(10), start=100), sum([2], start=-2**70), sum([], start=[]), sum([], start=True))
print(sum([-0.0]), sum([-0.0], -0.0), sum([], -0.0), sum([float("inf"), 1]), sum([float("inf"), float("-inf")]))
show("str start", sum, ["a", "b"], "")
show("str start kw", sum, [], start="x")
show("str items", sum, ["a", "b"])
show("mixed", sum, [1, "a"])
show("mixed float", sum, [1.5, "a"])
show("list int", sum, [[1], 2], [])
show("none", sum, [None])
show("not iterable", sum, 5)
show("big float", sum, [1.0, 10**400])
show("noargs", sum)
show("three", sum, [1], 2, 3)
show("iterable kw", sum, iterable=[1])
show("bad kw", sum, [1], begin=2)
