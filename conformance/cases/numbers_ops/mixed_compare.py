# int/float comparisons are exact: no rounding of the int to a double.
big = 2**53
print(big + 1 == float(big), big + 1 > float(big), float(big) < big + 1, float(big) == big)
print(10**400 > 1e308, 10**400 < float("inf"), -10**400 > float("-inf"), 10**400 == float("inf"))
print(1 == 1.0, 0 == -0.0, 3 < 3.5, -3 > -3.5, 2**63 == 2.0**63)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, 1 == nan, 1 != nan, nan == 10**400)
print(sorted([3, 2.5, -1, 10**20, 1e19, -0.0, 0, True, 2**53 + 1, 9007199254740992.0]))
print(max(1, 1.0), max(1.0, 1), min(2, 2.0, True), max([2**64, 1.8446744073709552e19]))
print([x < y for x, y in [(2**53 + 1, 9007199254740994.0), (-(2**53) - 1, -9007199254740992.0)]])
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 1e16 + 1 == 1e16, 2**60 + 1 == 2.0**60)
vals = [1, 1.0, True, 2, 2.5]
print([[a == b for b in vals] for a in vals])
print([[a < b for b in vals] for a in vals])
