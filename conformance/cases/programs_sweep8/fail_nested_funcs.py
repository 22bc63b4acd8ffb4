def outer(xs):
    def helper(x):
        def deepest(y):
            return y.bit_length() + y
        return deepest(x * 2)
    return [helper(x) for x in xs]
print(outer([1, 2]))
print(outer([1, 2.5]))
