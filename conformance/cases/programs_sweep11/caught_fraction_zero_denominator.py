from fractions import Fraction


def main():
    ratios = [(1, 2), (3, 4), (5, 0)]
    for a, b in ratios:
        print(Fraction(a, b))


try:
    main()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e).__module__, repr(e))
