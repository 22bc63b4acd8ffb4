def f():
    x = 1
    def g():
        nonlocal x
        x += 1
        return x
    return g
h = f(); print(h(), h())
print([i * j for i in range(3) for j in range(i) if j], {k: v for k, v in zip("ab", "cd")}, [[y for y in range(x)] for x in range(3)])
print([x for x in range(3) if x if x > 1], list((yield_ for yield_ in [1])))
print(((x, y) for x in "ab" for y in "cd").__next__(), sum(x for x in range(5)), list(x for x in [] ))
print(type(_ := 5), _)
print([y := 2, y ** 2])
