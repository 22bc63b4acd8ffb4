import itertools
print(list(itertools.product([1, 2], "ab", [True])), list(itertools.permutations("abc")), list(itertools.combinations(range(5), 3))[-1], list(itertools.accumulate([3, 1, 4], max)))
print(f"{1e-10:.2e}", f"{123.456:10.1f}", f"{-5:04d}", f"{5:<4d}|", f"{'x':->5}", f"{3.0:n}", f"{10**20:e}", f"{0.5:.0%}", f"{255:#X}", f"{1234567:,}".replace(",", "."))
x = 1_000_000
print(f"{x:_}", f"{x:,.1f}", f"{-x:+,}", f"{x!s:>10}", f"{x:10_d}", f"{x:>010}", f"{x:^+11,}")
