print("a", "b", sep=None, end=None); print("c", file=None); print(sep="x"); print("", end=""); print()
print("  a  b c ".rsplit(None, 1), "  a  b c ".split(None, 1), "a\x85b\x1cc\u2029d".splitlines(), "\x1c\x1d\x1e\x1f \x85\xa0".isspace())
print("xxhixx".strip("x"), "abcba".lstrip("ab"), "a" * -1, [1] * -2, "a".__eq__(1), (1).__add__(1.0), (1.0).__radd__(1), "".join(str(i) for i in range(3)))
print(int.__add__(1, 2), str.join("-", "abc"), list.__len__([1]), dict.get({"a": 1}, "a"), float.__mul__(2.0, 3))
print(max("apple", "Banana", key=str.lower), min([(1, "b"), (1, "a")]), sorted(["b", "A", "c"], key=str.casefold), sorted([3, 1, 2], key=lambda v: -v))
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: (-kv[1], kv[0])), sorted([[2, "x"], [1, "y"]]), list(sorted("hello")))
print(*[1, 2, 3], sep=", "); print(*"abc"); print(*[], sep="-"); print(*range(3), end="!\n", sep="")
nums = [5, 3, 8, 1]
print(f"{nums!r:>20}|{nums!s:<15}|{'x'!a}|{'é'!a}|{3.0!r}|{None!r:^8}|")
w, p = 10, 3
print(f"{3.14159:{w}.{p}}|{'s':{w}}|{42:{'0'}{w}}|{'c':{'*'}^{w}}|")
a = 5
print(f"{a=}", f"{a = }", f"{a=!r}", f"{a=:>4}", f"{a*2=}", f"{'q'=}", f"{nums[1:3]=}")
print(f"{{literal}}", f"{{{a}}}", f"{'{'}", f"{a:{{}}>5}" if False else "", f"{len('abc') + 1}", f"{'nested ' + f'{a}'}")
print(f"""{
    a
    + 1
}""", f"{a if a > 3 else -a}", f"{(lambda x: x * 2)(a)}", f"{[x for x in range(a)]}", f"{ {'k': a}['k'] }", f"{a!r:}")
x = 12345.6789
print(f"{x:,.2f} {x:_.3f} {x:.2e} {x:.4g} {x:10.1%} {int(x):#_b}")
print(f"{'left':<10}|{'right':>10}|{'center':^10}|{'fill':-^10}|{-42:=+8}|{42:^+8}|")
import math
print(f"{math.pi:.50f}", f"{1/7:.20}", f"{2**0.5:.17g}", f"{1e-300:.3e}", f"{123456789.0:.2f}", f"{0.1:.30f}")
print(f"{1e22:f}", f"{1.5e-7:f}", f"{float('inf'):10.2f}|", f"{float('-nan'):f}", f"{-0.0:.1f}", f"{-0.0:+.0f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
