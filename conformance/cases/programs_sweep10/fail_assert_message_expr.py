def mean(xs):
    assert xs, f"mean() of empty sequence ({type(xs).__name__})"
    return sum(xs) / len(xs)
print(mean([1, 2, 3]))
print(mean(()))
