# NormalDist: its measures, methods, operators, repr, equality and hashing.
from statistics import NormalDist, StatisticsError

n = NormalDist(100, 15)
print(n, repr(n), n.mean, n.median, n.mode, n.stdev, n.variance)
print(NormalDist(), NormalDist(mu=2, sigma=0.5), NormalDist(sigma=0), NormalDist(True, 3))
print(n.pdf(100), n.pdf(130), n.cdf(130), n.cdf(100), n.cdf(55), n.zscore(118))
print(n.inv_cdf(0.5), n.inv_cdf(0.975), n.inv_cdf(0.01), n.inv_cdf(1e-300), n.inv_cdf(0.9999999))
print(n.quantiles(), NormalDist().quantiles(10))
print([round(x, 3) for x in NormalDist(0, 1).quantiles(100)[::9]])
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(0, 1).overlap(NormalDist(0, 1)))
print(NormalDist(0, 1).overlap(NormalDist(1, 1)), NormalDist(1, 2).overlap(NormalDist(1, 3)))
a, b = NormalDist(10, 3), NormalDist(4, 4)
print(a + b, a - b, a + 5, 5 + a, a - 5, 5 - a, a * 2, 2 * a, a * -2, a / 2, a / -4, -a, +a)
print(a == NormalDist(10, 3), a == b, a != b, a == 10, hash(a) == hash(NormalDist(10.0, 3.0)))
print({a: 'a', NormalDist(10, 3): 'again'}, len({a, b, NormalDist(10, 3.0)}))
f = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(f, f.mean, f.stdev, NormalDist.from_samples(range(1, 11)))
print(NormalDist.from_samples([1, float('inf')]), NormalDist.from_samples([1.0, 2.0, float('nan')]))
temps = NormalDist.from_samples([22, 19, 24, 21, 20, 23, 18, 25])
fahrenheit = temps * (9 / 5) + 32
print(fahrenheit, round(fahrenheit.cdf(80), 6), fahrenheit.quantiles(n=4))
print(NormalDist(5, 2).samples(4, seed=42), len(NormalDist().samples(3)))
print(NormalDist(0, 1).samples(3, seed='abc') == NormalDist(0, 1).samples(3, seed='abc'))
for name, call in [('pdf', lambda: NormalDist(1, 0).pdf(1)), ('cdf', lambda: NormalDist(1, 0).cdf(1)),
                   ('zscore', lambda: NormalDist(1, 0).zscore(1)), ('inv_cdf', lambda: NormalDist(1, 0).inv_cdf(0.5)),
                   ('p0', lambda: NormalDist().inv_cdf(0)), ('p1', lambda: NormalDist().inv_cdf(1.0)),
                   ('neg', lambda: NormalDist(0, -1)), ('overlap0', lambda: NormalDist(0, 0).overlap(NormalDist())),
                   ('overlap type', lambda: NormalDist().overlap(3)), ('quantiles0', lambda: NormalDist(0, 0).quantiles()),
                   ('from_samples', lambda: NormalDist.from_samples([1])), ('str mu', lambda: NormalDist('x')),
                   ('add str', lambda: NormalDist() + 'x'), ('mul nd', lambda: NormalDist() * NormalDist()),
                   ('sub', lambda: NormalDist(1, 1) - NormalDist(2, 2)), ('lt', lambda: NormalDist() < NormalDist())]:
    try:
        print(name, call())
    except (StatisticsError, TypeError, ValueError) as e:
        print(name, type(e).__name__, e)
print(issubclass(StatisticsError, ValueError), StatisticsError.__name__, StatisticsError, NormalDist)
