from fractions import Fraction
import math


def egyptian(fr):
    out = []
    while fr.numerator:
        d = math.ceil(fr.denominator / fr.numerator)
        out.append(Fraction(1, d))
        fr -= Fraction(1, d)
    return out


for f in [Fraction(4, 13), Fraction(2, 3), Fraction(5, 121), Fraction(1, 7)]:
    parts = egyptian(f)
    print(f, "=", " + ".join(map(str, parts)), sum(parts) == f)


def continued(fr, n=10):
    terms = []
    while n and fr:
        a = math.floor(fr)
        terms.append(a)
        fr -= a
        if fr:
            fr = 1 / fr
        n -= 1
    return terms


print(continued(Fraction(415, 93)), continued(Fraction(math.pi).limit_denominator(10**6)))
print([Fraction(math.sqrt(2)).limit_denominator(d) for d in (10, 100, 1000)])
h = Fraction(0)
for k in range(1, 21):
    h += Fraction(1, k)
print(h, float(h), h.numerator.bit_length())
