# 'g' (and 'G', 'n', no type with a precision) drops trailing zeros, so a
# huge precision gives a short result: it must not be refused or charged as
# if the digits were all written. '#' keeps the zeros.
for spec in ('.2147483647g', '.2147483647G', '.2147483647n', '.2147483647', '.1000000000g'):
    for x in (1.5, 1e300, -2.5e-300, 0.1, 2 / 3, 5e-324, 2.225073858507201e-308, 1.5 + 2j, 1e300 - 3j):
        print(spec, x, format(x, spec))
print('%.2147483647g' % 1.5, '%.2147483647G' % 1e-300, '%.1000000000g' % (2 / 3))
print(len(format(1.5, '#.100000g')), len('%#.100000g' % 1.5), len(format(1.5, '.100000e')))
for spec in ('.2147483648g', '.2147483648'):
    try:
        format(1.5, spec)
    except ValueError as e:
        print(spec, e)
