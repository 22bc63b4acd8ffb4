import textwrap, statistics, fractions, decimal, itertools, functools, operator, string, math
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=20, placeholder="..."))
print(textwrap.wrap("a " * 30, width=15, max_lines=3))
print(textwrap.fill("word " * 12, width=22, initial_indent="> ", subsequent_indent="  "))
print(textwrap.dedent("""\
    def f():
        return 1
  """), textwrap.indent("a\n\nb\n", "+ "), textwrap.indent("a\n\nb", "# ", lambda l: True))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2, 5]), statistics.mode("aabbbc"), statistics.multimode("aabbc"))
print(statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.variance([1, 2, 3, 4]))
print(statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]), statistics.quantiles(range(1, 11), n=4))
print(statistics.fmean([1, 2]), statistics.harmonic_mean([40, 60]), statistics.geometric_mean([1, 4]), statistics.mean([fractions.Fraction(1, 3), 1]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError", e)
F = fractions.Fraction
print(F(3, 4) + F(1, 4), F("0.125"), F(1.5), F(-6, 4), F(1, 3) ** 2, F(1, 3) ** -1, float(F(2, 3)), round(F(7, 2)), round(F(5, 2)))
print(F(22, 7).limit_denominator(5), F(10, 4).numerator, F(3, 1) == 3, F(1, 2) < 0.6, F(1, 3) * 3 == 1, repr(F(1, 2)), str(F(4, 2)))
print(F("  -3/7 "), abs(F(-1, 2)), F(7, 3) // 1, F(7, 3) % 1, divmod(F(7, 3), F(1, 2)), math.floor(F(-7, 2)), F(1, 2).as_integer_ratio())
try:
    F(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    F("1/2/3")
except ValueError as e:
    print(e)
D = decimal.Decimal
print(D("1.1") + D("2.2"), D("1.10") * 3, D(1) / D(7), D("10").sqrt(), D("0.1") + D(0.1) if False else "", D(2) ** 10)
print(D("3.14159").quantize(D("0.01")), D("2.5").quantize(D("1"), rounding=decimal.ROUND_HALF_UP), D("-0"), D("1e3"), D("1E+3").normalize())
with decimal.localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3), D("123456789") + 0)
print(D("NaN"), D("-Infinity"), D("1.500").as_tuple(), D("12.30").normalize(), D(5).compare(D(3)), D("0.00") == 0)
try:
    D("abc")
except decimal.InvalidOperation as e:
    print("InvalidOperation", type(e).__name__)
try:
    D(1) / D(0)
except decimal.DivisionByZero as e:
    print("DivisionByZero", e)
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)), list(itertools.accumulate([3, 1, 4], max, initial=2)))
print(list(itertools.pairwise("abcd")), list(itertools.combinations_with_replacement("ab", 2)), list(itertools.compress("abcd", [1, 0, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.zip_longest("ab", [1], fillvalue="-")), list(itertools.islice(itertools.count(5, 2), 3)))
print([(k, list(g)) for k, g in itertools.groupby("aaabbca")], list(itertools.dropwhile(lambda x: x < 3, [1, 4, 2])), list(itertools.takewhile(str.isalpha, "ab1c")))
print(list(itertools.product("ab", repeat=2)), len(list(itertools.permutations(range(4), 2))), list(itertools.chain.from_iterable(["ab", "c"])))
print(list(itertools.repeat("x", 3)), list(itertools.filterfalse(None, [0, 1, "", "a"])), [list(t) for t in itertools.tee([1, 2], 2)])
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3]), functools.reduce(operator.add, [], 0))
print(string.ascii_letters[:5], string.digits, string.punctuation[:10], string.capwords("hello   wORLD"), string.Template("$a and ${b}").substitute(a=1, b=2))
print(string.Template("$x $y").safe_substitute(x=1), string.hexdigits, string.octdigits, repr(string.whitespace))
