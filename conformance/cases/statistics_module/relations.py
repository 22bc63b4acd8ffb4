# covariance, correlation and linear_regression.
from fractions import Fraction as F
from statistics import covariance, correlation, linear_regression

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(covariance(x, y), covariance(z, x), covariance(x, z), covariance([1.5, 2.5], [10, 20]))
print(correlation(x, x), correlation(x, z), correlation(x, y), correlation([1, 2, 3], [1.0, 4.0, 9.0]))
r = linear_regression([1, 2, 3, 4, 5], [3.1, 5.2, 6.8, 9.3, 10.9])
print(r, r.slope, r.intercept, type(r).__name__, r._fields)
slope, intercept = linear_regression(x, y)
print(slope, intercept)
print(linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
print(linear_regression([1, 2, 3], [2.5, 4, 6.5], proportional=True))
print(linear_regression([F(1), F(2)], [F(1, 2), F(3, 2)]))
years = [1971, 1975, 1979, 1982, 1983]
films_total = [1, 2, 3, 4, 5]
s, i = linear_regression(years, films_total)
print(s, i, round(s * 2019 + i))
print(linear_regression(x, x), r._replace(slope=0.0), r._asdict())
print(covariance(range(5), [2, 4, 6, 8, 10]), correlation((1, 2, 3, 4), (2, 4, 5, 4)))
print(type(r), type(r).__module__)
