def check(values):
    return all(v > 0 for v in values)

print(check([1, 2]))
print(check([1, None, 2]))
