import statistics


def main():
    groups = {"a": [1, 2, 3], "b": []}
    for name, vals in groups.items():
        print(name, statistics.mean(vals))


try:
    main()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e).__module__, repr(e))
