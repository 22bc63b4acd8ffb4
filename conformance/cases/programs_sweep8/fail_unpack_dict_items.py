d = {"a": 1, "b": 2}
for k, v, extra in d.items():
    print(k)
