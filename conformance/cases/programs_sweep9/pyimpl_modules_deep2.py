import statistics as st, fractions, decimal, keyword, colorsys, binascii, base64, difflib, shlex, html, bisect, heapq
from statistics import NormalDist
nd = NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(130), 6), round(nd.pdf(100), 6), round(nd.inv_cdf(0.975), 4), nd.quantiles(4))
print(nd + 10, nd * 2, nd - NormalDist(1, 2), round(nd.overlap(NormalDist(110, 15)), 6), NormalDist.from_samples([1, 2, 3, 4]), round(nd.zscore(85), 3))
x = [1, 2, 3, 4, 5]; y = [2, 4, 5, 4, 5]
print(st.correlation(x, y), st.covariance(x, y), st.linear_regression(x, y), st.pvariance(y), st.median_grouped([1, 2, 2, 3, 4]))
print(st.mean([1.5, 2.5]), st.mean([fractions.Fraction(1, 2), fractions.Fraction(3, 4)]), st.mode([1, 1, 2, 2]), st.multimode([]), st.quantiles([1, 2, 3, 4, 5, 6, 7], n=3, method="inclusive"))
for bad in [lambda: st.stdev([1]), lambda: st.variance([]), lambda: st.correlation([1, 1], [1, 2]), lambda: st.harmonic_mean([-1]), lambda: st.geometric_mean([0, 1]), lambda: st.quantiles([1], n=4), lambda: NormalDist(0, -1)]:
    try:
        print(bad())
    except (st.StatisticsError, ValueError) as e:
        print(type(e).__name__, e)
F = fractions.Fraction
print(F.from_float(0.1), F.from_decimal(decimal.Decimal("0.25")), F(0.1).limit_denominator(100), F(3, 7).limit_denominator(2), F("1e-3"), F("3.25e2"), F(" 7 "), F(F(1, 2), F(1, 3)))
for bad in ["1/", "/2", "1.2.3", "abc", "1 /2", "--1"]:
    try:
        F(bad)
    except ValueError as e:
        print(e)
try:
    F(1.5, 2)
except TypeError as e:
    print(e)
try:
    F(float("nan"))
except ValueError as e:
    print(e)
print(keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.softkwlist, len(keyword.kwlist), keyword.kwlist[:5])
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hls_to_rgb(0.5, 0.5, 0.5), colorsys.rgb_to_yiq(1, 0, 0), colorsys.hsv_to_rgb(0.33, 1, 1))
print(binascii.hexlify(b"\x01\xff"), binascii.unhexlify("01ff"), binascii.crc32(b"hello"), binascii.b2a_base64(b"hi"), binascii.crc_hqx(b"abc", 0))
print(base64.b32hexencode(b"abc"), base64.a85encode(b"hello"), base64.b85encode(b"hello"), base64.a85decode(base64.a85encode(b"xyz")), base64.standard_b64decode(b"YQ=="))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error", e)
print(base64.b64decode("YWJj", validate=True), base64.b64decode("Y W J j"), base64.urlsafe_b64decode("-_8="))
print("".join(difflib.context_diff(["a\n", "b\n", "c\n"], ["a\n", "B\n", "c\n"], "old", "new")))
print(list(difflib.Differ().compare(["one\n", "two\n"], ["one\n", "tow\n", "three\n"])))
sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;", autojunk=False)
print(sm.get_opcodes(), sm.get_matching_blocks()[:2], round(sm.quick_ratio(), 3), difflib.IS_CHARACTER_JUNK(" "))
print(shlex.split("a 'b c' \"d\\\"e\" # comment", comments=True), list(shlex.shlex("x=1; y='2'", posix=True)), shlex.split("a\\ b"))
try:
    shlex.split("unterminated 'quote")
except ValueError as e:
    print(e)
print(html.escape("<&>\"'", quote=False), html.unescape("&notit; &amp &#0; &#x110000; &nbsp;|&copy"))
print(bisect.bisect([1, 2, 3], 2, lo=0, hi=1), heapq.nsmallest(0, [1]), heapq.nlargest(10, [3, 1]), list(heapq.merge([1, 3], [2], key=lambda v: -v)))
