from collections import Counter


def main():
    c = Counter("hello world")
    print(c.most_common(2))
    print(c.most_common("3"))


try:
    main()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e).__module__, repr(e))
