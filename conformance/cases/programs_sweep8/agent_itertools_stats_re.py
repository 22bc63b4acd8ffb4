import itertools as it, math, statistics as st, re, copy, random, sys
print(list(it.pairwise("abcd")), list(it.accumulate([1, 2, 3], initial=10)), list(it.accumulate([3, 1, 4], max)))
print(list(it.product("ab", repeat=2)), list(it.combinations_with_replacement(range(3), 2))[:4], list(it.permutations("abc", 2))[:3])
a, b = it.tee(iter(range(3))); print(list(a), list(b), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.chain.from_iterable(["ab", "c"])), list(it.islice(it.cycle("xy"), 5)))
print(list(it.compress("abcd", [1, 0, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 2])), list(it.filterfalse(None, [0, 1, 2])))
print(list(it.islice(it.count(1, 0.5), 3)), list(it.repeat("z", 2)), [(k, len(list(g))) for k, g in it.groupby("aaabccaa")])
print(list(it.batched(range(5), 2)) if hasattr(it, "batched") else "no batched")
print(math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.prod([1, 2, 3], start=2), math.dist((0, 0), (3, 4)), math.gcd(12, 18, 27), math.lcm(4, 6))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.fsum([0.1] * 10), math.isclose(1, 1 + 1e-10), math.copysign(3, -0.0), math.log(8, 2), math.log2(1024), math.factorial(20))
print(st.mean([1, 2, 3, 4]), st.median([3, 1, 2, 4]), st.mode("aabbbc"), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.variance([1, 2, 3]), st.multimode("aabbc"))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4), st.fmean([1, 2]), st.median_low([1, 2, 3, 4]), st.harmonic_mean([1, 2, 4]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError", e)
print(re.sub(r"(\d+)", lambda m: str(int(m[1]) * 2), "a1b22c333"), re.split(r"([,;])\s*", "a, b;c"), re.subn("a", "A", "banana"))
pat = re.compile(r"""
    (?P<user>[\w.]+)   # user
    @
    (?P<host>[\w.]+)   # host
""", re.VERBOSE)
m = pat.search("mail: john.doe@example.com!")
print(m.group("user", "host"), m.groupdict(), m.span(), m.start("host"), m[0], m.expand(r"\g<host>/\1"), pat.pattern.count("\n"))
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "cost $12.50 and $3"), re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None, re.escape("a.b*c"))
print([m.group() for m in re.finditer(r"\b\w", "hi there you")], re.match(r"(a)?b", "b").groups(), re.match(r"(a)?b", "b").groups("-"))
print(re.sub(r"(?i)hello", "bye", "HeLLo hello"), re.compile(r"x", re.I | re.M).flags & re.I != 0, re.findall(r"^\w", "ab\ncd", re.M))
class N:
    def __init__(self): self.kids = []; self.parent = None
root = N(); k = N(); k.parent = root; root.kids.append(k)
c = copy.deepcopy(root); print(c.kids[0].parent is c, c is not root, copy.copy(root).kids is root.kids)
random.seed(42); print(random.randint(1, 100), random.choice("abcdef"), random.random(), random.sample(range(100), 3), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l, random.choices("abc", weights=[1, 0, 5], k=5), random.randrange(0, 100, 5), random.gauss(0, 1))
print("to stderr", file=sys.stderr if False else sys.stdout)
sys.stdout.write("written\n"); print(sys.maxsize, sys.version_info[:2] >= (3, 11), sys.argv[0].endswith(".py") or sys.argv[0])
